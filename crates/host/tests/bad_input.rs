//! Bad input, end to end through the real binary: each bad file gets a diagnostic with its
//! reason, every other file is still analysed and reported, and the exit status says when an
//! input was skipped (3, unless a finding fails the run).

mod support;

use std::process::Command;

use support::binary::{Run, run, write};

fn json(r: &Run) -> serde_json::Value {
    serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}\n{}", r.stdout, r.stderr))
}

/// (path, message, skipped) of every diagnostic.
fn diagnostics(report: &serde_json::Value) -> Vec<(String, String, bool)> {
    report["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            (
                d["path"].as_str().expect("path").to_owned(),
                d["message"].as_str().expect("message").to_owned(),
                d["skipped"].as_bool().expect("skipped"),
            )
        })
        .collect()
}

/// (path, rule, line, column, start, end) of every finding.
fn findings(report: &serde_json::Value) -> Vec<(String, String, u64, u64, u64, u64)> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            let p = &f["primary"];
            let s = &p["span"];
            (
                p["path"].as_str().expect("path").to_owned(),
                f["rule"].as_str().expect("rule").to_owned(),
                s["start_line"].as_u64().expect("line"),
                s["start_column"].as_u64().expect("column"),
                s["start"].as_u64().expect("start"),
                s["end"].as_u64().expect("end"),
            )
        })
        .collect()
}

/// The (uri, startLine, startColumn) of every SARIF result.
fn sarif_regions(r: &Run) -> Vec<(String, u64, u64)> {
    let log = json(r);
    log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|x| {
            let loc = &x["locations"][0]["physicalLocation"];
            (
                loc["artifactLocation"]["uri"]
                    .as_str()
                    .expect("uri")
                    .to_owned(),
                loc["region"]["startLine"].as_u64().expect("line"),
                loc["region"]["startColumn"].as_u64().expect("column"),
            )
        })
        .collect()
}

const SUMDB_OFF: &str = "FROM golang:1.23\nENV GOSUMDB=off\n";

