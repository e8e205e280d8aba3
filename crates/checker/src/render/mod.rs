//! Renderers. They know nothing of rules beyond their metadata.

mod github;
mod json;
mod markdown;
mod sarif;
mod text;

use crate::report::{Report, Severity};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Sarif,
    Github,
    Markdown,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Text,
        Format::Json,
        Format::Sarif,
        Format::Github,
        Format::Markdown,
    ];
}

#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// ANSI colours (text only).
    pub color: bool,
    /// SARIF `automationDetails.id`; "goproxy-doctor/" when absent.
    pub automation_id: Option<String>,
}

/// Render `report`. The findings are put in their canonical order first, so that the output is
/// the same bytes whatever order a host passes them in.
pub fn render(report: &Report, format: Format, options: &RenderOptions) -> String {
    let mut report = report.clone();
    crate::report::sort_and_fingerprint(&mut report.findings);
    report
        .diagnostics
        .sort_by(|a, b| (&a.path, &a.message).cmp(&(&b.path, &b.message)));
    // A host may add diagnostics and probe results of its own: mask again (idempotent).
    // Source lines are masked where they are shown (text and SARIF excerpts).
    crate::redact::report(&mut report);
    if matches!(format, Format::Json | Format::Sarif) {
        // these formats show fixes' replacement text: a fix that would carry a credential is
        // left out (`--fix` and `--diff` still apply it, the text format names it)
        for f in &mut report.findings {
            let carries = |fix: &crate::report::Fix| {
                fix.edits
                    .iter()
                    .any(|e| crate::redact::fix_carries_secret(f, &e.replacement))
            };
            let kept: Vec<_> = f.fixes.iter().filter(|x| !carries(x)).cloned().collect();
            f.fixes = kept;
        }
    }
    match format {
        Format::Text => text::render(&report, options.color),
        Format::Json => json::render(&report),
        Format::Sarif => sarif::render(&report, options.automation_id.as_deref()),
        Format::Github => github::render(&report),
        Format::Markdown => markdown::render(&report),
    }
}

/// The rule page URL.
pub(crate) fn rule_url(id: &str) -> String {
    format!("{}/{id}.md", crate::rules::DOCS_BASE)
}

/// Counts by severity.
#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub(crate) struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
}

impl Counts {
    pub(crate) fn of(report: &Report) -> Counts {
        let mut c = Counts::default();
        for f in &report.findings {
            match f.severity {
                Severity::Error => c.errors += 1,
                Severity::Warning => c.warnings += 1,
                Severity::Note => c.notes += 1,
            }
        }
        c
    }

    pub(crate) fn total(self) -> usize {
        self.errors + self.warnings + self.notes
    }

    /// "2 errors, 1 warning".
    pub(crate) fn describe(self) -> String {
        let mut parts = Vec::new();
        for (n, one, many) in [
            (self.errors, "error", "errors"),
            (self.warnings, "warning", "warnings"),
            (self.notes, "note", "notes"),
        ] {
            if n > 0 {
                parts.push(format!("{n} {}", if n == 1 { one } else { many }));
            }
        }
        parts.join(", ")
    }
}

pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests;
