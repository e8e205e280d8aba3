//! HTTP_PROXY / HTTPS_PROXY / NO_PROXY as Go's `net/http.ProxyFromEnvironment` applies them
//! (`x/net/http/httpproxy`; go-semantics.md §8). These come only from the process environment.

use std::net::IpAddr;

use super::GoVersion;

/// The proxy configuration read once per go command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProxyEnv {
    /// The HTTP_PROXY (else http_proxy) value that applies, as a URL.
    pub http: Option<String>,
    /// The HTTPS_PROXY (else https_proxy) value that applies, as a URL.
    pub https: Option<String>,
    pub no_proxy: String,
    /// REQUEST_METHOD is set: an http:// request with HTTP_PROXY fails.
    pub cgi: bool,
}

/// How one request leaves the go command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Direct,
    Proxy(String),
    /// `refusing to use HTTP_PROXY value in CGI environment`.
    CgiRefused,
}

impl ProxyEnv {
    /// `FromEnvironment`: upper case first, an empty upper-case value falls through.
    pub fn from_env(get: impl Fn(&str) -> String, version: &GoVersion) -> ProxyEnv {
        let any = |a: &str, b: &str| {
            let v = get(a);
            if v.is_empty() { get(b) } else { v }
        };
        ProxyEnv {
            http: parse_proxy(&any("HTTP_PROXY", "http_proxy"), version),
            https: parse_proxy(&any("HTTPS_PROXY", "https_proxy"), version),
            no_proxy: any("NO_PROXY", "no_proxy"),
            cgi: !get("REQUEST_METHOD").is_empty(),
        }
    }

    /// The route of a request to `url` (scheme://host[:port]/…).
    pub fn route(&self, url: &str) -> Route {
        let Some((scheme, rest)) = url.split_once("://") else {
            return Route::Direct;
        };
        let scheme = scheme.to_ascii_lowercase();
        let proxy = match scheme.as_str() {
            "https" => self.https.as_ref(),
            "http" => {
                if self.http.is_some() && self.cgi {
                    return Route::CgiRefused;
                }
                self.http.as_ref()
            }
            _ => None,
        };
        let Some(proxy) = proxy else {
            return Route::Direct;
        };
        let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        let hostport = authority.rsplit('@').next().unwrap_or(authority);
        let default_port = if scheme == "https" { "443" } else { "80" };
        let has_port = match hostport.rfind(':') {
            Some(i) => !hostport[i..].contains(']'),
            None => false,
        };
        let addr = if has_port {
            hostport.to_owned()
        } else if hostport.contains(':') && !hostport.starts_with('[') {
            format!("[{hostport}]:{default_port}")
        } else {
            format!("{hostport}:{default_port}")
        };
        if use_proxy(&self.no_proxy, &addr) {
            Route::Proxy(proxy.clone())
        } else {
            Route::Direct
        }
    }
}

/// `parseProxy`: a value without scheme or host is retried as `http://value`. Before Go 1.22
/// any scheme other than http, https and socks5 was retried that way too.
fn parse_proxy(v: &str, version: &GoVersion) -> Option<String> {
    if v.is_empty() {
        return None;
    }
    let parsed = super::url::parse(v);
    let retry = match &parsed {
        Err(_) => true,
        Ok(u) if !version.at_least(22) => !matches!(u.scheme.as_str(), "http" | "https" | "socks5"),
        Ok(u) => u.scheme.is_empty() || u.host.is_empty(),
    };
    if retry {
        let with = format!("http://{v}");
        if super::url::parse(&with).is_ok() {
            return Some(with);
        }
    }
    parsed.ok().map(|_| v.to_owned())
}

/// `net.SplitHostPort`.
pub fn split_host_port(hostport: &str) -> Option<(&str, &str)> {
    let i = hostport.rfind(':')?;
    let (host, j, k) = if hostport.starts_with('[') {
        let end = hostport.find(']')?;
        if end + 1 != i {
            return None;
        }
        (&hostport[1..end], 1, end + 1)
    } else {
        let host = &hostport[..i];
        if host.contains(':') {
            return None;
        }
        (host, 0, 0)
    };
    if hostport[j..].contains('[') || hostport[k..].contains(']') {
        return None;
    }
    Some((host, &hostport[i + 1..]))
}