#[test]
fn invalid_utf8_bom_and_crlf_are_analysed_with_the_right_positions() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    // Latin-1 "é" (one byte) and a truncated 4-byte sequence before the finding on line 2
    write(
        root,
        "latin1/Dockerfile",
        b"FROM golang:1.23\nENV NOTE=caf\xe9\xf0\x9f\x98 GOSUMDB=off\n",
    );
    write(
        root,
        "bom/Dockerfile",
        "\u{feff}FROM golang:1.23\nENV GOSUMDB=off\n",
    );
    write(
        root,
        "crlf/Dockerfile",
        "FROM golang:1.23\r\nENV GOSUMDB=off\r\n",
    );
    write(root, "crlf/.env", "\u{feff}A=1\r\nGOSUMDB=off\r\n");

    let r = run(root, &["check", "--format", "json"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let report = json(&r);
    let file = |rel: &str| std::fs::read(root.join(rel)).expect("read");
    let mut got = findings(&report);
    got.retain(|f| f.1 == "GPD201");
    for (path, _, _, _, start, end) in &got {
        // byte offsets of the file on disk, even where invalid bytes became U+FFFD
        assert_eq!(
            &file(path)[*start as usize..*end as usize],
            b"GOSUMDB=off",
            "{path}"
        );
    }
    let places: Vec<(&str, u64, u64)> = got.iter().map(|f| (f.0.as_str(), f.2, f.3)).collect();
    assert_eq!(
        places,
        [
            ("bom/Dockerfile", 2, 5),
            ("crlf/.env", 2, 1),
            ("crlf/Dockerfile", 2, 5),
            // columns count characters: each invalid sequence is one U+FFFD
            ("latin1/Dockerfile", 2, 16),
        ]
    );
    assert_eq!(
        diagnostics(&report),
        [(
            "latin1/Dockerfile".to_owned(),
            "2:13: file is not valid UTF-8 (the first invalid byte is here): invalid bytes were read as U+FFFD and no fix is offered for it".to_owned(),
            false
        )]
    );

    let sarif = run(root, &["check", "--format", "sarif"]);
    let mut regions = sarif_regions(&sarif);
    regions.sort();
    assert_eq!(
        regions,
        [
            ("bom/Dockerfile".to_owned(), 2, 5),
            ("crlf/.env".to_owned(), 2, 1),
            ("crlf/Dockerfile".to_owned(), 2, 5),
            ("latin1/Dockerfile".to_owned(), 2, 16),
        ]
    );

    let text = run(root, &["check"]);
    assert!(
        text.stdout.contains(
            "warning: latin1/Dockerfile: read with problems: 2:13: file is not valid UTF-8"
        ),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout.contains(" --> crlf/Dockerfile:2:5\n"),
        "{}",
        text.stdout
    );
}

#[test]
fn a_lone_carriage_return_does_not_end_a_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Docker (bufio line splitting), Go (go.mod's lexer) and the shell end lines at \n only;
    // classic Mac line endings make one long line
    write(
        dir.path(),
        "Dockerfile",
        "FROM golang:1.23\rENV GOSUMDB=off\r",
    );
    write(dir.path(), "ok.env", "GOSUMDB=off\n");
    let r = run(dir.path(), &["check", "--format", "json"]);
    let report = json(&r);
    assert!(
        findings(&report).iter().all(|f| f.0 == "ok.env"),
        "ENV is part of the FROM line: {}",
        r.stdout
    );
    let d = diagnostics(&report);
    assert!(
        d.contains(&(
            "Dockerfile".to_owned(),
            "1:17: a carriage return not followed by a line feed: Docker, Go and the shell do not end a line there, and neither does this checker".to_owned(),
            false
        )),
        "{d:?}"
    );
    assert!(d.iter().all(|x| !x.2), "nothing skipped: {d:?}");
    assert_eq!(r.code, 1, "GPD201 in ok.env: {}", r.stderr);
}

#[test]
fn a_binary_file_is_skipped_and_the_run_exits_3() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    write(root, "Dockerfile", SUMDB_OFF);
    write(
        root,
        "svc/Dockerfile",
        "FROM golang:1.23\nENV A=\0\nENV GOSUMDB=off\n",
    );
    // UTF-16 (as PowerShell 5 writes files): NUL bytes everywhere
    let utf16: Vec<u8> = "\u{feff}GOSUMDB=off\r\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    write(root, "win.env", utf16);
    // files read only for their presence may hold anything
    write(root, "go.sum", b"\0\0");
    write(root, "keys/id_rsa", b"\0binary key\0");

    let r = run(root, &["check", "--format", "json", "--fail-on", "never"]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    let report = json(&r);
    assert_eq!(
        diagnostics(&report),
        [
            (
                "svc/Dockerfile".to_owned(),
                "binary file, not analysed: a NUL byte at 2:7 (no text configuration has one; a UTF-16 file has many, and neither Docker nor Go reads UTF-16)".to_owned(),
                true
            ),
            (
                "win.env".to_owned(),
                "binary file, not analysed: a NUL byte at 1:4 (no text configuration has one; a UTF-16 file has many, and neither Docker nor Go reads UTF-16)".to_owned(),
                true
            ),
        ]
    );
    let paths: Vec<String> = findings(&report).into_iter().map(|f| f.0).collect();
    assert_eq!(paths, ["Dockerfile"], "the other files are still analysed");

    // a failing finding wins over a skipped input
    let r = run(root, &["check"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stdout.contains(
            "warning: svc/Dockerfile: skipped: binary file, not analysed: a NUL byte at 2:7"
        ),
        "{}",
        r.stdout
    );
    // without a failing finding, status 3
    std::fs::remove_file(root.join("Dockerfile")).expect("rm");
    let r = run(root, &["check"]);
    assert_eq!(r.code, 3, "{}", r.stdout);
}

#[test]
fn a_100_mb_file_is_skipped_without_being_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    write(root, "Dockerfile", SUMDB_OFF);
    // sparse: 100 MiB that take no disk space
    let big = std::fs::File::create(root.join("big.env")).expect("create");
    big.set_len(100 << 20).expect("set_len");
    drop(big);
    let r = run(root, &["check", "--format", "json"]);
    assert_eq!(r.code, 1, "the Dockerfile's finding: {}", r.stderr);
    let report = json(&r);
    assert_eq!(
        diagnostics(&report),
        [(
            "big.env".to_owned(),
            "104857600 bytes, over the 10 MiB limit (--max-file-size-mb)".to_owned(),
            true
        )]
    );
    assert_eq!(report["files"], 1);
    // raising the limit for one file still leaves it over the limit for all files together
    let r = run(
        root,
        &["check", "--format", "json", "--max-file-size-mb", "200"],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(
        diagnostics(&json(&r)),
        [(
            "big.env".to_owned(),
            "104857600 bytes, over the 32 MiB limit for all files together (--max-total-size-mb): the smallest files were read".to_owned(),
            true
        )]
    );
}

#[cfg(unix)]
#[test]
fn links_pipes_and_directories_named_like_candidates() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    write(root, "ok.env", "GO_PRIVATE=x\n");
    symlink("self.Dockerfile", root.join("self.Dockerfile")).expect("link");
    symlink("b.env", root.join("a.env")).expect("link");
    symlink("a.env", root.join("b.env")).expect("link");
    symlink("missing.env", root.join("dangling.env")).expect("link");
    // a directory loop: links to directories are not followed
    std::fs::create_dir_all(root.join("loop/sub")).expect("dir");
    symlink("..", root.join("loop/sub/up")).expect("link");
    // a directory named like a candidate is walked, not reported
    write(root, "Dockerfile/Dockerfile", SUMDB_OFF);
    write(root, "go.mod/notes.txt", "x\n");
    // a named pipe must not block the walk (opening it would wait for a writer)
    let fifo = Command::new("mkfifo")
        .arg(root.join("pipe.env"))
        .status()
        .expect("mkfifo");
    assert!(fifo.success());

    let r = run(root, &["check", "--format", "json", "--fail-on", "never"]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    let report = json(&r);
    assert_eq!(
        diagnostics(&report),
        [
            ("a.env", "symbolic link loop: not followed"),
            ("b.env", "symbolic link loop: not followed"),
            (
                "dangling.env",
                "dangling symbolic link to missing.env: its target does not exist"
            ),
            ("pipe.env", "a named pipe, not a regular file: not read"),
            ("self.Dockerfile", "symbolic link loop: not followed"),
        ]
        .map(|(p, m)| (p.to_owned(), m.to_owned(), true))
    );
    let paths: Vec<String> = findings(&report).into_iter().map(|f| f.0).collect();
    assert_eq!(paths, ["Dockerfile/Dockerfile", "ok.env"]);

    // named on the command line: a directory is walked, a pipe is reported, not opened
    let r = run(
        root,
        &[
            "check",
            "--format",
            "json",
            "Dockerfile",
            "pipe.env",
            "go.mod",
        ],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    let report = json(&r);
    assert_eq!(
        diagnostics(&report),
        [(
            "pipe.env".to_owned(),
            "a named pipe, not a regular file: not read".to_owned(),
            true
        )]
    );
    assert_eq!(report["files"], 1);
}

#[cfg(target_os = "linux")]
#[test]
fn a_file_whose_read_fails_is_skipped_with_the_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    write(root, "Dockerfile", SUMDB_OFF);
    // a regular file (to stat) whose read fails even for root: reading /proc/self/mem at
    // offset 0, which no process maps, is an I/O error
    std::os::unix::fs::symlink("/proc/self/mem", root.join("mem.env")).expect("link");
    let r = run(root, &["check", "--format", "json", "--fail-on", "never"]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert_eq!(
        diagnostics(&json(&r)),
        [(
            "mem.env".to_owned(),
            "reading failed: input/output error".to_owned(),
            true
        )]
    );
}

#[cfg(unix)]
#[test]
fn unreadable_files_and_directories_are_skipped_with_the_reason() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    write(root, "Dockerfile", SUMDB_OFF);
    write(root, "secret.env", "GOSUMDB=off\n");
    write(root, "closed/Dockerfile", SUMDB_OFF);
    let mode = |rel: &str, m: u32| {
        std::fs::set_permissions(root.join(rel), std::fs::Permissions::from_mode(m))
            .expect("chmod");
    };
    mode("secret.env", 0o000);
    mode("closed", 0o000);
    if std::fs::read(root.join("secret.env")).is_ok() {
        // root reads anything: the read-failure path is tested with /proc/self/mem instead
        mode("closed", 0o755);
        eprintln!("skipped: permissions do not apply to this user");
        return;
    }
    let r = run(root, &["check", "--format", "json"]);
    mode("closed", 0o755);
    assert_eq!(r.code, 1, "the readable Dockerfile's finding: {}", r.stderr);
    let report = json(&r);
    assert_eq!(
        diagnostics(&report),
        [
            ("closed", "permission denied"),
            ("secret.env", "reading failed: permission denied"),
        ]
        .map(|(p, m)| (p.to_owned(), m.to_owned(), true))
    );
}

#[test]
fn long_continuations_and_deep_nesting_are_read_without_overflow() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    let mut continued = String::from("FROM golang:1.23\nRUN echo start \\\n");
    for i in 0..10_000 {
        continued.push_str(&format!("  && echo {i} \\\n"));
    }
    continued.push_str("  && GOSUMDB=off go build ./...\n");
    write(root, "cont/Dockerfile", &continued);
    let parens = format!(
        "FROM golang:1.23\nRUN {}GOSUMDB=off go build{}\nRUN {}x{}\n",
        "(".repeat(50_000),
        ")".repeat(50_000),
        "$(".repeat(20_000),
        ")".repeat(20_000)
    );
    write(root, "parens/Dockerfile", &parens);
    let mut heredocs = String::from("FROM golang:1.23\nRUN <<EOF\n");
    for i in 0..2_000 {
        heredocs.push_str(&format!("cat <<E{i}\n"));
    }
    for i in (0..2_000).rev() {
        heredocs.push_str(&format!("E{i}\n"));
    }
    heredocs.push_str("EOF\n");
    write(root, "heredocs/Dockerfile", &heredocs);
    let mut nested = String::from("on: push\njobs:\n");
    for i in 0..1_000 {
        nested.push_str(&format!("{}k{i}:\n", "  ".repeat(i + 1)));
    }
    write(root, ".github/workflows/deep.yml", &nested);
    write(
        root,
        ".github/workflows/flow.yml",
        format!("env: {}{}\n", "[".repeat(100_000), "]".repeat(100_000)),
    );
    write(
        root,
        "go.mod",
        format!("module x\n\ngo 1.22\nreplace {}\n", "( ".repeat(100_000)),
    );

    let r = run(root, &["check", "--format", "json"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let report = json(&r);
    let got: Vec<(String, String, u64)> = findings(&report)
        .into_iter()
        .filter(|f| f.1 == "GPD201")
        .map(|f| (f.0, f.1, f.2))
        .collect();
    assert_eq!(
        got,
        [
            ("cont/Dockerfile".to_owned(), "GPD201".to_owned(), 10_003),
            ("parens/Dockerfile".to_owned(), "GPD201".to_owned(), 2),
        ]
    );
    let d = diagnostics(&report);
    let about = |path: &str| -> Vec<&str> {
        d.iter()
            .filter(|x| x.0 == path)
            .map(|x| x.1.as_str())
            .collect()
    };
    assert!(about("cont/Dockerfile").is_empty(), "{d:?}");
    assert_eq!(
        about(".github/workflows/deep.yml"),
        ["258:513: nested more than 256 levels deep: the rest of the file is not read"]
    );
    assert!(
        about(".github/workflows/flow.yml")
            .iter()
            .any(|m| m.contains("recursion limit exceeded")),
        "{d:?}"
    );
    // a parser's message quoting a 200 000-byte line is cut
    assert!(
        d.iter().all(|x| x.1.len() < 1100),
        "{:?}",
        d.iter().map(|x| x.1.len()).collect::<Vec<_>>()
    );
    assert!(
        about("go.mod").iter().any(|m| m.ends_with("more bytes)")),
        "{d:?}"
    );
    assert!(d.iter().all(|x| !x.2), "read in part, not skipped: {d:?}");
}

#[test]
fn a_hundred_thousand_files_and_thousands_of_candidates() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    // 100 000 files in 1 000 directories; one in 50 is a candidate (2 000 env files)
    for d in 0..1_000 {
        let sub = root.join(format!("d{d:03}"));
        std::fs::create_dir(&sub).expect("dir");
        for f in 0..100 {
            let (name, body) = if f % 50 == 0 {
                (
                    format!("f{f}.env"),
                    String::from("GOPROXY=https://proxy.golang.org,direct\n"),
                )
            } else {
                (format!("f{f}.txt"), String::from("x\n"))
            };
            std::fs::write(sub.join(name), body).expect("write");
        }
    }
    write(root, "d500/bad.env", "GOSUMDB=off\n");
    write(root, "d999/big.env", "A=1\n".repeat(300_000));
    let r = run(
        root,
        &["check", "--format", "json", "--max-file-size-mb", "1"],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    let report = json(&r);
    assert_eq!(
        report["files"], 2_001,
        "every candidate but the skipped one"
    );
    let paths: Vec<String> = findings(&report).into_iter().map(|f| f.0).collect();
    assert_eq!(paths, ["d500/bad.env"]);
    assert_eq!(
        diagnostics(&report),
        [(
            "d999/big.env".to_owned(),
            "1200000 bytes, over the 1 MiB limit (--max-file-size-mb)".to_owned(),
            true
        )]
    );
}

#[test]
fn diff_reports_skipped_inputs_and_exits_3_when_nothing_is_left_to_fix() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "Dockerfile", "FROM golang:1.23\n");
    write(dir.path(), "bin.env", "A=\0\n");
    let r = run(dir.path(), &["check", "--diff"]);
    assert_eq!((r.code, r.stdout.as_str()), (3, ""), "{}", r.stderr);
    assert!(
        r.stderr
            .contains("bin.env: skipped: binary file, not analysed: a NUL byte at 1:3"),
        "{}",
        r.stderr
    );
}

#[test]
fn help_documents_status_3() {
    let dir = tempfile::tempdir().expect("temp dir");
    let r = run(dir.path(), &["check", "--help"]);
    assert_eq!(r.code, 0);
    assert!(
        r.stdout
            .contains("  3  no finding at or above --fail-on, but some input was skipped"),
        "{}",
        r.stdout
    );
}

#[test]
fn over_the_file_count_or_total_size_the_smallest_files_are_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    let padded = |n: usize| format!("GOSUMDB=off\n{}", "# padding\n".repeat(n));
    write(root, "a.env", padded(60_000)); // 600 kB
    write(root, "b.env", padded(10));
    write(root, "c.env", padded(70_000)); // 700 kB
    let r = run(root, &["check", "--format", "json", "--max-files", "2"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let report = json(&r);
    let paths: Vec<String> = findings(&report).into_iter().map(|f| f.0).collect();
    assert_eq!(paths, ["a.env", "b.env"]);
    assert_eq!(
        diagnostics(&report),
        [(
            "c.env".to_owned(),
            "over the limit of 2 files (--max-files): the smallest files were read".to_owned(),
            true
        )]
    );
    let r = run(
        root,
        &["check", "--format", "json", "--max-total-size-mb", "1"],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    let report = json(&r);
    let paths: Vec<String> = findings(&report).into_iter().map(|f| f.0).collect();
    assert_eq!(paths, ["a.env", "b.env"]);
    assert_eq!(
        diagnostics(&report),
        [(
            "c.env".to_owned(),
            "700012 bytes, over the 1 MiB limit for all files together (--max-total-size-mb): the smallest files were read".to_owned(),
            true
        )]
    );
}

#[test]
fn a_configuration_that_is_a_pipe_or_too_big_stops_the_run_with_the_reason() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "Dockerfile", "FROM golang:1.22\n");
    let fifo = Command::new("mkfifo")
        .arg(dir.path().join("pipe.toml"))
        .status()
        .expect("mkfifo");
    assert!(fifo.success());
    // opening a pipe would block for ever: it is refused, never opened
    let r = run(dir.path(), &["check", ".", "--config", "pipe.toml"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("--config pipe.toml: not a file"),
        "{}",
        r.stderr
    );
    let big = std::fs::File::create(dir.path().join("big.toml")).expect("create");
    big.set_len(3 << 20).expect("sparse file");
    let r = run(
        dir.path(),
        &[
            "check",
            ".",
            "--config",
            "big.toml",
            "--max-file-size-mb",
            "1",
        ],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "cannot read the configuration big.toml: 3145728 bytes, over the 1 MiB limit"
        ),
        "{}",
        r.stderr
    );
}
