//! The parts of Go's `net/url.Parse` that decide whether the go command accepts a GOPROXY or
//! GOSUMDB URL: scheme detection, opaque URLs, the authority (userinfo, brackets, port, host
//! characters) and percent-escapes. Error texts follow Go's (`parse "…": missing ']' in host`).

/// A URL as Go's parser splits it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoUrl {
    /// Lower-cased scheme; empty when there is none.
    pub scheme: String,
    pub opaque: String,
    /// The raw userinfo (before `@`), if any.
    pub user: Option<String>,
    pub host: String,
    pub path: String,
    pub query: Option<String>,
    pub fragment: Option<String>,
    /// `scheme:/path`: a path without `//` authority.
    pub omit_host: bool,
}

impl GoUrl {
    /// The URL with its password replaced by `xxxxx`, as Go's `URL.Redacted`.
    pub fn redacted(raw: &str) -> String {
        let Some((scheme, rest)) = raw.split_once("://") else {
            return raw.to_owned();
        };
        let authority_end = rest.find('/').unwrap_or(rest.len());
        let authority = &rest[..authority_end];
        match authority.rsplit_once('@') {
            Some((user, host)) if user.contains(':') => {
                let name = user.split(':').next().unwrap_or("");
                format!("{scheme}://{name}:xxxxx@{host}{}", &rest[authority_end..])
            }
            _ => raw.to_owned(),
        }
    }
}

/// How `net/url` escapes a URL part when it prints it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Path,
    Fragment,
}

/// Go's `shouldEscape` for a path or a fragment.
fn should_escape(c: u8, part: Part) -> bool {
    if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.' | b'~') {
        return false;
    }
    if b"$&+,/:;=?@".contains(&c) {
        return part == Part::Path && c == b'?';
    }
    !(part == Part::Fragment && b"!()*".contains(&c))
}

/// Go's `EscapedPath`/`EscapedFragment` for a part as written (`raw`, escapes checked): `raw`
/// itself when it is a valid encoding, else its unescaped bytes escaped again.
fn escaped(raw: &str, part: Part) -> String {
    let valid = raw
        .bytes()
        .all(|b| b"!$&'()*+,;=:@[]%".contains(&b) || !should_escape(b, part));
    if valid || (part == Part::Path && raw == "*") {
        return raw.to_owned();
    }
    let b = raw.as_bytes();
    let mut bytes = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = b
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match hex
            .filter(|_| b[i] == b'%')
            .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            Some(v) => {
                bytes.push(v);
                i += 3;
            }
            None => {
                bytes.push(b[i]);
                i += 1;
            }
        }
    }
    let mut out = String::new();
    for c in bytes {
        if should_escape(c, part) {
            out.push_str(&format!("%{c:02X}"));
        } else {
            out.push(c as char);
        }
    }
    out
}

impl GoUrl {
    /// The URL as Go's `URL.Redacted` prints it (`URL.String` with the password replaced by
    /// `xxxxx`): the scheme in lower case, the path and fragment escaped again (`a b#c` →
    /// `a%20b#c`). A URL Go cannot parse is shown as written, redacted.
    pub fn redacted_string(raw: &str) -> String {
        let Ok(u) = parse(raw) else {
            return GoUrl::redacted(raw);
        };
        let mut buf = String::new();
        if !u.scheme.is_empty() {
            buf.push_str(&u.scheme);
            buf.push(':');
        }
        if !u.opaque.is_empty() {
            buf.push_str(&u.opaque);
        } else {
            let no_authority = u.host.is_empty() && u.user.is_none();
            if !(no_authority && (u.scheme.is_empty() || u.omit_host)) {
                if !u.host.is_empty() || !u.path.is_empty() || u.user.is_some() {
                    buf.push_str("//");
                }
                if let Some(user) = &u.user {
                    match user.split_once(':') {
                        Some((name, _)) => buf.push_str(&format!("{name}:xxxxx@")),
                        None => buf.push_str(&format!("{user}@")),
                    }
                }
                buf.push_str(&u.host);
            }
            let path = escaped(&u.path, Part::Path);
            if !path.is_empty() && !path.starts_with('/') && !u.host.is_empty() {
                buf.push('/');
            }
            if buf.is_empty() && path.split('/').next().is_some_and(|s| s.contains(':')) {
                buf.push_str("./");
            }
            buf.push_str(&path);
        }
        if let Some(q) = &u.query {
            buf.push('?');
            buf.push_str(q);
        }
        if let Some(f) = u.fragment.as_deref().filter(|f| !f.is_empty()) {
            buf.push('#');
            buf.push_str(&escaped(f, Part::Fragment));
        }
        buf
    }
}

