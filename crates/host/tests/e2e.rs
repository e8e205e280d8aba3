//! End to end: the real binary on the fixture repositories under `tests/fixtures`, with a
//! scrubbed environment. Text, JSON and SARIF outputs are snapshots; SARIF also goes through the
//! SARIF multitool with GitHub's rules (`scripts/validate-sarif.sh`).

use std::path::{Path, PathBuf};
use std::process::Command;

const FIXTURES: &[&str] = &["clean", "mirror", "discovery"];

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixture(name: &str) -> PathBuf {
    repo_root().join("tests/fixtures").join(name)
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Run `goproxy-doctor` in `dir` with nothing from the caller's environment.
fn run(dir: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_goproxy-doctor"))
        .args(args)
        .current_dir(dir)
        .env_clear()
        .output()
        .expect("run goproxy-doctor");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn snapshot_settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.add_filter(&regex_escape(env!("CARGO_PKG_VERSION")), "[VERSION]");
    s.set_prepend_module_to_snapshot(false);
    s
}

fn regex_escape(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            if c.is_ascii_alphanumeric() {
                vec![c]
            } else {
                vec!['\\', c]
            }
        })
        .collect()
}

#[test]
fn text_output() {
    for name in FIXTURES {
        let r = run(&fixture(name), &["check"]);
        let shown = format!(
            "exit code: {}\n--- stdout\n{}--- stderr\n{}",
            r.code, r.stdout, r.stderr
        );
        snapshot_settings().bind(|| insta::assert_snapshot!(format!("{name}-text"), shown));
    }
}

#[test]
fn json_output() {
    for name in FIXTURES {
        let r = run(&fixture(name), &["check", "--format", "json"]);
        assert!(r.code == 0 || r.code == 1, "{name}: {}", r.stderr);
        snapshot_settings().bind(|| insta::assert_snapshot!(format!("{name}-json"), r.stdout));
    }
}

#[test]
fn sarif_output_is_stable_and_passes_github_validation() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut files = Vec::new();
    for name in FIXTURES {
        let r = run(&fixture(name), &["check", "--format", "sarif"]);
        assert!(r.code == 0 || r.code == 1, "{name}: {}", r.stderr);
        snapshot_settings().bind(|| insta::assert_snapshot!(format!("{name}-sarif"), r.stdout));
        let path = dir.path().join(format!("{name}.sarif"));
        std::fs::write(&path, &r.stdout).expect("write SARIF");
        files.push(path);
    }
    let status = Command::new(repo_root().join("scripts/validate-sarif.sh"))
        .args(&files)
        .status()
        .expect("run scripts/validate-sarif.sh");
    assert!(
        status.success(),
        "the SARIF multitool reported errors or warnings (see above)"
    );
}

#[test]
fn the_sarif_gate_rejects_a_broken_log() {
    // the validator exits 0 on problems; the gate must not
    let sarif = repo_root().join("tests/sarif");
    let gate = |file: &str| {
        Command::new(repo_root().join("scripts/validate-sarif.sh"))
            .arg(sarif.join(file))
            .output()
            .expect("run scripts/validate-sarif.sh")
    };
    assert!(gate("minimal-valid.sarif").status.success());
    let broken = gate("invalid.sarif");
    assert!(!broken.status.success());
    assert!(String::from_utf8_lossy(&broken.stderr).contains("GH2012"));
}

#[test]
fn the_same_bytes_on_every_run() {
    for format in ["text", "json", "sarif", "github", "markdown"] {
        let a = run(&fixture("mirror"), &["check", "--format", format]);
        let b = run(&fixture("mirror"), &["check", "--format", format]);
        assert_eq!(a.stdout, b.stdout, "{format}");
    }
}

