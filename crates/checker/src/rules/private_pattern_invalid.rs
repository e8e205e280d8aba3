use super::Rule;
use crate::gosem::pattern::{glob_matches, match_prefix_patterns, path_match};
use crate::model::q_private::PATTERN_VARIABLES;
use crate::model::{Assignment, Model};
use crate::report::{Applicability, Edit, Finding, Fix, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD304",
    name: "private-pattern-invalid",
    family: "private modules",
    severity: Severity::Error,
    security_severity: None,
    summary: "a GOPRIVATE/GONOPROXY/GONOSUMDB/GOINSECURE pattern that cannot match what it was written for",
    tags: &["private-modules", "correctness"],
    precision: "very-high",
    check,
    docs: r#"Finds GOPRIVATE, GONOPROXY, GONOSUMDB and GOINSECURE patterns that cannot match the module
paths they were written for: spaces around commas, `;` or spaces used as separators, a URL scheme
(`https://`), a port, a `/...` suffix, upper case in the host, literal quotes, a malformed glob,
a trailing carriage return from a CRLF file, empty path elements (`//`), a doubled host, and, when a
requirement in scope shows the intent, a `*` expected to cross `/` (`*.corp.example` does not
match `corp.example`; `corp.example/*` does not match the module `corp.example`) or a pattern whose
case differs from the module path.

## Why it matters
Go never reports a bad pattern: it just does not match. The modules it was meant to cover are
then sent to the public proxy and checksum database (their names leak, and the build fails with a
404 or `verifying module: … 410 Gone`), or fetched without the TLS relaxation GOINSECURE was meant
to give. The mistake is invisible in review because the value looks right.

## Example
```dockerfile
FROM golang:1.23
ENV GOPRIVATE="git.corp.example, https://github.com/acme/..."
```

## Use instead
```dockerfile
FROM golang:1.23
ENV GOPRIVATE="git.corp.example,github.com/acme"
```

## Fix safety
Trimming spaces and carriage returns, dropping quotes, a URL scheme or a `/...` suffix, turning
`;` or space separators into commas, and collapsing `//` are safe: the pattern then says what it
plainly meant, and nothing else. Dropping a port, lower-casing a host, removing a doubled host and
the fixes for `*` or case mismatches are unsafe: the intent is a guess from the requirements. A
malformed glob has no fix.

## Go behaviour
`module.MatchPrefixPatterns` (golang.org/x/mod/module) splits the list on `,` only, does not trim
the elements, removes one trailing `/`, and matches each glob with `path.Match` against the first
as many path elements of the module path as the glob has; `*` and `?` never cross `/`, matching is
case-sensitive, and a malformed glob (`path.ErrBadPattern`) is treated as no match. Values from the
go env file are literal (quotes, `\r`). See `go help private` and
go-semantics §3.2, §12 items 10–13 and 17.
"#,
};

/// What is wrong with one element, and the element Go would use as meant.
pub(crate) struct Diagnosis {
    pub(crate) problems: Vec<String>,
    replacement: Option<String>,
    safe: bool,
}

impl Diagnosis {
    fn note(&mut self, problem: impl Into<String>, fixed: Option<String>, safe: bool) {
        self.problems.push(problem.into());
        self.safe &= safe;
        if fixed.is_none() {
            self.replacement = None;
        } else if self.replacement.is_some() {
            self.replacement = fixed;
        }
    }
}

fn has_glob(s: &str) -> bool {
    s.contains(['*', '?', '[', '\\'])
}

