//! Credentials in text: where they are, and the text with them masked.
//!
//! One source of truth for the credential rules (GPD5xx ask which values are secrets) and for
//! every place source text or values leave the checker: the excerpts of the text and SARIF
//! outputs, messages, labels, help, fix descriptions, routes, probe URLs, `--plan`,
//! `--show-config`, and the host's `--diff` and error messages. A secret is replaced by
//! [`MASK`], whatever its length (the length would be a hint).
//!
//! What counts as a credential ([`find`]), each only when written out (a `$VAR`, `${VAR}`,
//! `${{ secrets.X }}` or `$(…)` reference is not a secret and stays visible):
//! * URL user information: the password of `scheme://user:password@host`; the user name too
//!   when it looks like a token, or when it stands alone in a proxy setting (GOPROXY,
//!   HTTPS_PROXY…: Go sends it as the credential). A plain user name (`oauth2`,
//!   `x-access-token`, `git`) is kept: it names the account, as Go's `URL.Redacted` keeps it,
//!   and it tells the reader which credential is meant.
//! * HTTP credential headers (`Authorization: Basic …`, `Bearer …`, `PRIVATE-TOKEN: …`), as
//!   git's `http.extraheader` or a GOAUTH command writes them.
//! * `.netrc` passwords (`machine h login u password p`, on one line or a line of its own).
//! * Tokens of a well-known shape (`ghp_…`, `github_pat_…`, `glpat-…`, `AKIA…`): anywhere.
//! * The value of a variable, key or long option whose name says it is a secret
//!   (`GITHUB_TOKEN=…`, `password: …`, `--token …`, `ENV NPM_TOKEN …`).
//!
//! False-positive guards: prefixes count only at a word start and with at least 16 token
//! characters after them; placeholders (`<token>`, `xxxxx`, `***`, a value that is just the
//! word `password`, `secret` or `token`) are not secrets; `name: value` counts only for a key at the start of a line (YAML) or
//! a quoted one (JSON), so prose such as "the token: see …" is left alone; netrc's `password`
//! keyword only on a line that has `machine`/`login`/`default` or starts with it; a URL without
//! a scheme (`golang:1.22@sha256:…` looks like one) only in a proxy setting's value.

use std::ops::Range;

use crate::report::{Finding, Report};

/// What a secret is replaced with.
pub const MASK: &str = "xxxxx";

/// Whether a variable name says it holds a secret: `GITHUB_TOKEN`, `CI_JOB_TOKEN`, `*_TOKEN`,
/// `*_PASSWORD`, `*_SECRET`, `API_KEY`, `*_API_KEY`… (not `*_TOKEN_FILE`, not GOPRIVATE or
/// GOAUTH, whose values are patterns and commands). `-` and `.` count as `_`
/// (`--api-token`, `http.password`).
pub fn is_secret_name(name: &str) -> bool {
    let upper = format!("_{}", name.to_ascii_uppercase().replace(['-', '.'], "_"));
    let last = upper.rsplit('_').next().unwrap_or(&upper);
    matches!(
        last,
        "TOKEN" | "PASSWORD" | "PASSWD" | "SECRET" | "PAT" | "APIKEY"
    ) || [
        "_API_KEY",
        "_ACCESS_KEY",
        "_SECRET_KEY",
        "_PRIVATE_KEY",
        "_AUTH_TOKEN",
    ]
    .iter()
    .any(|s| upper.ends_with(s))
}

/// Token prefixes and what they are. A token is the prefix at a word start followed by at
/// least 16 token characters.
const TOKEN_PREFIXES: &[(&str, &str)] = &[
    ("github_pat_", "a GitHub fine-grained personal access token"),
    ("ghp_", "a GitHub personal access token"),
    ("gho_", "a GitHub OAuth token"),
    ("ghu_", "a GitHub user-to-server token"),
    ("ghs_", "a GitHub server-to-server token"),
    ("ghr_", "a GitHub refresh token"),
    ("glpat-", "a GitLab personal access token"),
    ("gldt-", "a GitLab deploy token"),
    ("glcbt-", "a GitLab CI job token"),
    ("glrt-", "a GitLab runner token"),
    ("glptt-", "a GitLab pipeline trigger token"),
    ("npm_", "an npm access token"),
];

