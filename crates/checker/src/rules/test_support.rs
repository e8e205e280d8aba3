//! Helpers for rule tests: run the whole pipeline on inline files.

use crate::{Finding, Options};

/// Analyze `files` and keep the findings of `rule`.
pub(crate) fn check(rule: &str, files: &[(&str, &str)]) -> Vec<Finding> {
    let files = files
        .iter()
        .map(|(p, t)| ((*p).to_owned(), t.as_bytes().to_vec()))
        .collect();
    crate::analyze(files, &Options::default())
        .findings
        .into_iter()
        .filter(|f| f.rule == rule)
        .collect()
}

/// The text a location points at.
pub(crate) fn spanned<'a>(text: &'a str, f: &crate::Location) -> &'a str {
    &text[f.span.start as usize..f.span.end as usize]
}

/// Apply the first fix of a finding to `text`.
pub(crate) fn apply_fix(text: &str, f: &Finding) -> String {
    let mut out = text.to_owned();
    let mut edits = f.fixes[0].edits.clone();
    edits.sort_by_key(|e| std::cmp::Reverse(e.span.start));
    for e in edits {
        out.replace_range(e.span.start as usize..e.span.end as usize, &e.replacement);
    }
    out
}
