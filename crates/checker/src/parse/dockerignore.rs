//! `.dockerignore` files, read as BuildKit reads them (moby/patternmatcher `ignorefile.ReadAll`
//! and `patternmatcher.New`) and matched as BuildKit's context transfer applies them (fsutil's
//! filtered walk with `MatchesUsingParentResults`).
//!
//! Reading: lines are split on `\n` (a trailing `\r` dropped, a UTF-8 BOM removed from the first
//! line); a line whose first byte is `#` is a comment (a `#` after leading white space is not);
//! white space around the pattern is removed; a leading `!` makes an exception (re-including
//! what earlier patterns excluded); the rest is cleaned like Go's `filepath.Clean` and one
//! leading `/` is removed, so `/a/./b/` is `a/b`.
//!
//! Matching a context-relative path: the walk visits each parent directory first. At each step
//! the patterns are tried in order and the last one that matches decides; a pattern that
//! matched a parent directory counts as matching everything beneath it (so `vendor` excludes
//! `vendor/a/b.go`, and `vendor` + `!vendor/keep.go` keeps that one file). An excluded
//! directory is not entered at all unless an exception could reach inside it. Within a pattern
//! `*` is any run of non-`/` characters, `?` one non-`/` character, `[a-z]`/`[^a]` a character
//! class, `\` quotes the next character, and `**` any number of directories (`**/*.go` includes
//! `main.go`). As in patternmatcher, a class may match `/`, and a pattern ending in `**` after
//! only literal text is a plain prefix (`foo**` matches `foobar`).
//!
//! A malformed pattern (`[a`, `a\`, a lone `!`) fails the whole build in Docker; here it is a
//! [`Problem`] and the pattern is left out.

use super::{Problem, Range};

#[derive(Debug, Clone, Default)]
pub struct DockerIgnore {
    /// The patterns in file order (malformed ones left out).
    pub patterns: Vec<Pattern>,
}

/// One pattern line.
#[derive(Debug, Clone)]
pub struct Pattern {
    /// The cleaned pattern, without `!`: what is matched.
    pub pattern: String,
    /// A `!` exception: a match re-includes the path.
    pub exception: bool,
    /// The pattern as written (white space trimmed, `!` included).
    pub range: Range,
    /// The whole line including its terminator.
    pub line_range: Range,
    matcher: Matcher,
}

#[derive(Debug, Clone)]
enum Matcher {
    Exact,
    /// Matches paths starting with the string.
    Prefix(String),
    /// Matches paths ending with the string, or equal to it without its leading `/`.
    Suffix(String),
    Regex(Vec<Node>),
}

/// One piece of the regular expression patternmatcher builds.
#[derive(Debug, Clone, PartialEq)]
enum Node {
    Lit(char),
    /// `[^/]`
    NotSlash,
    /// `[^/]*`
    NotSlashRun,
    /// `.*` (any characters but `\n`)
    Any,
    /// `(.*/)?`
    Dirs,
    /// `^` (an unescaped caret is a regexp anchor)
    Start,
    Class {
        negated: bool,
        ranges: Vec<(char, char)>,
    },
}

pub fn parse(text: &str, problems: &mut Vec<Problem>) -> DockerIgnore {
    let mut patterns = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let line_range = start..(end + 1).min(text.len());
        let mut line = &text[start..end];
        let mut at = start;
        line = line.strip_suffix('\r').unwrap_or(line);
        if start == 0
            && let Some(rest) = line.strip_prefix('\u{feff}')
        {
            line = rest;
            at += '\u{feff}'.len_utf8();
        }
        start = end + 1;
        if line.starts_with('#') {
            continue;
        }
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let range = at + lead..at + lead + trimmed.len();
        let (exception, body) = match trimmed.strip_prefix('!') {
            Some(rest) => (true, rest.trim()),
            None => (false, trimmed),
        };
        if body.is_empty() {
            problems.push(Problem::at(range, "illegal exclusion pattern: \"!\""));
            continue;
        }
        let mut pattern = clean(body);
        if pattern.len() > 1 && pattern.starts_with('/') {
            pattern.remove(0);
        }
        if !valid_match_syntax(&pattern) {
            problems.push(Problem::at(range, "syntax error in pattern"));
            continue;
        }
        let matcher = compile(&pattern);
        patterns.push(Pattern {
            pattern,
            exception,
            range,
            line_range,
            matcher,
        });
    }
    DockerIgnore { patterns }
}

