//! `check --fix` and `check --diff`: apply the checker's fixes to the files in memory, again
//! until nothing more applies (a fix can make another one possible), then write the changed
//! files or print them as a unified diff.
//!
//! A fix is applied whole or not at all: one whose edits overlap an edit already chosen in the
//! same round waits for the next round, when the checker has seen the result.

use std::collections::BTreeMap;

use goproxy_doctor_checker::redact::redact;

use crate::runtime::{Applicability, Finding, Options, Report, Session, SourceFile};

/// Rounds of analyse-and-fix before giving up on reaching a fixed point.
const MAX_ROUNDS: usize = 10;

/// A fix that was applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Applied {
    pub path: String,
    pub line: u32,
    pub rule: String,
    pub description: String,
}

/// The outcome of fixing: the files with the fixes applied, what was applied, and the report
/// of the final contents.
pub(crate) struct Fixed {
    pub files: Vec<SourceFile>,
    pub applied: Vec<Applied>,
    pub report: Report,
}

pub(crate) async fn fix(
    session: &mut Session,
    mut files: Vec<SourceFile>,
    options: &Options,
    unsafe_fixes: bool,
) -> Result<Fixed, String> {
    let mut applied = Vec::new();
    for _ in 0..MAX_ROUNDS {
        let report = session.analyze(&files, options.clone()).await?;
        let round = apply_round(&mut files, &report.findings, unsafe_fixes);
        if round.is_empty() {
            return Ok(Fixed {
                files,
                applied,
                report,
            });
        }
        applied.extend(round);
    }
    let report = session.analyze(&files, options.clone()).await?;
    Ok(Fixed {
        files,
        applied,
        report,
    })
}

/// Apply every fix of `findings` that is allowed and does not overlap one chosen before it.
fn apply_round(files: &mut [SourceFile], findings: &[Finding], unsafe_fixes: bool) -> Vec<Applied> {
    // path → chosen edits (start, end, replacement)
    let mut chosen: BTreeMap<String, Vec<(usize, usize, String)>> = BTreeMap::new();
    let mut applied = Vec::new();
    for f in findings {
        let Some(fix) = f.fixes.iter().find(|x| match x.applicability {
            Applicability::Safe => true,
            Applicability::Unsafe => unsafe_fixes,
            Applicability::DisplayOnly => false,
        }) else {
            continue;
        };
        if fix.edits.is_empty()
            || fix
                .edits
                .iter()
                .any(|e| !files.iter().any(|file| file.path == e.path))
        {
            continue;
        }
        let overlaps = fix.edits.iter().any(|e| {
            let (s, t) = (e.span.start as usize, e.span.end as usize);
            chosen.get(&e.path).is_some_and(|list| {
                list.iter()
                    .any(|&(a, b, _)| s < b && a < t || (s == t && s == a) || (a == b && a == s))
            })
        });
        if overlaps {
            continue;
        }
        for e in &fix.edits {
            chosen.entry(e.path.clone()).or_default().push((
                e.span.start as usize,
                e.span.end as usize,
                e.replacement.clone(),
            ));
        }
        applied.push(Applied {
            path: f.primary.path.clone(),
            line: f.primary.span.start_line,
            rule: f.rule.clone(),
            description: fix.description.clone(),
        });
    }
    for (path, mut edits) in chosen {
        let Some(file) = files.iter_mut().find(|f| f.path == path) else {
            continue;
        };
        edits.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
        for (start, end, replacement) in edits {
            if start <= end && end <= file.contents.len() {
                file.contents.splice(start..end, replacement.into_bytes());
            }
        }
    }
    applied
}

/// A unified diff of every file whose contents changed (`--diff`), credentials masked in the
/// lines it shows (the fixes themselves write the right bytes).
pub(crate) fn diff(before: &[SourceFile], after: &[SourceFile]) -> String {
    let mut out = String::new();
    for new in after {
        let Some(old) = before.iter().find(|f| f.path == new.path) else {
            continue;
        };
        if old.contents == new.contents {
            continue;
        }
        let old_text = String::from_utf8_lossy(&old.contents);
        let new_text = String::from_utf8_lossy(&new.contents);
        let diff = similar::TextDiff::from_lines(old_text.as_ref(), new_text.as_ref());
        let text = diff
            .unified_diff()
            .context_radius(3)
            .header(&format!("a/{}", new.path), &format!("b/{}", new.path))
            .missing_newline_hint(true)
            .to_string();
        out.push_str(&mask_diff(&text));
    }
    out
}

/// A unified diff with the credentials of each line masked, read without its `+`/`-`/` `
/// prefix (so that `-ENV TOKEN value` is read as the line it was).
fn mask_diff(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (head, rest) = match line.chars().next() {
            Some(c @ ('+' | '-' | ' ')) => line.split_at(c.len_utf8()),
            _ => ("", line),
        };
        out.push_str(head);
        out.push_str(&redact(rest));
    }
    out
}

