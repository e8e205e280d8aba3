//! Where a go command's settings come from (go-semantics.md §1): the process environment (an
//! empty value counts as unset), then the user's `go env -w` file, then `$GOROOT/go.env`
//! (Go ≥ 1.21), then the code's defaults.

use std::collections::BTreeMap;

use super::GoVersion;
use crate::parse::goenvfile;

/// The `$GOROOT/go.env` of the official Go distributions since 1.21.
pub const OFFICIAL_GO_ENV: &str =
    "GOPROXY=https://proxy.golang.org,direct\nGOSUMDB=sum.golang.org\nGOTOOLCHAIN=auto\n";

/// [`OFFICIAL_GO_ENV`] read (a test checks that they agree): `getenv` runs for every setting
/// of every context, so the files are read once, not on each lookup.
const OFFICIAL_GO_ENV_ENTRIES: [(&str, &str); 3] = [
    ("GOPROXY", "https://proxy.golang.org,direct"),
    ("GOSUMDB", "sum.golang.org"),
    ("GOTOOLCHAIN", "auto"),
];

/// The environment a go command starts with.
#[derive(Debug, Clone)]
pub struct GoEnv {
    os: BTreeMap<String, String>,
    /// The `go env -w` file's entries, in file order.
    user_file: Option<Vec<(String, String)>>,
    goroot_env: GoRootEnv,
}

/// `$GOROOT/go.env`.
#[derive(Debug, Clone)]
enum GoRootEnv {
    None,
    Official,
    /// Entries in file order.
    Other(Vec<(String, String)>),
}

fn owned_entries(text: &str) -> Vec<(String, String)> {
    read_env_file(text)
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
}

impl Default for GoEnv {
    fn default() -> Self {
        Self::new()
    }
}

/// Read a go env file as `cfg.readEnvFile` does (the rules are in [`goenvfile`]): (key, value)
/// in file order.
pub fn read_env_file(text: &str) -> Vec<(&str, &str)> {
    goenvfile::parse(text)
        .entries
        .into_iter()
        .map(|e| (&text[e.name_range], &text[e.value_range]))
        .collect()
}

impl GoEnv {
    /// No variables set, no user env file, the official `$GOROOT/go.env`.
    pub fn new() -> Self {
        GoEnv {
            os: BTreeMap::new(),
            user_file: None,
            goroot_env: GoRootEnv::Official,
        }
    }

    /// Set a variable of the process environment.
    pub fn set_os(&mut self, key: &str, value: &str) {
        self.os.insert(key.to_owned(), value.to_owned());
    }

    /// The contents of the `go env -w` file (`$GOENV`, or `$XDG_CONFIG_HOME/go/env`).
    pub fn set_user_file(&mut self, text: &str) {
        self.user_file = Some(owned_entries(text));
    }

    /// The contents of `$GOROOT/go.env`, None when the distribution has none.
    pub fn set_goroot_env(&mut self, text: Option<&str>) {
        self.goroot_env = match text {
            Some(OFFICIAL_GO_ENV) => GoRootEnv::Official,
            Some(text) => GoRootEnv::Other(owned_entries(text)),
            None => GoRootEnv::None,
        };
    }

    /// A process environment variable (HTTPS_PROXY and the like are only read from there).
    pub fn os(&self, key: &str) -> &str {
        self.os.get(key).map_or("", String::as_str)
    }

    /// `cfg.Getenv`: the process value if non-empty, else the user file's last entry for the
    /// key (present-but-empty counts), else `$GOROOT/go.env`'s first entry (Go ≥ 1.21).
    pub fn getenv(&self, key: &str, version: &GoVersion) -> String {
        let os = self.os(key);
        if !os.is_empty() {
            return os.to_owned();
        }
        if self.os("GOENV") != "off"
            && let Some((_, v)) = self
                .user_file
                .as_deref()
                .and_then(|entries| entries.iter().rev().find(|(k, _)| k == key))
        {
            return v.clone();
        }
        if version.at_least(21) && key != "GOROOT" {
            let found = match &self.goroot_env {
                GoRootEnv::None => None,
                GoRootEnv::Official => OFFICIAL_GO_ENV_ENTRIES
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map(|(_, v)| (*v).to_owned()),
                GoRootEnv::Other(entries) => entries
                    .iter()
                    .find(|(k, _)| k == key)
                    .map(|(_, v)| v.clone()),
            };
            if let Some(v) = found {
                return v;
            }
        }
        String::new()
    }

