//! Go versions as the go command orders them (`internal/gover`): `1.21` (a language version)
//! < `1.21rc1` < `1.21.0` < `1.21.1`, and for releases before 1.21 `1.N` is the same as `1.N.0`.

use std::cmp::Ordering;
use std::fmt;

/// A valid Go version (`1.22`, `1.22.5`, `1.23rc1`), without the `go` prefix.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct GoVersion {
    pub major: u64,
    pub minor: u64,
    /// None for a language version such as `1.22` (from Go 1.21 on; earlier `1.N` means `1.N.0`).
    pub patch: Option<u64>,
    /// Pre-release kind (`alpha`, `beta`, `rc`), empty for a release.
    pub kind: String,
    pub pre: Option<u64>,
    text: String,
}

/// Digits without a leading zero (except `0` itself), as gover's `cutInt`.
fn cut_int(s: &str) -> Option<(u64, &str)> {
    let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let digits = &s[..end];
    if digits.is_empty() || (digits.len() > 1 && digits.starts_with('0')) {
        return None;
    }
    Some((digits.parse().ok()?, &s[end..]))
}

impl GoVersion {
    /// Parse a version as `gover.Parse` does (`1`, `1.22`, `1.22.5`, `1.23rc1`; no `go` prefix).
    pub fn parse(text: &str) -> Option<GoVersion> {
        let mut v = GoVersion {
            major: 0,
            minor: 0,
            patch: None,
            kind: String::new(),
            pre: None,
            text: text.to_owned(),
        };
        let (major, rest) = cut_int(text)?;
        v.major = major;
        if rest.is_empty() {
            v.patch = Some(0);
            return Some(v);
        }
        let (minor, rest) = cut_int(rest.strip_prefix('.')?)?;
        v.minor = minor;
        if rest.is_empty() {
            if major == 1 && minor < 21 {
                v.patch = Some(0);
            }
            return Some(v);
        }
        if let Some(patch) = rest.strip_prefix('.') {
            let (patch, rest) = cut_int(patch)?;
            if !rest.is_empty() {
                return None;
            }
            v.patch = Some(patch);
            return Some(v);
        }
        let kind_end = rest
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(rest.len());
        let kind = &rest[..kind_end];
        if kind.is_empty() || !kind.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        v.kind = kind.to_owned();
        let rest = &rest[kind_end..];
        if !rest.is_empty() {
            let (pre, rest) = cut_int(rest)?;
            if !rest.is_empty() {
                return None;
            }
            v.pre = Some(pre);
        }
        Some(v)
    }

    /// The version of a toolchain name (`go1.22.5`, `go1.22.5-bigcorp`), as `gover.FromToolchain`.
    pub fn from_toolchain(name: &str) -> Option<GoVersion> {
        if name.contains(['/', '\\']) {
            return None;
        }
        let v = name.strip_prefix("go")?;
        let v = v.split([' ', '\t', '-']).next().unwrap_or(v);
        GoVersion::parse(v)
    }

    /// `1.N` with the given minor version, for tests and defaults.
    pub fn minor(minor: u64) -> GoVersion {
        GoVersion {
            major: 1,
            minor,
            patch: if minor < 21 { Some(0) } else { None },
            kind: String::new(),
            pre: None,
            text: format!("1.{minor}"),
        }
    }

    /// At least Go `1.minor` (any release or pre-release of it counts).
    pub fn at_least(&self, minor: u64) -> bool {
        self.major > 1 || (self.major == 1 && self.minor >= minor)
    }

    /// A language version (`1.22`) rather than a release (`1.22.0`).
    pub fn is_lang(&self) -> bool {
        self.patch.is_none() && self.kind.is_empty()
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl fmt::Display for GoVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Ord for GoVersion {
    fn cmp(&self, other: &Self) -> Ordering {
        self.major
            .cmp(&other.major)
            .then(self.minor.cmp(&other.minor))
            .then(self.patch.cmp(&other.patch))
            .then(self.kind.cmp(&other.kind))
            .then(self.pre.cmp(&other.pre))
    }
}

impl PartialOrd for GoVersion {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> GoVersion {
        GoVersion::parse(s).unwrap_or_else(|| panic!("{s} should parse"))
    }

    /// Ordering vectors of `internal/gover` (gover_test.go) and go-semantics.md §10.5.
    #[test]
    fn orders_like_gover() {
        assert!(v("1.21") < v("1.21rc1"));
        assert!(v("1.21rc1") < v("1.21.0"));
        assert!(v("1.21.0") < v("1.21.1"));
        assert!(v("1.22") < v("1.22beta1"));
        assert!(v("1.22beta1") < v("1.22rc1"));
        assert_eq!(v("1.19").cmp(&v("1.19.0")), Ordering::Equal);
        assert_eq!(v("1").cmp(&v("1.0.0")), Ordering::Equal);
        assert!(v("1.9") < v("1.10"));
        assert!(v("1.99.0") > v("1.27.3"));
    }

    #[test]
    fn rejects_what_gover_rejects() {
        for bad in [
            "",
            "v1.22",
            "1.22.0.1",
            "1.022",
            "01.2",
            "1.22.",
            "1.21.0rc1",
            "1.21RC1",
            "1.x",
            "go1.22",
            "1.22 ",
            "2.0.0-x",
        ] {
            assert_eq!(GoVersion::parse(bad), None, "{bad:?}");
        }
        assert_eq!(v("1.21rc1").kind, "rc");
        assert_eq!(v("1.21rc1").pre, Some(1));
        assert_eq!(v("1.22").patch, None);
        assert_eq!(v("1.20").patch, Some(0));
    }

    #[test]
    fn toolchain_names() {
        assert_eq!(GoVersion::from_toolchain("go1.22.5"), Some(v("1.22.5")));
        assert_eq!(
            GoVersion::from_toolchain("go1.21.3-bigcorp"),
            Some(v("1.21.3"))
        );
        assert_eq!(GoVersion::from_toolchain("go1.21.3 x"), Some(v("1.21.3")));
        assert_eq!(GoVersion::from_toolchain("1.22.0"), None);
        assert_eq!(GoVersion::from_toolchain("go/1.22"), None);
        assert_eq!(GoVersion::from_toolchain("local"), None);
        assert!(v("1.24.1").at_least(24));
        assert!(!v("1.23.9").at_least(24));
    }
}