impl DockerIgnore {
    /// Whether `path` (context-relative, `/`-separated) is left out of the build context, and
    /// the index of the pattern that decided it: the last matching pattern (an exception when
    /// it re-included the path). `(false, None)` when no pattern matches.
    pub fn decision(&self, path: &str) -> (bool, Option<usize>) {
        let path = clean(path);
        if path == "." || path == ".." || path.starts_with("../") || path.starts_with('/') {
            return (false, None);
        }
        // fsutil only prunes an excluded directory when every exception is a plain path
        let prunable =
            self.patterns.iter().filter(|p| p.exception).all(|p| {
                !without_trailing_glob(&p.pattern).contains(['*', '[', ']', '?', '^', '\\'])
            });
        let mut parent: Option<Vec<bool>> = None;
        let ends: Vec<usize> = path
            .match_indices('/')
            .map(|(i, _)| i)
            .chain([path.len()])
            .collect();
        for (k, &end) in ends.iter().enumerate() {
            let step = &path[..end];
            let (excluded, decider, info) = self.step(step, parent.as_deref());
            let last = k + 1 == ends.len();
            if last || (excluded && prunable && !self.exception_reaches_into(step)) {
                return (excluded, decider);
            }
            parent = Some(info);
        }
        (false, None)
    }

    /// `MatchesUsingParentResults` for one path of the walk: whether it is excluded, the last
    /// pattern that matched, and which patterns matched (for its children).
    fn step(&self, path: &str, parent: Option<&[bool]>) -> (bool, Option<usize>, Vec<bool>) {
        let mut excluded = false;
        let mut decider = None;
        let mut info = vec![false; self.patterns.len()];
        for (i, p) in self.patterns.iter().enumerate() {
            let mut matched = parent.is_some_and(|m| m[i]);
            if !matched {
                // an exclusion only matters while included, an exception while excluded
                if p.exception != excluded {
                    continue;
                }
                matched = match parent {
                    Some(_) => p.matches_exactly(path),
                    None => p.matches(path),
                };
            }
            info[i] = matched;
            if matched {
                excluded = !p.exception;
                decider = Some(i);
            }
        }
        (excluded, decider, info)
    }

    /// Whether some exception names a path inside directory `dir`, so the walk enters it.
    fn exception_reaches_into(&self, dir: &str) -> bool {
        self.patterns.iter().filter(|p| p.exception).any(|p| {
            let target = format!("{}/", without_trailing_glob(&p.pattern));
            target.starts_with(&format!("{dir}/"))
        })
    }

    /// The pattern that leaves `path` out of the build context, if it is left out.
    pub fn excluded(&self, path: &str) -> Option<&Pattern> {
        match self.decision(path) {
            (true, Some(i)) => Some(&self.patterns[i]),
            _ => None,
        }
    }

    /// Whether any `!` exceptions are present.
    pub fn has_exceptions(&self) -> bool {
        self.patterns.iter().any(|p| p.exception)
    }
}

impl Pattern {
    /// Whether this pattern alone matches `path` or one of its parent directories.
    pub fn matches(&self, path: &str) -> bool {
        if self.matches_exactly(path) {
            return true;
        }
        path.match_indices('/')
            .any(|(i, _)| self.matches_exactly(&path[..i]))
    }

    fn matches_exactly(&self, path: &str) -> bool {
        match &self.matcher {
            Matcher::Exact => path == self.pattern,
            Matcher::Prefix(prefix) => path.starts_with(prefix.as_str()),
            Matcher::Suffix(suffix) => {
                path.ends_with(suffix.as_str())
                    || suffix.strip_prefix('/').is_some_and(|s| path == s)
            }
            Matcher::Regex(nodes) => regex_match(nodes, path),
        }
    }
}

/// fsutil's `patternWithoutTrailingGlob`: the pattern without a final `/**` or `/*`.
fn without_trailing_glob(p: &str) -> &str {
    let p = p.strip_suffix("/**").unwrap_or(p);
    p.strip_suffix("/*").unwrap_or(p)
}

/// Go's `filepath.Clean` on a `/`-separated path.
fn clean(path: &str) -> String {
    if path.is_empty() {
        return ".".into();
    }
    let rooted = path.starts_with('/');
    let mut out: Vec<&str> = Vec::new();
    for elem in path.split('/') {
        match elem {
            "" | "." => {}
            ".." => {
                if out.last().is_some_and(|l| *l != "..") {
                    out.pop();
                } else if !rooted {
                    out.push("..");
                }
            }
            e => out.push(e),
        }
    }
    let joined = out.join("/");
    match (rooted, joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".into(),
        (false, false) => joined,
    }
}

