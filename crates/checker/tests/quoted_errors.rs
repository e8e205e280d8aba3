//! Differential test of the rules that quote the go command's error text (or predict whether it
//! fails) for a bad setting: GPD102 goproxy-malformed, GPD204 gosumdb-malformed, GPD604
//! goflags-invalid, GPD602 toolchain-too-old, GPD603 module-mode-disabled, GPD605
//! setting-unknown-to-go-version and GPD701 unknown-go-variable (`go env -w` of a name no Go
//! knows), against the real go command of several releases.
//!
//! Each case is a bad (or nearly bad) value and the go command it breaks. The go command runs in
//! a scratch module (`module example.com/m`, the case's go.mod otherwise) with an `env -i`-style
//! environment: HOME, GOPATH, GOMODCACHE, GOCACHE and GOENV in the scratch directory,
//! `GOTOOLCHAIN=local` unless the case sets it, HTTPS_PROXY/HTTP_PROXY pointing at a closed
//! loopback port (so no request leaves the machine and nothing is resolved), and GOPROXY `off`
//! or a file:// proxy in the scratch directory that serves `example.com/dep@v1.0.0` (so a
//! checksum-database lookup is reached without any server). Its exit status and stderr (the
//! scratch directory shown as `$TMP`, the closed port as `{refused}`, usage lines dropped) are
//! the ground truth, kept per Go release in `tests/differential/quoted-errors-go<V>.tsv`.
//!
//! The checker gets the same configuration as a GitHub Actions workflow: the variables in the
//! job's `env:` (YAML double-quoted, so CR, trailing blanks and quotes reach it byte for byte),
//! `actions/setup-go` pinned to exactly the release under test, a `run:` step with the same go
//! command, and the case's go.mod. (For Go ≥ 1.21 the job also sets `GOTOOLCHAIN: local`, as the
//! live run does; the setup-go toolchain's go.env would say `auto`.) A case may also give the
//! user's go env file (`$GOENV`, read literally: quotes, CRs, comments); the checker reads it as
//! `go.env`, which has no Go release (the checker assumes the newest).
//!
//! What is compared, per case and release: a finding of the case's rule *claims* a failure when
//! its message quotes Go's error (the backtick text after `fails … with`, `stops …:`,
//! `rejected by Go:`, `fail:`). Then
//! * the rule claims a failure exactly when go fails for a reason other than the sandbox (a
//!   refused connection, a lookup disabled by GOPROXY=off, `go: no module dependencies`), and
//! * go's error is one of the claimed texts: one of go's stderr lines is a claimed text, or ends
//!   with one after `: ` or `/` (go prefixes `go: <module>@<version>: ` or the go.mod path). Go
//!   stops at the first bad GOFLAGS word or GOPROXY entry; the rule reports each, quoting what
//!   go says about it alone, so the other claims are what go reports once the first is fixed.
//! * A claim that `go get` fails (`-insecure`) counts only when the case runs `go get`.
//! * Failures of a valid value in this sandbox are not configuration errors: a refused
//!   connection, a file:// proxy without the module, `GOPROXY=off` (set where no download is
//!   needed), no toolchain to download.
//!
//! Findings that claim no failure (a warning that `athens:3000` gets https, `-mod=vendor`
//! ignored by `go mod download`, `-ldflags=-s -w` read as two flags, a setting an old Go does not
//! read) are listed with `QUOTED_VERBOSE=1` but not asserted: go succeeds (or fails only in the
//! sandbox) in those cases, which the first point checks.
//!
//! Same conventions as `differential.rs`: without a go binary the checker is compared with the
//! golden files; with one, the live run must match the golden file (`UPDATE_GOLDEN=1` rewrites
//! it); `GOPROXY_DOCTOR_REQUIRE_GO=1` makes a missing binary an error; disagreements that are
//! understood are listed in `tests/differential/quoted-errors-known.txt` (the test fails on any
//! other, and on a listed one that now agrees). `QUOTED_FILTER=<substring>` runs matching ids.

mod common;
use common::*;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use goproxy_doctor_checker::{Options, analyze};

// ---------------------------------------------------------------------------------------------
// Go releases

fn golden_path(version: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/differential/quoted-errors-go{version}.tsv"))
}