fn token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

/// Every token of a well-known shape in `text`: its range and what it is. Besides the
/// prefixed tokens, an AWS access key id (`AKIA`/`ASIA` and exactly 16 upper-case letters and
/// digits, a whole word).
pub fn tokens(text: &str) -> Vec<(Range<usize>, &'static str)> {
    // one pass over the word starts (token characters are ASCII, so the byte before a word
    // start is not one of them), in order
    let bytes = text.as_bytes();
    let token_byte = |b: u8| token_char(b as char);
    let mut out = Vec::new();
    for (i, &b) in bytes.iter().enumerate() {
        if !matches!(b, b'g' | b'n' | b'A') || (i > 0 && token_byte(bytes[i - 1])) {
            continue;
        }
        let rest = &bytes[i..];
        if let Some((prefix, kind)) = TOKEN_PREFIXES
            .iter()
            .find(|(p, _)| rest.starts_with(p.as_bytes()))
        {
            let n = rest[prefix.len()..]
                .iter()
                .take_while(|&&c| token_byte(c))
                .count();
            if n >= 16 {
                out.push((i..i + prefix.len() + n, *kind));
            }
        } else if rest.starts_with(b"AKIA") || rest.starts_with(b"ASIA") {
            let n = rest[4..]
                .iter()
                .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                .count();
            let whole = rest.get(4 + n).is_none_or(|&c| !token_byte(c));
            if n == 16 && whole {
                out.push((i..i + 20, AWS_KEY_ID));
            }
        }
    }
    out
}

/// The first token of a well-known shape in `text` that is a credential by itself: what it
/// is. An AWS access key id is masked wherever it appears but names the key only (its secret
/// half is found by the variable's name): no credential rule fires on it alone.
pub fn token_in(text: &str) -> Option<&'static str> {
    tokens(text)
        .into_iter()
        .map(|(_, kind)| kind)
        .find(|kind| *kind != AWS_KEY_ID)
}

const AWS_KEY_ID: &str = "an AWS access key id";

/// A value that looks like a secret by itself: random-looking, at least 16 characters of
/// letters and digits (and `_-./+=`), with both letters and digits.
pub fn looks_random(text: &str) -> bool {
    let t = text.trim();
    t.len() >= 16
        && t.chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-./+=".contains(c))
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars().any(|c| c.is_ascii_alphabetic())
        && !t.contains("://")
}

/// A user name that is itself a credential: a token of a known shape, or random-looking.
fn token_like(user: &str) -> bool {
    looks_random(user) || !tokens(user).is_empty()
}

/// Whether a value is only a reference to a secret kept elsewhere: `$VAR`, `${VAR}`,
/// `${VAR:?message}`, `${{ secrets.X }}`, `$(cat /run/secrets/x)`, `` `cmd` ``, `%VAR%`.
pub fn is_reference(value: &str) -> bool {
    let v = value.trim();
    let name = |s: &str| {
        !s.is_empty()
            && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && !s.starts_with(|c: char| c.is_ascii_digit())
    };
    if let Some(rest) = v.strip_prefix("${{") {
        return rest.ends_with("}}") && !rest[..rest.len() - 2].contains("}}");
    }
    if let Some(inner) = v.strip_prefix("${").and_then(|r| r.strip_suffix('}')) {
        let var = inner.split([':', '?']).next().unwrap_or("");
        return name(var) && !inner.contains(":-") && !inner.contains(":=") && !inner.contains('}');
    }
    if let Some(inner) = v.strip_prefix("$(").and_then(|r| r.strip_suffix(')')) {
        return !inner.is_empty();
    }
    if let Some(var) = v.strip_prefix('$') {
        return name(var);
    }
    if let Some(inner) = v.strip_prefix('`').and_then(|r| r.strip_suffix('`')) {
        return !inner.is_empty();
    }
    if let Some(inner) = v.strip_prefix('%').and_then(|r| r.strip_suffix('%')) {
        return name(inner);
    }
    false
}

