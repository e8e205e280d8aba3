//! SARIF 2.1.0 for GitHub code scanning. The end-to-end tests validate it with the SARIF
//! multitool's `Sarif;Ghas` rules (scripts/validate-sarif.sh): no error, no warning.

use serde_json::{Value, json};

use super::rule_url;
use crate::report::{Finding, Location, Report, RuleInfo, Severity, Span};

/// Where the project lives (SARIF `informationUri`).
const INFORMATION_URI: &str = "https://github.com/goproxy-doctor/goproxy-doctor";
const SRCROOT: &str = "%SRCROOT%";

pub(super) fn render(report: &Report, automation_id: Option<&str>) -> String {
    let rules = crate::rules::infos();
    let results: Vec<Value> = report.findings.iter().map(|f| result(f, &rules)).collect();
    let automation_id = match automation_id.map(str::trim).filter(|s| !s.is_empty()) {
        Some(id) if id.ends_with('/') => id.to_owned(),
        Some(id) => format!("{id}/"),
        None => "goproxy-doctor/".to_owned(),
    };
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "goproxy-doctor",
                    "fullName": "goproxy-doctor: Go module download configuration checker",
                    "version": report.tool_version,
                    "semanticVersion": report.tool_version,
                    "informationUri": INFORMATION_URI,
                    "rules": rules.iter().map(rule).collect::<Vec<_>>(),
                }
            },
            "automationDetails": { "id": automation_id },
            "originalUriBaseIds": {
                SRCROOT: { "description": { "text": "The root of the repository that was checked." } }
            },
            "columnKind": "unicodeCodePoints",
            "invocations": [invocation(report)],
            "results": results,
        }]
    });
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_default();
    s.push('\n');
    s
}

/// The run itself: it completed, and each input diagnostic (a file skipped, or read only in
/// part) is a tool execution notification, so that code scanning shows what was not analysed.
fn invocation(report: &Report) -> Value {
    let notifications: Vec<Value> = report
        .diagnostics
        .iter()
        .map(|d| {
            let (level, what) = if d.skipped {
                ("warning", "Not analysed")
            } else {
                ("note", "Read with problems")
            };
            json!({
                "level": level,
                "message": { "text": sentence(&format!("{what}: {}: {}", d.path, d.message)) },
                "locations": [{ "physicalLocation": { "artifactLocation": artifact(&d.path) } }],
                "descriptor": { "id": if d.skipped { "input-skipped" } else { "input-diagnostic" } },
            })
        })
        .collect();
    json!({
        "executionSuccessful": true,
        "toolExecutionNotifications": notifications,
    })
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

/// A sentence: capitalised, ending with a period (SARIF's style for plain-text messages).
fn sentence(s: &str) -> String {
    let mut chars = s.chars();
    let mut out: String = match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    };
    if !out.ends_with(['.', '?', '!']) {
        out.push('.');
    }
    out
}

fn rule(r: &RuleInfo) -> Value {
    let mut properties = json!({
        "tags": r.tags,
        "precision": r.precision,
    });
    if let Some(score) = &r.security_severity {
        properties["security-severity"] = json!(score);
    }
    json!({
        "id": r.id,
        "name": pascal_case(&r.name),
        "shortDescription": { "text": sentence(&r.short_description) },
        "fullDescription": { "text": sentence(&r.full_description) },
        "help": { "text": r.help_markdown, "markdown": r.help_markdown },
        "helpUri": rule_url(&r.id),
        "defaultConfiguration": { "level": level(r.default_severity) },
        "properties": properties,
    })
}

/// SARIF rule names are identifiers: `sumdb-disabled` → `SumdbDisabled`.
fn pascal_case(name: &str) -> String {
    name.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

fn result(f: &Finding, rules: &[RuleInfo]) -> Value {
    let mut result = json!({
        "ruleId": f.rule,
        "level": level(f.severity),
        "message": { "text": message(f) },
        "locations": [{ "physicalLocation": physical(&f.primary) }],
        "partialFingerprints": { "goproxyDoctorFingerprint/v1": f.fingerprint },
    });
    if let Some(index) = rules.iter().position(|r| r.id == f.rule) {
        result["ruleIndex"] = json!(index);
    }
    if !f.related.is_empty() {
        result["relatedLocations"] = f
            .related
            .iter()
            .enumerate()
            .map(|(i, l)| json!({ "id": i + 1, "physicalLocation": physical(l), "message": { "text": sentence(&l.label) } }))
            .collect();
    }
    if !f.fixes.is_empty() {
        result["fixes"] = f
            .fixes
            .iter()
            .map(|fix| {
                json!({
                    "description": { "text": sentence(&fix.description) },
                    "artifactChanges": fix.edits.iter().map(|e| json!({
                        "artifactLocation": artifact(&e.path),
                        "replacements": [{
                            "deletedRegion": region(&e.span),
                            "insertedContent": { "text": e.replacement },
                        }],
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
    }
    result
}

fn message(f: &Finding) -> String {
    let mut m = sentence(&f.message);
    if let Some(help) = &f.help {
        m.push_str(" Help: ");
        m.push_str(&sentence(help));
    }
    m
}

fn physical(l: &Location) -> Value {
    let mut region = region(&l.span);
    region["snippet"] = json!({ "text": spanned_text(l) });
    let last_line = l.span.start_line + u32::try_from(l.lines.len()).unwrap_or(1).saturating_sub(1);
    json!({
        "artifactLocation": artifact(&l.path),
        "region": region,
        "contextRegion": {
            "startLine": l.span.start_line,
            "endLine": last_line.max(l.span.start_line),
            "snippet": { "text": crate::redact::redact(&l.lines.join("\n")) },
        },
    })
}

/// The text the span covers, cut out of the location's lines by column, credentials masked.
fn spanned_text(l: &Location) -> String {
    let text = l.lines.join("\n");
    let offset = |line: u32, column: u32| -> usize {
        let index = line.saturating_sub(l.span.start_line) as usize;
        let before: usize = l.lines.iter().take(index).map(|x| x.len() + 1).sum();
        let within = l.lines.get(index).map_or(0, |x| {
            x.char_indices()
                .nth(column.saturating_sub(1) as usize)
                .map_or(x.len(), |(i, _)| i)
        });
        (before + within).min(text.len())
    };
    let start = offset(l.span.start_line, l.span.start_column);
    let end = offset(l.span.end_line, l.span.end_column).max(start);
    let masked = crate::redact::mask(&text);
    let (start, end) = (masked.start(start), masked.end(end));
    masked.text[start..end.max(start)].to_owned()
}

/// A repository-relative path is relative to `%SRCROOT%`; a path outside the checked tree is an
/// absolute `file:` URI.
fn artifact(path: &str) -> Value {
    if path.starts_with('/') {
        json!({ "uri": format!("file://{}", uri(path)) })
    } else {
        json!({ "uri": uri(path), "uriBaseId": SRCROOT })
    }
}

fn region(s: &Span) -> Value {
    json!({
        "startLine": s.start_line,
        "startColumn": s.start_column,
        "endLine": s.end_line,
        "endColumn": s.end_column,
    })
}

/// A relative URI reference for a repository path: every byte outside RFC 3986's unreserved
/// set and `/` is percent-encoded.
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        assert_eq!(pascal_case("sumdb-disabled"), "SumdbDisabled");
        assert_eq!(uri("a b/é#.env"), "a%20b/%C3%A9%23.env");
        assert_eq!(sentence("x is wrong"), "X is wrong.");
        assert_eq!(sentence("did you mean `A`?"), "Did you mean `A`?");
    }
}