/// The structural problems of one element (nothing to do with requirements).
pub(crate) fn diagnose(raw: &str) -> Diagnosis {
    let mut d = Diagnosis {
        problems: Vec::new(),
        replacement: Some(raw.to_owned()),
        safe: true,
    };
    let mut cur = raw.to_owned();
    let trimmed = cur.trim();
    if trimmed != cur {
        let only_cr = cur.trim_end_matches('\r') == trimmed && cur.trim_start() == cur;
        let what = if only_cr {
            "it ends in a carriage return (a CRLF line ending) that Go keeps"
        } else {
            "it has spaces around it, which Go does not trim"
        };
        cur = trimmed.to_owned();
        d.note(what, Some(cur.clone()), true);
    }
    if cur.contains(';') || cur.contains(char::is_whitespace) {
        let parts: Vec<&str> = cur
            .split(|c: char| c == ';' || c.is_whitespace())
            .filter(|p| !p.is_empty())
            .collect();
        let sep = if cur.contains(';') { "`;`" } else { "spaces" };
        cur = parts.join(",");
        d.note(
            format!("it uses {sep} as a separator, but Go splits pattern lists on `,` only"),
            Some(cur.clone()),
            true,
        );
    }
    let unquoted = cur.trim_matches(['"', '\'']);
    if unquoted != cur {
        cur = unquoted.to_owned();
        d.note(
            "it contains quotes, which are part of the value here",
            Some(cur.clone()),
            true,
        );
    }
    if let Some(i) = cur.find("://") {
        let scheme = cur[..i + 3].to_owned();
        let rest = &cur[i + 3..];
        let rest = match rest.split_once('@') {
            Some((user, r)) if !user.contains('/') => r,
            _ => rest,
        }
        .to_owned();
        cur = rest;
        d.note(
            format!("it starts with `{scheme}`, but patterns match module paths, not URLs"),
            Some(cur.clone()),
            true,
        );
    } else if let Some((user, rest)) = cur.split_once('@')
        && !user.contains('/')
        && let Some((host, path)) = rest.split_once(':')
        && !host.contains('/')
        && !path.chars().all(|c| c.is_ascii_digit())
    {
        let fixed = format!("{host}/{}", path.trim_end_matches(".git"));
        let problem = format!("`{user}@{host}:…` is an ssh address, not a module path");
        cur = fixed;
        d.note(problem, Some(cur.clone()), false);
    }
    if let Some(stripped) = cur.strip_suffix("/...") {
        cur = stripped.to_owned();
        d.note(
            "it ends in `/...`, which Go reads literally (a pattern already covers every path below it)",
            Some(cur.clone()),
            true,
        );
    } else if cur.split('/').any(|e| e == "...") {
        d.note("it contains `...`, which Go reads literally", None, true);
    }
    let host = cur.split('/').next().unwrap_or("").to_owned();
    if let Some((h, port)) = host.rsplit_once(':')
        && !port.is_empty()
        && port.chars().all(|c| c.is_ascii_digit())
    {
        cur = format!("{h}{}", &cur[host.len()..]);
        d.note(
            format!("it has the port `:{port}`, which module paths never contain"),
            Some(cur.clone()),
            false,
        );
    }
    let body = cur.strip_suffix('/').unwrap_or(&cur);
    if !body.is_empty() && (body.starts_with('/') || body.contains("//")) {
        let mut collapsed = body
            .split('/')
            .filter(|e| !e.is_empty())
            .collect::<Vec<_>>()
            .join("/");
        if cur.ends_with('/') && !collapsed.is_empty() {
            collapsed.push('/');
        }
        cur = collapsed;
        d.note(
            "it has an empty path element (`//` or a leading `/`)",
            Some(cur.clone()),
            true,
        );
    }
    let host = cur.split('/').next().unwrap_or("").to_owned();
    if host.chars().any(|c| c.is_ascii_uppercase()) && !has_glob(&host) {
        cur = format!("{}{}", host.to_ascii_lowercase(), &cur[host.len()..]);
        d.note(
            "its host has upper-case letters, but matching is case-sensitive and module paths start with a lower-case host",
            Some(cur.clone()),
            true,
        );
    }
    let elems: Vec<&str> = cur.split('/').collect();
    if elems.len() > 1 && elems[0].contains('.') && elems[1..].contains(&elems[0]) {
        let first = elems[0].to_owned();
        let mut seen = false;
        let kept: Vec<&str> = elems
            .iter()
            .copied()
            .filter(|e| {
                if *e == first.as_str() {
                    let keep = !seen;
                    seen = true;
                    keep
                } else {
                    true
                }
            })
            .collect();
        cur = kept.join("/");
        d.note(
            format!("the host `{first}` is written twice"),
            Some(cur.clone()),
            false,
        );
    }
    let glob = cur.strip_suffix('/').unwrap_or(&cur);
    if !glob.is_empty() && glob.split(',').any(|g| path_match(g, "").is_err()) {
        d.note(
            "it is a malformed glob, which Go silently ignores",
            None,
            true,
        );
    }
    d
}

