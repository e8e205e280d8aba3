//! Suppressions: `# goproxy-doctor: ignore[GPD201] reason` (or `// …` in go.mod) on the line
//! before the flagged one or, where the format has end-of-line comments (env files, YAML,
//! go.mod; not Dockerfiles), at the end of the flagged line itself (a finding on a continuation line of
//! the next instruction counts too), and `[[ignore]]` entries of the configuration by path or
//! `path:line`. Rule ids and rule names both work; several may be listed, separated by commas.
//! An ignore that hides nothing is itself reported (GPD001, with a fix that removes it).

use std::ops::Range;

use crate::config::{Config, rule_id};
use crate::report::{Applicability, Edit, Finding, Fix};
use crate::rules::unused_ignore::RULE as UNUSED;
use crate::source::SourceFile;

/// One ignore comment.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Comment {
    /// Index of the file.
    file: usize,
    /// 1-based line of the comment.
    line: u32,
    /// The last line it covers (the next line, and its continuation lines).
    last_line: u32,
    /// The rules as written, with their ranges.
    rules: Vec<(String, Range<usize>)>,
    /// From the comment marker (`#`, `//`) to the end of the line.
    comment: Range<usize>,
    /// The whole line (with its terminator) when the comment is alone on it.
    own_line: Option<Range<usize>>,
    /// Inside the brackets.
    list: Range<usize>,
}

const MARKER: &str = "goproxy-doctor:";

/// The ignore comments of a file.
fn comments(index: usize, file: &SourceFile) -> Vec<Comment> {
    use crate::parse::FileKind;
    let text = &file.text;
    // Dockerfiles and .dockerignore have whole-line comments only: `ENV A=b # x` is not one
    let trailing_allowed = !matches!(
        FileKind::detect(&file.path),
        Some(FileKind::Dockerfile | FileKind::DockerIgnore)
    );
    let mut out = Vec::new();
    let mut start = 0;
    let lines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .map(|l| {
            let at = start;
            start += l.len();
            (at, l)
        })
        .collect();
    for (i, &(line_start, raw)) in lines.iter().enumerate() {
        let line = raw.trim_end_matches(['\n', '\r']);
        let Some(at) = line.find(MARKER) else {
            continue;
        };
        let before = line[..at].trim_end();
        let marker_len = if before.ends_with("//") {
            2
        } else if before.ends_with('#') {
            1
        } else {
            continue;
        };
        let comment_start = line_start + before.len() - marker_len;
        let rest_at = at + MARKER.len();
        let rest = &line[rest_at..];
        let skipped = rest.len() - rest.trim_start().len();
        let Some(inner) = rest.trim_start().strip_prefix("ignore[") else {
            continue;
        };
        let Some(close) = inner.find(']') else {
            continue;
        };
        let list_start = line_start + rest_at + skipped + "ignore[".len();
        let list = list_start..list_start + close;
        let mut rules = Vec::new();
        let mut offset = list.start;
        for part in text[list.clone()].split(',') {
            let trimmed = part.trim();
            if !trimmed.is_empty() {
                let lead = part.len() - part.trim_start().len();
                rules.push((
                    trimmed.to_owned(),
                    offset + lead..offset + lead + trimmed.len(),
                ));
            }
            offset += part.len() + 1;
        }
        // the next line, and the continuation lines of the instruction it starts
        let mut last = i + 1;
        while last < lines.len() && lines[last].1.trim_end_matches(['\n', '\r']).ends_with('\\') {
            last += 1;
        }
        let own_line = before[..before.len() - marker_len].trim().is_empty();
        if !own_line && !trailing_allowed {
            continue;
        }
        out.push(Comment {
            file: index,
            line: crate::source::to_u32(i + 1),
            last_line: crate::source::to_u32(last + 1),
            rules,
            comment: comment_start..line_start + line.len(),
            own_line: own_line.then(|| line_start..line_start + raw.len()),
            list,
        });
    }
    out
}

fn names(written: &str, f: &Finding) -> bool {
    written.eq_ignore_ascii_case(&f.rule) || written == f.name
}

