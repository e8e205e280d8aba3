use std::collections::HashMap;

use super::{Rule, edit_fix};
use crate::model::goenv::{KNOWN_VARIABLES, NOT_GO_VARIABLES, REPORTED_ONLY, is_known};
use crate::model::{Assignment, Model, Origin};
use crate::parse::Parsed;
use crate::report::{Applicability, Finding, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD701",
    name: "unknown-go-variable",
    family: "consistency",
    severity: Severity::Warning,
    security_severity: None,
    summary: "a GO-prefixed variable that Go never reads",
    tags: &["correctness", "typo"],
    precision: "high",
    check,
    docs: r#"Finds variables that look like Go settings but that Go never reads: misspellings
(`GOPROXYS`, `GOPRVIATE`), wrong case (`goproxy`), invented names (`GO_PROXY`), and names widely
copied from blog posts (`GONOSUMCHECK`, `GONOVERIFY`). It suggests the setting that was meant.

## Why it matters
Go silently ignores environment variables it does not know, so the setting the author believed
in never takes effect: `GONOSUMCHECK=1` does not skip any check, `GO_PROXY=…` leaves the default
proxy in place, and the build fails (or leaks private module paths to the public proxy) far from
the line that caused it. Names are case-sensitive, and `go env -w` refuses unknown names, but a
Dockerfile `ENV`, a CI variable or an env file accepts anything.

## Example
```dockerfile
FROM golang:1.23
ENV GO_PROXY=https://proxy.corp.example \
    GONOSUMCHECK=git.corp.example
```

## Use instead
```dockerfile
FROM golang:1.23
ENV GOPROXY=https://proxy.corp.example \
    GONOSUMDB=git.corp.example
```

## Fix safety
Renaming a misspelled variable is offered as an unsafe fix: it makes the setting take effect,
which changes what the build does. Invented names get no fix: what they should become depends on
what was meant.

## Go behaviour
The go command reads the variables in `internal/cfg.KnownEnv` (`go help environment`); the
runtime reads GOGC, GOMAXPROCS, GOMEMLIMIT, GOTRACEBACK and GODEBUG, and programs built with
`-race` or `-cover` read GORACE and GOCOVERDIR. Nothing else starting with `GO` has any effect on
Go itself. No released Go has read `GONOSUMCHECK`. See go-semantics §1.2 and §4.4.
"#,
};

/// Variables one would set on purpose: the candidates for "did you mean".
fn suggestible() -> impl Iterator<Item = &'static str> {
    KNOWN_VARIABLES
        .iter()
        .copied()
        .filter(|k| !REPORTED_ONLY.contains(k))
}

#[derive(Clone)]
enum Verdict {
    /// A misspelling of `to`: renaming fixes it.
    Typo { to: &'static str, why: String },
    /// A name that never existed; `meant` is what does the job.
    Invented {
        meant: &'static str,
        why: &'static str,
    },
}

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    // names repeat across files and stages: judge each once
    let mut verdicts: HashMap<&str, Option<Verdict>> = HashMap::new();
    for a in &model.assignments {
        let verdict = verdicts
            .entry(a.name.as_str())
            .or_insert_with(|| judge(&a.name));
        if let Some(v) = verdict {
            findings.push(finding(model, a, v.clone()));
        }
    }
}

fn judge(name: &str) -> Option<Verdict> {
    let upper = name.to_ascii_uppercase();
    if !upper.starts_with("GO") || is_known(name) {
        return None;
    }
    if let Some(&(_, meant, why)) = NOT_GO_VARIABLES.iter().find(|(n, _, _)| *n == upper) {
        return Some(Verdict::Invented { meant, why });
    }
    if let Some(&to) = KNOWN_VARIABLES.iter().find(|k| **k == upper) {
        return Some(Verdict::Typo {
            to,
            why: "environment variable names are case-sensitive".into(),
        });
    }
    let squashed = upper.replace('_', "");
    if let Some(to) = suggestible().find(|k| k.replace('_', "") == squashed) {
        return Some(Verdict::Typo {
            to,
            why: "Go's variable names have no underscores".into(),
        });
    }
    let limit = if upper.len() <= 6 { 1 } else { 2 };
    suggestible()
        .filter(|k| k.len().abs_diff(upper.len()) <= limit)
        .map(|k| (distance(&upper, k), k))
        .filter(|&(d, _)| d <= limit)
        .min()
        .map(|(_, to)| Verdict::Typo {
            to,
            why: "it looks like a misspelling".into(),
        })
}

/// `go env -w NAME=…` in a script (not an entry of a go env file): the command itself fails.
fn go_env_w_fails(model: &Model<'_>, a: &Assignment) -> String {
    let in_script = a.origin == Origin::GoEnvWrite
        && !matches!(model.parsed.get(a.file), Some(Parsed::GoEnv(_)));
    if in_script {
        format!(
            " (`go env -w` fails with `go: unknown go command variable {}`)",
            a.name
        )
    } else {
        String::new()
    }
}

