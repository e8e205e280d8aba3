//! GOFLAGS (`base.InitGOFLAGS`, `quoted.Split`; go-semantics.md §6): how the go command splits
//! it, which words it rejects for every command, and what one command does with the rest.

use super::GoVersion;

/// Every flag name some go subcommand defines (go1.27.3; read from its sources and confirmed
/// one by one with `GOFLAGS=-name go version`). A GOFLAGS word naming anything else stops
/// every go command.
pub const KNOWN_FLAGS: &[&str] = &[
    "a",
    "artifacts",
    "asan",
    "asmflags",
    "bench",
    "benchmem",
    "benchtime",
    "blockprofile",
    "blockprofilerate",
    "buildmode",
    "buildvcs",
    "c",
    "cache",
    "changed",
    "compat",
    "compiled",
    "compiler",
    "count",
    "cover",
    "covermode",
    "coverpkg",
    "coverprofile",
    "cpu",
    "cpuprofile",
    "d",
    "debug-actiongraph",
    "debug-runtime-trace",
    "debug-trace",
    "deps",
    "diff",
    "dropexclude",
    "dropgodebug",
    "dropignore",
    "dropreplace",
    "droprequire",
    "dropretract",
    "droptool",
    "dropuse",
    "e",
    "exclude",
    "exec",
    "export",
    "f",
    "failfast",
    "find",
    "fix",
    "fixtool",
    "fmt",
    "fullpath",
    "fuzz",
    "fuzzcache",
    "fuzzminimizetime",
    "fuzztime",
    "gccgoflags",
    "gcflags",
    "go",
    "godebug",
    "i",
    "ignore",
    "insecure",
    "installsuffix",
    "json",
    "ldflags",
    "linkshared",
    "list",
    "m",
    "memprofile",
    "memprofilerate",
    "mod",
    "modcache",
    "modcacherw",
    "modfile",
    "module",
    "msan",
    "mutexprofile",
    "mutexprofilefraction",
    "n",
    "o",
    "outputdir",
    "overlay",
    "p",
    "parallel",
    "pgo",
    "pkgdir",
    "print",
    "r",
    "race",
    "replace",
    "require",
    "retract",
    "retracted",
    "reuse",
    "run",
    "short",
    "shuffle",
    "skip",
    "t",
    "tags",
    "test",
    "testcache",
    "timeout",
    "tool",
    "toolchain",
    "toolexec",
    "trace",
    "trimpath",
    "u",
    "use",
    "v",
    "vendor",
    "versions",
    "vet",
    "vettool",
    "w",
    "work",
    "x",
];

/// Flags of [`KNOWN_FLAGS`] that Go 1.19 did not have, with the first minor release that has
/// them. Checked with the binaries: absent from go1.19.8 (resp. go1.21.13), present in go1.21.13
/// (resp. go1.27.3). Between those, the release notes decide where they say (`changed`,
/// `godebug` 1.23; `tool` 1.24; `ignore` 1.25; `pgo`, `skip` 1.20; `fullpath`, `toolchain` 1.21);
/// otherwise the earliest release that may have it (so a flag is never wrongly called unknown).
const ADDED_IN: &[(&str, u64)] = &[
    ("pgo", 20),
    ("skip", 20),
    ("debug-runtime-trace", 20),
    ("fullpath", 21),
    ("toolchain", 21),
    ("artifacts", 22),
    ("diff", 22),
    ("fixtool", 22),
    ("changed", 23),
    ("godebug", 23),
    ("dropgodebug", 23),
    ("tool", 24),
    ("droptool", 24),
    ("ignore", 25),
    ("dropignore", 25),
];

/// Flags `go test` also accepts with a `test.` prefix (`-test.v`).
pub const TEST_FLAGS: &[&str] = &[
    "artifacts",
    "bench",
    "benchmem",
    "benchtime",
    "blockprofile",
    "blockprofilerate",
    "count",
    "coverprofile",
    "cpu",
    "cpuprofile",
    "failfast",
    "fullpath",
    "fuzz",
    "fuzzminimizetime",
    "fuzztime",
    "list",
    "memprofile",
    "memprofilerate",
    "mutexprofile",
    "mutexprofilefraction",
    "outputdir",
    "parallel",
    "run",
    "short",
    "shuffle",
    "skip",
    "timeout",
    "trace",
    "v",
];