    /// The effective settings of a go command of `version`.
    pub fn settings(&self, version: &GoVersion) -> Settings {
        let get = |k: &str| self.getenv(k, version);
        let or = |v: String, d: &str| if v.is_empty() { d.to_owned() } else { v };
        let legacy = !version.at_least(21);
        let goprivate = get("GOPRIVATE");
        Settings {
            goproxy: if legacy {
                or(get("GOPROXY"), "https://proxy.golang.org,direct")
            } else {
                get("GOPROXY")
            },
            gosumdb: if legacy {
                or(get("GOSUMDB"), "sum.golang.org")
            } else {
                get("GOSUMDB")
            },
            gonoproxy: or(get("GONOPROXY"), &goprivate),
            gonosumdb: or(get("GONOSUMDB"), &goprivate),
            goinsecure: get("GOINSECURE"),
            govcs: get("GOVCS"),
            goflags: get("GOFLAGS"),
            gotoolchain: if legacy {
                String::new()
            } else {
                get("GOTOOLCHAIN")
            },
            go111module: get("GO111MODULE"),
            goauth: or(get("GOAUTH"), "netrc"),
            goprivate,
        }
    }
}

/// The module-download settings a go command uses, after precedence and defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub goproxy: String,
    pub gosumdb: String,
    pub goprivate: String,
    pub gonoproxy: String,
    pub gonosumdb: String,
    pub goinsecure: String,
    pub govcs: String,
    pub goflags: String,
    /// Empty before Go 1.21 (not read) and when empty everywhere (behaves as `local`).
    pub gotoolchain: String,
    pub go111module: String,
    pub goauth: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> GoVersion {
        GoVersion::parse(s).unwrap()
    }

    /// The precedence table of go-semantics.md §1.1.
    #[test]
    fn precedence_vectors() {
        let go = v("1.27.3");
        let mut e = GoEnv::new();
        e.set_os("GOPROXY", "https://a");
        e.set_user_file("GOPROXY=https://b\n");
        assert_eq!(e.settings(&go).goproxy, "https://a");
        e.set_os("GOPROXY", "");
        assert_eq!(e.settings(&go).goproxy, "https://b");
        e.set_user_file("# nothing\n");
        assert_eq!(e.settings(&go).goproxy, "https://proxy.golang.org,direct");
        e.set_user_file("GOPROXY=\n");
        assert_eq!(
            e.settings(&go).goproxy,
            "",
            "an empty file entry wins over go.env"
        );
        assert_eq!(
            e.settings(&v("1.19.8")).goproxy,
            "https://proxy.golang.org,direct",
            "before go.env the code default applies"
        );
        e.set_user_file("GOSUMDB=\nGOTOOLCHAIN=\n");
        assert_eq!(e.settings(&go).gosumdb, "");
        assert_eq!(e.settings(&go).gotoolchain, "");
        let mut e = GoEnv::new();
        e.set_os("GOTOOLCHAIN", "");
        assert_eq!(e.settings(&go).gotoolchain, "auto");
        e.set_goroot_env(None);
        assert_eq!(e.settings(&go).goproxy, "");
        assert_eq!(e.settings(&go).gotoolchain, "");
        let mut e = GoEnv::new();
        e.set_os("GOPRIVATE", "corp.com");
        e.set_os("GONOSUMDB", "other.com");
        let s = e.settings(&go);
        assert_eq!(s.gonoproxy, "corp.com");
        assert_eq!(s.gonosumdb, "other.com");
        e.set_os("GONOPROXY", "");
        assert_eq!(
            e.settings(&go).gonoproxy,
            "corp.com",
            "empty falls back to GOPRIVATE"
        );
        assert_eq!(e.settings(&go).goauth, "netrc");
    }

    /// The file format as read (§1.2).
    #[test]
    fn env_file_reading() {
        let go = v("1.27.3");
        let mut e = GoEnv::new();
        e.set_user_file(
            "GOPROXY = off\nGOSUMDB=off # trailing\ngoprivate=x\n GOINSECURE=y\nGOFLAGS=\"-mod=mod\"\nGOVCS=a:git\r\nGOPRIVATE=a\nGOPRIVATE=b\n",
        );
        let s = e.settings(&go);
        assert_eq!(s.goproxy, "https://proxy.golang.org,direct");
        assert_eq!(s.gosumdb, "off # trailing");
        assert_eq!(s.goinsecure, "");
        assert_eq!(s.goflags, "\"-mod=mod\"");
        assert_eq!(s.govcs, "a:git\r");
        assert_eq!(s.goprivate, "b", "the last duplicate wins");
        e.set_os("GOENV", "off");
        assert_eq!(e.settings(&go).goprivate, "");
        let mut e = GoEnv::new();
        e.set_goroot_env(Some("GOPROXY=first\nGOPROXY=second\n"));
        assert_eq!(e.settings(&go).goproxy, "first", "in go.env the first wins");
    }

    #[test]
    fn official_go_env_entries_are_the_file_read() {
        assert_eq!(
            read_env_file(OFFICIAL_GO_ENV),
            OFFICIAL_GO_ENV_ENTRIES.to_vec()
        );
    }
}