fn known_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/differential/quoted-errors-known.txt")
}

fn minor_of(version: &str) -> u64 {
    version
        .split('.')
        .nth(1)
        .and_then(|m| m.parse().ok())
        .unwrap_or(0)
}

// ---------------------------------------------------------------------------------------------
// Cases

/// The go command a case runs (in the scratch module).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Cmd {
    /// `go mod download example.com/dep@v1.0.0`: a module lookup (GOPROXY), then a checksum
    /// lookup (GOSUMDB).
    DownloadDep,
    /// `go mod download`: loads go.mod and GOFLAGS, downloads nothing (no requirements).
    Download,
    /// `go get example.com/dep@v1.0.0`.
    Get,
    /// `go build ./...` (there are no packages: a warning, and success).
    Build,
    /// `go env -w <arg>`.
    EnvW(String),
}

impl Cmd {
    fn args(&self) -> Vec<String> {
        let v = |s: &[&str]| s.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        match self {
            Cmd::DownloadDep => v(&["mod", "download", "example.com/dep@v1.0.0"]),
            Cmd::Download => v(&["mod", "download"]),
            Cmd::Get => v(&["get", "example.com/dep@v1.0.0"]),
            Cmd::Build => v(&["build", "./..."]),
            Cmd::EnvW(a) => vec!["env".into(), "-w".into(), a.clone()],
        }
    }

    /// The command as a shell step (single-quoting what needs it).
    fn shell(&self) -> String {
        let mut s = String::from("go");
        for a in self.args() {
            s.push(' ');
            if a.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_=./@:,".contains(c))
            {
                s.push_str(&a);
            } else {
                s.push('\'');
                s.push_str(&a.replace('\'', "'\\''"));
                s.push('\'');
            }
        }
        s
    }
}

#[derive(Debug, Clone)]
struct Case {
    id: String,
    /// The rule whose findings are compared.
    rule: &'static str,
    /// Process environment (the job's `env:`), with `{refused}`, `{tmp}` and `{version}`
    /// placeholders.
    vars: Vec<(String, String)>,
    go_mod: String,
    cmd: Cmd,
    /// The user's go env file (`$GOENV`), with placeholders; the checker reads it as `go.env`.
    goenv: String,
}

const GO_MOD: &str = "module example.com/m\n\ngo 1.16\n";

impl Case {
    fn inputs(&self) -> String {
        if self.goenv.is_empty() {
            format!("{:?} {:?} {:?}", self.vars, self.go_mod, self.cmd.args())
        } else {
            format!(
                "{:?} {:?} {:?} goenv={:?}",
                self.vars,
                self.go_mod,
                self.cmd.args(),
                self.goenv
            )
        }
    }
}