/// Whether Go's `filepath.Match` accepts the pattern (unclosed or empty classes, bad ranges
/// and a trailing `\` are `ErrBadPattern`).
fn valid_match_syntax(p: &str) -> bool {
    let mut chars = p.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                // an escape needs a character to quote
                let quoted = chars.next();
                if quoted.is_none() {
                    return false;
                }
            }
            '[' => {
                chars.next_if_eq(&'^');
                let mut n = 0;
                loop {
                    if n > 0 && chars.next_if_eq(&']').is_some() {
                        break;
                    }
                    let esc = |chars: &mut std::iter::Peekable<std::str::Chars>| match chars.next()
                    {
                        None | Some('-' | ']') => None,
                        Some('\\') => chars.next(),
                        Some(c) => Some(c),
                    };
                    let Some(lo) = esc(&mut chars) else {
                        return false;
                    };
                    if chars.next_if_eq(&'-').is_some() {
                        match esc(&mut chars) {
                            Some(hi) if lo <= hi => {}
                            _ => return false,
                        }
                    }
                    n += 1;
                }
            }
            _ => {}
        }
    }
    true
}

/// patternmatcher's `compile`: the kind of match and, for regexp matches, the expression.
fn compile(pattern: &str) -> Matcher {
    #[derive(PartialEq)]
    enum Kind {
        Exact,
        Prefix,
        Suffix,
        Regex,
    }
    let mut kind = Kind::Exact;
    let mut nodes = Vec::new();
    let chars: Vec<char> = pattern.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let first = i == 0;
        let c = chars[i];
        i += 1;
        match c {
            '*' if chars.get(i) == Some(&'*') => {
                i += 1;
                if chars.get(i) == Some(&'/') {
                    i += 1;
                }
                if i == chars.len() {
                    if kind == Kind::Exact {
                        kind = Kind::Prefix;
                    } else {
                        nodes.push(Node::Any);
                        kind = Kind::Regex;
                    }
                } else {
                    nodes.push(Node::Dirs);
                    kind = Kind::Regex;
                }
                if first {
                    kind = Kind::Suffix;
                }
            }
            '*' => {
                nodes.push(Node::NotSlashRun);
                kind = Kind::Regex;
            }
            '?' => {
                nodes.push(Node::NotSlash);
                kind = Kind::Regex;
            }
            '\\' => match chars.get(i) {
                Some(&n) => {
                    i += 1;
                    nodes.push(Node::Lit(n));
                    kind = Kind::Regex;
                }
                None => nodes.push(Node::Lit('\\')),
            },
            '[' => {
                kind = Kind::Regex;
                let negated = chars.get(i) == Some(&'^');
                if negated {
                    i += 1;
                }
                let mut ranges = Vec::new();
                while i < chars.len() {
                    if chars[i] == ']' && !ranges.is_empty() {
                        i += 1;
                        break;
                    }
                    let mut lo = chars[i];
                    i += 1;
                    if lo == '\\' && i < chars.len() {
                        lo = chars[i];
                        i += 1;
                    }
                    let mut hi = lo;
                    if chars.get(i) == Some(&'-') && chars.get(i + 1).is_some_and(|&c| c != ']') {
                        hi = chars[i + 1];
                        i += 2;
                        if hi == '\\' && i < chars.len() {
                            hi = chars[i];
                            i += 1;
                        }
                    }
                    ranges.push((lo, hi));
                }
                nodes.push(Node::Class { negated, ranges });
            }
            '^' => nodes.push(Node::Start),
            c => nodes.push(Node::Lit(c)),
        }
    }
    match kind {
        Kind::Exact => Matcher::Exact,
        Kind::Prefix => Matcher::Prefix(pattern[..pattern.len() - 2].to_owned()),
        Kind::Suffix => Matcher::Suffix(pattern[2..].to_owned()),
        Kind::Regex => Matcher::Regex(nodes),
    }
}

