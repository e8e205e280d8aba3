//! Module paths and versions as Go checks them: `module.CheckPath`, `module.SplitPathVersion`,
//! `module.CheckPathMajor`, `semver` validity and canonical form (x/mod), and the Go version
//! syntax of `go`/`toolchain` lines (`modfile.GoVersionRE`, `ToolchainRE`).
//!
//! Error texts mirror x/mod's wording (without the `malformed module path "…": ` prefix, which
//! callers add when they want it).

/// Check a module path as `module.CheckPath` does. `Err` carries Go's reason, such as
/// `missing dot in first path element`.
pub fn check_path(path: &str) -> Result<(), String> {
    check_elems(path)?;
    let first_end = path.find('/').unwrap_or(path.len());
    if first_end == 0 {
        return Err("leading slash".into());
    }
    let first = &path[..first_end];
    if !first.contains('.') {
        return Err("missing dot in first path element".into());
    }
    if path.starts_with('-') {
        return Err("leading dash in first path element".into());
    }
    if let Some(c) = first
        .chars()
        .find(|&c| !(c == '-' || c == '.' || c.is_ascii_digit() || c.is_ascii_lowercase()))
    {
        return Err(format!(
            "invalid char {} in first path element",
            go_quote_char(c)
        ));
    }
    if split_path_version(path).is_none() {
        return Err("invalid version".into());
    }
    Ok(())
}

/// `checkPath(path, modulePath)`: the element rules shared by module paths.
fn check_elems(path: &str) -> Result<(), String> {
    if path.is_empty() {
        return Err("empty string".into());
    }
    if path.starts_with('-') {
        return Err("leading dash".into());
    }
    if path.contains("//") {
        return Err("double slash".into());
    }
    if path.ends_with('/') {
        return Err("trailing slash".into());
    }
    path.split('/').try_for_each(check_elem)
}

fn check_elem(elem: &str) -> Result<(), String> {
    if elem.is_empty() {
        return Err("empty path element".into());
    }
    if elem.bytes().all(|b| b == b'.') {
        return Err(format!("invalid path element {}", go_quote(elem)));
    }
    if elem.starts_with('.') {
        return Err("leading dot in path element".into());
    }
    if elem.ends_with('.') {
        return Err("trailing dot in path element".into());
    }
    if let Some(c) = elem
        .chars()
        .find(|&c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | '~')))
    {
        return Err(format!("invalid char {}", go_quote_char(c)));
    }
    let short = elem.split('.').next().unwrap_or(elem);
    const BAD: &[&str] = &[
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
        "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    ];
    if BAD.iter().any(|b| b.eq_ignore_ascii_case(short)) {
        return Err(format!(
            "{} disallowed as path element component on Windows",
            go_quote(short)
        ));
    }
    if let Some(tilde) = short.rfind('~')
        && tilde < short.len() - 1
        && short[tilde + 1..].bytes().all(|b| b.is_ascii_digit())
    {
        return Err("trailing tilde and digits in path element".into());
    }
    Ok(())
}

/// `module.SplitPathVersion`: the prefix and the major-version suffix (`/vN` with N ≥ 2, or
/// `.vN` for gopkg.in, possibly with `-unstable`; empty when there is none). `None` when the
/// last element is a malformed version suffix such as `/v1`, `/v0`, `/v2.0`.
pub fn split_path_version(path: &str) -> Option<(&str, &str)> {
    let b = path.as_bytes();
    if path.starts_with("gopkg.in/") {
        let mut i = b.len();
        if path.ends_with("-unstable") {
            i -= "-unstable".len();
        }
        while i > 0 && b[i - 1].is_ascii_digit() {
            i -= 1;
        }
        if i <= 1 || b[i - 1] != b'v' || b[i - 2] != b'.' {
            return None;
        }
        let (prefix, major) = path.split_at(i - 2);
        if major.len() <= 2 || (major.as_bytes()[2] == b'0' && major != ".v0") {
            return None;
        }
        return Some((prefix, major));
    }
    let mut i = b.len();
    let mut dot = false;
    while i > 0 && (b[i - 1].is_ascii_digit() || b[i - 1] == b'.') {
        dot |= b[i - 1] == b'.';
        i -= 1;
    }
    if i <= 1 || i == b.len() || b[i - 1] != b'v' || b[i - 2] != b'/' {
        return Some((path, ""));
    }
    let (prefix, major) = path.split_at(i - 2);
    if dot || major.len() <= 2 || major.as_bytes()[2] == b'0' || major == "/v1" {
        return None;
    }
    Some((prefix, major))
}

