use super::*;
use crate::{Options, analyze};

const DOCKERFILE: &str = "FROM golang:1.23 AS build\nENV GOPROXY=https://goproxy.cn,direct,https://proxy.golang.org \\\n    GOSUMDB=off\nENV GO_PRIVATE=git.example.com\nRUN go mod download\n";

fn report() -> Report {
    analyze(
        vec![
            ("Dockerfile".into(), DOCKERFILE.as_bytes().to_vec()),
            (".env".into(), b"GONOSUMCHECK=1\n".to_vec()),
        ],
        &Options::default(),
    )
}

fn plain() -> RenderOptions {
    RenderOptions::default()
}

#[test]
fn text_is_rustc_style() {
    let out = render(&report(), Format::Text, &plain());
    insta::assert_snapshot!(out);
}

#[test]
fn text_colour_only_when_asked() {
    let r = report();
    assert!(!render(&r, Format::Text, &plain()).contains('\u{1b}'));
    let colored = RenderOptions {
        color: true,
        ..plain()
    };
    assert!(render(&r, Format::Text, &colored).contains('\u{1b}'));
}

#[test]
fn github_annotations() {
    let out = render(&report(), Format::Github, &plain());
    insta::assert_snapshot!(out);
}

#[test]
fn markdown_groups_by_rule() {
    insta::assert_snapshot!(render(&report(), Format::Markdown, &plain()));
}

#[test]
fn every_format_is_deterministic_whatever_the_finding_order() {
    let r = report();
    let mut shuffled = r.clone();
    shuffled.findings.reverse();
    for format in Format::ALL {
        assert_eq!(
            render(&r, format, &plain()),
            render(&shuffled, format, &plain()),
            "{format:?}"
        );
    }
}

#[test]
fn sarif_has_what_code_scanning_needs() {
    let sarif: serde_json::Value =
        serde_json::from_str(&render(&report(), Format::Sarif, &plain())).expect("valid JSON");
    let run = &sarif["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    assert_eq!(rules.len(), crate::rules::infos().len());
    for result in run["results"].as_array().expect("results") {
        let index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        let region = &result["locations"][0]["physicalLocation"]["region"];
        assert!(region["startColumn"].as_u64().expect("column") >= 1);
        assert!(result["partialFingerprints"]["goproxyDoctorFingerprint/v1"].is_string());
    }
    let gpd201 = rules.iter().find(|r| r["id"] == "GPD201").expect("GPD201");
    assert_eq!(gpd201["properties"]["security-severity"], "7.5");
    assert_eq!(run["automationDetails"]["id"], "goproxy-doctor/");
    let categorised = RenderOptions {
        automation_id: Some("docker".into()),
        ..plain()
    };
    let sarif: serde_json::Value =
        serde_json::from_str(&render(&report(), Format::Sarif, &categorised)).expect("valid JSON");
    assert_eq!(sarif["runs"][0]["automationDetails"]["id"], "docker/");
}

#[test]
fn sarif_reports_inputs_not_analysed_as_notifications() {
    let mut r = analyze(
        vec![
            ("Dockerfile".into(), DOCKERFILE.as_bytes().to_vec()),
            ("bin.env".into(), b"GOSUMDB=off\0\n".to_vec()),
            ("latin1.env".into(), b"# caf\xe9\nGOPROXY=direct\n".to_vec()),
        ],
        &Options::default(),
    );
    r.diagnostics.push(crate::InputDiagnostic {
        path: "big.env".into(),
        message: "over the size limit".into(),
        skipped: true,
    });
    let sarif: serde_json::Value =
        serde_json::from_str(&render(&r, Format::Sarif, &plain())).expect("valid JSON");
    let invocation = &sarif["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], true);
    let notes = invocation["toolExecutionNotifications"]
        .as_array()
        .expect("notifications");
    let seen: Vec<(&str, &str, &str)> = notes
        .iter()
        .map(|n| {
            (
                n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    .as_str()
                    .unwrap_or(""),
                n["level"].as_str().unwrap_or(""),
                n["descriptor"]["id"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert!(
        seen.contains(&("big.env", "warning", "input-skipped")),
        "{seen:?}"
    );
    assert!(
        seen.contains(&("bin.env", "warning", "input-skipped")),
        "{seen:?}"
    );
    assert!(
        seen.contains(&("latin1.env", "note", "input-diagnostic")),
        "{seen:?}"
    );
    // and a clean run has an invocation without notifications
    let clean = analyze(vec![], &Options::default());
    let sarif: serde_json::Value =
        serde_json::from_str(&render(&clean, Format::Sarif, &plain())).expect("valid JSON");
    assert_eq!(
        sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"],
        serde_json::json!([])
    );
}

#[test]
fn fingerprints_survive_lines_moving() {
    let moved = format!("# a comment\n\n{DOCKERFILE}");
    let a = analyze(
        vec![("Dockerfile".into(), DOCKERFILE.as_bytes().to_vec())],
        &Options::default(),
    );
    let b = analyze(
        vec![("Dockerfile".into(), moved.into_bytes())],
        &Options::default(),
    );
    let fp = |r: &Report| {
        r.findings
            .iter()
            .map(|f| f.fingerprint.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(fp(&a), fp(&b));
    assert_ne!(
        a.findings[0].primary.span.start_line,
        b.findings[0].primary.span.start_line
    );
}

#[test]
fn json_has_counts_and_findings() {
    let v: serde_json::Value =
        serde_json::from_str(&render(&report(), Format::Json, &plain())).expect("JSON");
    assert_eq!(v["summary"]["errors"], 1);
    assert_eq!(v["files"], 2);
    assert_eq!(v["findings"][0]["primary"]["span"]["start_line"], 1);
}

#[test]
fn markdown_diagrams_show_what_live_probes_measured() {
    let mut r = report();
    r.probes = vec![
        crate::report::ProbeResult {
            id: "probe-1".into(),
            url: "https://goproxy.cn/golang.org/x/text/@v/list".into(),
            status: Some(404),
            failure: None,
            elapsed_ms: 120,
            via: None,
        },
        crate::report::ProbeResult {
            id: "probe-2".into(),
            url: "https://sum.golang.org/latest".into(),
            status: None,
            failure: Some("the connection was refused".into()),
            elapsed_ms: 3,
            via: None,
        },
    ];
    let out = render(&r, Format::Markdown, &plain());
    assert!(
        out.contains("h0[\"https://goproxy.cn<br/>404 · 120 ms\"]"),
        "{out}"
    );
    assert!(
        out.contains("sumdb[(\"sum.golang.org<br/>the connection was refused · 3 ms\")]"),
        "{out}"
    );
    assert!(
        out.contains("sumdb[(\"checksums not checked\")]"),
        "GOSUMDB=off: nothing measured there"
    );
    let json = render(&r, Format::Json, &plain());
    assert!(json.contains("\"probes\""));
    assert!(!render(&report(), Format::Json, &plain()).contains("\"probes\""));
}
