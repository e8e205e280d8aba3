//! Module path patterns: Go's `path.Match` and `module.MatchPrefixPatterns`, the matcher behind
//! GOPRIVATE, GONOPROXY, GONOSUMDB, GOINSECURE and GOVCS (go-semantics.md §3.2, §3.3).

/// A malformed pattern (`path.ErrBadPattern`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadPattern;

/// Go's `path.Match`: `*` matches any run of non-`/` bytes, `?` one non-`/` character,
/// `[...]` a class (`^` negates), `\` escapes. The whole pattern is validated even when the
/// match fails early. Works on bytes like Go (invalid UTF-8 decodes as U+FFFD, one byte).
pub fn path_match(pattern: &str, name: &str) -> Result<bool, BadPattern> {
    let mut pattern = pattern.as_bytes();
    let mut name = name.as_bytes();
    'pattern: while !pattern.is_empty() {
        let (star, chunk, rest) = scan_chunk(pattern);
        pattern = rest;
        if star && chunk.is_empty() {
            return Ok(!name.contains(&b'/'));
        }
        let first = match_chunk(chunk, name);
        if let Ok(Some(t)) = first
            && (t.is_empty() || !pattern.is_empty())
        {
            name = t;
            continue;
        }
        first?;
        if star {
            let mut i = 0;
            while i < name.len() && name[i] != b'/' {
                if let Some(t) = match_chunk(chunk, &name[i + 1..])? {
                    if pattern.is_empty() && !t.is_empty() {
                        i += 1;
                        continue;
                    }
                    name = t;
                    continue 'pattern;
                }
                i += 1;
            }
        }
        while !pattern.is_empty() {
            let (_, chunk, rest) = scan_chunk(pattern);
            pattern = rest;
            match_chunk(chunk, b"")?;
        }
        return Ok(false);
    }
    Ok(name.is_empty())
}

/// Decode one character like Go's `utf8.DecodeRune` (invalid → U+FFFD of width 1).
fn decode(s: &[u8]) -> (char, usize) {
    let n = match s.first() {
        None => return ('\0', 0),
        Some(b) if *b < 0x80 => 1,
        Some(b) if *b >= 0xF0 => 4,
        Some(b) if *b >= 0xE0 => 3,
        Some(_) => 2,
    };
    match s.get(..n).and_then(|b| std::str::from_utf8(b).ok()) {
        Some(t) => (t.chars().next().unwrap_or('\u{FFFD}'), n),
        None => ('\u{FFFD}', 1),
    }
}

/// Split off leading stars and the chunk up to the next star outside a class.
fn scan_chunk(pattern: &[u8]) -> (bool, &[u8], &[u8]) {
    let stars = pattern.iter().take_while(|&&b| b == b'*').count();
    let trimmed = &pattern[stars..];
    let mut in_range = false;
    let mut i = 0;
    while i < trimmed.len() {
        match trimmed[i] {
            b'\\' if i + 1 < trimmed.len() => i += 1,
            b'[' => in_range = true,
            b']' => in_range = false,
            b'*' if !in_range => break,
            _ => {}
        }
        i += 1;
    }
    (stars > 0, &trimmed[..i], &trimmed[i..])
}

/// Match `chunk` (no stars) at the start of `s`: the rest of `s` on success, None on a
/// mismatch (after checking the rest of the chunk is well-formed).
fn match_chunk<'s>(chunk: &[u8], s: &'s [u8]) -> Result<Option<&'s [u8]>, BadPattern> {
    let mut chunk = chunk;
    let mut s = s;
    let mut failed = false;
    while let Some(&c) = chunk.first() {
        if !failed && s.is_empty() {
            failed = true;
        }
        match c {
            b'[' => {
                let mut r = '\0';
                if !failed {
                    let (ch, n) = decode(s);
                    r = ch;
                    s = &s[n..];
                }
                chunk = &chunk[1..];
                let negated = chunk.first() == Some(&b'^');
                if negated {
                    chunk = &chunk[1..];
                }
                let mut matched = false;
                let mut ranges = 0;
                loop {
                    if ranges > 0 && chunk.first() == Some(&b']') {
                        chunk = &chunk[1..];
                        break;
                    }
                    let (lo, rest) = get_esc(chunk)?;
                    chunk = rest;
                    let mut hi = lo;
                    if chunk.first() == Some(&b'-') {
                        let (h, rest) = get_esc(&chunk[1..])?;
                        hi = h;
                        chunk = rest;
                    }
                    if lo <= r && r <= hi {
                        matched = true;
                    }
                    ranges += 1;
                }
                if matched == negated {
                    failed = true;
                }
            }
            b'?' => {
                if !failed {
                    if s[0] == b'/' {
                        failed = true;
                    }
                    s = &s[decode(s).1..];
                }
                chunk = &chunk[1..];
            }
            b'\\' => {
                chunk = &chunk[1..];
                let Some(&lit) = chunk.first() else {
                    return Err(BadPattern);
                };
                if !failed {
                    if lit != s[0] {
                        failed = true;
                    }
                    s = &s[1..];
                }
                chunk = &chunk[1..];
            }
            lit => {
                if !failed {
                    if lit != s[0] {
                        failed = true;
                    }
                    s = &s[1..];
                }
                chunk = &chunk[1..];
            }
        }
    }
    Ok((!failed).then_some(s))
}

