//! The command line's contract, end to end: the real binary in a temporary directory with a
//! scrubbed environment (only PATH, plus what a test sets).

mod support;

use support::binary::{Run, run, run_with_env, write};

/// A repository where every candidate file has one GPD201 error.
fn repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad_dockerfile = "FROM golang:1.23\nENV GOSUMDB=off\n";
    for rel in [
        "Dockerfile",
        "services/api/Dockerfile",
        "vendor/example.com/x/Dockerfile",
        "node_modules/y/Dockerfile",
        ".git/Dockerfile",
        "build/Dockerfile",
    ] {
        write(dir.path(), rel, bad_dockerfile);
    }
    write(dir.path(), "deploy/.env", "GOSUMDB=off\n");
    write(dir.path(), ".gitignore", "build/\n");
    write(dir.path(), "notes.txt", "nothing for the checker\n");
    dir
}

fn json(r: &Run) -> serde_json::Value {
    serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}\n{}", r.stdout, r.stderr))
}

fn finding_paths(report: &serde_json::Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["primary"]["path"].as_str().expect("path").to_owned())
        .collect()
}

fn assert_usage_error(r: &Run, message: &str) {
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains(&format!("goproxy-doctor: error: {message}")),
        "{}",
        r.stderr
    );
    assert!(
        r.stdout.is_empty(),
        "nothing on standard output: {}",
        r.stdout
    );
}