/// The user information of a URL `scheme://user[:password]@host` in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserInfo {
    /// From the scheme to the end of the host (`https://user:password@host`).
    pub url: Range<usize>,
    pub scheme: Range<usize>,
    pub user: Range<usize>,
    /// After the `:` (possibly empty).
    pub password: Option<Range<usize>>,
    /// After the `@`, to the end of the authority.
    pub host: Range<usize>,
}

/// Every `scheme://userinfo@host` in `text`, as written (`$VAR` references included). The
/// authority ends at `/`, `?`, `#`, `,`, `|`, `;`, a quote, a backtick or a blank.
pub fn userinfos(text: &str) -> Vec<UserInfo> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices("://") {
        let scheme_start = text[..i]
            .char_indices()
            .rfind(|&(_, c)| !(c.is_ascii_alphanumeric() || "+-".contains(c)))
            .map_or(0, |(j, c)| j + c.len_utf8());
        if scheme_start == i
            || !text[scheme_start..i].starts_with(|c: char| c.is_ascii_alphabetic())
        {
            continue;
        }
        let from = i + 3;
        let rest = &text[from..];
        let authority_end = rest
            .find(|c: char| "/?#,|;\"'`".contains(c) || c.is_whitespace())
            .unwrap_or(rest.len());
        let authority = &rest[..authority_end];
        let Some(at) = authority.rfind('@') else {
            continue;
        };
        if at == 0 || at + 1 == authority.len() {
            continue;
        }
        let userinfo = from..from + at;
        let (user, password) = match authority[..at].find(':') {
            Some(c) => (from..from + c, Some(from + c + 1..from + at)),
            None => (userinfo, None),
        };
        out.push(UserInfo {
            url: scheme_start..from + authority_end,
            scheme: scheme_start..i,
            user,
            password,
            host: from + at + 1..from + authority_end,
        });
    }
    out
}

/// The credentials of a URL's user information that [`find`] masks: a written-out password;
/// the user name when it looks like a token, or (`lone_user_is_secret`, proxy settings) when
/// no password follows it.
fn userinfo_secrets(text: &str, u: &UserInfo, lone_user_is_secret: bool) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let user = &text[u.user.clone()];
    let literal = |r: &Range<usize>| secret_value_range(text, r.clone()).is_some();
    match &u.password {
        Some(p) if !p.is_empty() => {
            if literal(p) {
                out.push(p.clone());
            }
            if token_like(user) && literal(&u.user) {
                out.push(u.user.clone());
            }
        }
        Some(_) => {}
        None => {
            if (lone_user_is_secret || token_like(user)) && literal(&u.user) {
                out.push(u.user.clone());
            }
        }
    }
    out
}

/// A text with the user info of every URL in it hidden, as the GOPROXY messages show proxy
/// URLs: `https://user:xxxxx@host` as Go's `URL.Redacted`, and `https://xxxxx@host` when only a
/// user name is given (it is usually a token); references are hidden too. Words are split at
/// blanks, quotes, backticks, `,` and `|`; a word without `://` is read as a URL without scheme
/// (`user:token@host`), as Go reads a GOPROXY entry.
pub fn redact_url_list(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word_start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, ' ' | '"' | '`' | ',' | '|' | '\'') {
            out.push_str(&redact_url_word(&text[word_start..i]));
            out.push(c);
            word_start = i + c.len_utf8();
        }
    }
    out.push_str(&redact_url_word(&text[word_start..]));
    out
}

fn redact_url_word(word: &str) -> String {
    let start = word.find("://").map_or(0, |i| i + 3);
    let rest = &word[start..];
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..end].rsplit_once('@') {
        Some((user, _)) => {
            let shown = match user.split_once(':') {
                Some((name, _)) => format!("{name}:{MASK}"),
                None => MASK.to_owned(),
            };
            format!("{}{shown}{}", &word[..start], &word[start + user.len()..])
        }
        None => word.to_owned(),
    }
}

