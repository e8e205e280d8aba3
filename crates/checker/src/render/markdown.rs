//! A Markdown report (GitHub job summaries, PR comments): findings grouped by rule.

use std::collections::BTreeMap;

use super::{Counts, plural, rule_url};
use crate::report::{Finding, Report};

pub(super) fn render(report: &Report) -> String {
    let counts = Counts::of(report);
    let mut out = String::from("## goproxy-doctor\n\n");
    let files = plural(report.files.len(), "file", "files");
    if counts.total() == 0 {
        out.push_str(&format!("No problems found in {files}.\n"));
    } else {
        out.push_str(&format!(
            "Found **{}** ({}) in {files}.\n\n",
            plural(counts.total(), "problem", "problems"),
            counts.describe()
        ));
        let mut by_rule: BTreeMap<(&str, &str), Vec<&Finding>> = BTreeMap::new();
        for f in &report.findings {
            by_rule
                .entry((f.rule.as_str(), f.name.as_str()))
                .or_default()
                .push(f);
        }
        out.push_str("| Rule | Findings |\n| --- | ---: |\n");
        for ((id, name), list) in &by_rule {
            out.push_str(&format!(
                "| [{id} {name}]({}) | {} |\n",
                rule_url(id),
                list.len()
            ));
        }
        for ((id, name), list) in &by_rule {
            out.push_str(&format!("\n### [{id} {name}]({})\n\n", rule_url(id)));
            out.push_str("| Severity | Location | Message |\n| --- | --- | --- |\n");
            for f in list {
                let s = &f.primary.span;
                out.push_str(&format!(
                    "| {} | `{}:{}:{}` | {} |\n",
                    f.severity.as_str(),
                    cell(&f.primary.path),
                    s.start_line,
                    s.start_column,
                    cell(&f.message)
                ));
            }
        }
    }
    if !report.diagnostics.is_empty() {
        out.push_str("\n### Inputs not fully read\n\n");
        for d in &report.diagnostics {
            out.push_str(&format!("- `{}`: {}\n", cell(&d.path), cell(&d.message)));
        }
    }
    out
}

/// Text safe inside a table cell.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}