/// `module.CheckPathMajor(version, pathMajor)` for the path's own major suffix: whether a
/// (valid semantic) version suits the module path, e.g. `example.com/a/v2 v1.0.0` →
/// `Err("should be v2, not v1")`. Paths with a malformed suffix give `invalid module path`.
pub fn check_path_major(path: &str, version: &str) -> Result<(), String> {
    let Some((_, major)) = split_path_version(path) else {
        return Err("invalid module path".into());
    };
    let mut major = major;
    if major.starts_with(".v") {
        major = major.strip_suffix("-unstable").unwrap_or(major);
    }
    if version.starts_with("v0.0.0-") && major == ".v1" {
        return Ok(());
    }
    let m = semver_major(version).unwrap_or("");
    let want = if major.is_empty() {
        if m == "v0" || m == "v1" || semver_build(version) == Some("+incompatible") {
            return Ok(());
        }
        "v0 or v1"
    } else {
        if m == &major[1..] {
            return Ok(());
        }
        &major[1..]
    };
    Err(format!("should be {want}, not {m}"))
}

/// The parts of a semantic version as x/mod/semver reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Semver<'a> {
    major: &'a str,
    minor: &'a str,
    patch: &'a str,
    /// Added by the short forms `v1` (`.0.0`) and `v1.2` (`.0`).
    short: &'static str,
    prerelease: &'a str,
    build: &'a str,
}

fn parse_semver(v: &str) -> Option<Semver<'_>> {
    fn int(v: &str) -> Option<(&str, &str)> {
        let n = v.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 || (v.starts_with('0') && n != 1) {
            return None;
        }
        Some(v.split_at(n))
    }
    fn idents(s: &str, check_num: bool) -> bool {
        s.split('.').all(|id| {
            !id.is_empty()
                && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !(check_num
                    && id.len() > 1
                    && id.starts_with('0')
                    && id.bytes().all(|b| b.is_ascii_digit()))
        })
    }
    let rest = v.strip_prefix('v')?;
    let (major, rest) = int(rest)?;
    let mut p = Semver {
        major,
        minor: "0",
        patch: "0",
        short: "",
        prerelease: "",
        build: "",
    };
    if rest.is_empty() {
        p.short = ".0.0";
        return Some(p);
    }
    let (minor, rest) = int(rest.strip_prefix('.')?)?;
    p.minor = minor;
    if rest.is_empty() {
        p.short = ".0";
        return Some(p);
    }
    let (patch, mut rest) = int(rest.strip_prefix('.')?)?;
    p.patch = patch;
    if rest.starts_with('-') {
        let end = rest.find('+').unwrap_or(rest.len());
        if !idents(&rest[1..end], true) {
            return None;
        }
        p.prerelease = &rest[..end];
        rest = &rest[end..];
    }
    if rest.starts_with('+') {
        if !idents(&rest[1..], false) {
            return None;
        }
        p.build = rest;
        rest = "";
    }
    rest.is_empty().then_some(p)
}

/// `semver.IsValid`: `v1`, `v1.2`, `v1.2.3`, `v1.2.3-pre.1+build` are valid; `1.2.3`,
/// `v1.2.3.4`, `v01.2.3`, `master` are not.
pub fn is_valid_semver(v: &str) -> bool {
    parse_semver(v).is_some()
}