#[test]
fn exit_codes_follow_fail_on() {
    // mirror has errors and warnings, clean has none
    for (name, fail_on, code) in [
        ("mirror", "error", 1),
        ("mirror", "warning", 1),
        ("mirror", "never", 0),
        ("clean", "note", 0),
        ("clean", "error", 0),
    ] {
        let r = run(&fixture(name), &["check", "--fail-on", fail_on]);
        assert_eq!(r.code, code, "{name} --fail-on {fail_on}: {}", r.stderr);
    }
    let r = run(&fixture("clean"), &["check", "does-not-exist"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("does-not-exist"), "{}", r.stderr);
}

#[test]
fn resource_limits_end_the_run_with_a_message_not_a_panic() {
    let r = run(&fixture("mirror"), &["check", "--max-memory-mb", "1"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("goproxy-doctor: error: the checker ran out of memory (cap 1 MiB)"),
        "{}",
        r.stderr
    );
    assert!(r.stdout.is_empty(), "no partial output: {}", r.stdout);
    let r = run(&fixture("mirror"), &["check", "--timeout-secs", "0"]);
    assert_eq!(r.code, 2, "a zero deadline is a usage error: {}", r.stderr);
}

#[test]
fn usage_errors_exit_2() {
    let r = run(
        &fixture("mirror"),
        &["check", "--format", "json", "--format", "sarif"],
    );
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("only one --format can go to standard output"),
        "{}",
        r.stderr
    );
    let r = run(&fixture("mirror"), &["rules", "sumdb"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("did you mean GPD201 sumdb-disabled?"),
        "{}",
        r.stderr
    );
    let r = run(&fixture("mirror"), &["check", "--fail-on", "sometimes"]);
    assert_eq!(r.code, 2);
}

#[test]
fn rules_lists_and_documents() {
    let r = run(&fixture("clean"), &["rules"]);
    assert_eq!(r.code, 0);
    for id in ["GPD103", "GPD201", "GPD701"] {
        assert!(r.stdout.contains(id), "{}", r.stdout);
    }
    let page = run(&fixture("clean"), &["rules", "sumdb-disabled"]);
    let doc = std::fs::read_to_string(repo_root().join("docs/rules/GPD201.md")).expect("rule page");
    assert_eq!(page.stdout, doc);
    let v = run(&fixture("clean"), &["--version"]);
    assert_eq!(
        v.stdout.trim(),
        format!("goproxy-doctor {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn discovery_respects_gitignore_and_skips_vendor_and_node_modules() {
    let r = run(&fixture("discovery"), &["check", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    let paths: Vec<&str> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["primary"]["path"].as_str())
        .collect();
    assert!(!paths.is_empty());
    for p in &paths {
        assert!(
            p.starts_with("services/api/"),
            "{p} should not have been read"
        );
    }
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    // standard output is a pipe here: no colour unless forced
    let plain = run(&fixture("mirror"), &["check"]);
    assert!(!plain.stdout.contains('\u{1b}'));
    let forced = run(&fixture("mirror"), &["check", "--color", "always"]);
    assert!(forced.stdout.contains("\u{1b}["), "{}", forced.stdout);
    // colour never goes into files, even when forced
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("report.txt");
    run(
        &fixture("mirror"),
        &[
            "check",
            "--color",
            "always",
            "--format",
            "text",
            "--output",
            out.to_str().expect("UTF-8 path"),
        ],
    );
    assert!(
        !std::fs::read_to_string(&out)
            .expect("written")
            .contains('\u{1b}')
    );
}

#[test]
fn text_and_sarif_in_one_run() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sarif = dir.path().join("out/results.sarif");
    let r = run(
        &fixture("mirror"),
        &[
            "check",
            "--format",
            "text",
            "--format",
            "sarif",
            "--output",
            sarif.to_str().expect("UTF-8 path"),
        ],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stdout.contains("error[GPD201]"), "{}", r.stdout);
    let alone = run(&fixture("mirror"), &["check", "--format", "sarif"]);
    assert_eq!(
        std::fs::read_to_string(&sarif).expect("SARIF written"),
        alone.stdout
    );
}