/// What was fixed, for standard error: one line per fix, then a total.
pub(crate) fn summary(applied: &[Applied], written: bool) -> String {
    let mut out = String::new();
    let verb = if written { "fixed" } else { "would fix" };
    for a in applied {
        out.push_str(&format!(
            "{verb} {}:{}: {} {}\n",
            a.path, a.line, a.rule, a.description
        ));
    }
    let files: std::collections::BTreeSet<&str> = applied.iter().map(|a| a.path.as_str()).collect();
    out.push_str(&format!(
        "{verb} {} finding{} in {} file{}",
        applied.len(),
        if applied.len() == 1 { "" } else { "s" },
        files.len(),
        if files.len() == 1 { "" } else { "s" },
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::{Edit, Fix, Location, Severity, Span};

    fn span(start: u32, end: u32) -> Span {
        Span {
            start,
            end,
            start_line: 1,
            start_column: start + 1,
            end_line: 1,
            end_column: end + 1,
        }
    }

    fn finding(rule: &str, applicability: Applicability, edits: &[(u32, u32, &str)]) -> Finding {
        Finding {
            rule: rule.into(),
            name: String::new(),
            severity: Severity::Warning,
            message: String::new(),
            primary: Location {
                path: "f".into(),
                span: span(0, 0),
                label: String::new(),
                lines: Vec::new(),
            },
            related: Vec::new(),
            help: None,
            fixes: vec![Fix {
                description: format!("fix {rule}"),
                applicability,
                edits: edits
                    .iter()
                    .map(|&(s, e, r)| Edit {
                        path: "f".into(),
                        span: span(s, e),
                        replacement: r.into(),
                    })
                    .collect(),
            }],
            fingerprint: String::new(),
        }
    }

    #[test]
    fn applies_allowed_non_overlapping_fixes_whole() {
        let mut files = vec![SourceFile {
            path: "f".into(),
            contents: b"0123456789".to_vec(),
        }];
        let findings = [
            finding("A", Applicability::Safe, &[(0, 2, "ab"), (8, 10, "")]),
            finding("B", Applicability::Safe, &[(1, 3, "X")]), // overlaps A: next round
            finding("C", Applicability::Unsafe, &[(4, 5, "U")]),
            finding("D", Applicability::DisplayOnly, &[(5, 6, "D")]),
            finding("E", Applicability::Safe, &[(6, 6, "+")]),
        ];
        let applied = apply_round(&mut files, &findings, false);
        assert_eq!(
            applied.iter().map(|a| a.rule.as_str()).collect::<Vec<_>>(),
            ["A", "E"]
        );
        assert_eq!(files[0].contents, b"ab2345+67");
        let mut files = vec![SourceFile {
            path: "f".into(),
            contents: b"0123456789".to_vec(),
        }];
        let applied = apply_round(&mut files, &findings[2..], true);
        assert_eq!(applied.len(), 2);
        assert_eq!(files[0].contents, b"0123U5+6789");
    }

    #[test]
    fn diff_and_summary() {
        let before = [SourceFile {
            path: "Dockerfile".into(),
            contents: b"FROM golang\nENV GOSUMDB=off\nRUN go build\n".to_vec(),
        }];
        let after = [SourceFile {
            path: "Dockerfile".into(),
            contents: b"FROM golang\nRUN go build\n".to_vec(),
        }];
        assert_eq!(
            diff(&before, &after),
            "--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,3 +1,2 @@\n FROM golang\n-ENV GOSUMDB=off\n RUN go build\n"
        );
        assert_eq!(diff(&before, &before), "");
        // the lines shown are masked, the fixed file keeps its bytes
        let before = [SourceFile {
            path: "Dockerfile".into(),
            contents:
                b"FROM golang\nENV NPM_TOKEN s3cr3t-value\nENV GOPROXY=https://u:pw9@p.example\n"
                    .to_vec(),
        }];
        let after = [SourceFile {
            path: "Dockerfile".into(),
            contents: b"FROM golang\nENV NPM_TOKEN s3cr3t-value\nENV GOPROXY=https://p.example\n"
                .to_vec(),
        }];
        assert_eq!(
            diff(&before, &after),
            "--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,3 +1,3 @@\n FROM golang\n ENV NPM_TOKEN xxxxx\n-ENV GOPROXY=https://u:xxxxx@p.example\n+ENV GOPROXY=https://p.example\n"
        );
        let applied = [Applied {
            path: "Dockerfile".into(),
            line: 2,
            rule: "GPD201".into(),
            description: "remove `GOSUMDB=off`".into(),
        }];
        assert_eq!(
            summary(&applied, true),
            "fixed Dockerfile:2: GPD201 remove `GOSUMDB=off`\nfixed 1 finding in 1 file"
        );
    }
}