fn finding(model: &Model<'_>, a: &Assignment, verdict: Verdict) -> Finding {
    let location = model.location(a, a.name_range.clone(), "Go never reads this");
    let fails = go_env_w_fails(model, a);
    match verdict {
        Verdict::Typo { to, why } => RULE
            .finding(
                format!(
                    "`{}` is not a Go setting{fails}: did you mean `{to}`?",
                    a.name
                ),
                location,
            )
            .help(format!(
                "rename it to `{to}`: {why}, and Go ignores names it does not know"
            ))
            .fix(edit_fix(
                model,
                a,
                a.name_range.clone(),
                to,
                format!("rename `{}` to `{to}`", a.name),
                Applicability::Unsafe,
            ))
            .build(),
        Verdict::Invented { meant, why } => RULE
            .finding(
                format!("`{}` is not a Go setting{fails}: {why}", a.name),
                location,
            )
            .help(format!(
                "use `{meant}` for what this was meant to do, or delete it"
            ))
            .build(),
    }
}

/// Optimal string alignment distance (Levenshtein plus adjacent transpositions), with three
/// rolling rows.
fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur: Vec<usize> = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            cur[j] = best;
        }
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::{apply_fix, check, spanned};

    fn suggestion(name: &str) -> Option<&'static str> {
        judge(name).map(|v| match v {
            Verdict::Typo { to, .. } | Verdict::Invented { meant: to, .. } => to,
        })
    }

    #[test]
    fn suggestions() {
        for (name, want) in [
            ("GONOSUMCHECK", "GONOSUMDB"),
            ("GONOVERIFY", "GONOSUMDB"),
            ("GO_PROXY", "GOPROXY"),
            ("GO_PRIVATE", "GOPRIVATE"),
            ("GOPROXYS", "GOPROXY"),
            ("GOPRVIATE", "GOPRIVATE"),
            ("GOSUMBD", "GOSUMDB"),
            ("goproxy", "GOPROXY"),
            ("GoPrivate", "GOPRIVATE"),
            ("GOFLAG", "GOFLAGS"),
            ("GOPROXY_URL", "GOPROXY"),
        ] {
            assert_eq!(suggestion(name), Some(want), "{name}");
        }
    }

    #[test]
    fn real_and_unrelated_names_are_left_alone() {
        for name in [
            "GOPROXY",
            "GOFLAGS",
            "GOMEMLIMIT",
            "GOLANG_VERSION",
            "GO_VERSION",
            "GOOGLE_APPLICATION_CREDENTIALS",
            "GORELEASER_KEY",
            "GOLANGCI_LINT_CACHE",
            "GOPROXY_TOKEN",
            "HTTP_PROXY",
            "GO_EXTLINK_ENABLED",
            "GOVERSION",
        ] {
            assert!(judge(name).is_none(), "{name}");
        }
    }

    #[test]
    fn end_to_end_with_span_and_fix() {
        let df = "FROM golang\nENV GO_PROXY=https://proxy.corp.example GONOSUMCHECK=1\n";
        let f = check("GPD701", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 2);
        assert_eq!(spanned(df, &f[0].primary), "GO_PROXY");
        assert_eq!(
            f[0].message,
            "`GO_PROXY` is not a Go setting: did you mean `GOPROXY`?"
        );
        assert_eq!(
            apply_fix(df, &f[0]),
            "FROM golang\nENV GOPROXY=https://proxy.corp.example GONOSUMCHECK=1\n"
        );
        assert_eq!(spanned(df, &f[1].primary), "GONOSUMCHECK");
        assert!(f[1].fixes.is_empty());
        // ARG names and env files too
        assert_eq!(
            check("GPD701", &[("Dockerfile", "ARG GOPRIVTE\nFROM x\n")]).len(),
            1
        );
        assert_eq!(
            check("GPD701", &[(".env", "export GOSUMBD=off\n")]).len(),
            1
        );
    }

    /// `go env -w` refuses names it does not know (tests/quoted_errors.rs, every Go release).
    #[test]
    fn go_env_w_of_an_unknown_name_fails() {
        let df = "FROM golang:1.22\nRUN go env -w GONOSUMCHECK=1 goproxy=off\n";
        let f = check("GPD701", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 2);
        assert_eq!(
            f[0].message,
            "`GONOSUMCHECK` is not a Go setting (`go env -w` fails with `go: unknown go command variable GONOSUMCHECK`): no Go release has ever read it (it is copied from blog posts and generated configs)"
        );
        assert_eq!(
            f[1].message,
            "`goproxy` is not a Go setting (`go env -w` fails with `go: unknown go command variable goproxy`): did you mean `GOPROXY`?"
        );
        // a go env file is read, not written: Go ignores the entry
        let f = check("GPD701", &[("go.env", "GONOSUMCHECK=1\n")]);
        assert_eq!(f.len(), 1);
        assert!(!f[0].message.contains("go env -w"), "{}", f[0].message);
    }

    #[test]
    fn distance_basics() {
        assert_eq!(distance("GOPROXY", "GOPROXY"), 0);
        assert_eq!(distance("GOPRXOY", "GOPROXY"), 1);
        assert_eq!(distance("GOPROXYS", "GOPROXY"), 1);
        assert_eq!(distance("", "ABC"), 3);
        assert_eq!(distance("ABC", ""), 3);
        assert_eq!(distance("GOSUMBD", "GOSUMDB"), 1);
        assert_eq!(distance("GOPROXY", "GONOPROXY"), 2);
    }
}