/// The ranges of the user information secrets of a proxy setting's value (GOPROXY,
/// HTTPS_PROXY…): entries split at `,`, `|` and blanks; an entry without a scheme is a URL too
/// (Go adds `https://`/`http://`), and a user name alone is the credential.
fn proxy_value_secrets(text: &str, value: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let v = &text[value.clone()];
    let mut start = 0;
    for (i, c) in v.char_indices().chain(std::iter::once((v.len(), ','))) {
        if !(matches!(c, ',' | '|') || c.is_whitespace()) {
            continue;
        }
        let entry = &v[start..i];
        let base = value.start + start;
        start = i + c.len_utf8();
        let (after_scheme, offset) = match entry.find("://") {
            Some(s) => (&entry[s + 3..], s + 3),
            None => (entry, 0),
        };
        let authority = &after_scheme[..after_scheme
            .find(['/', '?', '#'])
            .unwrap_or(after_scheme.len())];
        let Some(at) = authority.rfind('@') else {
            continue;
        };
        let from = base + offset;
        let u = UserInfo {
            url: base..from + authority.len(),
            scheme: base..base,
            user: match authority[..at].find(':') {
                Some(c) => from..from + c,
                None => from..from + at,
            },
            password: authority[..at].find(':').map(|c| from + c + 1..from + at),
            host: from + at + 1..from + authority.len(),
        };
        out.extend(userinfo_secrets(text, &u, true));
    }
    out
}

/// Names whose values are proxy (or checksum database) URLs Go reads.
fn is_proxy_setting(name: &str) -> bool {
    matches!(
        name.to_ascii_uppercase().as_str(),
        "GOPROXY" | "GOSUMDB" | "HTTP_PROXY" | "HTTPS_PROXY" | "ALL_PROXY"
    )
}

/// The end of a value that starts at `start`: a quoted string to its closing quote, a
/// `${{ … }}`, `$( … )` or `${ … }` to its end, else to a blank, a quote or a backtick (or a
/// `\n`/`\t` escape of a printf format). Returns the range of the value without its quotes.
fn value_at(text: &str, start: usize) -> Range<usize> {
    let rest = &text[start..];
    if let Some(q) = rest.chars().next().filter(|c| matches!(c, '"' | '\'')) {
        let inner = &rest[1..];
        let end = inner.find(q).unwrap_or(inner.len());
        return start + 1..start + 1 + end;
    }
    for (open, close) in [("${{", "}}"), ("$(", ")"), ("${", "}")] {
        if rest.starts_with(open)
            && let Some(e) = rest.find(close)
        {
            return start..start + e + close.len();
        }
    }
    let b = rest.as_bytes();
    let mut end = 0;
    while end < b.len() {
        let c = b[end];
        if c.is_ascii_whitespace() || matches!(c, b'"' | b'\'' | b'`') {
            break;
        }
        if c == b'\\' && matches!(b.get(end + 1), Some(b'n' | b't' | b'r')) {
            break;
        }
        end += 1;
    }
    start..start + end
}

/// A value worth masking: not empty, not a reference, not a placeholder (`<token>`, `xxxxx`,
/// `***`, `...`).
fn secret_value_range(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    let v = text[r.clone()].trim();
    // a value masked already (`xxxxx:` of a masked `${{…}:`) stays as it is
    let placeholder = v.starts_with(MASK)
        || v.starts_with('<') && v.ends_with('>')
        || v.chars().all(|c| matches!(c, 'x' | 'X' | '*' | '.' | '…'))
        || ["password", "secret", "token"]
            .iter()
            .any(|w| v.eq_ignore_ascii_case(w));
    (!is_reference(v) && !placeholder).then_some(r)
}

fn name_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.')
}