#[test]
fn discovery_finds_hidden_files_and_skips_ignored_vendor_node_modules_and_git() {
    let repo = repo();
    let r = run(repo.path(), &["check", "--format", "json"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(
        finding_paths(&json(&r)),
        ["Dockerfile", "deploy/.env", "services/api/Dockerfile"]
    );
}

#[test]
fn paths_are_relative_to_the_current_directory_and_deduplicated() {
    let repo = repo();
    let r = run(
        repo.path(),
        &[
            "check",
            "--format",
            "json",
            "services",
            "./services/api/Dockerfile",
            "services/api/../api/Dockerfile",
        ],
    );
    let report = json(&r);
    assert_eq!(report["files"], 1, "{}", r.stdout);
    assert_eq!(finding_paths(&report), ["services/api/Dockerfile"]);
}

#[test]
fn a_file_named_on_the_command_line_is_always_read() {
    let repo = repo();
    let r = run(
        repo.path(),
        &["check", "--format", "json", "notes.txt", "build/Dockerfile"],
    );
    let report = json(&r);
    assert_eq!(report["files"], 2, "{}", r.stdout);
    assert_eq!(finding_paths(&report), ["build/Dockerfile"]);
}

#[test]
fn oversized_and_non_utf8_files_become_diagnostics_not_errors() {
    let repo = repo();
    write(repo.path(), "big.env", "A=1\n".repeat(300_000));
    write(repo.path(), "latin1.env", b"GOPRIVATE=caf\xe9.example\n");
    let r = run(
        repo.path(),
        &["check", "--format", "json", "--max-file-size-mb", "1"],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    let diagnostics = &json(&r)["diagnostics"];
    let by_path = |path: &str| {
        diagnostics
            .as_array()
            .expect("diagnostics")
            .iter()
            .find(|d| d["path"] == path)
            .unwrap_or_else(|| panic!("no diagnostic for {path}: {diagnostics}"))
            .clone()
    };
    assert_eq!(by_path("big.env")["skipped"], true);
    assert!(
        by_path("big.env")["message"]
            .as_str()
            .expect("message")
            .contains("over the 1 MiB limit"),
        "{diagnostics}"
    );
    assert_eq!(by_path("latin1.env")["skipped"], false);
}

#[test]
fn a_missing_path_is_a_usage_error() {
    let repo = repo();
    let r = run(repo.path(), &["check", "Dockerfile", "does-not-exist"]);
    assert_usage_error(&r, "does-not-exist: no such file or directory");
}

#[test]
fn each_output_belongs_to_the_format_before_it() {
    let repo = repo();
    let r = run(
        repo.path(),
        &[
            "check",
            "--format",
            "sarif",
            "--output",
            "out/results.sarif",
            "--format",
            "text",
            "--format",
            "json",
            "--output",
            "out/nested/report.json",
        ],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stdout.contains("error[GPD201]"), "{}", r.stdout);
    let sarif = std::fs::read_to_string(repo.path().join("out/results.sarif")).expect("SARIF");
    assert!(sarif.contains("\"version\": \"2.1.0\""), "{sarif}");
    let report = std::fs::read_to_string(repo.path().join("out/nested/report.json")).expect("JSON");
    assert!(report.contains("\"findings\""), "{report}");
}

#[test]
fn with_one_format_the_output_may_come_first() {
    let repo = repo();
    let r = run(
        repo.path(),
        &["check", "--output", "report.json", "--format", "json"],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stdout.is_empty(), "{}", r.stdout);
    assert!(repo.path().join("report.json").is_file());
}

#[test]
fn ambiguous_outputs_are_usage_errors() {
    let repo = repo();
    let r = run(repo.path(), &["check", "--output", "report.txt"]);
    assert_usage_error(&r, "--output report.txt needs a --format");
    assert!(!repo.path().join("report.txt").exists());

    let r = run(
        repo.path(),
        &["check", "--format", "json", "--format", "sarif"],
    );
    assert_usage_error(&r, "only one --format can go to standard output");

    let r = run(
        repo.path(),
        &[
            "check", "--format", "json", "--output", "r", "--format", "sarif", "--output", "r",
        ],
    );
    assert_usage_error(&r, "two formats are written to r");
}

#[test]
fn clap_usage_errors_exit_2() {
    let repo = repo();
    for args in [
        &["check", "--format", "yaml"][..],
        &["check", "--fail-on", "sometimes"],
        &["check", "--max-memory-mb", "0"],
        &["frobnicate"],
    ] {
        let r = run(repo.path(), args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn the_memory_cap_reaches_the_checker() {
    let repo = repo();
    let r = run(repo.path(), &["check", "--max-memory-mb", "1"]);
    assert!(r.stdout.is_empty(), "{}", r.stdout);
    assert!(
        r.stderr.contains(
            "the checker ran out of memory (cap 1 MiB) while starting up; raise the cap with --max-memory-mb"
        ),
        "{}",
        r.stderr
    );
    let r = run(repo.path(), &["check", "--max-memory-mb", "64"]);
    assert!(!r.stderr.contains("out of memory"), "{}", r.stderr);
}

#[test]
fn colour_follows_clicolor_force_and_never_reaches_files() {
    let repo = repo();
    let piped = run(repo.path(), &["check", "Dockerfile"]);
    assert!(!piped.stdout.contains('\u{1b}'), "{}", piped.stdout);
    let forced = run_with_env(
        repo.path(),
        &["check", "Dockerfile"],
        &[("CLICOLOR_FORCE", "1")],
    );
    assert!(forced.stdout.contains("\u{1b}["), "{}", forced.stdout);
    let never = run_with_env(
        repo.path(),
        &["check", "Dockerfile", "--color", "never"],
        &[("CLICOLOR_FORCE", "1")],
    );
    assert!(!never.stdout.contains('\u{1b}'), "{}", never.stdout);
    run_with_env(
        repo.path(),
        &["check", "--format", "text", "--output", "report.txt"],
        &[("CLICOLOR_FORCE", "1")],
    );
    let file = std::fs::read_to_string(repo.path().join("report.txt")).expect("report");
    assert!(!file.contains('\u{1b}'), "{file}");
}

#[test]
fn help_has_examples_and_exit_status() {
    let dir = tempfile::tempdir().expect("temp dir");
    let top = run(dir.path(), &["--help"]);
    assert_eq!(top.code, 0);
    assert!(top.stdout.contains("Examples:"), "{}", top.stdout);
    let check = run(dir.path(), &["check", "--help"]);
    assert_eq!(check.code, 0);
    for needle in [
        "Examples:",
        "Exit status:",
        "--max-memory-mb",
        "--timeout-secs",
    ] {
        assert!(check.stdout.contains(needle), "{needle}: {}", check.stdout);
    }
}

#[test]
fn diff_shows_the_fixes_and_changes_nothing_fix_applies_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let df = "FROM golang:1.23\nENV GOPROXY=https://proxy.golang.org,direct,https://goproxy.io\nENV GOSUMDB=off\nRUN go build\n";
    write(dir.path(), "Dockerfile", df);

    // --diff: the safe fix only (the dead entry), nothing written, exit 1
    let r = run(dir.path(), &["check", "--diff"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stdout.starts_with("--- a/Dockerfile\n+++ b/Dockerfile\n"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("-ENV GOPROXY=https://proxy.golang.org,direct,https://goproxy.io\n+ENV GOPROXY=https://proxy.golang.org,direct\n"),
        "{}",
        r.stdout
    );
    assert!(
        !r.stdout.contains("-ENV GOSUMDB=off"),
        "unsafe: {}",
        r.stdout
    );
    assert!(
        r.stderr.contains("would fix Dockerfile:2: GPD103"),
        "{}",
        r.stderr
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("Dockerfile")).unwrap(),
        df
    );

    let r = run(dir.path(), &["check", "--diff", "--unsafe-fixes"]);
    assert!(r.stdout.contains("-ENV GOSUMDB=off\n"), "{}", r.stdout);

    // --fix: written, then what is left is reported as usual
    let r = run(dir.path(), &["check", "--fix", "--format", "json"]);
    assert_eq!(r.code, 1, "GPD201 is left: {}", r.stderr);
    assert!(
        r.stderr.contains("fixed Dockerfile:2: GPD103"),
        "{}",
        r.stderr
    );
    let rules: Vec<String> = json(&r)["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_owned())
        .collect();
    assert!(!rules.contains(&"GPD103".to_owned()), "{rules:?}");
    assert!(rules.contains(&"GPD201".to_owned()), "{rules:?}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("Dockerfile")).unwrap(),
        "FROM golang:1.23\nENV GOPROXY=https://proxy.golang.org,direct\nENV GOSUMDB=off\nRUN go build\n"
    );

    // nothing left to fix safely: --diff prints nothing and exits 0
    let r = run(dir.path(), &["check", "--diff"]);
    assert_eq!((r.code, r.stdout.as_str()), (0, ""), "{}", r.stderr);
    let r = run(dir.path(), &["check", "--fix", "--diff"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("cannot be used with"), "{}", r.stderr);
}

#[test]
fn configuration_is_found_shown_applied_and_checked() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    write(
        dir.path(),
        "svc/Dockerfile",
        "FROM golang:1.23\nENV GOSUMDB=off\nENV GONOSUMCHECK=1\n",
    );
    write(
        dir.path(),
        ".goproxy-doctor.toml",
        "[rules]\ndisable = [\"sumdb-disabled\"]\nseverity = { GPD701 = \"error\" }\n",
    );

    // found in the parent of the checked directory (up to the repository root)
    let r = run(&dir.path().join("svc"), &["check", "--format", "json"]);
    let report = json(&r);
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{}", r.stdout);
    assert_eq!(findings[0]["rule"], "GPD701");
    assert_eq!(findings[0]["severity"], "error");

    let r = run(dir.path(), &["check", "--show-config"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.starts_with("# read from .goproxy-doctor.toml\n"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("disable = [\"GPD201\"]\n"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("GPD701 = \"error\"  # unknown-go-variable  # default: warning\n")
    );

    // --config wins; an invalid configuration stops the run with its position
    write(
        dir.path(),
        "other.toml",
        "[rules]\ndisable = [\"GPD999\"]\n",
    );
    let r = run(dir.path(), &["check", "--config", "other.toml"]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(
        r.stderr.contains("other.toml:2:12: unknown rule `GPD999`"),
        "{}",
        r.stderr
    );
    let r = run(dir.path(), &["check", "--config", "missing.toml"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--config missing.toml: "), "{}", r.stderr);
}