/// One (possibly escaped) character of a class; the class must go on after it.
fn get_esc(chunk: &[u8]) -> Result<(char, &[u8]), BadPattern> {
    let mut chunk = chunk;
    match chunk.first() {
        None | Some(b'-' | b']') => return Err(BadPattern),
        Some(b'\\') => {
            chunk = &chunk[1..];
            if chunk.is_empty() {
                return Err(BadPattern);
            }
        }
        Some(_) => {}
    }
    let (c, n) = decode(chunk);
    if c == '\u{FFFD}' && n == 1 {
        return Err(BadPattern);
    }
    let rest = &chunk[n..];
    if rest.is_empty() {
        return Err(BadPattern);
    }
    Ok((c, rest))
}

/// `module.MatchPrefixPatterns`: does any comma-separated glob match a prefix of `target` with
/// as many path elements as the glob has? Elements are not trimmed; one trailing `/` is; empty
/// elements and malformed globs never match.
pub fn match_prefix_patterns(globs: &str, target: &str) -> bool {
    globs.split(',').any(|glob| glob_matches(glob, target))
}

/// Whether one element of a pattern list matches `target` (see [`match_prefix_patterns`]).
pub fn glob_matches(glob: &str, target: &str) -> bool {
    let glob = glob.strip_suffix('/').unwrap_or(glob);
    if glob.is_empty() {
        return false;
    }
    let slashes = glob.matches('/').count();
    let mut seen = 0;
    let mut prefix = None;
    for (i, b) in target.bytes().enumerate() {
        if b == b'/' {
            if seen == slashes {
                prefix = Some(&target[..i]);
                break;
            }
            seen += 1;
        }
    }
    let prefix = match prefix {
        Some(p) => p,
        None if seen == slashes => target,
        None => return false,
    };
    path_match(glob, prefix) == Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `TestMatchPrefixPatterns` of x/mod, verbatim, and the extra vectors of go-semantics.md §3.2.
    #[test]
    fn match_prefix_patterns_vectors() {
        let cases: &[(&str, &str, bool)] = &[
            ("", "rsc.io/quote", false),
            ("/", "rsc.io/quote", false),
            ("*/quote", "rsc.io/quote", true),
            ("*/quo", "rsc.io/quote", false),
            ("*/quo??", "rsc.io/quote", true),
            ("*/quo*", "rsc.io/quote", true),
            ("*quo*", "rsc.io/quote", false),
            ("rsc.io", "rsc.io/quote", true),
            ("*.io", "rsc.io/quote", true),
            ("rsc.io/", "rsc.io/quote", true),
            ("rsc", "rsc.io/quote", false),
            ("rsc*", "rsc.io/quote", true),
            ("rsc.io", "rsc.io/quote/v3", true),
            ("*/quote", "rsc.io/quote/v3", true),
            ("*/quote/", "rsc.io/quote/v3", true),
            ("*/quote/*", "rsc.io/quote/v3", true),
            ("*/quote/*/", "rsc.io/quote/v3", true),
            ("*/v3", "rsc.io/quote/v3", false),
            ("*/*/v3", "rsc.io/quote/v3", true),
            ("*/*/*", "rsc.io/quote/v3", true),
            ("*/*/*/", "rsc.io/quote/v3", true),
            ("*/*/*", "rsc.io/quote", false),
            ("*/*/*/", "rsc.io/quote", false),
            ("*/*/*,,", "rsc.io/quote", false),
            ("*/*/*,,*/quote", "rsc.io/quote", true),
            (",,*/quote", "rsc.io/quote", true),
            ("git.example.com/*", "git.example.com/internal", true),
            (
                "git.example.com/*",
                "git.example.com/internal/sub/pkg",
                true,
            ),
            ("git.example.com/*", "git.example.com", false),
            ("git.example.com", "git.example.com/internal", true),
            ("*.example.com", "git.example.com/team/repo", true),
            ("*.example.com", "example.com/team/repo", false),
            ("example.com", "git.example.com/x", false),
            ("*", "github.com/anything/at/all", true),
            ("**", "github.com/x/y", true),
            ("github.com/acme/...", "github.com/acme/private", false),
            ("https://github.com/acme", "github.com/acme/private", false),
            ("github.com/acme/**", "github.com/acme/private", true),
            ("github.com/acme, gitlab.com/x", "gitlab.com/x/y", false),
            ("github.com/acme ,gitlab.com/x", "github.com/acme/y", false),
            ("github.com/acme;gitlab.com/x", "gitlab.com/x/y", false),
            ("github.com/acme gitlab.com/x", "gitlab.com/x/y", false),
            ("none", "github.com/x/y", false),
            ("off", "github.com/x/y", false),
            ("github.com/[a-", "github.com/acme/x", false),
            ("github.com/[a-z]*", "github.com/acme/x", true),
            ("github.com/[!a]*", "github.com/acme/x", true),
            ("github.com/[^a]*", "github.com/acme/x", false),
            ("github.com/\\acme", "github.com/acme/x", true),
            ("GitHub.com/acme", "github.com/acme/x", false),
            ("github.com/acme", "github.com/acme-tools/x", false),
            ("github.com/acme*", "github.com/acme-tools/x", true),
            ("github.com/acme//", "github.com/acme/x", false),
            ("github.com//acme", "github.com/acme/x", false),
            ("/github.com/acme", "github.com/acme/x", false),
            ("*/*", "github.com", false),
            (
                "github.com/acme/private/v2",
                "github.com/acme/private",
                false,
            ),
            (
                "github.com/acme/private",
                "github.com/acme/private/v2",
                true,
            ),
            ("corp.example.com:8443", "corp.example.com/x", false),
            ("?ithub.com", "github.com/x", true),
        ];
        for &(globs, target, want) in cases {
            assert_eq!(
                match_prefix_patterns(globs, target),
                want,
                "MatchPrefixPatterns({globs:?}, {target:?})"
            );
        }
    }

    /// `src/path/match_test.go` vectors quoted in go-semantics.md §3.3, and a few more.
    #[test]
    fn path_match_vectors() {
        let ok: &[(&str, &str, bool)] = &[
            ("abc", "abc", true),
            ("*", "abc", true),
            ("*c", "abc", true),
            ("a*", "a", true),
            ("a*", "abc", true),
            ("a*", "ab/c", false),
            ("a*/b", "abc/b", true),
            ("a*/b", "a/c/b", false),
            ("a*b*c*d*e*/f", "axbxcxdxe/f", true),
            ("a*b*c*d*e*/f", "axbxcxdxexxx/f", true),
            ("a*b*c*d*e*/f", "axbxcxdxe/xxx/f", false),
            ("a*b*c*d*e*/f", "axbxcxdxexxx/fff", false),
            ("a*b?c*x", "abxbbxdbxebxczzx", true),
            ("a*b?c*x", "abxbbxdbxebxczzy", false),
            ("ab[c]", "abc", true),
            ("ab[b-d]", "abc", true),
            ("ab[e-g]", "abc", false),
            ("ab[^c]", "abc", false),
            ("ab[^b-d]", "abc", false),
            ("ab[^e-g]", "abc", true),
            ("a\\*b", "a*b", true),
            ("a\\*b", "ab", false),
            ("a?b", "a☺b", true),
            ("a[^a]b", "a☺b", true),
            ("a???b", "a☺b", false),
            ("a[^a][^a][^a]b", "a☺b", false),
            ("[a-ζ]*", "α", true),
            ("*[a-ζ]", "A", false),
            ("a?b", "a/b", false),
            ("a*b", "a/b", false),
            ("[\\]a]", "]", true),
            ("[\\-]", "-", true),
            ("[x\\-]", "x", true),
            ("[x\\-]", "-", true),
            ("[x\\-]", "z", false),
            ("[\\-x]", "x", true),
            ("[\\-x]", "-", true),
            ("[\\-x]", "a", false),
            ("*x", "xxx", true),
        ];
        for &(p, n, want) in ok {
            assert_eq!(path_match(p, n), Ok(want), "Match({p:?}, {n:?})");
        }
        let bad: &[(&str, &str)] = &[
            ("[]a]", "]"),
            ("[-]", "-"),
            ("[x-]", "x"),
            ("[x-]", "-"),
            ("[x-]", "z"),
            ("[-x]", "x"),
            ("[-x]", "-"),
            ("[-x]", "a"),
            ("\\", "a"),
            ("[a-b-c]", "a"),
            ("[", "a"),
            ("[^", "a"),
            ("[^bc", "a"),
            ("a[", "a"),
            ("a[", "ab"),
            ("a[", "x"),
            ("a/b[", "x"),
            ("*x[", "xxx"),
        ];
        for &(p, n) in bad {
            assert_eq!(path_match(p, n), Err(BadPattern), "Match({p:?}, {n:?})");
        }
    }

    #[test]
    fn never_panics_on_odd_patterns() {
        for p in [
            "[", "\\", "[\\", "[a-", "[☺-", "*[", "[^]", "**", "?*?", "[]]", "☺*",
        ] {
            for n in ["", "a", "☺", "a/b", "]", "-"] {
                let _ = path_match(p, n);
                let _ = match_prefix_patterns(p, n);
            }
        }
    }
}