/// Drop the findings the ignores cover. With `report_unused`, add a GPD001 finding for each
/// ignore that hid nothing (live rules are judged only in a live run: never here).
pub(crate) fn apply(
    files: &[SourceFile],
    config: &Config,
    no_ignores: bool,
    report_unused: bool,
    findings: &mut Vec<Finding>,
) {
    if no_ignores {
        return;
    }
    let by_path: std::collections::HashMap<&str, usize> = files
        .iter()
        .enumerate()
        .map(|(i, f)| (f.path.as_str(), i))
        .collect();
    let comments: Vec<Comment> = files
        .iter()
        .enumerate()
        .filter(|(_, f)| f.text.contains(MARKER))
        .flat_map(|(i, f)| comments(i, f))
        .collect();
    // used[c][r]: rule r of comment c hid something
    let mut used: Vec<Vec<bool>> = comments
        .iter()
        .map(|c| vec![false; c.rules.len()])
        .collect();
    let mut config_used = vec![false; config.ignore.len()];
    findings.retain(|f| {
        let line = f.primary.span.start_line;
        let file = by_path.get(f.primary.path.as_str()).copied();
        let mut hidden = false;
        for (c, comment) in comments.iter().enumerate() {
            if Some(comment.file) != file || line < comment.line || line > comment.last_line {
                continue;
            }
            for (r, (written, _)) in comment.rules.iter().enumerate() {
                if names(written, f) {
                    used[c][r] = true;
                    hidden = true;
                }
            }
        }
        for (k, ig) in config.ignore.iter().enumerate() {
            if ig.path == f.primary.path
                && ig.line.is_none_or(|l| l == line)
                && ig.rules.iter().any(|r| r == &f.rule)
            {
                config_used[k] = true;
                hidden = true;
            }
        }
        !hidden
    });
    if !report_unused || !config.enabled(UNUSED.id) {
        return;
    }
    let judged = |written: &str| match rule_id(written) {
        None => true,
        Some(id) => !id.starts_with("GPD8") && config.enabled(&id),
    };
    for (c, comment) in comments.iter().enumerate() {
        let file = &files[comment.file];
        let unused: Vec<usize> = (0..comment.rules.len())
            .filter(|&r| !used[c][r] && judged(&comment.rules[r].0))
            .collect();
        if unused.is_empty() {
            continue;
        }
        let all = unused.len() == comment.rules.len();
        for &r in &unused {
            let (written, range) = &comment.rules[r];
            let message = match rule_id(written) {
                None => format!("`{written}` names no rule, so this ignore hides nothing"),
                Some(id) if id.eq_ignore_ascii_case(written) => {
                    format!("this ignore of {id} hides no finding")
                }
                Some(id) => format!("this ignore of {id} (`{written}`) hides no finding"),
            };
            let fix = if file.lossy {
                None
            } else if all {
                let range = comment.own_line.clone().unwrap_or_else(|| {
                    // a trailing comment: remove it with the blanks before it
                    let before = file.text[..comment.comment.start].trim_end().len();
                    before..comment.comment.end
                });
                Some(Fix {
                    description: "remove the ignore comment".into(),
                    applicability: Applicability::Safe,
                    edits: vec![Edit {
                        path: file.path.clone(),
                        span: file.span(range.start, range.end),
                        replacement: String::new(),
                    }],
                })
            } else {
                let kept: Vec<&str> = (0..comment.rules.len())
                    .filter(|k| !unused.contains(k))
                    .map(|k| comment.rules[k].0.as_str())
                    .collect();
                Some(Fix {
                    description: format!("keep only {}", kept.join(", ")),
                    applicability: Applicability::Safe,
                    edits: vec![Edit {
                        path: file.path.clone(),
                        span: file.span(comment.list.start, comment.list.end),
                        replacement: kept.join(", "),
                    }],
                })
            };
            findings.push(
                UNUSED
                    .finding(
                        message,
                        file.location(range.start, range.end, "ignored here"),
                    )
                    .help("remove it, or move it to the line of the finding it is meant for (`--no-ignores` shows what ignores hide)")
                    .fix(fix)
                    .build(),
            );
        }
    }
    let config_file = config
        .path
        .as_deref()
        .and_then(|p| by_path.get(p))
        .map(|&i| &files[i]);
    for (k, ig) in config.ignore.iter().enumerate() {
        if config_used[k] || !ig.rules.iter().any(|r| judged(r)) {
            continue;
        }
        let Some(file) = config_file else { continue };
        let place = match ig.line {
            Some(l) => format!("{}:{l}", ig.path),
            None => ig.path.clone(),
        };
        findings.push(
            UNUSED
                .finding(
                    format!(
                        "the configured ignore of {} at `{place}` hides no finding",
                        ig.rules.join(", ")
                    ),
                    file.location(ig.range.start, ig.range.end, "ignored here"),
                )
                .help("remove the entry, or correct its path and line")
                .build(),
        );
    }
}

#[cfg(test)]
mod tests;
