//! Entry points for the fuzz targets (`fuzz/fuzz_targets/*.rs`, one call each) and for the stable
//! test that replays their corpus (`tests/fuzz_corpus.rs`).
//!
//! Each function takes arbitrary bytes, runs one parser (or the whole pipeline) and panics when an
//! invariant breaks, so a fuzzer reports it as a crash:
//! * nothing panics, loops or blows up (the fuzzer's timeout and memory limit catch those);
//! * every source range a parser returns lies inside the text it read and on character
//!   boundaries (found generically: every `start..end` in the `Debug` form of the tree);
//! * every finding's primary and related locations, and every fix edit, lie inside their file,
//!   on character boundaries, with the line/column and lines the file gives for that range;
//!   fixes touch only files read as valid UTF-8, and the edits of one fix do not overlap;
//! * JSON and SARIF output is valid JSON (SARIF 2.1.0 with one run), output is the same bytes
//!   when rendered twice, and the live plan is deterministic and asks only GET/HEAD of `http:`,
//!   `https:` or `file:` URLs without whitespace or control characters. (Go takes any GOPROXY
//!   entry with `:/` as a URL, so `file:` entries and hostless ones like `http:/x` are planned
//!   too, as Go would contact them; the host shows them as not sent, having no origin.)
//!
//! Not part of the supported interface.

use crate::live::{self, Answer, Failure, Probe};
use crate::parse::{
    self, dockerfile, dockerignore, envfile, github_actions, gitlab_ci, goenvfile, gomod, shell,
    yaml,
};
use crate::render::{Format, RenderOptions, render};
use crate::report::{Finding, Location, Report, Span};
use crate::source::SourceFile;
use crate::{Options, analyze, config, model, show_config};