/// Split GOFLAGS into words: from Go 1.20 on a word may be quoted whole with `'` or `"` (no
/// escapes; a quote inside a word is literal); earlier releases split on white space only.
/// (Verified: go1.19.8 splits, go1.21.13 unquotes; 1.20 is assumed to unquote, no go1.20 binary
/// was at hand.)
pub fn split(goflags: &str, version: &GoVersion) -> Result<Vec<String>, String> {
    if !version.at_least(20) {
        return Ok(goflags.split_whitespace().map(str::to_owned).collect());
    }
    let space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r');
    let bytes = goflags.as_bytes();
    let mut words = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        while i < bytes.len() && space(bytes[i]) {
            i += 1;
        }
        if i == bytes.len() {
            break;
        }
        let q = bytes[i];
        if q == b'"' || q == b'\'' {
            let start = i + 1;
            let Some(len) = bytes[start..].iter().position(|&b| b == q) else {
                return Err(format!("unterminated {} string", q as char));
            };
            words.push(goflags[start..start + len].to_owned());
            i = start + len + 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && !space(bytes[i]) {
            i += 1;
        }
        words.push(goflags[start..i].to_owned());
    }
    Ok(words)
}

/// A GOFLAGS word as `-name[=value]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag {
    pub name: String,
    pub value: Option<String>,
}

/// Check GOFLAGS as every go command does at startup (except `go env` and `go bug`); the error
/// is Go's message after `go: `.
pub fn parse(goflags: &str, version: &GoVersion) -> Result<Vec<Flag>, String> {
    let words = split(goflags, version).map_err(|e| format!("parsing $GOFLAGS: {e}"))?;
    let mut flags = Vec::new();
    for w in words {
        let bad = !w.starts_with('-')
            || w == "-"
            || w == "--"
            || w.starts_with("---")
            || w.starts_with("-=")
            || w.starts_with("--=");
        if bad {
            return Err(format!(
                "parsing $GOFLAGS: non-flag {}",
                super::url::go_quote(&w)
            ));
        }
        let body = w.strip_prefix("--").unwrap_or(&w[1..]);
        let (name, value) = match body.split_once('=') {
            Some((n, v)) => (n, Some(v.to_owned())),
            None => (body, None),
        };
        if !is_known(name, version) {
            return Err(format!("parsing $GOFLAGS: unknown flag -{name}"));
        }
        flags.push(Flag {
            name: name.to_owned(),
            value,
        });
    }
    Ok(flags)
}

/// Whether some subcommand of Go `version` defines flag `name` (`test.x` for test flags).
pub fn is_known(name: &str, version: &GoVersion) -> bool {
    let present = |n: &str| {
        ADDED_IN
            .iter()
            .find(|(f, _)| *f == n)
            .is_none_or(|(_, since)| version.at_least(*since))
    };
    (KNOWN_FLAGS.contains(&name) && present(name))
        || name
            .strip_prefix("test.")
            .is_some_and(|n| TEST_FLAGS.contains(&n) && present(n))
}

/// The flags of one go subcommand that GOFLAGS can set: (name, is boolean).
pub fn command_flags(command: &str) -> &'static [(&'static str, bool)] {
    match command {
        "mod download" => &[
            ("json", true),
            ("modcacherw", true),
            ("x", true),
            ("modfile", false),
            ("overlay", false),
            ("reuse", false),
        ],
        _ => &[],
    }
}

/// Apply GOFLAGS to `command` as Go does: flags it does not define are ignored, a boolean
/// needs a boolean value, any other flag needs a value.
pub fn apply(flags: &[Flag], command: &str) -> Result<Vec<Flag>, String> {
    let defined = command_flags(command);
    let mut used = Vec::new();
    for f in flags {
        let Some(&(_, boolean)) = defined.iter().find(|(n, _)| *n == f.name) else {
            continue;
        };
        match (&f.value, boolean) {
            (Some(v), true) if parse_bool(v).is_none() => {
                return Err(format!(
                    "invalid boolean value {} for flag -{} (from $GOFLAGS): parse error",
                    super::url::go_quote(v),
                    f.name
                ));
            }
            (None, false) => {
                return Err(format!(
                    "flag needs an argument: -{} (from $GOFLAGS)",
                    f.name
                ));
            }
            _ => used.push(f.clone()),
        }
    }
    Ok(used)
}