/// Match `glob` against `path` as if `*` and `?` crossed `/` (the common misreading).
fn crossing_match(glob: &str, path: &str) -> bool {
    fn m(p: &[u8], s: &[u8]) -> bool {
        match p.first() {
            None => s.is_empty(),
            Some(b'*') => (0..=s.len()).any(|i| m(&p[1..], &s[i..])),
            Some(b'?') => !s.is_empty() && m(&p[1..], &s[1..]),
            Some(c) => s.first() == Some(c) && m(&p[1..], &s[1..]),
        }
    }
    let glob = glob.strip_suffix('/').unwrap_or(glob);
    if glob.contains(['[', '\\']) {
        return false;
    }
    let bytes = path.as_bytes();
    (0..=bytes.len())
        .filter(|&i| i == bytes.len() || bytes[i] == b'/')
        .any(|i| m(glob.as_bytes(), &bytes[..i]))
}

/// Problems only the requirements reveal: (problem, replacement, requirement).
pub(crate) fn diagnose_against(
    elem: &str,
    list: &str,
    modules: &[String],
) -> Option<(String, Option<String>)> {
    let unmatched: Vec<&String> = modules
        .iter()
        .filter(|m| !match_prefix_patterns(list, m))
        .collect();
    let matches_any = modules.iter().any(|m| glob_matches(elem, m));
    let glob = elem.strip_suffix('/').unwrap_or(elem);
    if let Some(base) = glob.strip_prefix("*.")
        && let Some(m) = unmatched.iter().find(|m| m.split('/').next() == Some(base))
    {
        return Some((
            format!("`*.{base}` matches sub-domains only, not `{base}` itself (required as `{m}`)"),
            Some(format!("{base},{elem}")),
        ));
    }
    if let Some(base) = glob.strip_suffix("/*")
        && !has_glob(base)
        && let Some(m) = unmatched.iter().find(|m| m.as_str() == base)
    {
        return Some((
            format!("`{glob}` matches paths below `{base}`, not the module `{m}` itself"),
            Some(base.to_owned()),
        ));
    }
    if matches_any {
        return None;
    }
    if glob.contains(['*', '?'])
        && let Some(m) = unmatched.iter().find(|m| crossing_match(glob, m))
    {
        return Some((
            format!("`*` and `?` never match `/`, so it does not match `{m}`"),
            None,
        ));
    }
    let lower = glob.to_ascii_lowercase();
    if let Some(m) = unmatched
        .iter()
        .find(|m| glob_matches(&lower, &m.to_ascii_lowercase()))
    {
        let replacement = (!has_glob(glob)).then(|| {
            m.split('/')
                .take(glob.split('/').count())
                .collect::<Vec<_>>()
                .join("/")
        });
        return Some((
            format!("matching is case-sensitive and the module is `{m}`"),
            replacement,
        ));
    }
    None
}

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    for a in model
        .assignments
        .iter()
        .filter(|a| PATTERN_VARIABLES.contains(&a.name.as_str()) && !a.dynamic)
    {
        let readers = model.readers(a);
        if readers.is_empty() {
            continue;
        }
        let mut modules: Vec<String> = readers
            .iter()
            .filter(|c| c.go.is_some() || model.in_private_scope(c))
            .flat_map(|c| model.module_paths_in_scope(c))
            .collect();
        modules.sort();
        modules.dedup();
        let list = a.value.as_ref().map_or("", |v| v.as_str());
        for (range, elem) in model.pattern_elements(a) {
            let d = diagnose(elem);
            let (problems, replacement, safe) = if d.problems.is_empty() {
                match diagnose_against(elem, list, &modules) {
                    Some((p, r)) => (vec![p], r, false),
                    None => continue,
                }
            } else {
                (d.problems, d.replacement, d.safe)
            };
            findings.push(finding(model, a, range, elem, &problems, replacement, safe));
        }
    }
}