/// Values of names that say they are secrets, and proxy settings' user information, in one
/// line: `NAME=value`, `NAME = value`, `--name=value`, `--name value`, `name: value` (a key at
/// the line start, or quoted), `ENV NAME value`.
fn named_values(line: &str, out: &mut Vec<Range<usize>>) {
    let b = line.as_bytes();
    let indent = line.len() - line.trim_start().len();
    for (i, &sep) in b.iter().enumerate() {
        if sep != b'=' && sep != b':' {
            continue;
        }
        if sep == b'=' && (b.get(i + 1) == Some(&b'=') || i > 0 && b"=!<>".contains(&b[i - 1])) {
            continue;
        }
        // the name before the separator (`name = value`: spaces between)
        let mut j = i;
        let spaced = sep == b'=' && j > 0 && b[j - 1] == b' ';
        while spaced && j > 0 && b[j - 1] == b' ' {
            j -= 1;
        }
        let quote = (j > 0 && matches!(b[j - 1], b'"' | b'\'')).then(|| b[j - 1]);
        let name_end = if quote.is_some() { j - 1 } else { j };
        let mut scan = name_end;
        while scan > 0 && name_char(b[scan - 1]) {
            scan -= 1;
        }
        // `--name`: the dashes are not part of it
        let dashes =
            line[scan..name_end].len() - line[scan..name_end].trim_start_matches('-').len();
        let name_start = scan + dashes;
        if name_start >= name_end || !(b[name_start].is_ascii_alphabetic() || b[name_start] == b'_')
        {
            continue;
        }
        let open = match quote {
            Some(q) => {
                if dashes > 0 || scan == 0 || b[scan - 1] != q {
                    continue;
                }
                scan - 1
            }
            None => scan,
        };
        if open > 0 && !b" \t\"'`({[,;|&".contains(&b[open - 1]) {
            continue;
        }
        if sep == b':' {
            let at_line_start = line[indent..open]
                .trim_start_matches("- ")
                .trim()
                .is_empty();
            if !(quote.is_some() || at_line_start)
                || !b.get(i + 1).is_some_and(|c| *c == b' ' || *c == b'\t')
            {
                continue;
            }
        }
        let name = &line[name_start..name_end];
        let secret = is_secret_name(name);
        let proxy = is_proxy_setting(name);
        if !secret && !proxy {
            continue;
        }
        let mut v = i + 1;
        if sep == b':' || spaced {
            while v < b.len() && (b[v] == b' ' || b[v] == b'\t') {
                v += 1;
            }
        }
        if v >= b.len() {
            continue;
        }
        let value = value_at(line, v);
        if proxy {
            out.extend(proxy_value_secrets(line, value.clone()));
        }
        if secret && let Some(r) = secret_value_range(line, value) {
            out.push(r);
        }
    }
    // `--name value` (a long option whose name says secret) and `ENV NAME value`
    let words: Vec<(usize, &str)> = split_words(line);
    for w in words.windows(2) {
        let ((_, first), (at, _)) = (w[0], w[1]);
        // `docker build --secret id=…,src=…` names a secret, it does not hold one
        let name = match first.strip_prefix("--") {
            Some(n) if !n.contains('=') && n != "secret" => n,
            _ => continue,
        };
        if is_secret_name(name) {
            let value = value_at(line, at);
            if let Some(r) = secret_value_range(line, value) {
                out.push(r);
            }
        }
    }
    if let [(_, env), (_, name), (at, _), ..] = words.as_slice()
        && env.eq_ignore_ascii_case("ENV")
        && !name.contains('=')
    {
        let value = if line[*at..].starts_with(['"', '\'']) {
            value_at(line, *at)
        } else {
            *at..line.trim_end().len()
        };
        if is_proxy_setting(name) {
            out.extend(proxy_value_secrets(line, value.clone()));
        }
        if is_secret_name(name)
            && let Some(r) = secret_value_range(line, value)
        {
            out.push(r);
        }
    }
}

/// The blank-separated words of a line and where they start.
fn split_words(line: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push((s, &line[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &line[s..]));
    }
    out
}

/// Header names whose value is a credential.
const CREDENTIAL_HEADERS: &[&str] = &[
    "authorization",
    "private-token",
    "job-token",
    "deploy-token",
    "x-api-key",
    "x-auth-token",
];