/// `module.CanonicalVersion`: `v1.2` → `v1.2.0`, build metadata dropped except
/// `+incompatible`; `None` for an invalid version. A `require` version is canonical exactly
/// when `canonical_version(v).as_deref() == Some(v)`; anything else (`v1.2`, `master`, a
/// commit hash) makes the go command resolve it over the network.
pub fn canonical_version(v: &str) -> Option<String> {
    let p = parse_semver(v)?;
    let mut out = format!("v{}.{}.{}{}", p.major, p.minor, p.patch, p.prerelease);
    if p.build == "+incompatible" {
        out.push_str(p.build);
    }
    Some(out)
}

fn semver_major(v: &str) -> Option<&str> {
    let p = parse_semver(v)?;
    Some(&v[..1 + p.major.len()])
}

fn semver_build(v: &str) -> Option<&str> {
    parse_semver(v).map(|p| p.build)
}

/// Go version syntax of a `go` line. With `strict_121` (the rule since Go 1.21 and the one the
/// main module is held to): `^([1-9][0-9]*)\.(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))?([a-z]+[0-9]+)?$`
/// (`1.21`, `1.21.0`, `1.21rc1`; not `v1.21`, `1.21.0.1`, `1.021`). Without it, the
/// Go ≤ 1.20 form `1.N` only.
pub fn valid_go_version(v: &str, strict_121: bool) -> bool {
    fn num(s: &str) -> Option<&str> {
        let n = s.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 || (s.starts_with('0') && n > 1) {
            return None;
        }
        Some(&s[n..])
    }
    if v.starts_with('0') {
        return false;
    }
    let Some(rest) = num(v).and_then(|r| r.strip_prefix('.')).and_then(num) else {
        return false;
    };
    if !strict_121 {
        return rest.is_empty();
    }
    let rest = match rest.strip_prefix('.') {
        Some(r) => match num(r) {
            Some(r) => r,
            None => return false,
        },
        None => rest,
    };
    if rest.is_empty() {
        return true;
    }
    let letters = rest.bytes().take_while(u8::is_ascii_lowercase).count();
    let digits = rest[letters..]
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    letters > 0 && digits > 0 && letters + digits == rest.len()
}

/// The lax reading of a dependency's `go` line (`laxGoVersionRE`,
/// `^v?(([1-9][0-9]*)\.(0|[1-9][0-9]*))([^0-9].*)$`): the `1.N` it is truncated to.
pub fn lax_go_version(v: &str) -> Option<&str> {
    let s = v.strip_prefix('v').unwrap_or(v);
    let major = s.bytes().take_while(u8::is_ascii_digit).count();
    if major == 0 || s.starts_with('0') || s.as_bytes().get(major) != Some(&b'.') {
        return None;
    }
    let rest = &s[major + 1..];
    let minor = rest.bytes().take_while(u8::is_ascii_digit).count();
    if minor == 0 || (rest.starts_with('0') && minor > 1) {
        return None;
    }
    let tail = &rest[minor..];
    // `[^0-9].*`: at least one character, the first not a digit
    if tail.is_empty() {
        return None;
    }
    Some(&s[..major + 1 + minor])
}

/// Toolchain names (`ToolchainRE`, `^default$|^go1($|\.)`): `default`, `go1`, `go1.22`,
/// `go1.22.1-custom`; not `local`, `go2`, `1.22.1`.
pub fn valid_toolchain(name: &str) -> bool {
    name == "default" || name == "go1" || name.starts_with("go1.")
}

/// Go's `%q` of a string, close enough for messages (ASCII printable kept, the rest escaped).
pub(crate) fn go_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        push_escaped(&mut out, c, '"');
    }
    out.push('"');
    out
}

/// Go's `%q` of a rune: `'x'`, `'\''`, `'\u00e9'`.
pub(crate) fn go_quote_char(c: char) -> String {
    let mut out = String::from("'");
    push_escaped(&mut out, c, '\'');
    out.push('\'');
    out
}