/// Text as the pipeline reads it (invalid UTF-8 becomes U+FFFD).
fn text_of(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// A Dockerfile: parse, then the shell scripts of its RUN instructions.
pub fn dockerfile(data: &[u8]) {
    let text = text_of(data);
    let mut problems = Vec::new();
    let tree = dockerfile::parse(&text, &mut problems);
    check_tree("dockerfile", &text, &tree, &problems);
    for ins in &tree.instructions {
        let script = ins.args.as_str();
        let effects = model::shell::analyze(script, &|n| n.starts_with("GO"));
        check_tree("dockerfile RUN script", script, &effects, &[]);
    }
    let _ = dockerfile::word_ranges(&text, tree.escape);
}

/// A shell script (RUN, CI `run:`/`script:`): the tokenizer and the effects analysis.
pub fn shell(data: &[u8]) {
    let text = text_of(data);
    let (commands, error) = shell::parse(&text);
    check_tree("shell", &text, &commands, &[]);
    if let Some(e) = &error {
        check_offset("shell error", &text, e.at);
    }
    let effects = model::shell::analyze(&text, &|n| n.len() % 2 == 0);
    check_tree("shell effects", &text, &effects, &[]);
}

/// `go.mod`, `go.work` and the lax reading of a dependency's go.mod, by the first byte.
pub fn gomod(data: &[u8]) {
    let (selector, rest) = data.split_first().unwrap_or((&0, &[]));
    let text = text_of(rest);
    let mut problems = Vec::new();
    let tree = match selector % 3 {
        0 => gomod::parse(&text, gomod::ModKind::GoMod, &mut problems),
        1 => gomod::parse(&text, gomod::ModKind::GoWork, &mut problems),
        _ => gomod::parse_lax(&text, &mut problems),
    };
    check_tree("gomod", &text, &tree, &problems);
}

/// Env files: dotenv, `.envrc` and `go.env`, all three on the same text.
pub fn envfile(data: &[u8]) {
    let text = text_of(data);
    for shell in [false, true] {
        let mut problems = Vec::new();
        let tree = envfile::parse(&text, shell, &mut problems);
        check_tree("envfile", &text, &tree, &problems);
    }
    let tree = goenvfile::parse(&text);
    check_tree("go.env", &text, &tree, &[]);
}

/// YAML, read as a GitHub Actions workflow and as a GitLab CI pipeline.
pub fn ci_yaml(data: &[u8]) {
    let text = text_of(data);
    let mut problems = Vec::new();
    let docs = yaml::load(&text, &mut problems);
    check_tree("yaml", &text, &docs, &problems);
    let mut problems = Vec::new();
    let workflow = github_actions::parse(&text, &mut problems);
    check_tree("github actions", &text, &workflow, &problems);
    let mut problems = Vec::new();
    let pipeline = gitlab_ci::parse(&text, &mut problems);
    check_tree("gitlab ci", &text, &pipeline, &problems);
}

/// `.dockerignore`: parse, then match the paths the last line names (one per `|`).
pub fn dockerignore(data: &[u8]) {
    let text = text_of(data);
    let mut problems = Vec::new();
    let tree = dockerignore::parse(&text, &mut problems);
    check_tree("dockerignore", &text, &tree, &problems);
    let last = text.lines().last().unwrap_or("");
    for path in last
        .split('|')
        .chain(["go.mod", "a/go.sum", "vendor/x/y.go"])
    {
        let (_, index) = tree.decision(path);
        if let Some(i) = index {
            assert!(
                i < tree.patterns.len(),
                "decision names pattern {i} of {}",
                tree.patterns.len()
            );
        }
        let _ = tree.excluded(path);
        let _ = tree.has_exceptions();
        for p in &tree.patterns {
            let _ = p.matches(path);
        }
    }
}

/// `.goproxy-doctor.toml`: load, in a subdirectory and at the root; what `--show-config` prints
/// for the root one loads again to the same thing.
pub fn config(data: &[u8]) {
    let nested = SourceFile::new("sub/.goproxy-doctor.toml".into(), data.to_vec());
    if let Ok(config) = config::Config::load(&nested) {
        for path in [
            "sub/go.mod",
            "sub/a/Dockerfile",
            "go.mod",
            "sub/vendor/x/go.mod",
        ] {
            let _ = config.excludes(path);
        }
        let _ = config.to_toml();
    }
    let root = SourceFile::new(".goproxy-doctor.toml".into(), data.to_vec());
    let Ok(config) = config::Config::load(&root) else {
        return;
    };
    let shown = config.to_toml();
    let again = SourceFile::new(".goproxy-doctor.toml".into(), shown.clone().into_bytes());
    // Comments differ (a reloaded severity is explicit, so no longer marked as a default); the
    // values must not.
    let reloaded = match config::Config::load(&again) {
        Ok(reloaded) => reloaded.to_toml(),
        Err(e) => panic!("--show-config output does not load: {e}\n{shown}"),
    };
    let values = |text: &str| match toml::from_str::<toml::Table>(text) {
        Ok(table) => table,
        Err(e) => panic!("--show-config output is not TOML: {e}\n{text}"),
    };
    assert_eq!(
        values(&reloaded),
        values(&shown),
        "--show-config output reads back differently"
    );
}

/// The whole pipeline on several files. The input is
///
/// ```text
/// !no-ignores max-probes=3 slow-ms=10 public-proxy=URL   (optional first line of options)
/// --- path/of/Dockerfile
/// contents…
/// --- .goproxy-doctor.toml                               (becomes the configuration)
/// contents…
/// --- @answer                                            (the body every live probe gets)
/// contents…
/// ```
///
/// The files are analysed and the report rendered in every format; the live plan is made and
/// evaluated against synthetic answers; `--show-config` runs when there is a configuration.
pub fn pipeline(data: &[u8]) {
    let input = split_pipeline_input(data);
    let files = input.files;
    let options = input.options;
    let report = analyze(files.clone(), &options);
    check_report(&files, &options, &report);

    let renders = render_all(&report, true);
    // Rendering again gives the same bytes (the cheap formats: SARIF carries 250 KB of rule
    // metadata, which would halve the fuzzer's speed; tests/properties.rs compares them all).
    for (i, format) in [(0, Format::Text), (1, Format::Json), (3, Format::Github)] {
        assert_eq!(
            renders[i],
            render(&report, format, &RenderOptions::default()),
            "{format:?} rendering is not deterministic"
        );
    }

    if options.config.is_some() {
        let _ = show_config(files.clone(), &options);
    }

    let plan = live::plan(files.clone(), &options);
    check_plan(&files, &options, &plan);
    let pairs: Vec<(Probe, Answer)> = plan
        .iter()
        .enumerate()
        .map(|(i, p)| (p.clone(), synthetic_answer(i, &input.answer)))
        .collect();
    let findings = live::evaluate(&pairs, &options);
    let sources = sources_of(&files, &options);
    for f in &findings {
        check_finding(&sources, f);
    }
    let mut live_report = report;
    live_report.findings.extend(findings);
    live_report.probes = live::results(&pairs);
    render_all(&live_report, false);
}

/// The pipeline input, split.
struct PipelineInput {
    files: Vec<(String, Vec<u8>)>,
    options: Options,
    answer: String,
}

fn split_pipeline_input(data: &[u8]) -> PipelineInput {
    let mut options = Options::default();
    let mut rest = data;
    if rest.first() == Some(&b'!') {
        let end = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
        let line = String::from_utf8_lossy(&rest[1..end]);
        for word in line.split_whitespace() {
            let (key, value) = word.split_once('=').unwrap_or((word, ""));
            match key {
                "no-ignores" => options.no_ignores = true,
                "max-probes" => options.max_probes = value.parse().unwrap_or(0),
                "slow-ms" => options.slow_ms = value.parse().unwrap_or(0),
                "public-proxy" => options.public_proxy = Some(value.to_owned()),
                "public-sumdb" => options.public_sumdb = Some(value.to_owned()),
                "proxy-env" => {
                    let (k, v) = value.split_once('=').unwrap_or((value, ""));
                    options.proxy_env.push((k.to_owned(), v.to_owned()));
                }
                _ => {}
            }
        }
        rest = rest.get(end + 1..).unwrap_or(&[]);
    }
    // Split at lines starting with "--- ": each such line names the file the bytes up to the
    // next one belong to. Bytes before the first header are a Dockerfile.
    let mut pieces: Vec<(String, Vec<u8>)> = Vec::new();
    let mut current = ("Dockerfile".to_owned(), Vec::new());
    let mut at_line_start = true;
    let mut i = 0;
    while i < rest.len() {
        if at_line_start && rest[i..].starts_with(b"--- ") {
            let end = rest[i..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(rest.len(), |p| i + p);
            let path = String::from_utf8_lossy(&rest[i + 4..end])
                .trim_end_matches('\r')
                .to_owned();
            pieces.push(std::mem::replace(&mut current, (path, Vec::new())));
            i = end + 1;
            at_line_start = true;
            continue;
        }
        current.1.push(rest[i]);
        at_line_start = rest[i] == b'\n';
        i += 1;
    }
    pieces.push(current);
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut answer = String::new();
    for (path, bytes) in pieces {
        if path == "@answer" {
            answer = text_of(&bytes);
            continue;
        }
        // The host passes each repository path once, never empty.
        if (path.is_empty() && bytes.is_empty()) || files.iter().any(|(p, _)| *p == path) {
            continue;
        }
        if path.is_empty() {
            continue;
        }
        if path.ends_with(".goproxy-doctor.toml") && options.config.is_none() {
            options.config = Some(path.clone());
        }
        files.push((path, bytes));
    }
    PipelineInput {
        files,
        options,
        answer,
    }
}

/// An answer for the `i`th probe: statuses, failures and timings vary with `i`.
fn synthetic_answer(i: usize, body: &str) -> Answer {
    let failures = [
        Failure::Dns,
        Failure::Refused,
        Failure::ConnectTimeout,
        Failure::ReadTimeout,
        Failure::TlsCertificate,
        Failure::Tls,
        Failure::Protocol,
        Failure::Denied,
        Failure::Other,
    ];
    let statuses = [200, 404, 410, 403, 401, 500, 302, 200];
    let (status, failure) = match i % 3 {
        2 => (None, Some(failures[i / 3 % failures.len()])),
        _ => (Some(statuses[i % statuses.len()]), None),
    };
    Answer {
        status,
        failure,
        detail: if failure.is_some() {
            "connection error".into()
        } else {
            String::new()
        },
        body: body.to_owned(),
        timings: vec![
            ("dns".into(), i as u64),
            ("first-byte".into(), (i * 997) as u64),
        ],
        elapsed_ms: (i as u64).wrapping_mul(1733) % 10_000,
        via: i.is_multiple_of(2).then(|| "direct".to_owned()),
    }
}

/// Every format (SARIF with an automation id when `fancy`, without otherwise), and text with
/// colour when `fancy`; JSON and SARIF checked. In `Format::ALL` order, then coloured text.
fn render_all(report: &Report, fancy: bool) -> Vec<String> {
    let options = RenderOptions {
        color: false,
        automation_id: fancy.then(|| "ci/fuzz/".to_owned()),
    };
    let mut out: Vec<String> = Format::ALL
        .iter()
        .map(|&f| render(report, f, &options))
        .collect();
    check_json_output(Format::Json, &out[1]);
    check_json_output(Format::Sarif, &out[2]);
    if fancy {
        let color = RenderOptions {
            color: true,
            automation_id: None,
        };
        out.push(render(report, Format::Text, &color));
    }
    out
}

/// JSON output parses; SARIF is version 2.1.0 with exactly one run.
pub fn check_json_output(format: Format, text: &str) {
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => panic!("{format:?} output is not JSON: {e}\n{text}"),
    };
    if format == Format::Sarif {
        assert_eq!(value["version"], "2.1.0", "SARIF version");
        let runs = value["runs"].as_array().map_or(0, Vec::len);
        assert_eq!(runs, 1, "SARIF must have one run");
    }
}

/// The files as the checker reads them (excluded paths too: findings never name them).
fn sources_of(files: &[(String, Vec<u8>)], _options: &Options) -> Vec<SourceFile> {
    files
        .iter()
        .map(|(p, b)| SourceFile::new(p.clone(), b.clone()))
        .collect()
}

fn check_report(files: &[(String, Vec<u8>)], options: &Options, report: &Report) {
    let sources = sources_of(files, options);
    for path in &report.files {
        assert!(
            files.iter().any(|(p, _)| p == path),
            "report names a file that was not given: {path:?}"
        );
    }
    for f in &report.findings {
        assert!(
            report.files.contains(&f.primary.path),
            "{} points at a file not analysed: {:?}",
            f.rule,
            f.primary.path
        );
        check_finding(&sources, f);
    }
    let mut seen = std::collections::BTreeSet::new();
    for f in &report.findings {
        assert!(
            seen.insert(&f.fingerprint),
            "two findings share fingerprint {}",
            f.fingerprint
        );
    }
}

/// A finding's locations and fix edits against the files.
pub fn check_finding(sources: &[SourceFile], f: &Finding) {
    for loc in std::iter::once(&f.primary).chain(&f.related) {
        check_location(sources, &f.rule, loc);
    }
    for fix in &f.fixes {
        for (i, e) in fix.edits.iter().enumerate() {
            let file = source(sources, &f.rule, &e.path);
            assert!(
                !file.lossy,
                "{}: a fix edits {}, which is not valid UTF-8",
                f.rule, e.path
            );
            check_span(file, &f.rule, &e.span);
            for other in &fix.edits[..i] {
                if other.path != e.path {
                    continue;
                }
                let (a, b) = (other.span.start, other.span.end);
                let (s, t) = (e.span.start, e.span.end);
                assert!(
                    !(s < b && a < t || s == t && a == b && s == a),
                    "{}: edits of one fix overlap in {}: {a}..{b} and {s}..{t}",
                    f.rule,
                    e.path
                );
            }
        }
    }
}

fn source<'a>(sources: &'a [SourceFile], rule: &str, path: &str) -> &'a SourceFile {
    match sources.iter().find(|s| s.path == path) {
        Some(s) => s,
        None => panic!("{rule}: points at {path:?}, which is not an input"),
    }
}