/// `Authorization: Basic <credential>` (the word after an auth scheme, or the whole value)
/// and the other credential headers, case-insensitive.
fn headers(line: &str, out: &mut Vec<Range<usize>>) {
    let lower = line.to_ascii_lowercase();
    for header in CREDENTIAL_HEADERS {
        for (i, _) in lower.match_indices(header) {
            let end = i + header.len();
            let before = &lower.as_bytes()[..i];
            // after a blank, a quote, `proxy-`, or a `\n` escape of a printf format
            let word_start = before.last().is_none_or(|&c| !name_char(c))
                || lower[..i].ends_with("proxy-")
                || matches!(before, [.., b'\\', b'n' | b'r' | b't']);
            if !word_start || lower.as_bytes().get(end) != Some(&b':') {
                continue;
            }
            let mut v = end + 1;
            while lower
                .as_bytes()
                .get(v)
                .is_some_and(|c| *c == b' ' || *c == b'\t')
            {
                v += 1;
            }
            if v >= line.len() {
                continue;
            }
            let first = value_at(line, v);
            let word = &line[first.clone()];
            let after = first.end;
            let scheme = !word.starts_with(MASK)
                && word.chars().all(|c| c.is_ascii_alphabetic())
                && line[after..].starts_with(' ')
                && line[after..]
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(|c| !"\"'`".contains(c));
            let target = if scheme {
                let s = after + (line[after..].len() - line[after..].trim_start().len());
                value_at(line, s)
            } else {
                first
            };
            if let Some(r) = secret_value_range(line, target) {
                out.push(r);
            }
        }
    }
}

/// `.netrc`: the word after `password` (and a token-like `login`), on a line with `machine`,
/// `login` or `default`, or a line that starts with the keyword.
fn netrc(line: &str, out: &mut Vec<Range<usize>>) {
    let words = split_words(line);
    fn bare(w: &str) -> &str {
        w.trim_matches(|c| matches!(c, '"' | '\'' | '`' | '(' | ')'))
    }
    let has = |k: &str| words.iter().any(|(_, w)| bare(w) == k);
    let netrc_line = has("machine")
        || has("login")
        || has("default")
        || line.to_ascii_lowercase().contains("netrc");
    for (n, pair) in words.windows(2).enumerate() {
        let ((_, keyword), (at, _)) = (pair[0], pair[1]);
        let value = value_at(line, at);
        match bare(keyword) {
            "password" if netrc_line || n == 0 => {
                if let Some(r) = secret_value_range(line, value) {
                    out.push(r);
                }
            }
            "login" if netrc_line && token_like(&line[value.clone()]) => {
                if let Some(r) = secret_value_range(line, value) {
                    out.push(r);
                }
            }
            _ => {}
        }
    }
}