fn push_escaped(out: &mut String, c: char, quote: char) {
    match c {
        '\\' => out.push_str("\\\\"),
        c if c == quote => {
            out.push('\\');
            out.push(c);
        }
        '\n' => out.push_str("\\n"),
        '\t' => out.push_str("\\t"),
        '\r' => out.push_str("\\r"),
        '\x07' => out.push_str("\\a"),
        '\x08' => out.push_str("\\b"),
        '\x0b' => out.push_str("\\v"),
        '\x0c' => out.push_str("\\f"),
        c if (c as u32) < 0x20 || c == '\x7f' => out.push_str(&format!("\\x{:02x}", c as u32)),
        c if c == ' ' || !(c.is_control() || c.is_whitespace() || is_format(c)) => out.push(c),
        c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
        c => out.push_str(&format!("\\U{:08x}", c as u32)),
    }
}

/// Unicode format characters (category Cf) Go's `%q` escapes: soft hyphen, zero-width and
/// bidi controls, the BOM.
pub(crate) fn is_format(c: char) -> bool {
    matches!(c as u32, 0xad | 0x600..=0x605 | 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x206f | 0xfeff | 0xfff9..=0xfffb)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_path_vectors() {
        let ok = [
            "x.y/z",
            "x.y",
            "x..y/z",
            "x.y-/z",
            "x.y/z_",
            "x.y/z~",
            "x.y/z09~09z",
            "x.y/prn2",
            "x.y/calm1",
            "x.y/z/v2",
            "x.y/z/v10",
            "github.com/user/repo",
            "gopkg.in/yaml.v2",
            "gopkg.in/check.v1",
            "gopkg.in/x.v0",
            "x.y/z/V2",
            "x.y/Z",
        ];
        for p in ok {
            assert_eq!(check_path(p), Ok(()), "{p}");
        }
        let bad = [
            ("x./z", "trailing dot in path element"),
            (".x/z", "leading dot in path element"),
            ("-x/z", "leading dash"),
            ("x.y//z", "double slash"),
            ("x.y/z/", "trailing slash"),
            ("x.y/z/v0", "invalid version"),
            ("x.y/z/v1", "invalid version"),
            ("x.y/z/v2.0", "invalid version"),
            ("x.y/z/v02", "invalid version"),
            ("X.y/z", "invalid char 'X' in first path element"),
            ("_x.y/z", "invalid char '_' in first path element"),
            ("x.y_/z", "invalid char '_' in first path element"),
            ("x.y/z~0", "trailing tilde and digits in path element"),
            (
                "x.y/aux.foo",
                "\"aux\" disallowed as path element component on Windows",
            ),
            (
                "x.y/com1",
                "\"com1\" disallowed as path element component on Windows",
            ),
            ("github.com/!123/logrus", "invalid char '!'"),
            ("github.com/user/unicode/испытание", "invalid char 'и'"),
            ("x☺y", "invalid char '☺'"),
            ("x.y/a\u{200b}", "invalid char '\\u200b'"),
            ("", "empty string"),
            ("/x.y", "empty path element"),
            ("x/y", "missing dot in first path element"),
            ("x.y/..", "invalid path element \"..\""),
            ("x.y/a b", "invalid char ' '"),
            ("gopkg.in/yaml", "invalid version"),
            ("gopkg.in/yaml.v01", "invalid version"),
        ];
        for (p, want) in bad {
            assert_eq!(check_path(p), Err(want.to_owned()), "{p}");
        }
    }

    #[test]
    fn path_major() {
        assert_eq!(split_path_version("x.y/z/v2"), Some(("x.y/z", "/v2")));
        assert_eq!(split_path_version("x.y/z"), Some(("x.y/z", "")));
        assert_eq!(
            split_path_version("gopkg.in/yaml.v3-unstable"),
            Some(("gopkg.in/yaml", ".v3-unstable"))
        );
        assert_eq!(split_path_version("x.y/z/v1"), None);
        assert_eq!(check_path_major("example.com/a/v2", "v2.1.0"), Ok(()));
        assert_eq!(
            check_path_major("example.com/a/v2", "v1.0.0"),
            Err("should be v2, not v1".into())
        );
        assert_eq!(
            check_path_major("example.com/a", "v2.0.0"),
            Err("should be v0 or v1, not v2".into())
        );
        assert_eq!(
            check_path_major("example.com/a", "v2.0.0+incompatible"),
            Ok(())
        );
        assert_eq!(check_path_major("gopkg.in/yaml.v2", "v2.4.0"), Ok(()));
        assert_eq!(
            check_path_major("gopkg.in/check.v1", "v0.0.0-20161208181325-20d25e280405"),
            Ok(())
        );
        assert_eq!(
            check_path_major("gopkg.in/yaml.v2", "v3.0.0"),
            Err("should be v2, not v3".into())
        );
        assert_eq!(check_path_major("gopkg.in/x.v3-unstable", "v3.0.0"), Ok(()));
    }

    #[test]
    fn semver_forms() {
        for v in [
            "v1",
            "v1.2",
            "v1.2.3",
            "v0.0.0-20191109021931-daa7c04131f5",
            "v1.2.3-pre.1+build.5",
            "v2.0.0+incompatible",
            "v1.2.3-0.20200101000000-abcdefabcdef",
        ] {
            assert!(is_valid_semver(v), "{v}");
        }
        for v in [
            "",
            "1.2.3",
            "v1.2.3.4",
            "v01.2.3",
            "v1.02.3",
            "master",
            "v1-pre",
            "v1.2.3-",
            "v1.2.3-01",
            "v1.2.3-a..b",
            "v1.2.3+",
            "v1.2.3 ",
            "latest",
            "abcdef0",
        ] {
            assert!(!is_valid_semver(v), "{v}");
        }
        assert_eq!(canonical_version("v1.2").as_deref(), Some("v1.2.0"));
        assert_eq!(canonical_version("v1").as_deref(), Some("v1.0.0"));
        assert_eq!(canonical_version("v1.2.3+meta").as_deref(), Some("v1.2.3"));
        assert_eq!(
            canonical_version("v2.0.0+incompatible").as_deref(),
            Some("v2.0.0+incompatible")
        );
        assert_eq!(
            canonical_version("v1.2.3-rc.1").as_deref(),
            Some("v1.2.3-rc.1")
        );
        assert_eq!(canonical_version("master"), None);
    }

    #[test]
    fn go_versions() {
        for v in [
            "1.21",
            "1.21.0",
            "1.21rc1",
            "1.22.1",
            "1.9",
            "2.0",
            "1.21beta2",
            "1.0",
        ] {
            assert!(valid_go_version(v, true), "{v}");
        }
        for v in [
            "v1.22", "1.22.0.1", "1.021", "01.2", "1", "1.", "1.2.", "1.21rc", "1.21-rc1",
            "1.21RC1", "", "1.2.03", "go1.21", "1.21 ",
        ] {
            assert!(!valid_go_version(v, true), "{v}");
        }
        assert!(valid_go_version("1.20", false));
        assert!(!valid_go_version("1.20.1", false));
        assert!(!valid_go_version("1.21rc1", false));
        assert_eq!(lax_go_version("1.22.0.1"), Some("1.22"));
        assert_eq!(lax_go_version("v1.22"), None);
        assert_eq!(lax_go_version("v1.22-x"), Some("1.22"));
        assert_eq!(lax_go_version("1.22"), None);
        assert_eq!(lax_go_version("1.22x"), Some("1.22"));
        assert_eq!(lax_go_version("1.02x"), None);
    }

    #[test]
    fn toolchains() {
        for t in ["default", "go1", "go1.22", "go1.22.1-custom", "go1.21rc2"] {
            assert!(valid_toolchain(t), "{t}");
        }
        for t in ["local", "go2", "1.22.1", "go1x", "auto", "Default", ""] {
            assert!(!valid_toolchain(t), "{t}");
        }
    }
}