fn parse_cidr(s: &str) -> Option<(IpAddr, u8)> {
    let (ip, bits) = s.split_once('/')?;
    let ip: IpAddr = ip.parse().ok()?;
    let bits: u8 = bits.parse().ok()?;
    let max = if ip.is_ipv4() { 32 } else { 128 };
    (bits <= max && !s.contains("/0") || bits == 0).then_some((ip, bits))
}

fn in_cidr(ip: IpAddr, (net, bits): (IpAddr, u8)) -> bool {
    match (ip, net) {
        (IpAddr::V4(a), IpAddr::V4(n)) => {
            let mask = if bits == 0 {
                0
            } else {
                u32::MAX << (32 - u32::from(bits))
            };
            u32::from(a) & mask == u32::from(n) & mask
        }
        (IpAddr::V6(a), IpAddr::V6(n)) => {
            let mask = if bits == 0 {
                0
            } else {
                u128::MAX << (128 - u32::from(bits))
            };
            u128::from(a) & mask == u128::from(n) & mask
        }
        _ => false,
    }
}

/// `config.useProxy` for `host:port`: false when NO_PROXY (or loopback) exempts it.
pub fn use_proxy(no_proxy: &str, addr: &str) -> bool {
    if addr.is_empty() {
        return true;
    }
    let Some((host, port)) = split_host_port(addr) else {
        return false;
    };
    if host == "localhost" {
        return false;
    }
    let ip: Option<IpAddr> = host.parse().ok();
    if ip.is_some_and(|ip| ip.is_loopback()) {
        return false;
    }
    let host = host.trim().to_ascii_lowercase();
    for entry in no_proxy.split(',') {
        let p = entry.trim().to_ascii_lowercase();
        if p.is_empty() {
            continue;
        }
        if p == "*" {
            return false;
        }
        if let Some(net) = parse_cidr(&p) {
            if ip.is_some_and(|ip| in_cidr(ip, net)) {
                return false;
            }
            continue;
        }
        let (mut phost, pport) = match split_host_port(&p) {
            Some(("", _)) => continue,
            Some((h, port)) => (h.to_owned(), port.to_owned()),
            None => (p.clone(), String::new()),
        };
        if phost.starts_with('[') && phost.ends_with(']') {
            phost = phost[1..phost.len() - 1].to_owned();
        }
        if let Ok(pip) = phost.parse::<IpAddr>() {
            if ip == Some(pip) && (pport.is_empty() || pport == port) {
                return false;
            }
            continue;
        }
        if phost.is_empty() {
            continue;
        }
        if let Some(rest) = phost.strip_prefix("*.") {
            phost = format!(".{rest}");
        }
        let match_host = !phost.starts_with('.');
        if match_host {
            phost.insert(0, '.');
        }
        let hit = host.ends_with(&phost) || (match_host && host == phost[1..]);
        if hit && (pport.is_empty() || pport == port) {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `TestUseProxy` of x/net/http/httpproxy (go-semantics.md §8.3).
    #[test]
    fn no_proxy_vectors() {
        let np = "foobar.com, .barbaz.net, *.wildcard.io, 192.168.1.1, 192.168.1.2:81, 192.168.1.3:80, 10.0.0.0/30, 2001:db8::52:0:1, [2001:db8::52:0:2]:443, [2001:db8::52:0:3]:80, 2002:db8:a::45/64";
        let cases = [
            ("localhost", false),
            ("127.0.0.1", false),
            ("127.0.0.2", false),
            ("[::1]", false),
            ("[::2]", true),
            ("192.168.1.1", false),
            ("192.168.1.2", true),
            ("192.168.1.3", false),
            ("192.168.1.4", true),
            ("10.0.0.2", false),
            ("[2001:db8::52:0:1]", false),
            ("[2001:db8::52:0:2]", true),
            ("[2001:db8::52:0:3]", false),
            ("[2002:db8:a::123]", false),
            ("[fe80::424b:c8be:1643:a1b6]", true),
            ("barbaz.net", true),
            ("www.barbaz.net", false),
            ("foobar.com", false),
            ("www.foobar.com", false),
            ("foofoobar.com", true),
            ("baz.com", true),
            ("localhost.net", true),
            ("local.localhost", true),
            ("barbarbaz.net", true),
            ("wildcard.io", true),
            ("nested.wildcard.io", false),
            ("awildcard.io", true),
        ];
        for (host, want) in cases {
            assert_eq!(use_proxy(np, &format!("{host}:80")), want, "{host}");
        }
        assert!(!use_proxy("*", "example.com:80"));
        assert!(use_proxy(":1", "example.com:80"));
    }

    fn env(pairs: &[(&str, &str)]) -> ProxyEnv {
        let get = |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map_or(String::new(), |(_, v)| (*v).to_owned())
        };
        ProxyEnv::from_env(get, &GoVersion::parse("1.27.3").unwrap())
    }

    /// The module-specific vectors of §8.3.
    #[test]
    fn module_routes() {
        let p = |s: &str| Route::Proxy(s.to_owned());
        let e = env(&[("HTTPS_PROXY", "http://proxy:3128")]);
        assert_eq!(
            e.route("https://proxy.golang.org/x"),
            p("http://proxy:3128")
        );
        assert_eq!(e.route("http://athens:3000/"), Route::Direct);
        let e = env(&[("HTTP_PROXY", "http://proxy:3128")]);
        assert_eq!(e.route("https://proxy.golang.org/"), Route::Direct);
        assert_eq!(e.route("http://athens:3000/"), p("http://proxy:3128"));
        assert_eq!(e.route("http://localhost:3000/"), Route::Direct);
        assert_eq!(e.route("http://127.0.0.1:3000/"), Route::Direct);
        let e = env(&[("HTTPS_PROXY", "proxy:3128"), ("NO_PROXY", "corp.com")]);
        assert_eq!(e.route("https://corp.com/"), Route::Direct);
        assert_eq!(e.route("https://goproxy.corp.com/"), Route::Direct);
        assert_eq!(e.route("https://x.org/"), p("http://proxy:3128"));
        for np in [".corp.com", "*.corp.com"] {
            let e = env(&[("HTTPS_PROXY", "proxy:3128"), ("NO_PROXY", np)]);
            assert_eq!(e.route("https://corp.com/"), p("http://proxy:3128"), "{np}");
            assert_eq!(e.route("https://git.corp.com/"), Route::Direct, "{np}");
        }
        let e = env(&[("HTTPS_PROXY", "proxy:3128"), ("NO_PROXY", "corp.com:443")]);
        assert_eq!(e.route("https://goproxy.corp.com/"), Route::Direct);
        let e = env(&[
            ("HTTPS_PROXY", "proxy:3128"),
            ("HTTP_PROXY", "proxy:3128"),
            ("NO_PROXY", "10.0.0.0/8, 192.168.1.5:8081,athens"),
        ]);
        assert_eq!(e.route("https://10.1.2.3/"), Route::Direct);
        assert_eq!(e.route("http://192.168.1.5:8081/"), Route::Direct);
        assert_eq!(e.route("http://athens:3000/"), Route::Direct);
        let e = env(&[
            ("https_proxy", "http://lower:3128"),
            ("HTTPS_PROXY", "http://upper:3128"),
        ]);
        assert_eq!(e.route("https://x/"), p("http://upper:3128"));
        let e = env(&[("https_proxy", "http://lower:3128"), ("HTTPS_PROXY", "")]);
        assert_eq!(e.route("https://x/"), p("http://lower:3128"));
        let e = env(&[("HTTP_PROXY", "http://p:1"), ("REQUEST_METHOD", "GET")]);
        assert_eq!(e.route("http://localhost:3000/"), Route::CgiRefused);
        let e = env(&[("ALL_PROXY", "http://p:1")]);
        assert_eq!(e.route("https://x/"), Route::Direct);
        let e = env(&[("HTTPS_PROXY", "socks5://proxy:1080")]);
        assert_eq!(e.route("https://x/"), p("socks5://proxy:1080"));
        let e = env(&[("HTTP_PROXY", "cache.corp.example.com:1234")]);
        assert_eq!(
            e.route("http://x/"),
            p("http://cache.corp.example.com:1234")
        );
    }
}