fn generate() -> Vec<Case> {
    let mut cases = Vec::new();
    let mut n: BTreeMap<&str, usize> = BTreeMap::new();
    let mut push =
        |group: &'static str, rule: &'static str, vars: &[(&str, &str)], go_mod: &str, cmd: Cmd| {
            let k = n.entry(group).or_default();
            *k += 1;
            cases.push(Case {
                id: format!("{group}-{k:03}"),
                rule,
                vars: vars
                    .iter()
                    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                    .collect(),
                go_mod: go_mod.to_owned(),
                cmd,
                goenv: String::new(),
            });
        };

    // GPD102: GOPROXY values, for a module lookup (the checksum database is off).
    for p in [
        "athens",
        "DIRECT",
        "Off",
        "OFF",
        "Direct\r",
        "direct ",
        " off",
        "off\r",
        "http://{refused}",
        "http://{refused}\r",
        "http://{refused} ",
        "\"http://{refused},direct\"",
        "'http://{refused}'",
        "http://{refused}|DIRECT",
        "http://{refused},athens",
        "http://{refused}|athens|direct",
        "direct,athens",
        "off|Off",
        ",",
        " ",
        "|",
        ", |",
        "ftp://x.example",
        "file://host/x",
        "file://localhost/x",
        "file:relative",
        "file:///nonexistent/goproxy",
        "/abs/path",
        "C:\\proxy",
        "https://[::1",
        "https://user:s3cret@[::1",
        "HTTP://{refused}",
        "{refused}",
        "localhost:3000",
        "http://{refused};direct",
        "https://proxy.example|direct|athens",
        "http://{refused},,direct",
        "http://{refused}\tdirect",
        "proxy one",
        "ftp://x.example/a b",
        "file://host/a b#c d",
        "prøxy",
    ] {
        push(
            "goproxy",
            "GPD102",
            &[("GOPROXY", p), ("GOSUMDB", "off")],
            GO_MOD,
            Cmd::DownloadDep,
        );
    }

    // GPD204: GOSUMDB values, after the module came from a file:// proxy.
    for s in [
        "OFF",
        "Off",
        "off ",
        " off",
        "off\r",
        "\"off\"",
        "'off'",
        "bogus",
        "sumdb.corp.example",
        "SUM.GOLANG.ORG",
        "https://sum.golang.org",
        "https://sum.golang.org/",
        "https://mirror.example/sumdb/sum.golang.org",
        "a b c",
        "sum.golang.org http://{refused} extra",
        "sum.golang.org http://{refused}",
        "sum.golang.org\r",
        "sum.golang.org,off",
        "sum.golang.org|off",
        "sum.golang.org https://[::1",
        "sum.golang.google.cn",
        "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8 http://{refused}",
        "sum.golang.org+033de0af+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8",
        "sum.example.com+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8",
        "sum.golang.org+033de0ae+AAAA",
        "sum.golang.org+033de0ae",
        "off # no checksums",
    ] {
        push(
            "gosumdb",
            "GPD204",
            &[("GOPROXY", "file://{tmp}/fileproxy"), ("GOSUMDB", s)],
            GO_MOD,
            Cmd::DownloadDep,
        );
    }

    // GPD604: GOFLAGS, for a `go mod download` that has nothing to download.
    for f in [
        "-mod vendor",
        "-mod=vendor",
        "-tags integration",
        "-typoflag",
        "-MOD=mod",
        "-",
        "--",
        "---mod=mod",
        "-=x",
        "mod=mod",
        "--mod=mod",
        "\"-tags=a b\"",
        "'-ldflags=-s -w'",
        "-ldflags='-s -w'",
        "-ldflags=-s -w",
        "-ldflags=-X main.v=1",
        "\"-mod=mod",
        "-mod=mod\r",
        "-mod=mod|-x",
        "-mod=mod,-x",
        "-tags=a,b -count=1 -test.v",
        "-test.bogus",
        "-skip=Slow",
        "-pgo=off",
        "-fullpath",
        "-toolchain=go1.21.0",
        "-artifacts",
        "-changed",
        "-godebug=x=1",
        "-tool=x",
        "-ignore=x",
        "-json=asdf",
        "-modcacherw=maybe",
        "-x=1",
        "-modfile",
        "-reuse",
        "-e=asdf",
        "-insecure",
    ] {
        push(
            "goflags",
            "GPD604",
            &[("GOPROXY", "off"), ("GOFLAGS", f)],
            GO_MOD,
            Cmd::Download,
        );
    }
    for f in ["-insecure", "-mod=mod -insecure", "-insecure=false"] {
        push(
            "goflags",
            "GPD604",
            &[("GOPROXY", "off"), ("GOFLAGS", f)],
            GO_MOD,
            Cmd::Get,
        );
    }

    // GPD602: go.mod files and GOTOOLCHAIN values the running Go cannot work with.
    let m = |tail: &str| format!("module example.com/m\n\n{tail}\n");
    let toolchain_cases: &[(&[(&str, &str)], String)] = &[
        (&[], m("go 1.99.0")),
        (&[], m("go 1.99")),
        (&[], m("go 1.28")),
        (&[], m("go 1.27.3")),
        (&[], m("go 1.22")),
        (&[], m("go 1.21")),
        (&[], m("go 1.21.0")),
        (&[], m("go 1.20.1")),
        (&[], m("go 1.21rc1")),
        (&[], m("go 1.16\n\ntoolchain go1.99.0")),
        (&[], m("go 1.21\n\ntoolchain go1.21.0")),
        (&[], m("go 1.16\n\ntoolchain default")),
        (&[("GOTOOLCHAIN", "local")], m("go 1.99.0")),
        (&[("GOTOOLCHAIN", "go{version}")], m("go 1.99.0")),
        (&[("GOTOOLCHAIN", "go{version}+path")], m("go 1.99.0")),
        (&[("GOTOOLCHAIN", "local+path")], m("go 1.99.0")),
        (
            &[("GOTOOLCHAIN", "auto")],
            m("go 1.99.0\n\ntoolchain default"),
        ),
    ];
    for (vars, go_mod) in toolchain_cases {
        let mut vs = vec![("GOPROXY", "off")];
        vs.extend_from_slice(vars);
        push("toolchain", "GPD602", &vs, go_mod, Cmd::Download);
    }

    // GPD605 (GPD701 for names no Go knows): `go env -w`, and settings an old Go ignores.
    for (rule, arg) in [
        ("GPD701", "GONOSUMCHECK=1"),
        ("GPD701", "GONOVERIFY=1"),
        ("GPD701", "GO_PROXY=off"),
        ("GPD701", "goproxy=off"),
        ("GPD701", "GOPRVIATE=corp.example"),
        ("GPD605", "GOTOOLCHAIN=local"),
        ("GPD605", "GOAUTH=netrc"),
        ("GPD605", "GOFIPS140=latest"),
        ("GPD605", "GOTELEMETRY=off"),
        ("GPD605", "GOWORK=off"),
        ("GPD605", "GOVCS=private:git"),
        ("GPD605", "GOINSECURE=corp.example"),
        ("GPD605", "GOPRIVATE=corp.example"),
    ] {
        push(
            "envw",
            rule,
            &[("GOPROXY", "off")],
            GO_MOD,
            Cmd::EnvW(arg.to_owned()),
        );
    }
    for (k, v) in [
        ("GOTOOLCHAIN", "go1.99.0"),
        ("GOAUTH", "off"),
        ("GOTELEMETRY", "off"),
    ] {
        push(
            "envw",
            "GPD605",
            &[("GOPROXY", "off"), (k, v)],
            GO_MOD,
            Cmd::Download,
        );
    }

    // GPD603: GO111MODULE.
    for (v, cmd) in [
        ("off", Cmd::Download),
        ("off", Cmd::Build),
        ("off", Cmd::Get),
        ("OFF", Cmd::Download),
        ("Off", Cmd::Build),
        ("bogus", Cmd::Download),
        (" on", Cmd::Download),
        ("off ", Cmd::Build),
        ("off\r", Cmd::Download),
        ("auto", Cmd::Download),
        ("on", Cmd::Build),
        ("on", Cmd::EnvW("GOPRIVATE=corp.example".into())),
        ("Off", Cmd::EnvW("GOPRIVATE=corp.example".into())),
    ] {
        push(
            "gomod",
            "GPD603",
            &[("GOPROXY", "off"), ("GO111MODULE", v)],
            GO_MOD,
            cmd,
        );
    }

    // The user's go env file, which Go reads literally (quotes, CRs and comments stay). The
    // checker reads it as `go.env`, without a Go release (it assumes the newest).
    for (rule, file, proxy) in [
        ("GPD102", "GOPROXY=\"http://{refused}\"\n", ""),
        ("GPD102", "GOPROXY='direct'\n", ""),
        ("GPD102", "GOPROXY=DIRECT\r\n", ""),
        ("GPD102", "GOPROXY=off\r\n", ""),
        ("GPD102", "GOPROXY=http://{refused},direct # mirror\n", ""),
        ("GPD204", "GOSUMDB=off\r\n", "file://{tmp}/fileproxy"),
        ("GPD204", "GOSUMDB=\"off\"\n", "file://{tmp}/fileproxy"),
        (
            "GPD204",
            "GOSUMDB=off # private\n",
            "file://{tmp}/fileproxy",
        ),
        ("GPD204", "GOSUMDB=\n", "file://{tmp}/fileproxy"),
        ("GPD204", "GOSUMDB = off\n", "file://{tmp}/fileproxy"),
    ] {
        let mut vars = vec![];
        if !proxy.is_empty() {
            vars.push(("GOPROXY".to_owned(), proxy.to_owned()));
        }
        if rule == "GPD102" {
            vars.push(("GOSUMDB".to_owned(), "off".to_owned()));
        }
        let n = cases.iter().filter(|c| c.id.starts_with("goenv-")).count() + 1;
        cases.push(Case {
            id: format!("goenv-{n:03}"),
            rule,
            vars,
            go_mod: GO_MOD.to_owned(),
            cmd: Cmd::DownloadDep,
            goenv: file.to_owned(),
        });
    }
    cases
}