/// Go's `strconv.ParseBool`.
pub fn parse_bool(v: &str) -> Option<bool> {
    match v {
        "1" | "t" | "T" | "true" | "TRUE" | "True" => Some(true),
        "0" | "f" | "F" | "false" | "FALSE" | "False" => Some(false),
        _ => None,
    }
}

/// The last `-mod=` value GOFLAGS gives (what build commands use unless the command line says).
pub fn mod_mode(flags: &[Flag]) -> Option<&str> {
    flags
        .iter()
        .rev()
        .find(|f| f.name == "mod")
        .and_then(|f| f.value.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn go(minor: u64) -> GoVersion {
        GoVersion::minor(minor)
    }

    /// `goflags.txt` and go-semantics.md §6.2.
    #[test]
    fn startup_vectors() {
        let v = go(27);
        assert!(parse("-e -f={{.Dir}} --test.benchtime=1s -count=10", &v).is_ok());
        assert_eq!(
            parse("-typoflag", &v).unwrap_err(),
            "parsing $GOFLAGS: unknown flag -typoflag"
        );
        for w in ["-", "--", "---oops", "-=noname", "mod"] {
            assert_eq!(
                parse(w, &v).unwrap_err(),
                format!("parsing $GOFLAGS: non-flag \"{w}\"")
            );
        }
        assert_eq!(
            parse("-mod mod", &v).unwrap_err(),
            "parsing $GOFLAGS: non-flag \"mod\""
        );
        let quoted = parse("\"-tags=magic wizardry\"", &v).unwrap();
        assert_eq!(quoted[0].value.as_deref(), Some("magic wizardry"));
        // -w is a known flag (go env -w), so this passes and -ldflags keeps only -s
        let f = parse("-ldflags=-s -w", &v).unwrap();
        assert_eq!(f.len(), 2);
        assert_eq!(
            parse("-ldflags='-s -w'", &v).unwrap_err(),
            "parsing $GOFLAGS: unknown flag -w'"
        );
        assert!(parse("'-ldflags=-s -w'", &v).is_ok());
        assert!(parse("--mod=mod", &v).is_ok());
        assert!(parse("-insecure", &v).is_ok());
        assert_eq!(
            parse("'-tags=x", &v).unwrap_err(),
            "parsing $GOFLAGS: unterminated ' string"
        );
        assert_eq!(
            parse("-test.zzz", &v).unwrap_err(),
            "parsing $GOFLAGS: unknown flag -test.zzz"
        );
        assert!(parse("-test.v", &v).is_ok());
    }

    /// Checked against go1.19.8 and go1.21.13 (`GOFLAGS=-x go version`).
    #[test]
    fn flags_by_release() {
        let (v19, v21, v27) = (go(19), go(21), go(27));
        for f in [
            "-skip",
            "-pgo=auto",
            "-fullpath",
            "-toolchain=x",
            "-test.skip=x",
        ] {
            assert!(parse(f, &v19).is_err(), "{f} on 1.19");
        }
        for f in ["-fullpath", "-skip", "-toolchain=x", "-test.fullpath"] {
            assert!(parse(f, &v21).is_ok(), "{f} on 1.21");
        }
        for f in [
            "-artifacts",
            "-changed",
            "-tool=x",
            "-ignore=x",
            "-test.artifacts",
        ] {
            assert!(parse(f, &v21).is_err(), "{f} on 1.21");
            assert!(parse(f, &v27).is_ok(), "{f} on 1.27");
        }
        assert!(parse("-mod=mod -v -x -json", &v19).is_ok());
    }

    #[test]
    fn old_releases_do_not_unquote() {
        assert_eq!(
            parse("\"-tags=a b\"", &go(19)).unwrap_err(),
            "parsing $GOFLAGS: non-flag \"\\\"-tags=a\""
        );
    }

    #[test]
    fn per_command() {
        let v = go(27);
        let f = parse("-mod=vendor -json=asdf", &v).unwrap();
        assert_eq!(
            apply(&f, "mod download").unwrap_err(),
            "invalid boolean value \"asdf\" for flag -json (from $GOFLAGS): parse error"
        );
        let f = parse("-modfile", &v).unwrap();
        assert_eq!(
            apply(&f, "mod download").unwrap_err(),
            "flag needs an argument: -modfile (from $GOFLAGS)"
        );
        let f = parse("-mod=vendor -x", &v).unwrap();
        assert_eq!(apply(&f, "mod download").unwrap().len(), 1);
        assert_eq!(mod_mode(&f), Some("vendor"));
    }
}