/// Parse like Go's `url.Parse`.
pub fn parse(raw: &str) -> Result<GoUrl, String> {
    let (u, fragment) = match raw.split_once('#') {
        Some((u, f)) => (u, Some(f)),
        None => (raw, None),
    };
    let fail = |e: String| format!("parse {}: {e}", go_quote(u));
    let mut url = parse_no_fragment(u).map_err(fail)?;
    if let Some(f) = fragment {
        unescape(f, false).map_err(|e| format!("parse {}: {e}", go_quote(raw)))?;
        url.fragment = Some(f.to_owned());
    }
    Ok(url)
}

fn parse_no_fragment(raw: &str) -> Result<GoUrl, String> {
    if raw.bytes().any(|b| b < 0x20 || b == 0x7f) {
        return Err("net/url: invalid control character in URL".into());
    }
    let mut url = GoUrl::default();
    if raw == "*" {
        url.path = "*".into();
        return Ok(url);
    }
    let (scheme, mut rest) = scheme(raw)?;
    url.scheme = scheme.to_ascii_lowercase();
    if rest.ends_with('?') && rest.matches('?').count() == 1 {
        rest = &rest[..rest.len() - 1];
        url.query = Some(String::new());
    } else if let Some((r, q)) = rest.split_once('?') {
        rest = r;
        url.query = Some(q.to_owned());
    }
    if !rest.starts_with('/') {
        if !url.scheme.is_empty() {
            url.opaque = rest.to_owned();
            return Ok(url);
        }
        let segment = rest.split('/').next().unwrap_or("");
        if segment.contains(':') {
            return Err("first path segment in URL cannot contain colon".into());
        }
    }
    if (!url.scheme.is_empty() || !rest.starts_with("///")) && rest.starts_with("//") {
        let after = &rest[2..];
        let (authority, path) = match after.find('/') {
            Some(i) => (&after[..i], &after[i..]),
            None => (after, ""),
        };
        let (user, host) = authority_parts(authority)?;
        url.user = user;
        url.host = host;
        rest = path;
    } else if !url.scheme.is_empty() && rest.starts_with('/') {
        url.omit_host = true;
    }
    url.path = unescape(rest, false)?;
    Ok(url)
}

fn scheme(raw: &str) -> Result<(&str, &str), String> {
    for (i, c) in raw.bytes().enumerate() {
        match c {
            b'a'..=b'z' | b'A'..=b'Z' => {}
            b'0'..=b'9' | b'+' | b'-' | b'.' if i == 0 => return Ok(("", raw)),
            b'0'..=b'9' | b'+' | b'-' | b'.' => {}
            b':' if i == 0 => return Err("missing protocol scheme".into()),
            b':' => return Ok((&raw[..i], &raw[i + 1..])),
            _ => return Ok(("", raw)),
        }
    }
    Ok(("", raw))
}

fn authority_parts(authority: &str) -> Result<(Option<String>, String), String> {
    let (user, host) = match authority.rfind('@') {
        Some(i) => (Some(&authority[..i]), &authority[i + 1..]),
        None => (None, authority),
    };
    let host = parse_host(host)?;
    if let Some(user) = user {
        let valid = user
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._:~!$&'()*+,;=%@".contains(&b) || b >= 0x80);
        if !valid {
            return Err("net/url: invalid userinfo".into());
        }
        unescape(user, false)?;
    }
    Ok((user.map(str::to_owned), host))
}

fn valid_optional_port(port: &str) -> bool {
    port.is_empty()
        || port
            .strip_prefix(':')
            .is_some_and(|p| p.bytes().all(|b| b.is_ascii_digit()))
}

