//! Go's own reading of its settings (see `shared/go-semantics.md`): which variables exist, and
//! how GOPROXY lists are parsed.

use crate::parse::Range;

/// Every environment variable the go command, the Go runtime or the official Go images read
/// (go1.27.3 `internal/cfg.KnownEnv`, `go help environment`, the runtime's variables).
pub const KNOWN_VARIABLES: &[&str] = &[
    "GCCGO",
    "GCCGOTOOLDIR",
    "GO111MODULE",
    "GO386",
    "GOAMD64",
    "GOARCH",
    "GOARM",
    "GOARM64",
    "GOAUTH",
    "GOBIN",
    "GOCACHE",
    "GOCACHEPROG",
    "GOCOVERDIR",
    "GODEBUG",
    "GOENV",
    "GOEXE",
    "GOEXPERIMENT",
    "GOFIPS140",
    "GOFLAGS",
    "GOGC",
    "GOGCCFLAGS",
    "GOHOSTARCH",
    "GOHOSTOS",
    "GOINSECURE",
    "GOMAXPROCS",
    "GOMEMLIMIT",
    "GOMIPS",
    "GOMIPS64",
    "GOMOD",
    "GOMODCACHE",
    "GONOPROXY",
    "GONOSUMDB",
    "GOOS",
    "GOPATH",
    "GOPPC64",
    "GOPRIVATE",
    "GOPROXY",
    "GORACE",
    "GORISCV64",
    "GOROOT",
    "GOROOT_FINAL",
    "GOSUMDB",
    "GOTELEMETRY",
    "GOTELEMETRYDIR",
    "GOTMPDIR",
    "GOTOOLCHAIN",
    "GOTOOLDIR",
    "GOTRACEBACK",
    "GOVCS",
    "GOVERSION",
    "GOWASM",
    "GOWORK",
    "GO_EXTLINK_ENABLED",
];

/// Variables Go only reports (`go env`), never reads: setting them does nothing, and a build
/// argument like `GO_VERSION` is not a misspelling of `GOVERSION`.
pub const REPORTED_ONLY: &[&str] = &[
    "GCCGOTOOLDIR",
    "GOEXE",
    "GOGCCFLAGS",
    "GOHOSTARCH",
    "GOHOSTOS",
    "GOMOD",
    "GOROOT_FINAL",
    "GOTOOLDIR",
    "GOVERSION",
];

/// Names that look like Go settings, are widely copied, and do nothing, with what was meant.
pub const NOT_GO_VARIABLES: &[(&str, &str, &str)] = &[
    (
        "GONOSUMCHECK",
        "GONOSUMDB",
        "no Go release has ever read it (it is copied from blog posts and generated configs)",
    ),
    (
        "GONOVERIFY",
        "GONOSUMDB",
        "it existed only in a pre-release prototype of the Go 1.13 checksum database",
    ),
    (
        "GOPROXY_URL",
        "GOPROXY",
        "Go reads the proxy list from GOPROXY",
    ),
    (
        "GOSUMDB_URL",
        "GOSUMDB",
        "the checksum database and its URL are both given in GOSUMDB",
    ),
    (
        "GOPRIVATE_HOSTS",
        "GOPRIVATE",
        "private module patterns go in GOPRIVATE",
    ),
];

pub fn is_known(name: &str) -> bool {
    KNOWN_VARIABLES.contains(&name)
}

/// One element of a GOPROXY list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProxyEntry {
    /// Trimmed text of the element.
    pub text: String,
    /// Byte range of the trimmed element in the GOPROXY value.
    pub range: Range,
    pub kind: ProxyKind,
    /// The separator after this element (`,` or `|`), if any.
    pub separator: Option<char>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProxyKind {
    Off,
    Direct,
    /// A proxy URL (after Go adds an implicit `https://`).
    Url(String),
}

/// A GOPROXY value as Go's `proxyList` reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProxyList {
    /// The elements Go uses, in order, up to and including `off` or `direct`.
    pub entries: Vec<ProxyEntry>,
    /// Non-empty elements after `off`/`direct`, which Go never reads.
    pub ignored: Vec<ProxyEntry>,
}