/// Whether the anchored expression matches the whole path (a set-of-positions simulation, so
/// no backtracking blow-up; each node is one pass over the path, so a pattern of `k` nodes costs
/// `k × len`, whatever its stars).
fn regex_match(nodes: &[Node], path: &str) -> bool {
    let chars: Vec<char> = path.chars().collect();
    let n = chars.len();
    let mut at = vec![false; n + 1];
    at[0] = true;
    for node in nodes {
        let mut next = vec![false; n + 1];
        if let Node::NotSlashRun | Node::Any | Node::Dirs = node {
            // A run from any reached position up to the first stop character: one sweep that
            // carries "some run is live" forward, instead of a scan from each position.
            let stop = |c: char| match node {
                Node::NotSlashRun => c == '/',
                _ => c == '\n',
            };
            let mut live = false;
            for q in 0..=n {
                if at[q] {
                    live = true;
                    next[q] = true;
                }
                let Some(&c) = chars.get(q) else { break };
                if stop(c) {
                    live = false;
                } else if live && (!matches!(node, Node::Dirs) || c == '/') {
                    next[q + 1] = true;
                }
            }
            at = next;
            continue;
        }
        for p in (0..=n).filter(|&p| at[p]) {
            match node {
                Node::Lit(c) => {
                    if chars.get(p) == Some(c) {
                        next[p + 1] = true;
                    }
                }
                Node::NotSlash => {
                    if chars.get(p).is_some_and(|&c| c != '/') {
                        next[p + 1] = true;
                    }
                }
                Node::Class { negated, ranges } => {
                    if let Some(&c) = chars.get(p)
                        && ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi) != *negated
                    {
                        next[p + 1] = true;
                    }
                }
                Node::Start => next[p] |= p == 0,
                Node::NotSlashRun | Node::Any | Node::Dirs => {}
            }
        }
        at = next;
    }
    at[n]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ignore(text: &str) -> DockerIgnore {
        let mut problems = Vec::new();
        let d = parse(text, &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        d
    }

    #[track_caller]
    fn check(text: &str, cases: &[(&str, bool)]) {
        let d = ignore(text);
        for &(path, want) in cases {
            assert_eq!(d.decision(path).0, want, "{text:?} on {path}");
            assert_eq!(d.excluded(path).is_some(), want, "{text:?} on {path}");
        }
    }

    #[test]
    fn documented_examples() {
        check(
            "# comment\n*/temp*\n",
            &[
                ("somedir/temporary.txt", true),
                ("somedir/temp", true),
                ("somedir/temp/x.go", true),
                ("temp.txt", false),
                ("a/b/temp.txt", false),
            ],
        );
        check(
            "*/*/temp*\n",
            &[
                ("somedir/subdir/temporary.txt", true),
                ("somedir/temp", false),
                ("a/b/c/temp", false),
            ],
        );
        check(
            "temp?\n",
            &[
                ("tempa", true),
                ("tempb/x", true),
                ("temp", false),
                ("tempab", false),
                ("temp/", false),
                ("a/tempa", false),
            ],
        );
        check(
            "**/*.go\n",
            &[
                ("main.go", true),
                ("a/b/c.go", true),
                ("a/b/c.gox", false),
                ("go.mod", false),
            ],
        );
        check(
            "*.md\n!README.md\n",
            &[
                ("CHANGES.md", true),
                ("README.md", false),
                ("docs/x.md", false),
            ],
        );
        check(
            "*.md\n!README*.md\nREADME-secret.md\n",
            &[
                ("CHANGES.md", true),
                ("README.md", false),
                ("README-public.md", false),
                ("README-secret.md", true),
            ],
        );
    }

    #[test]
    fn directories_exclude_everything_beneath() {
        for text in [
            "vendor\n",
            "vendor/\n",
            "/vendor\n",
            "./vendor\n",
            "vendor/.\n",
        ] {
            check(
                text,
                &[
                    ("vendor", true),
                    ("vendor/a/b.go", true),
                    ("vendorx/a.go", false),
                    ("a/vendor/b.go", false),
                ],
            );
        }
        check(
            "vendor\n!vendor/keep.go\n",
            &[
                ("vendor/a.go", true),
                ("vendor/keep.go", false),
                ("vendor/keep.go/x", false),
            ],
        );
        let d = ignore("vendor\n!vendor/keep.go\n");
        assert_eq!(d.decision("vendor/keep.go"), (false, Some(1)));
        assert_eq!(d.decision("vendor/a.go"), (true, Some(0)));
        assert_eq!(d.decision("main.go"), (false, None));
        assert!(d.has_exceptions());
        // last match wins, both ways
        check("!a.go\na.go\n", &[("a.go", true)]);
        check(
            "*\n!go.mod\n!go.sum\n",
            &[("go.mod", false), ("main.go", true), ("cmd/x.go", true)],
        );
        check("*\n!cmd\n", &[("cmd/x/y.go", false), ("go.mod", true)]);
        check("**\n", &[("a", true), ("a/b", true)]);
        check(
            ".git\n",
            &[
                (".git/config", true),
                ("./.git/HEAD", true),
                ("a/.git", false),
            ],
        );
        // an exception matching only a parent directory that was not excluded when the walk
        // passed it does not re-include (fsutil's parent results, not MatchesOrParentMatches)
        check("foo/x\n!foo\n", &[("foo/x", true), ("foo/y", false)]);
        // a pruned directory decides for everything beneath it
        let d = ignore("node_modules\n!vendor/keep\n**/*.tmp\n");
        assert_eq!(d.decision("node_modules/a/b.tmp"), (true, Some(0)));
        assert_eq!(d.decision("a/b.tmp"), (true, Some(2)));
        // exceptions with wildcards keep the walk going into excluded directories
        check(
            "build\n!build/**/*.go\n",
            &[
                ("build/x.o", true),
                ("build/a/b.go", false),
                ("build/b.go", false),
            ],
        );
        check(
            "**/*.go\n!cmd/main.go\n",
            &[("cmd/main.go", false), ("cmd/x.go", true)],
        );
        // the context root itself is never excluded
        check("*\n", &[(".", false), ("", false)]);
    }

    #[test]
    fn double_star_forms() {
        check(
            "**/temp\n",
            &[
                ("temp", true),
                ("a/temp", true),
                ("a/b/temp/c", true),
                ("atemp", false),
            ],
        );
        check(
            "foo/**\n",
            &[("foo/a", true), ("foo/a/b", true), ("foox", false)],
        );
        // `foo**` is a plain prefix, as in patternmatcher
        check("foo**\n", &[("foobar", true), ("foo", true), ("fo", false)]);
        check(
            "a/**/b\n",
            &[
                ("a/b", true),
                ("a/x/b", true),
                ("a/x/y/b", true),
                ("a/xb", false),
            ],
        );
        check("a*/**\n", &[("ab/c", true), ("ab", false), ("a/c", true)]);
        check(
            "**/a/**\n",
            &[("a/b", true), ("x/a/b", true), ("x/ab", false)],
        );
    }

    #[test]
    fn character_classes_and_escapes() {
        check(
            "file[0-9].txt\n",
            &[("file1.txt", true), ("filex.txt", false)],
        );
        check("[^a]b\n", &[("xb", true), ("ab", false)]);
        check("a\\*b\n", &[("a*b", true), ("axb", false)]);
        check("a.b\n", &[("a.b", true), ("axb", false)]);
        check("a+(b)|{c}$\n", &[("a+(b)|{c}$", true)]);
        check("[a-c\\]]x\n", &[("bx", true), ("]x", true), ("dx", false)]);
    }

    #[test]
    fn reading_rules() {
        let text = "\u{feff}# c\n  # not a comment\n\t*.log  \r\n!  keep.log\n/abs/./path/../x/\n\n   \nlast";
        let mut problems = Vec::new();
        let d = parse(text, &mut problems);
        assert!(problems.is_empty());
        let got: Vec<(&str, bool, &str)> = d
            .patterns
            .iter()
            .map(|p| (p.pattern.as_str(), p.exception, &text[p.range.clone()]))
            .collect();
        assert_eq!(
            got,
            vec![
                ("# not a comment", false, "# not a comment"),
                ("*.log", false, "*.log"),
                ("keep.log", true, "!  keep.log"),
                ("abs/x", false, "/abs/./path/../x/"),
                ("last", false, "last"),
            ]
        );
        assert_eq!(&text[d.patterns[1].line_range.clone()], "\t*.log  \r\n");
        assert_eq!(d.patterns[4].line_range.end, text.len());
        assert_eq!(clean("a//b/../c/."), "a/c");
        assert_eq!(clean("../a"), "../a");
        assert_eq!(clean("/../a"), "/a");
        assert_eq!(clean("/"), "/");
        assert_eq!(clean("a/.."), ".");
    }

    #[test]
    fn malformed_patterns_are_problems() {
        for (text, want) in [
            ("!\n", "illegal exclusion pattern: \"!\""),
            ("!  \n", "illegal exclusion pattern: \"!\""),
            ("[a\n", "syntax error in pattern"),
            ("a\\\n", "syntax error in pattern"),
            ("[]a\n", "syntax error in pattern"),
            ("[z-a]\n", "syntax error in pattern"),
            ("[a-]\n", "syntax error in pattern"),
            ("[^]\n", "syntax error in pattern"),
        ] {
            let mut problems = Vec::new();
            let d = parse(&format!("ok\n{text}"), &mut problems);
            assert_eq!(problems.len(), 1, "{text:?}");
            assert_eq!(problems[0].message, want, "{text:?}");
            assert_eq!(d.patterns.len(), 1);
        }
        assert!(!valid_match_syntax("[]a]"));
        for ok in ["[a-c]", "[\\]]", "a]", "[!a]"] {
            assert!(valid_match_syntax(ok), "{ok}");
        }
    }

    #[test]
    fn never_panics_on_mutations() {
        let base = "\u{feff}# c\n*.md\n!README*.md\n**/vendor/**\n[a-z]?\\*é\n/x/../y\n";
        let noise = [
            "[", "]", "\\", "*", "**", "!", "/", "-", "^", "\r", "\n", "é", "?",
        ];
        let paths = ["README.md", "a/vendor/b", "x", "y/z", "é/a", "b?*", ""];
        let check = |text: &str| {
            let mut problems = Vec::new();
            let d = parse(text, &mut problems);
            for p in &d.patterns {
                assert!(p.range.end <= text.len() && text.is_char_boundary(p.range.start));
            }
            for path in paths {
                let _ = d.decision(path);
            }
        };
        for end in (0..=base.len()).filter(|&i| base.is_char_boundary(i)) {
            check(&base[..end]);
            check(&base[end..]);
            for n in noise {
                check(&format!("{}{n}{}", &base[..end], &base[end..]));
            }
        }
    }

    /// The position-by-position simulation this module used before: each star node scanned
    /// forward from every reached position (`nodes × len²`).
    fn reference_match(nodes: &[Node], path: &str) -> bool {
        let chars: Vec<char> = path.chars().collect();
        let n = chars.len();
        let mut at = vec![false; n + 1];
        at[0] = true;
        for node in nodes {
            let mut next = vec![false; n + 1];
            for p in (0..=n).filter(|&p| at[p]) {
                let one = match node {
                    Node::Lit(c) => chars.get(p) == Some(c),
                    Node::NotSlash => chars.get(p).is_some_and(|&c| c != '/'),
                    Node::Class { negated, ranges } => chars.get(p).is_some_and(|&c| {
                        ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi) != *negated
                    }),
                    _ => false,
                };
                if one {
                    next[p + 1] = true;
                }
                match node {
                    Node::Lit(_) | Node::NotSlash | Node::Class { .. } => {}
                    Node::Start => next[p] |= p == 0,
                    Node::NotSlashRun | Node::Any | Node::Dirs => {
                        let stop = |c: char| match node {
                            Node::NotSlashRun => c == '/',
                            _ => c == '\n',
                        };
                        next[p] = true;
                        for q in p..n {
                            if stop(chars[q]) {
                                break;
                            }
                            if !matches!(node, Node::Dirs) || chars[q] == '/' {
                                next[q + 1] = true;
                            }
                        }
                    }
                }
            }
            at = next;
        }
        at[n]
    }

    /// Found by a scale test of the fuzz harness: `**/` repeated 200 times against a path 300
    /// directories deep took 22 s (each star scanned from every position, for every prefix of
    /// the path). The sweep gives the same answers.
    #[test]
    fn star_runs_match_like_the_reference_in_one_pass_each() {
        let patterns = [
            "**/x",
            "a/**/b",
            "*a*b",
            "a*/*b",
            "**/*.go",
            "x/**",
            "*/",
            "**/**/**/y",
            "a\\*b*",
            "[a-c]*/**/?",
            "^a*",
            "**",
        ];
        let paths = [
            "", "x", "a/x", "a/b", "a/c/b", "ab", "aab/b", "cab", "a/b/c.go", "x/y/z", "a\n/b",
            "a/", "y", "a/a/a/y", "a*b", "c/d/e",
        ];
        for p in patterns {
            let Matcher::Regex(nodes) = compile(p) else {
                continue;
            };
            for path in paths {
                assert_eq!(
                    regex_match(&nodes, path),
                    reference_match(&nodes, path),
                    "{p:?} against {path:?}"
                );
            }
        }
        let deep = format!("{}x", "**/".repeat(100));
        let d = ignore(&format!("{deep}\n"));
        let path = format!("{}x", "a/".repeat(120));
        assert!(d.excluded(&path).is_some());
        assert!(d.excluded(&format!("{}y", "a/".repeat(120))).is_none());
    }
}