fn parse_host(host: &str) -> Result<String, String> {
    if host.starts_with('[') {
        let Some(i) = host.rfind(']') else {
            return Err("missing ']' in host".into());
        };
        let port = &host[i + 1..];
        if !valid_optional_port(port) {
            return Err(format!("invalid port {} after host", go_quote(port)));
        }
    } else if let Some(i) = host.rfind(':') {
        let port = &host[i..];
        if !valid_optional_port(port) {
            return Err(format!("invalid port {} after host", go_quote(port)));
        }
    }
    unescape(host, true)
}

/// Check percent-escapes (and, in a host, the characters allowed there).
fn unescape(s: &str, host: bool) -> Result<String, String> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let ok = b.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit);
            if !ok {
                let end = (i + 3).min(b.len());
                return Err(format!(
                    "invalid URL escape {}",
                    go_quote(&String::from_utf8_lossy(&b[i..end]))
                ));
            }
            i += 3;
            continue;
        }
        if host && b[i] < 0x80 && !host_char(b[i]) {
            return Err(format!(
                "invalid character {} in host name",
                go_quote(&(b[i] as char).to_string())
            ));
        }
        i += 1;
    }
    Ok(s.to_owned())
}

fn host_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"!$&'()*+,;=:[]<>\"-_.~".contains(&c)
}

/// Go's `%q` for the strings that appear in these messages.
pub fn go_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_like_go() {
        let u = parse("https://user:pw@proxy.example:8443/api/go?x=1#f").unwrap();
        assert_eq!(u.scheme, "https");
        assert_eq!(u.user.as_deref(), Some("user:pw"));
        assert_eq!(u.host, "proxy.example:8443");
        assert_eq!(u.path, "/api/go");
        assert_eq!(u.query.as_deref(), Some("x=1"));
        assert_eq!(parse("HTTPS://x").unwrap().scheme, "https");
        assert_eq!(parse("file:///srv/p").unwrap().host, "");
        assert!(parse("file:/srv/p").unwrap().omit_host);
        assert_eq!(parse("mailto:x").unwrap().opaque, "x");
        assert_eq!(parse("athens").unwrap().scheme, "");
        assert_eq!(parse("/abs/path").unwrap().path, "/abs/path");
    }

    /// Errors of go-semantics.md §2.1 (as printed by go1.27.3).
    #[test]
    fn errors_like_go() {
        assert_eq!(
            parse("https://[::1").unwrap_err(),
            r#"parse "https://[::1": missing ']' in host"#
        );
        assert_eq!(
            parse(r"https://C:\proxy").unwrap_err(),
            r#"parse "https://C:\\proxy": invalid port ":\\proxy" after host"#
        );
        assert_eq!(
            parse(":x").unwrap_err(),
            r#"parse ":x": missing protocol scheme"#
        );
        assert!(
            parse("https://a b")
                .unwrap_err()
                .contains("invalid character \" \" in host name")
        );
        assert!(
            parse("https://x/%zz")
                .unwrap_err()
                .contains("invalid URL escape \"%zz\"")
        );
        assert!(
            parse("https://x\r")
                .unwrap_err()
                .contains("invalid control character")
        );
        assert_eq!(
            GoUrl::redacted("https://u:secret@h/x"),
            "https://u:xxxxx@h/x"
        );
    }

    /// `URL.Redacted` as go1.19.8, go1.21.13 and go1.27.3 print it in GOPROXY errors
    /// (tests/quoted_errors.rs: `GOPROXY=http://…,direct # mirror` in a go env file).
    #[test]
    fn prints_like_go() {
        let s = GoUrl::redacted_string;
        assert_eq!(s("direct # mirror"), "direct%20#%20mirror");
        assert_eq!(s("athens"), "athens");
        assert_eq!(s("/abs/path"), "/abs/path");
        assert_eq!(s("FTP://x.example/a b"), "ftp://x.example/a%20b");
        assert_eq!(s("file://u:pw@host/x%41"), "file://u:xxxxx@host/x%41");
        assert_eq!(s("a?b c#d!e"), "a?b c#d!e");
        assert_eq!(s("ü"), "%C3%BC");
        assert_eq!(s("https://[::1"), "https://[::1");
    }
}
