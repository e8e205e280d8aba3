//! A Markdown report (GitHub job summaries, PR comments): findings grouped by rule.

use std::collections::BTreeMap;

use super::{Counts, plural, rule_url};
use crate::report::{FetchRoute, Finding, ProbeResult, Report};

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
    routes(report, &mut out);
    if !report.diagnostics.is_empty() {
        out.push_str("\n### Inputs not fully read\n\n");
        for d in &report.diagnostics {
            out.push_str(&format!("- `{}`: {}\n", cell(&d.path), cell(&d.message)));
        }
    }
    out
}

/// At most this many diagrams (a summary has to stay readable and under GitHub's 1 MiB).
const MAX_DIAGRAMS: usize = 20;

/// "How modules are fetched": a Mermaid diagram per build context, identical routes merged.
fn routes(report: &Report, out: &mut String) {
    if report.routes.is_empty() {
        return;
    }
    // contexts with the same route share a diagram
    let mut groups: Vec<(String, Vec<&FetchRoute>)> = Vec::new();
    for r in &report.routes {
        let key = diagram(r, &report.probes);
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, list)) => list.push(r),
            None => groups.push((key, vec![r])),
        }
    }
    out.push_str("\n### How modules are fetched\n");
    for (diagram, list) in groups.iter().take(MAX_DIAGRAMS) {
        let first = list[0];
        let more = match list.len() {
            1 => String::new(),
            n => format!(" and {} more with the same route", n - 1),
        };
        out.push_str(&format!(
            "\n<details><summary><code>{}:{}</code> {}{more}</summary>\n\n```mermaid\n{diagram}```\n",
            html(&first.path),
            first.line,
            html(&first.context),
        ));
        if !first.unknown.is_empty() {
            out.push_str(&format!(
                "\nKnown only when the build runs: {}.\n",
                first.unknown.join(", ")
            ));
        }
        out.push_str("\n</details>\n");
    }
    if groups.len() > MAX_DIAGRAMS {
        out.push_str(&format!(
            "\n{} more routes are in `--format json`.\n",
            groups.len() - MAX_DIAGRAMS
        ));
    }
}

/// What the live checks measured for an endpoint (`404 · 120 ms`), from the first probe whose
/// URL is under `base`.
fn measured(probes: &[ProbeResult], base: &str) -> Option<String> {
    let under = |url: &str| {
        url.strip_prefix(base)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '?']))
    };
    let p = probes.iter().find(|p| under(&p.url))?;
    let outcome = match (&p.status, &p.failure) {
        (Some(status), _) => status.to_string(),
        (None, Some(failure)) => failure.clone(),
        (None, None) => "no answer".to_owned(),
    };
    Some(format!("{outcome} · {} ms", p.elapsed_ms))
}

/// A Mermaid flowchart of one route: direct patterns, the proxy chain with what falls through,
/// and where checksums are checked; with `--live`, what each endpoint answered and how fast.
fn diagram(r: &FetchRoute, probes: &[ProbeResult]) -> String {
    let mut d = String::from("flowchart LR\n");
    let go = match &r.go_release {
        Some(release) => format!("go ({release})"),
        None => "go".to_owned(),
    };
    d.push_str(&format!("  go([\"{}\"])\n", label(&go)));
    if !r.direct_patterns.is_empty() {
        d.push_str(&format!(
            "  go -- \"{}\" --> private[\"direct (VCS)\"]\n",
            label(&format!("GONOPROXY {}", r.direct_patterns.join(",")))
        ));
    }
    if let Some(e) = &r.proxy_error {
        d.push_str(&format!(
            "  go --> err[\"{}\"]\n",
            label(&format!("GOPROXY error: {e}"))
        ));
    }
    let mut from = "go".to_owned();
    let mut edge = String::new();
    for (i, hop) in r.hops.iter().enumerate() {
        let node = format!("h{i}");
        let text = match hop.target.as_str() {
            "direct" => "direct (VCS)".to_owned(),
            "off" => "off: no download".to_owned(),
            url => match measured(probes, url) {
                Some(m) => format!("{url}<br/>{m}"),
                None => url.to_owned(),
            },
        };
        let arrow = if edge.is_empty() {
            " --> ".to_owned()
        } else {
            format!(" -- \"{}\" --> ", label(&edge))
        };
        d.push_str(&format!("  {from}{arrow}{node}[\"{}\"]\n", label(&text)));
        from = node;
        edge = hop.next_on.clone();
    }
    let db_base = match r.checksum_db.split_once(" at ") {
        Some((_, url)) => url.to_owned(),
        None => format!("https://{}", r.checksum_db),
    };
    let (via, db) = if r.checksum_db == "off" {
        ("GOSUMDB=off".to_owned(), "checksums not checked".to_owned())
    } else if r.no_checksum_patterns.is_empty() {
        ("checksums".to_owned(), r.checksum_db.clone())
    } else {
        (
            format!(
                "checksums, except GONOSUMDB {}",
                r.no_checksum_patterns.join(",")
            ),
            r.checksum_db.clone(),
        )
    };
    let db = match measured(probes, &db_base) {
        Some(m) if r.checksum_db != "off" => format!("{db}<br/>{m}"),
        _ => db,
    };
    d.push_str(&format!(
        "  go -. \"{}\" .-> sumdb[(\"{}\")]\n",
        label(&via),
        label(&db)
    ));
    d
}

/// Text safe inside a quoted Mermaid label (`<br/>` is kept as the line break it is).
fn label(s: &str) -> String {
    s.split("<br/>")
        .map(|part| {
            part.replace('"', "#quot;")
                .replace('<', "#lt;")
                .replace('>', "#gt;")
                .replace('\n', " ")
        })
        .collect::<Vec<_>>()
        .join("<br/>")
}

/// Text safe inside HTML (the `<summary>` line).
fn html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('`', "")
}

/// Text safe inside a table cell.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}