fn fill(template: &str, refused: &str, tmp: &str, version: &str) -> String {
    template
        .replace("{refused}", refused)
        .replace("{tmp}", tmp)
        .replace("{version}", version)
}

// ---------------------------------------------------------------------------------------------
// Running go

#[derive(Debug, Clone, PartialEq, Eq)]
struct Observed {
    ok: bool,
    /// stderr lines (canonical), without usage lines.
    stderr: String,
}

/// The module `example.com/dep@v1.0.0` as a file:// proxy (a stored zip).
fn write_file_proxy(dir: &Path) {
    let v = dir.join("fileproxy/example.com/dep/@v");
    std::fs::create_dir_all(&v).expect("file proxy");
    let go_mod = "module example.com/dep\n\ngo 1.16\n";
    std::fs::write(v.join("list"), "v1.0.0\n").expect("list");
    std::fs::write(
        v.join("v1.0.0.info"),
        r#"{"Version":"v1.0.0","Time":"2020-01-01T00:00:00Z"}"#,
    )
    .expect("info");
    std::fs::write(v.join("v1.0.0.mod"), go_mod).expect("mod");
    let prefix = "example.com/dep@v1.0.0/";
    let zip = zip_stored(&[
        (format!("{prefix}go.mod"), go_mod.as_bytes().to_vec()),
        (
            format!("{prefix}dep.go"),
            b"package dep\n\nconst V = 1\n".to_vec(),
        ),
    ]);
    std::fs::write(v.join("v1.0.0.zip"), zip).expect("zip");
}