fn check_location(sources: &[SourceFile], rule: &str, loc: &Location) {
    let file = source(sources, rule, &loc.path);
    check_span(file, rule, &loc.span);
    let expected = file.location(
        file.text_offset(loc.span.start as usize),
        file.text_offset(loc.span.end as usize),
        "",
    );
    assert_eq!(
        loc.lines, expected.lines,
        "{rule}: the lines of {}:{} are not the file's",
        loc.path, loc.span.start_line
    );
}

fn check_span(file: &SourceFile, rule: &str, span: &Span) {
    // spans are offsets of the file on disk; for a file that is not valid UTF-8 they differ
    // from offsets in its text
    let (start, end) = (
        file.text_offset(span.start as usize),
        file.text_offset(span.end as usize),
    );
    assert!(
        start <= end && end <= file.text.len(),
        "{rule}: span {start}..{end} outside {} ({} bytes)",
        file.path,
        file.text.len()
    );
    assert!(
        file.text.is_char_boundary(start) && file.text.is_char_boundary(end),
        "{rule}: span {start}..{end} of {} splits a character",
        file.path
    );
    let expected = file.span(start, end);
    assert_eq!(
        *span, expected,
        "{rule}: line/column of {start}..{end} in {} are wrong",
        file.path
    );
}

fn check_plan(files: &[(String, Vec<u8>)], options: &Options, plan: &[Probe]) {
    let sources = sources_of(files, options);
    let limit = match options.max_probes {
        0 => live::DEFAULT_MAX_PROBES,
        n => n,
    } as usize;
    assert!(plan.len() <= limit, "{} probes, limit {limit}", plan.len());
    for (i, p) in plan.iter().enumerate() {
        assert_eq!(
            p.id,
            format!("probe-{}", i + 1),
            "probe ids are in plan order"
        );
        assert!(
            p.method == "GET" || p.method == "HEAD",
            "probe method {:?}",
            p.method
        );
        assert!(
            ["https:", "http:", "file:"]
                .iter()
                .any(|scheme| p.url.starts_with(scheme))
                && !p.url.chars().any(|c| c.is_whitespace() || c.is_control()),
            "probe URL {:?}",
            p.url
        );
        for loc in p.origin.iter().chain(&p.command) {
            check_location(&sources, &p.id, loc);
        }
    }
    let again = live::plan(files.to_vec(), options);
    assert_eq!(plan, again.as_slice(), "the live plan is not deterministic");
}

