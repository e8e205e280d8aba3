//! rustc/ruff-style terminal output.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::{Counts, plural, rule_url};
use crate::report::{Applicability, Finding, Location, Report, Severity};

pub(super) fn render(report: &Report, color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for d in &report.diagnostics {
        let what = if d.skipped {
            "skipped"
        } else {
            "read with problems"
        };
        let title = format!("{}: {what}: {}", d.path, d.message);
        out.push_str(&renderer.render(&[Group::with_title(Level::WARNING.primary_title(title))]));
        out.push_str("\n\n");
    }
    for f in &report.findings {
        out.push_str(&renderer.render(&[finding_group(f)]));
        out.push_str("\n\n");
    }
    out.push_str(&summary(report));
    out.push('\n');
    out
}

fn level(s: Severity) -> Level<'static> {
    match s {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Note => Level::NOTE,
    }
}

fn finding_group(f: &Finding) -> Group<'_> {
    let mut group = level(f.severity)
        .primary_title(f.message.as_str())
        .id(f.rule.as_str())
        .id_url(rule_url(&f.rule))
        .element(snippet(&f.primary, AnnotationKind::Primary));
    for r in &f.related {
        group = group.element(snippet(r, AnnotationKind::Context));
    }
    if let Some(help) = &f.help {
        group = group.element(Level::HELP.message(help.as_str()));
    }
    for fix in &f.fixes {
        let how = match fix.applicability {
            Applicability::Safe => "safe fix",
            Applicability::Unsafe => "unsafe fix",
            Applicability::DisplayOnly => "suggestion",
        };
        group = group.element(Level::NOTE.message(format!("{how}: {}", fix.description)));
    }
    group
}

/// The excerpt of a location, credentials masked, with the span moved onto the masked text.
fn snippet(loc: &Location, kind: AnnotationKind) -> Snippet<'_, annotate_snippets::Annotation<'_>> {
    let original = loc.lines.join("\n");
    let start = byte_at(&loc.lines, 0, loc.span.start_column);
    let last = loc.span.end_line.saturating_sub(loc.span.start_line) as usize;
    let end = if last < loc.lines.len() {
        byte_at(&loc.lines, last, loc.span.end_column)
    } else {
        original.len()
    };
    let masked = crate::redact::mask(&original);
    let (start, mut end) = (masked.start(start), masked.end(end));
    let source = masked.text;
    if end <= start {
        // point at one character for an empty span
        end = source[start..]
            .chars()
            .next()
            .map_or(start, |c| start + c.len_utf8());
    }
    Snippet::source(source)
        .line_start(loc.span.start_line as usize)
        .path(loc.path.as_str())
        .annotation(kind.span(start..end).label(loc.label.as_str()))
}

/// Byte offset in `lines.join("\n")` of 1-based character `column` of line `line`.
fn byte_at(lines: &[String], line: usize, column: u32) -> usize {
    let before: usize = lines[..line].iter().map(|l| l.len() + 1).sum();
    let text = &lines[line];
    let within = text
        .char_indices()
        .nth(column.saturating_sub(1) as usize)
        .map_or(text.len(), |(i, _)| i);
    before + within
}

fn summary(report: &Report) -> String {
    let counts = Counts::of(report);
    let files = plural(report.files.len(), "file", "files");
    let mut s = match counts.total() {
        0 => format!("No problems found in {files}."),
        n => format!(
            "Found {} ({}) in {files}.",
            plural(n, "problem", "problems"),
            counts.describe()
        ),
    };
    // one input may have several diagnostics
    let mut inputs: Vec<&str> = report.diagnostics.iter().map(|d| d.path.as_str()).collect();
    inputs.sort_unstable();
    inputs.dedup();
    if !inputs.is_empty() {
        s.push_str(&format!(
            " {} could not be read fully.",
            plural(inputs.len(), "input", "inputs")
        ));
    }
    s
}
