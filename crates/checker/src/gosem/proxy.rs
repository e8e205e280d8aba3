//! GOPROXY lists as the go command reads them (`modfetch.proxyList`, go-semantics.md §2.1–§2.2).

use super::pattern::match_prefix_patterns;
use super::url::{self, GoUrl};
use std::ops::Range;

/// One element of a GOPROXY list, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProxyEntry {
    /// Trimmed text of the element.
    pub text: String,
    /// Byte range of the trimmed element in the GOPROXY value.
    pub range: Range<usize>,
    pub kind: ProxyKind,
    /// The separator after this element (`,` or `|`), if any.
    pub separator: Option<char>,
}

impl ProxyEntry {
    /// Go moves on to the next entry after any error, not only 404/410 (`|` follows it).
    pub fn falls_back_on_error(&self) -> bool {
        self.separator == Some('|')
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProxyKind {
    Off,
    Direct,
    /// A proxy URL (after Go adds an implicit `https://`).
    Url(String),
}

/// A GOPROXY value split as Go splits it, before validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProxyList {
    /// The elements Go reads, in order, up to and including `off` or `direct`.
    pub entries: Vec<ProxyEntry>,
    /// Non-empty elements after `off`/`direct`, which Go never reads.
    pub ignored: Vec<ProxyEntry>,
}

impl ProxyList {
    /// Split on `,` and `|`, trim each element (Unicode whitespace), skip empty ones, stop at
    /// `off` or `direct` (exact, case-sensitive), and give an element that contains `.`, `:`
    /// or `/` but no `:/` and is not an absolute path an implicit `https://`.
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

    /// The first entry Go rejects, with Go's error.
    pub fn first_error(&self) -> Option<(&ProxyEntry, String)> {
        self.entries.iter().find_map(|e| match &e.kind {
            ProxyKind::Url(u) => check_proxy_url(u).err().map(|err| (e, err)),
            _ => None,
        })
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

/// Whether Go's `newProxyRepo` accepts a proxy URL (after the implicit `https://`).
pub fn check_proxy_url(u: &str) -> Result<GoUrl, String> {
    let parsed = url::parse(u)?;
    let redacted = GoUrl::redacted_string(u);
    match parsed.scheme.as_str() {
        "http" | "https" => Ok(parsed),
        "file" => {
            let only_path = parsed.opaque.is_empty()
                && parsed.user.is_none()
                && parsed.host.is_empty()
                && parsed.query.is_none()
                && parsed.fragment.is_none()
                && !parsed.omit_host;
            if only_path {
                Ok(parsed)
            } else {
                Err(format!(
                    "invalid file:// proxy URL with non-path elements: {redacted}"
                ))
            }
        }
        "" => Err(format!("invalid proxy URL missing scheme: {redacted}")),
        _ => Err(format!(
            "invalid proxy URL scheme (must be https, http, file): {redacted}"
        )),
    }
}

/// One step of the list the go command walks for a module (`TryProxies`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hop {
    /// The implicit first entry when GONOPROXY is set: modules it matches are fetched directly.
    NoProxy,
    /// A proxy URL (implicit `https://` added, one trailing `/` trimmed), and whether a failure
    /// other than 404/410 moves on to the next hop.
    Proxy {
        base: String,
        fall_back_on_error: bool,
    },
    Direct,
    Off,
}

/// The list `modfetch.proxyList` builds from GOPROXY and GONOPROXY, or Go's error.
pub fn hops(goproxy: &str, gonoproxy: &str) -> Result<Vec<Hop>, String> {
    let mut hops = Vec::new();
    if !gonoproxy.is_empty() && goproxy != "direct" {
        hops.push(Hop::NoProxy);
    }
    let list = ProxyList::parse(goproxy);
    for e in &list.entries {
        hops.push(match &e.kind {
            ProxyKind::Off => Hop::Off,
            ProxyKind::Direct => Hop::Direct,
            ProxyKind::Url(u) => {
                check_proxy_url(u)?;
                Hop::Proxy {
                    base: u.strip_suffix('/').unwrap_or(u).to_owned(),
                    fall_back_on_error: e.falls_back_on_error(),
                }
            }
        });
    }
    if hops.is_empty() || hops == [Hop::NoProxy] {
        return Err("GOPROXY list is not the empty string, but contains no entries".into());
    }
    Ok(hops)
}

/// Whether a module path is fetched directly, never through a proxy URL (GONOPROXY).
pub fn is_noproxy(gonoproxy: &str, module: &str) -> bool {
    match_prefix_patterns(gonoproxy, module)
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
            assert_eq!(kinds(not_keyword).0, [not_keyword]);
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

    /// The outcomes of go-semantics.md §2.1's vector table, errors included.
    #[test]
    fn go_list_errors() {
        let err = |g: &str| hops(g, "").unwrap_err();
        for word in ["Off", "OFF", "DIRECT", "athens"] {
            assert_eq!(
                err(word),
                format!("invalid proxy URL missing scheme: {word}")
            );
        }
        assert_eq!(
            err("/abs/path"),
            "invalid proxy URL missing scheme: /abs/path"
        );
        for empty in [",", " ", "", "|"] {
            assert_eq!(
                err(empty),
                "GOPROXY list is not the empty string, but contains no entries"
            );
        }
        assert_eq!(
            err(r"C:\proxy"),
            r#"parse "https://C:\\proxy": invalid port ":\\proxy" after host"#
        );
        assert_eq!(
            err("ftp://x.example"),
            "invalid proxy URL scheme (must be https, http, file): ftp://x.example"
        );
        for f in ["file://host/x", "file://localhost/x"] {
            assert_eq!(
                err(f),
                format!("invalid file:// proxy URL with non-path elements: {f}")
            );
        }
        assert_eq!(
            err("https://[::1"),
            r#"parse "https://[::1": missing ']' in host"#
        );
        assert_eq!(
            hops("localhost:3000", "").unwrap(),
            [Hop::Proxy {
                base: "https://localhost:3000".into(),
                fall_back_on_error: false
            }]
        );
        assert_eq!(hops("127.0.0.1:9/", "").unwrap().len(), 1);
        assert_eq!(hops("file:///srv/goproxy", "").unwrap().len(), 1);
        // GONOPROXY set: a `noproxy` hop first, except for exactly `direct`.
        assert_eq!(hops("off", "corp.com").unwrap(), [Hop::NoProxy, Hop::Off]);
        assert_eq!(hops("direct", "corp.com").unwrap(), [Hop::Direct]);
        assert_eq!(
            hops(" direct", "corp.com").unwrap(),
            [Hop::NoProxy, Hop::Direct]
        );
        assert_eq!(
            hops(",", "corp.com").unwrap_err(),
            "GOPROXY list is not the empty string, but contains no entries"
        );
        // an error stops the list even after valid entries
        assert!(hops("https://ok.example,athens,direct", "").is_err());
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