fn run_case(go: &Path, version: &str, case: &Case, root: &Path) -> Observed {
    let dir = root.join(&case.id);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("mod")).expect("scratch");
    std::fs::create_dir_all(dir.join("home")).expect("home");
    std::fs::write(dir.join("mod/go.mod"), &case.go_mod).expect("go.mod");
    let tmp = dir.display().to_string();
    let port = closed_port();
    let refused = format!("127.0.0.1:{port}");
    std::fs::write(
        dir.join("goenv"),
        fill(&case.goenv, &refused, &tmp, version),
    )
    .expect("goenv");
    write_file_proxy(&dir);
    let mut cmd = Command::new(go);
    cmd.env_clear()
        .current_dir(dir.join("mod"))
        .args(case.cmd.args())
        .env("PATH", "/usr/bin:/bin")
        .env("HOME", dir.join("home"))
        .env("GOPATH", dir.join("gopath"))
        .env("GOMODCACHE", dir.join("modcache"))
        .env("GOCACHE", dir.join("gocache"))
        .env("GOENV", dir.join("goenv"))
        .env("GOTOOLCHAIN", "local")
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("HTTPS_PROXY", format!("http://{refused}"))
        .env("HTTP_PROXY", format!("http://{refused}"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    for (k, v) in &case.vars {
        cmd.env(k, fill(v, &refused, &tmp, version));
    }
    let mut child = cmd.spawn().expect("spawn go");
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break Some(s);
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        thread::sleep(Duration::from_millis(5));
    };
    let mut stderr = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut stderr);
    }
    let stderr = stderr.replace(&tmp, "$TMP").replace(&refused, "{refused}");
    // split on \n only: a CR that go prints (a value it quotes as is) stays
    let lines: Vec<&str> = stderr
        .split('\n')
        .filter(|l| !l.is_empty())
        .filter(|l| !l.starts_with("usage: ") && !l.starts_with("Run 'go help"))
        .collect();
    make_writable(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    Observed {
        ok: status.is_some_and(|s| s.success()),
        stderr: if status.is_none() {
            "timed out".into()
        } else {
            lines.join("\n")
        },
    }
}