fn finding(
    model: &Model<'_>,
    a: &Assignment,
    range: std::ops::Range<usize>,
    elem: &str,
    problems: &[String],
    replacement: Option<String>,
    safe: bool,
) -> Finding {
    let exact = model.exact_value_range(a, range.clone());
    let span = exact.clone().unwrap_or_else(|| model.value_range(a, range));
    let shown = elem.escape_debug().to_string();
    let mut message = format!(
        "{} pattern `{shown}` never matches what it was written for: {}",
        a.name, problems[0]
    );
    for p in &problems[1..] {
        message.push_str("; also ");
        message.push_str(p);
    }
    let mut b = RULE.finding(
        message,
        model.location(a, span, "Go reads this pattern literally"),
    );
    let help = match &replacement {
        Some(r) => format!(
            "write `{r}` instead: Go splits {} on `,` and matches each pattern against the leading path elements of a module path",
            a.name
        ),
        None => format!(
            "rewrite the pattern as a module path prefix such as `git.example.com/team`; {} patterns are `path.Match` globs whose `*` stays within one path element",
            a.name
        ),
    };
    b = b.help(help);
    if let (Some(r), Some(src)) = (replacement, exact) {
        let file = model.file(a);
        if !file.lossy && r != elem {
            b = b.fix(Some(Fix {
                description: format!("replace `{shown}` with `{r}`"),
                applicability: if safe {
                    Applicability::Safe
                } else {
                    Applicability::Unsafe
                },
                edits: vec![Edit {
                    path: file.path.clone(),
                    span: file.span(src.start, src.end),
                    replacement: r,
                }],
            }));
        }
    }
    b.build()
}

#[cfg(test)]
mod tests {
    use crate::report::Applicability;
    use crate::rules::test_support::{apply_fix, check, spanned};

    fn df(value: &str) -> String {
        format!("FROM golang:1.23\nENV GOPRIVATE=\"{value}\"\nRUN go build\n")
    }