impl ProxyList {
    /// Parse like `modfetch.proxyList` (go1.13+): split on `,` and `|`, trim each element, skip
    /// empty ones, stop at `off` or `direct` (exact, case-sensitive), and give an element that
    /// contains `.`, `:` or `/` but no `:/` an implicit `https://`.
    pub fn parse(value: &str) -> ProxyList {
        let mut list = ProxyList {
            entries: Vec::new(),
            ignored: Vec::new(),
        };
        let mut stopped = false;
        let mut start = 0;
        loop {
            let rest = &value[start..];
            let (len, separator) = match rest.find([',', '|']) {
                Some(i) => (i, rest[i..].chars().next()),
                None => (rest.len(), None),
            };
            let raw = &rest[..len];
            let text = raw.trim();
            if !text.is_empty() {
                let lead = raw.len() - raw.trim_start().len();
                let range = start + lead..start + lead + text.len();
                let kind = match text {
                    "off" => ProxyKind::Off,
                    "direct" => ProxyKind::Direct,
                    url => ProxyKind::Url(implicit_https(url)),
                };
                let entry = ProxyEntry {
                    text: text.to_owned(),
                    range,
                    kind,
                    separator,
                };
                if stopped {
                    list.ignored.push(entry);
                } else {
                    stopped = matches!(entry.kind, ProxyKind::Off | ProxyKind::Direct);
                    list.entries.push(entry);
                }
            }
            match separator {
                Some(sep) => start += len + sep.len_utf8(),
                None => break,
            }
        }
        list
    }
}

fn implicit_https(url: &str) -> String {
    let looks_like_host =
        url.contains(['.', ':', '/']) && !url.contains(":/") && !url.starts_with('/');
    if looks_like_host {
        format!("https://{url}")
    } else {
        url.to_owned()
    }
}

/// The host of a proxy URL (`https://user@host:port/path` → `host`), lower-cased.
pub fn url_host(url: &str) -> Option<String> {
    let after_scheme = url.split_once("://")?.1;
    let authority = after_scheme.split(['/', '?', '#']).next()?;
    let host_port = authority.rsplit('@').next()?;
    let host = if let Some(v6) = host_port.strip_prefix('[') {
        v6.split(']').next()?
    } else {
        host_port.split(':').next()?
    };
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// The default proxy of every Go release since 1.13.
pub const DEFAULT_PROXY_HOST: &str = "proxy.golang.org";

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(v: &str) -> (Vec<String>, Vec<String>) {
        let l = ProxyList::parse(v);
        let show = |e: &ProxyEntry| match &e.kind {
            ProxyKind::Off => "off".to_owned(),
            ProxyKind::Direct => "direct".to_owned(),
            ProxyKind::Url(u) => format!(
                "{u}{}",
                e.separator.map_or(String::new(), |s| s.to_string())
            ),
        };
        (
            l.entries.iter().map(show).collect(),
            l.ignored.iter().map(|e| e.text.clone()).collect(),
        )
    }

    /// The parse vectors of go-semantics.md §2.1.
    #[test]
    fn go_parse_vectors() {
        assert_eq!(
            kinds("https://proxy.golang.org,direct").0,
            ["https://proxy.golang.org,", "direct"]
        );
        assert_eq!(
            kinds("https://proxy.golang.org|direct").0,
            ["https://proxy.golang.org|", "direct"]
        );
        for off in ["off", " off ", "off\r"] {
            assert_eq!(kinds(off).0, ["off"], "{off:?}");
        }
        for not_keyword in ["Off", "OFF", "DIRECT"] {
            assert_eq!(
                kinds(not_keyword).0,
                [not_keyword],
                "a URL without scheme, not a keyword"
            );
        }
        assert_eq!(
            kinds("direct,https://p"),
            (vec!["direct".into()], vec!["https://p".into()])
        );
        assert_eq!(
            kinds("off|file:///x"),
            (vec!["off".into()], vec!["file:///x".into()])
        );
        assert_eq!(kinds(",").0, Vec::<String>::new());
        assert_eq!(kinds(" ").0, Vec::<String>::new());
        assert_eq!(kinds("https://a,,https://b").0, ["https://a,", "https://b"]);
        assert_eq!(kinds("proxy.example.com").0, ["https://proxy.example.com"]);
        assert_eq!(kinds("localhost:3000").0, ["https://localhost:3000"]);
        assert_eq!(kinds("athens").0, ["athens"]);
        assert_eq!(kinds("/abs/path").0, ["/abs/path"]);
        assert_eq!(kinds("file:///srv/goproxy").0, ["file:///srv/goproxy"]);
        assert_eq!(kinds("direct,").1, Vec::<String>::new());
    }

    #[test]
    fn entry_ranges_point_into_the_value() {
        let v = "https://a , direct| https://b";
        let l = ProxyList::parse(v);
        assert_eq!(&v[l.entries[0].range.clone()], "https://a");
        assert_eq!(&v[l.entries[1].range.clone()], "direct");
        assert_eq!(&v[l.ignored[0].range.clone()], "https://b");
    }

    #[test]
    fn hosts() {
        assert_eq!(
            url_host("https://user:pw@Goproxy.CN:443/x").as_deref(),
            Some("goproxy.cn")
        );
        assert_eq!(url_host("http://[::1]:8080").as_deref(), Some("::1"));
        assert_eq!(url_host("file:///srv"), None);
        assert_eq!(url_host("athens"), None);
    }
}
