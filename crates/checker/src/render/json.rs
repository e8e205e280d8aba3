//! Machine-readable output: the report, plus counts and rule URLs.

use serde::Serialize;

use super::{Counts, rule_url};
use crate::report::{FetchRoute, Finding, InputDiagnostic, ProbeResult, Report};

#[derive(Serialize)]
struct Output<'a> {
    tool: &'static str,
    version: &'a str,
    files: usize,
    summary: Counts,
    findings: Vec<JsonFinding<'a>>,
    diagnostics: &'a [InputDiagnostic],
    routes: &'a [FetchRoute],
    #[serde(skip_serializing_if = "<[ProbeResult]>::is_empty")]
    probes: &'a [ProbeResult],
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    #[serde(flatten)]
    finding: &'a Finding,
    url: String,
}

pub(super) fn render(report: &Report) -> String {
    let out = Output {
        tool: "goproxy-doctor",
        version: &report.tool_version,
        files: report.files.len(),
        summary: Counts::of(report),
        findings: report
            .findings
            .iter()
            .map(|f| JsonFinding {
                finding: f,
                url: rule_url(&f.rule),
            })
            .collect(),
        diagnostics: &report.diagnostics,
        routes: &report.routes,
        probes: &report.probes,
    };
    let mut s =
        serde_json::to_string_pretty(&out).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}