/// Every `start..end` in the `Debug` form of `tree` (outside string and char literals) is a
/// range of `text`: in bounds, ordered, on character boundaries; so is every problem's range.
pub fn check_tree(what: &str, text: &str, tree: &dyn std::fmt::Debug, problems: &[parse::Problem]) {
    let debug = format!("{tree:?}");
    for (start, end) in debug_ranges(&debug) {
        check_range(what, text, start, end);
    }
    for p in problems {
        if let Some(r) = &p.range {
            check_range(what, text, r.start, r.end);
        }
    }
}

fn check_range(what: &str, text: &str, start: usize, end: usize) {
    assert!(
        start <= end && end <= text.len(),
        "{what}: range {start}..{end} outside the text ({} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what}: range {start}..{end} splits a character"
    );
}

fn check_offset(what: &str, text: &str, at: usize) {
    check_range(what, text, at, at);
}

/// The `a..b` ranges in a `Debug` rendering, skipping string and char literals (whose `Debug`
/// form escapes quotes, so a literal's end is found exactly).
pub fn debug_ranges(debug: &str) -> Vec<(usize, usize)> {
    let b = debug.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let number = |from: usize| {
        let len = b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
        (len > 0).then(|| (debug[from..from + len].parse::<usize>().ok(), from + len))
    };
    while i < b.len() {
        match b[i] {
            q @ (b'"' | b'\'') => {
                i += 1;
                while i < b.len() && b[i] != q {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            c if c.is_ascii_digit()
                && (i == 0
                    || !(b[i - 1].is_ascii_alphanumeric()
                        || b[i - 1] == b'.'
                        || b[i - 1] == b'_')) =>
            {
                let Some((start, after)) = number(i) else {
                    i += 1;
                    continue;
                };
                i = after;
                if b[i..].starts_with(b"..")
                    && let Some((end, after)) = number(i + 2)
                {
                    if let (Some(s), Some(e)) = (start, end) {
                        out.push((s, e));
                    }
                    i = after;
                }
            }
            _ => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_ranges_finds_ranges_outside_literals() {
        #[derive(Debug)]
        #[allow(dead_code)]
        struct T {
            a: std::ops::Range<usize>,
            b: Option<std::ops::Range<usize>>,
            s: String,
            c: char,
            v: Vec<std::ops::Range<usize>>,
            x1: u32,
        }
        let t = T {
            a: 3..7,
            b: Some(0..0),
            s: "1..2 \"9..9\" '5..6'".into(),
            c: '\'',
            v: vec![10..12, 13..14],
            x1: 44,
        };
        assert_eq!(
            debug_ranges(&format!("{t:?}")),
            vec![(3, 7), (0, 0), (10, 12), (13, 14)]
        );
    }

    #[test]
    #[should_panic(expected = "splits a character")]
    fn a_range_inside_a_character_is_caught() {
        check_tree("t", "é", &(1usize..2usize), &[]);
    }

    #[test]
    fn pipeline_input_splits_into_files_options_and_answer() {
        let input = split_pipeline_input(
            b"!no-ignores max-probes=3\nFROM x\n--- go.mod\nmodule a\n--- .goproxy-doctor.toml\n[rules]\n--- @answer\nbody\n--- go.mod\ndup\n",
        );
        assert!(input.options.no_ignores);
        assert_eq!(input.options.max_probes, 3);
        assert_eq!(
            input.options.config.as_deref(),
            Some(".goproxy-doctor.toml")
        );
        let paths: Vec<&str> = input.files.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(paths, ["Dockerfile", "go.mod", ".goproxy-doctor.toml"]);
        assert_eq!(input.files[1].1, b"module a\n");
        assert_eq!(input.answer, "body\n");
    }
}