fn run_all(go: &Path, version: &str, cases: &[Case]) -> Vec<Observed> {
    let root = std::env::temp_dir().join(format!(
        "goproxy-doctor-quoted-{}-{version}",
        std::process::id()
    ));
    std::fs::create_dir_all(&root).expect("scratch root");
    let next = Arc::new(Mutex::new(0usize));
    let results: Arc<Mutex<Vec<Option<Observed>>>> = Arc::new(Mutex::new(vec![None; cases.len()]));
    let workers = thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(2, 8);
    thread::scope(|s| {
        for _ in 0..workers {
            let (next, results, root) = (next.clone(), results.clone(), &root);
            s.spawn(move || {
                loop {
                    let i = {
                        let mut n = next.lock().expect("next");
                        *n += 1;
                        *n - 1
                    };
                    if i >= cases.len() {
                        break;
                    }
                    let o = run_case(go, version, &cases[i], root);
                    results.lock().expect("results")[i] = Some(o);
                }
            });
        }
    });
    let _ = std::fs::remove_dir_all(&root);
    let r = results.lock().expect("results").clone();
    r.into_iter().map(|o| o.expect("every case ran")).collect()
}

// ---------------------------------------------------------------------------------------------
// Golden files

fn write_golden(version: &str, cases: &[Case], obs: &[Observed]) {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Ground truth: what go{version} did for each case of crates/checker/tests/quoted_errors.rs."
    );
    let _ = writeln!(
        out,
        "# Regenerate with: UPDATE_GOLDEN=1 cargo test -p goproxy-doctor-checker --test quoted_errors"
    );
    let _ = writeln!(
        out,
        "# Columns: id, inputs (env, go.mod, go arguments), ok|fail, go's stderr (usage lines dropped)."
    );
    for (c, o) in cases.iter().zip(obs) {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}",
            c.id,
            esc(&c.inputs()),
            if o.ok { "ok" } else { "fail" },
            esc(&o.stderr)
        );
    }
    std::fs::write(golden_path(version), out).expect("write golden");
}

fn read_golden(version: &str) -> Option<BTreeMap<String, (String, Observed)>> {
    let text = std::fs::read_to_string(golden_path(version)).ok()?;
    let mut rows = BTreeMap::new();
    for line in text.lines() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 4 {
            continue;
        }
        rows.insert(
            f[0].to_owned(),
            (
                unesc(f[1]),
                Observed {
                    ok: f[2] == "ok",
                    stderr: unesc(f[3]),
                },
            ),
        );
    }
    Some(rows)
}

// ---------------------------------------------------------------------------------------------
// The checker

/// A YAML double-quoted scalar holding exactly `s`.
fn yaml_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\r' => out.push_str("\\r"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The checker's place for `{refused}` and `{tmp}` (any closed port and path do).
const CHECKER_REFUSED: &str = "127.0.0.1:9";
const CHECKER_TMP: &str = "/tmp/quoted-errors";

fn workflow(case: &Case, version: &str) -> String {
    let mut env = String::new();
    let mut vars = case.vars.clone();
    if minor_of(version) >= 21 && !vars.iter().any(|(k, _)| k == "GOTOOLCHAIN") {
        vars.push(("GOTOOLCHAIN".into(), "local".into()));
    }
    for (k, v) in &vars {
        let v = fill(v, CHECKER_REFUSED, CHECKER_TMP, version);
        let _ = writeln!(env, "      {k}: {}", yaml_quote(&v));
    }
    format!(
        "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n{env}    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-go@v5\n        with:\n          go-version: '{version}'\n      - run: {}\n",
        yaml_quote(&case.cmd.shell())
    )
}

struct Verdict {
    /// Go's error text the rule's findings quote as what go fails with.
    claims: Vec<String>,
    /// All the rule's messages.
    messages: Vec<String>,
}