    #[test]
    fn spaces_around_commas_with_exact_span_and_safe_fix() {
        let d = df("git.corp.example, github.com/acme");
        let f = check("GPD304", &[("Dockerfile", &d)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(&d, &f[0].primary), " github.com/acme");
        assert_eq!(
            (f[0].primary.span.start_line, f[0].primary.span.start_column),
            (2, 33)
        );
        assert!(
            f[0].message
                .starts_with("GOPRIVATE pattern ` github.com/acme` never matches"),
            "{}",
            f[0].message
        );
        assert!(f[0].message.contains("spaces around it"));
        assert_eq!(f[0].fixes[0].applicability, Applicability::Safe);
        assert_eq!(apply_fix(&d, &f[0]), df("git.corp.example,github.com/acme"));
    }

    #[test]
    fn each_structural_mistake() {
        let cases: &[(&str, &str, &str, Option<&str>, bool)] = &[
            (
                "git.corp.example;github.com/acme",
                "git.corp.example;github.com/acme",
                "`;` as a separator",
                Some("git.corp.example,github.com/acme"),
                true,
            ),
            (
                "git.corp.example github.com/acme",
                "git.corp.example github.com/acme",
                "spaces as a separator",
                Some("git.corp.example,github.com/acme"),
                true,
            ),
            (
                "https://github.com/acme",
                "https://github.com/acme",
                "starts with `https://`",
                Some("github.com/acme"),
                true,
            ),
            (
                "github.com/acme/...",
                "github.com/acme/...",
                "ends in `/...`",
                Some("github.com/acme"),
                true,
            ),
            (
                "git.corp.example:8443",
                "git.corp.example:8443",
                "the port `:8443`",
                Some("git.corp.example"),
                false,
            ),
            (
                "Git.Corp.example/Team",
                "Git.Corp.example/Team",
                "upper-case letters",
                Some("git.corp.example/Team"),
                true,
            ),
            (
                "github.com/[a-",
                "github.com/[a-",
                "malformed glob",
                None,
                true,
            ),
            (
                "github.com//acme",
                "github.com//acme",
                "empty path element",
                Some("github.com/acme"),
                true,
            ),
            (
                "github.com/github.com/acme",
                "github.com/github.com/acme",
                "written twice",
                Some("github.com/acme"),
                false,
            ),
            (
                "git@github.com:acme/private.git",
                "git@github.com:acme/private.git",
                "ssh address",
                Some("github.com/acme/private"),
                false,
            ),
        ];
        for &(value, span, what, fixed, safe) in cases {
            let d = df(value);
            let f = check("GPD304", &[("Dockerfile", &d)]);
            assert_eq!(f.len(), 1, "{value}");
            assert_eq!(spanned(&d, &f[0].primary), span, "{value}");
            assert!(f[0].message.contains(what), "{value}: {}", f[0].message);
            match fixed {
                Some(r) => {
                    assert_eq!(apply_fix(&d, &f[0]), df(r), "{value}");
                    let want = if safe {
                        Applicability::Safe
                    } else {
                        Applicability::Unsafe
                    };
                    assert_eq!(f[0].fixes[0].applicability, want, "{value}");
                }
                None => assert!(f[0].fixes.is_empty(), "{value}"),
            }
        }
    }

    #[test]
    fn crlf_in_go_env_and_quotes() {
        let text = "GOPRIVATE=git.corp.example\r\nGONOSUMDB=\"github.com/acme\"\n";
        let f = check("GPD304", &[("go.env", text)]);
        assert_eq!(f.len(), 2);
        assert_eq!(spanned(text, &f[0].primary), "git.corp.example\r");
        assert!(f[0].message.contains("carriage return"), "{}", f[0].message);
        assert!(f[0].message.contains("`git.corp.example\\r`"));
        assert_eq!(spanned(text, &f[1].primary), "\"github.com/acme\"");
        assert!(f[1].message.contains("quotes"));
        assert_eq!(
            apply_fix(text, &f[1]),
            "GOPRIVATE=git.corp.example\r\nGONOSUMDB=github.com/acme\n"
        );
    }

    #[test]
    fn across_input_kinds() {
        let wf = "jobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      GONOPROXY: git.corp.example, github.com/acme\n    steps:\n      - run: go build\n";
        let f = check("GPD304", &[(".github/workflows/ci.yml", wf)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(wf, &f[0].primary), " github.com/acme");
        let gl = "variables:\n  GOINSECURE: \"https://git.corp.example\"\nbuild:\n  script:\n    - go build\n";
        let f = check("GPD304", &[(".gitlab-ci.yml", gl)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(gl, &f[0].primary), "https://git.corp.example");
        assert!(f[0].message.starts_with("GOINSECURE pattern"));
        let env = "GOPRIVATE=corp.example/...\n";
        let f = check("GPD304", &[(".env", env)]);
        assert_eq!(apply_fix(env, &f[0]), "GOPRIVATE=corp.example\n");
    }

    #[test]
    fn requirements_reveal_star_and_case_mistakes() {
        let go_mod = "module corp.example/app\n\ngo 1.22\n\nrequire (\n\tcorp.example/lib v1.0.0\n\tgithub.com/Acme/tool v1.0.0\n\tgithub.com/team/x/private v1.0.0\n)\n";
        let run = |value: &str| {
            let d = format!(
                "FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum ./\nENV GOPRIVATE={value}\nRUN go mod download\n"
            );
            let f = check(
                "GPD304",
                &[("Dockerfile", &d), ("go.mod", go_mod), ("go.sum", "")],
            );
            (d, f)
        };
        let (d, f) = run("*.corp.example");
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.contains("not `corp.example` itself"),
            "{}",
            f[0].message
        );
        assert!(apply_fix(&d, &f[0]).contains("GOPRIVATE=corp.example,*.corp.example\n"));
        assert_eq!(f[0].fixes[0].applicability, Applicability::Unsafe);
        let (_, f) = run("github.com/acme");
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("case-sensitive"), "{}", f[0].message);
        let (_, f) = run("*/private");
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("never match `/`"), "{}", f[0].message);
        // patterns that do match
        for ok in [
            "corp.example",
            "corp.example/",
            "github.com/Acme",
            "github.com/*",
            "*/*/*/private",
            "corp.example,*.corp.example",
        ] {
            assert!(run(ok).1.is_empty(), "{ok}");
        }
    }

    #[test]
    fn near_misses_do_not_fire() {
        for value in [
            "git.corp.example/team/",
            "*.corp.example,corp.example",
            "github.com/acme*",
            "none",
            "git.corp.example,",
            "github.com/\\\\acme",
        ] {
            let d = df(value);
            assert!(check("GPD304", &[("Dockerfile", &d)]).is_empty(), "{value}");
        }
        for d in [
            // known only at build time
            "FROM golang\nARG P\nENV GOPRIVATE=\"$P, x.example\"\nRUN go build\n",
            // overridden before go runs
            "FROM golang\nENV GOPRIVATE=\"a.example, b.example\"\nENV GOPRIVATE=a.example\nRUN go build\n",
            // a comment
            "FROM golang\n# ENV GOPRIVATE=\"a.example, b.example\"\nRUN go build\n",
            // GOVCS trims its entries: not a pattern list of this rule
            "FROM golang\nENV GOVCS=\"private:git, public:off\"\nRUN go build\n",
        ] {
            assert!(check("GPD304", &[("Dockerfile", d)]).is_empty(), "{d}");
        }
    }
}