/// The byte ranges of the credentials in `text` (see the module documentation), sorted and
/// merged. Lines are read one by one.
pub fn find(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut offset = 0;
    for line in text.split('\n') {
        let mut here = Vec::new();
        for u in userinfos(line) {
            here.extend(userinfo_secrets(line, &u, false));
        }
        here.extend(tokens(line).into_iter().map(|(r, _)| r));
        headers(line, &mut here);
        netrc(line, &mut here);
        named_values(line, &mut here);
        found.extend(here.into_iter().map(|r| r.start + offset..r.end + offset));
        offset += line.len() + 1;
    }
    found.retain(|r| !r.is_empty());
    found.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::new();
    for r in found {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// A text with its credentials masked, and how offsets of the original map onto it (so that
/// a span still points at the same place).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Masked {
    pub text: String,
    /// Original range of each masked secret, and where its mask starts in `text`.
    masks: Vec<(Range<usize>, usize)>,
}

impl Masked {
    /// Whether anything was masked.
    pub fn changed(&self) -> bool {
        !self.masks.is_empty()
    }

    /// Where original offset `o` is in the masked text, as the start of a span: an offset
    /// inside a secret moves to the start of its mask.
    pub fn start(&self, o: usize) -> usize {
        self.map(o, true)
    }

    /// Where original offset `o` is, as the end of a span: an offset inside a secret moves to
    /// the end of its mask.
    pub fn end(&self, o: usize) -> usize {
        self.map(o, false)
    }

    fn map(&self, o: usize, start: bool) -> usize {
        let mut shift: isize = 0;
        for (r, at) in &self.masks {
            let inside = if start {
                r.start <= o && o < r.end
            } else {
                r.start < o && o <= r.end
            };
            if inside {
                return if start { *at } else { at + MASK.len() };
            }
            if r.end <= o {
                shift = (at + MASK.len()) as isize - r.end as isize;
            }
        }
        o.saturating_add_signed(shift)
    }
}

/// `text` with every credential [`find`] sees replaced by [`MASK`].
pub fn mask(text: &str) -> Masked {
    let mut out = String::with_capacity(text.len());
    let mut masks = Vec::new();
    let mut last = 0;
    for r in find(text) {
        // ranges are on char boundaries: every detector cuts at ASCII characters
        let (Some(before), true) = (text.get(last..r.start), text.is_char_boundary(r.end)) else {
            continue;
        };
        out.push_str(before);
        masks.push((r.clone(), out.len()));
        out.push_str(MASK);
        last = r.end;
    }
    out.push_str(&text[last..]);
    Masked { text: out, masks }
}

/// `text` with every credential masked.
pub fn redact(text: &str) -> String {
    mask(text).text
}

/// A URL or URL list as shown to people (probe URLs, route hops, `--plan`): the user
/// information of every URL hidden ([`redact_url_list`]), and any other credential.
pub fn redact_url(text: &str) -> String {
    redact(&redact_url_list(text))
}

fn in_place(s: &mut String) {
    let m = mask(s);
    if m.changed() {
        *s = m.text;
    }
}

/// Mask the credentials of what a finding says: message, help, labels, fix descriptions.
/// The source lines and the fixes' replacement text are left as they are: renderers mask the
/// lines they show, and a fix must write the right bytes.
pub fn finding(f: &mut Finding) {
    in_place(&mut f.message);
    if let Some(h) = &mut f.help {
        in_place(h);
    }
    in_place(&mut f.primary.label);
    for l in &mut f.related {
        in_place(&mut l.label);
    }
    for fix in &mut f.fixes {
        in_place(&mut fix.description);
    }
}

/// Mask the credentials of everything a report says ([`finding`] for each finding, the
/// diagnostics, routes and probe measurements); source lines and fix replacements excepted.
pub fn report(r: &mut Report) {
    for f in &mut r.findings {
        finding(f);
    }
    for d in &mut r.diagnostics {
        in_place(&mut d.message);
    }
    for route in &mut r.routes {
        in_place(&mut route.context);
        for hop in &mut route.hops {
            hop.target = redact_url(&hop.target);
        }
        if let Some(e) = &mut route.proxy_error {
            *e = redact_url(e);
        }
        route.checksum_db = redact_url(&route.checksum_db);
        for u in &mut route.unknown {
            in_place(u);
        }
    }
    for p in &mut r.probes {
        p.url = redact_url(&p.url);
        if let Some(f) = &mut p.failure {
            in_place(f);
        }
        if let Some(v) = &mut p.via {
            *v = redact_url(v);
        }
    }
}

/// Whether a fix's replacement text would carry a credential: one [`find`] sees in it, or
/// one of the credentials in the finding's own source lines (a fix that keeps a value it
/// moves or unquotes).
pub fn fix_carries_secret(f: &Finding, replacement: &str) -> bool {
    if !find(replacement).is_empty() {
        return true;
    }
    std::iter::once(&f.primary)
        .chain(&f.related)
        .flat_map(|l| {
            let text = l.lines.join("\n");
            find(&text)
                .into_iter()
                .map(move |r| text[r].to_owned())
                .collect::<Vec<_>>()
        })
        .any(|secret| secret.len() >= 4 && replacement.contains(&secret))
}

#[cfg(test)]
mod tests;