/// The backtick text after the phrases with which the rules quote go's failure (a claim about
/// `go get` counts only for a `go get`).
fn claims_of(message: &str, cmd: &Cmd) -> Vec<String> {
    if message.contains("`go get` fail") && *cmd != Cmd::Get {
        return Vec::new();
    }
    const MARKERS: &[&str] = &["with `", ": `", "fail: `"];
    let mut out = Vec::new();
    for m in MARKERS {
        for (i, _) in message.match_indices(m) {
            let start = i + m.len();
            let before = &message[..i];
            // `: ` claims only after a failure verb ("stops every go command: `…`",
            // "rejected by Go: `…`")
            if *m == ": `"
                && !(before.ends_with("stops every go command")
                    || before.ends_with("rejected by Go")
                    || before.contains("stops `go "))
            {
                continue;
            }
            if *m == "with `" && !(before.contains("fail")) {
                continue;
            }
            if let Some(len) = message[start..].find('`') {
                let c = message[start..start + len].to_owned();
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        }
    }
    out
}

fn checker(case: &Case, version: &str) -> Verdict {
    let mut files = vec![
        (
            ".github/workflows/ci.yml".to_owned(),
            workflow(case, version).into_bytes(),
        ),
        ("go.mod".to_owned(), case.go_mod.clone().into_bytes()),
    ];
    if !case.goenv.is_empty() {
        files.push((
            "go.env".to_owned(),
            fill(&case.goenv, CHECKER_REFUSED, CHECKER_TMP, version).into_bytes(),
        ));
    }
    let report = analyze(files, &Options::default());
    let messages: Vec<String> = report
        .findings
        .iter()
        .filter(|f| f.rule == case.rule)
        .map(|f| f.message.clone())
        .collect();
    let canon = |s: &str| {
        s.replace(CHECKER_REFUSED, "{refused}")
            .replace(CHECKER_TMP, "$TMP")
    };
    let claims = messages
        .iter()
        .flat_map(|m| claims_of(m, &case.cmd))
        .map(|c| canon(&c))
        .collect();
    Verdict {
        claims,
        messages: messages.iter().map(|m| canon(m)).collect(),
    }
}

/// Whether go failed because of the configuration (not because this sandbox has no network or
/// nothing to download).
fn config_failure(o: &Observed) -> bool {
    if o.ok {
        return false;
    }
    let sandbox = [
        // a valid proxy, checksum database or sumdb URL: nothing listens
        "connection refused",
        "proxyconnect",
        // a valid file:// proxy that does not serve the module
        "no such file or directory",
        // GOPROXY=off, set for the cases that need no download
        "disabled by GOPROXY=off",
        "toolchain not available",
        "no module dependencies to download",
    ];
    !sandbox.iter().any(|s| o.stderr.contains(s))
}

fn quoted_by(stderr: &str, claim: &str) -> bool {
    stderr.split('\n').any(|l| {
        l == claim || l.ends_with(&format!(": {claim}")) || l.ends_with(&format!("/{claim}"))
    })
}

fn compare(version: &str, case: &Case, o: &Observed) -> Option<String> {
    let v = checker(case, version);
    let fails = config_failure(o);
    let mut problems = Vec::new();
    if fails && v.claims.is_empty() {
        problems.push("go fails, the rule quotes no failure".to_owned());
    }
    if !fails && !v.claims.is_empty() {
        problems.push("the rule quotes a failure, go does not fail so".to_owned());
    }
    // go stops at the first bad word or entry; the rule quotes, for each, what go says about it
    // alone: one of them must be go's
    if fails && !v.claims.is_empty() && !v.claims.iter().any(|c| quoted_by(&o.stderr, c)) {
        problems.push(format!(
            "go says none of {}",
            v.claims
                .iter()
                .map(|c| format!("`{}`", esc(c)))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    if std::env::var_os("QUOTED_VERBOSE").is_some() {
        eprintln!(
            "go{version} {} {}: go {} {:?} / checker {:?}",
            case.id,
            esc(&case.inputs()),
            if o.ok { "ok" } else { "fail" },
            o.stderr,
            v.messages
        );
    }
    (!problems.is_empty()).then(|| {
        format!(
            "go{version} {} [{}] {}\n    go:      {} {}\n    checker: {}",
            case.id,
            case.rule,
            esc(&case.inputs()),
            if o.ok { "ok" } else { "fail" },
            esc(&o.stderr),
            if v.messages.is_empty() {
                "(no finding)".to_owned()
            } else {
                v.messages
                    .iter()
                    .map(|m| esc(m))
                    .collect::<Vec<_>>()
                    .join(" | ")
            }
        ) + &format!("\n    => {}", problems.join("; "))
    })
}

fn read_known() -> Vec<String> {
    std::fs::read_to_string(known_path())
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

#[test]
fn quoted_errors_go_vs_checker() {
    let filter = std::env::var("QUOTED_FILTER").unwrap_or_default();
    let cases: Vec<Case> = generate()
        .into_iter()
        .filter(|c| c.id.contains(&filter))
        .collect();
    let require = std::env::var("GOPROXY_DOCTOR_REQUIRE_GO").as_deref() == Ok("1");
    let update = std::env::var("UPDATE_GOLDEN").as_deref() == Ok("1");
    let mut failures = Vec::new();
    let mut disagreements: Vec<(String, String)> = Vec::new();
    let mut checked = Vec::new();
    for g in GOS {
        match find_go(g) {
            None if require => failures.push(format!(
                "go{} not found (GOPROXY_DOCTOR_REQUIRE_GO=1): run scripts/install-go.sh",
                g.version
            )),
            None => say(format!(
                "quoted_errors: SKIP live run for go{}: no binary at {:?}; checking against the golden file only",
                g.version, g.candidates
            )),
            Some(go) => {
                let start = Instant::now();
                let obs = run_all(&go, g.version, &cases);
                say(format!(
                    "quoted_errors: go{}: {} cases in {:.1}s",
                    g.version,
                    cases.len(),
                    start.elapsed().as_secs_f64()
                ));
                if update && filter.is_empty() {
                    write_golden(g.version, &cases, &obs);
                } else {
                    let golden = read_golden(g.version).unwrap_or_default();
                    let stale: Vec<String> = cases
                        .iter()
                        .zip(&obs)
                        .filter_map(|(c, o)| match golden.get(&c.id) {
                            None => Some(format!("{}: not in the golden file", c.id)),
                            Some((i, _)) if *i != c.inputs() => {
                                Some(format!("{}: inputs changed", c.id))
                            }
                            Some((_, want)) if want != o => Some(format!(
                                "{}: golden {} {} / live {} {}",
                                c.id,
                                want.ok,
                                esc(&want.stderr),
                                o.ok,
                                esc(&o.stderr)
                            )),
                            Some(_) => None,
                        })
                        .collect();
                    if !stale.is_empty() {
                        failures.push(format!(
                            "{} is stale ({} differences; regenerate with `UPDATE_GOLDEN=1 cargo test -p goproxy-doctor-checker --test quoted_errors`):\n  {}",
                            golden_path(g.version).display(),
                            stale.len(),
                            stale.iter().take(20).cloned().collect::<Vec<_>>().join("\n  ")
                        ));
                    }
                }
            }
        }
        let Some(golden) = read_golden(g.version) else {
            failures.push(format!(
                "no golden file {}",
                golden_path(g.version).display()
            ));
            continue;
        };
        checked.push(g.version);
        let mut n = 0;
        for c in &cases {
            let Some((_, o)) = golden.get(&c.id) else {
                continue;
            };
            n += 1;
            if let Some(d) = compare(g.version, c, o) {
                disagreements.push((format!("go{} {}", g.version, c.id), d));
            }
        }
        say(format!(
            "quoted_errors: go{}: {n} cases compared with the checker",
            g.version
        ));
    }
    let known = read_known();
    let mut unexpected = 0;
    for (key, text) in &disagreements {
        let tag = if known.contains(key) {
            "KNOWN"
        } else {
            unexpected += 1;
            "NEW"
        };
        eprintln!("[{tag}] {text}");
    }
    if unexpected > 0 {
        failures.push(format!(
            "the checker disagrees with go on {unexpected} cases not in {} (listed above as [NEW])",
            known_path().display()
        ));
    }
    let fixed: Vec<&String> = known
        .iter()
        .filter(|k| {
            let mut w = k.split(' ');
            let (v, id) = (w.next().unwrap_or(""), w.next().unwrap_or(""));
            checked.iter().any(|c| v == format!("go{c}"))
                && cases.iter().any(|c| c.id == id)
                && !disagreements.iter().any(|(d, _)| d == *k)
        })
        .collect();
    if !fixed.is_empty() {
        failures.push(format!(
            "the checker now agrees with go on these cases listed in {}; remove them: {fixed:?}",
            known_path().display()
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
