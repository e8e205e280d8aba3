//! `check --live` end to end: the real binary (and so the real checker component, its plan and
//! its wasi:http requests through the host's policy and connector) against loopback servers.
//! Every endpoint of the fixtures is on 127.0.0.1 or removed with `--live-deny`; nothing
//! leaves the machine.
#![allow(clippy::unwrap_used)]

mod support;

use std::path::Path;
use std::process::Command;

use support::servers::{self, Certs, Reply, Server};

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(dir: &Path, args: &[String], env: &[(&str, String)]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_goproxy-doctor"))
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .envs(env.iter().map(|(k, v)| (k, v)))
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

const GO_MOD: &str = "module corp.example/app\n\ngo 1.22\n\nrequire (\n\tcorp.example/lib v1.0.0\n\tgithub.com/BurntSushi/toml v1.3.2\n\tgolang.org/x/missing v0.1.0\n)\n";

/// One stage per GOPROXY under test, all inheriting GOSUMDB and GOPRIVATE from `base`.
fn dockerfile(sumdb: &str, stages: &[(&str, String)]) -> String {
    let mut d = format!(
        "FROM golang:1.22 AS base\nWORKDIR /src\nENV GOSUMDB=\"sum.golang.org {sumdb}\" GOPRIVATE=corp.example\nCOPY go.mod go.sum ./\n"
    );
    for (name, proxy) in stages {
        d.push_str(&format!(
            "\nFROM base AS {name}\nENV GOPROXY={proxy},off\nRUN go mod download\n"
        ));
    }
    d
}

struct Fixture {
    dir: tempfile::TempDir,
    _servers: Vec<Server>,
    public_proxy: Server,
    public_sumdb: Server,
    args: Vec<String>,
}

async fn fixture(stages: &[(&str, String)], sumdb: &Server, extra: Vec<Server>) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("go.mod"), GO_MOD).unwrap();
    std::fs::write(dir.path().join("go.sum"), "").unwrap();
    std::fs::write(
        dir.path().join("Dockerfile"),
        dockerfile(&sumdb.url("http"), stages),
    )
    .unwrap();
    // the public proxy knows a module named like the private one: dependency confusion
    let public_proxy = servers::http(|t| {
        if t == "/corp.example/lib/@v/list" {
            Reply::body(200, "v1.0.0\n")
        } else {
            Reply::status(404)
        }
    })
    .await;
    let public_sumdb = servers::http(|_| Reply::status(404)).await;
    let args = vec![
        "check".into(),
        "--live".into(),
        "--format".into(),
        "json".into(),
        "--fail-on".into(),
        "never".into(),
        "--live-deny".into(),
        "corp.example".into(),
        "--live-timeout-secs".into(),
        "4".into(),
        "--public-proxy".into(),
        public_proxy.url("http"),
        "--public-sumdb".into(),
        public_sumdb.url("http"),
    ];
    let mut servers = extra;
    servers.push(sumdb.clone());
    Fixture {
        dir,
        _servers: servers,
        public_proxy,
        public_sumdb,
        args,
    }
}

fn live_findings(r: &Run) -> Vec<(String, String)> {
    let v: serde_json::Value = serde_json::from_str(&r.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", r.stdout, r.stderr));
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"].as_str().unwrap().starts_with("GPD8"))
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn has(findings: &[(String, String)], rule: &str, needle: &str) -> bool {
    findings
        .iter()
        .any(|(r, m)| r == rule && m.contains(needle))
}

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    tokio::task::spawn_blocking(f).await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn live_findings_for_each_failure_class() {
    let tree = tempfile::tempdir().unwrap();
    servers::module_tree(
        tree.path(),
        &[("github.com/!burnt!sushi/toml", &["v1.3.2"])],
    );
    let good = servers::goproxy(tree.path().to_owned()).await;
    let gone = servers::http(|_| Reply::status(410)).await;
    let auth = servers::http(|_| Reply::status(403)).await;
    let broken = servers::http(|_| Reply::status(500)).await;
    let stall = servers::http(|_| Reply::stall()).await;
    let closed = servers::closed_port().await;
    let sumdb = servers::http(|t| {
        if t == "/latest" {
            Reply::body(200, "go.sum database tree\n")
        } else {
            Reply::status(404)
        }
    })
    .await;
    let stages = [
        ("good", good.url("http")),
        ("gone", gone.url("http")),
        ("auth", auth.url("http")),
        ("broken", broken.url("http")),
        ("stall", stall.url("http")),
        ("down", format!("http://{closed}")),
    ];
    let f = fixture(
        &stages,
        &sumdb,
        vec![good.clone(), gone, auth, broken, stall],
    )
    .await;

    // --plan sends nothing
    let (dir, mut args) = (f.dir.path().to_owned(), f.args.clone());
    args.push("--plan".into());
    let plan = blocking(move || run(&dir, &args, &[])).await;
    assert_eq!(plan.code, 0, "{}", plan.stderr);
    assert!(
        plan.stdout.contains(&format!(
            "GET {}/github.com/!burnt!sushi/toml/@v/list",
            good.url("http")
        )),
        "{}",
        plan.stdout
    );
    assert!(plan.stdout.contains("from: Dockerfile:"), "{}", plan.stdout);
    assert!(
        plan.stdout.contains("not sent (--live-deny): 1"),
        "{}",
        plan.stdout
    );
    assert_eq!(good.hits() + sumdb.hits() + f.public_proxy.hits(), 0);

    let (dir, args) = (f.dir.path().to_owned(), f.args.clone());
    let started = std::time::Instant::now();
    let r = blocking(move || run(&dir, &args, &[])).await;
    let elapsed = started.elapsed();
    assert_eq!(r.code, 0, "{}", r.stderr);
    let got = live_findings(&r);
    let good_host = good.addr.to_string();
    assert!(has(&got, "GPD803", "golang.org/x/missing"), "{got:#?}");
    assert!(
        !got.iter()
            .any(|(_, m)| m.contains(&good_host) && m.contains("BurntSushi")),
        "the good proxy serves it: {got:#?}"
    );
    assert!(
        !got.iter()
            .any(|(r, m)| r == "GPD801" && m.contains(&good_host)),
        "{got:#?}"
    );
    assert!(has(&got, "GPD803", "answered 410"), "{got:#?}");
    assert!(has(&got, "GPD806", "answered 403"), "{got:#?}");
    assert!(has(&got, "GPD801", "answered 500"), "{got:#?}");
    assert!(has(&got, "GPD801", "read timeout"), "{got:#?}");
    assert!(has(&got, "GPD801", "connection was refused"), "{got:#?}");
    assert!(has(&got, "GPD804", "corp.example/lib"), "{got:#?}");
    assert!(
        !got.iter().any(|(r, _)| r == "GPD805"),
        "the sumdb answers: {got:#?}"
    );
    assert!(f.public_sumdb.hits() >= 1);
    assert!(elapsed < std::time::Duration::from_secs(20), "{elapsed:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_trust_comes_from_ssl_cert_file() {
    let certs = Certs::new();
    let tls = servers::https(&certs, |_| Reply::body(200, "v1.3.2\n")).await;
    let closed = servers::closed_port().await;
    let dead_sumdb = Server {
        addr: closed,
        seen: Default::default(),
        peak: Default::default(),
    };
    let f = fixture(&[("tls", tls.url("https"))], &dead_sumdb, vec![tls.clone()]).await;
    let ca = certs.write_ca(f.dir.path());

    let (dir, args) = (f.dir.path().to_owned(), f.args.clone());
    let untrusted = blocking(move || run(&dir, &args, &[])).await;
    let got = live_findings(&untrusted);
    assert!(has(&got, "GPD802", "is not trusted"), "{got:#?}");
    assert!(has(&got, "GPD805", "is not reachable"), "{got:#?}");

    let (dir, args) = (f.dir.path().to_owned(), f.args.clone());
    let ca = ca.display().to_string();
    let trusted = blocking(move || run(&dir, &args, &[("SSL_CERT_FILE", ca)])).await;
    let got = live_findings(&trusted);
    assert!(!got.iter().any(|(r, _)| r == "GPD802"), "{got:#?}");
    assert!(tls.hits() >= 2, "the trusted run got an answer");

    // SSL_CERT_DIR: every file of the directory
    let ca_dir = f.dir.path().join("certs");
    std::fs::create_dir(&ca_dir).unwrap();
    certs.write_ca(&ca_dir);
    let (dir, args) = (f.dir.path().to_owned(), f.args.clone());
    let ca_dir = ca_dir.display().to_string();
    let before = tls.hits();
    let trusted = blocking(move || run(&dir, &args, &[("SSL_CERT_DIR", ca_dir)])).await;
    let got = live_findings(&trusted);
    assert!(!got.iter().any(|(r, _)| r == "GPD802"), "{got:#?}");
    assert!(
        tls.hits() > before,
        "the handshake succeeded and the request was served"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn denied_origins_are_never_contacted() {
    let tree = tempfile::tempdir().unwrap();
    let good = servers::goproxy(tree.path().to_owned()).await;
    let sumdb = servers::http(|_| Reply::status(200)).await;
    let f = fixture(&[("good", good.url("http"))], &sumdb, vec![good.clone()]).await;
    let (dir, mut args) = (f.dir.path().to_owned(), f.args.clone());
    args.push("--live-deny".into());
    args.push(good.url("http"));
    let r = blocking(move || run(&dir, &args, &[])).await;
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(good.hits(), 0);
    assert!(sumdb.hits() >= 1);
}

/// 100 probes against a proxy that takes 200 ms per request, through the whole chain (the
/// component sends them all, then waits on all of them; the host's connector runs them
/// concurrently). Sequentially this would take 20 s; the bound is generous to stay stable on
/// a loaded machine. The measured time is printed (`--nocapture`); see README.md.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hundred_slow_probes_run_concurrently() {
    let slow = servers::http(|_| Reply {
        delay: std::time::Duration::from_millis(200),
        ..Reply::status(200)
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let mut go_mod = String::from("module a.example/app\n\ngo 1.22\n\nrequire (\n");
    for i in 0..100 {
        go_mod.push_str(&format!("\tmod{i}.example/m v1.0.0\n"));
    }
    go_mod.push_str(")\n");
    std::fs::write(dir.path().join("go.mod"), go_mod).unwrap();
    std::fs::write(
        dir.path().join("Dockerfile"),
        format!(
            "FROM golang:1.22\nWORKDIR /src\nENV GOPROXY={},off GOSUMDB=off\nCOPY go.mod ./\nRUN go mod download\n",
            slow.url("http")
        ),
    )
    .unwrap();
    let args: Vec<String> = [
        "check",
        "--live",
        "--format",
        "json",
        "--fail-on",
        "never",
        "--live-max-requests",
        "100",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    let path = dir.path().to_owned();
    let started = std::time::Instant::now();
    let r = blocking(move || run(&path, &args, &[])).await;
    let elapsed = started.elapsed();
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(slow.hits(), 100);
    assert!(live_findings(&r).is_empty(), "{}", r.stdout);
    // --format json lists what each probe measured
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let probes = v["probes"].as_array().expect("probes in the JSON report");
    assert_eq!(probes.len(), 100);
    assert!(
        probes
            .iter()
            .all(|p| p["status"] == 200 && p["elapsed_ms"].as_u64().is_some_and(|ms| ms >= 200)),
        "{probes:?}"
    );
    // concurrency shown by the server, not by a clock: many requests were in hand at once
    assert!(
        slow.peak_concurrency() >= 50,
        "at most {} requests at once",
        slow.peak_concurrency()
    );
    println!("check --live, 100 probes of 200 ms each: {elapsed:?} (whole process)");
}

fn live_helps(r: &Run, rule: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(&r.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", r.stdout, r.stderr));
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == rule)
        .map(|f| f["help"].as_str().unwrap_or("").to_owned())
        .collect()
}

/// HTTPS_PROXY: the CONNECT proxy sees the tunnel (the binary never resolves the proxy's
/// target itself), and the finding names the proxy in the path.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn https_proxy_carries_the_traffic_and_is_named() {
    let certs = Certs::new();
    let backend = servers::https(&certs, |_| Reply::status(403)).await;
    let proxy = servers::connect_proxy(backend.addr).await;
    let sumdb = servers::http(|_| Reply::status(200)).await;
    let port = backend.addr.port();
    let f = fixture(
        &[("viaproxy", format!("https://goproxy.test:{port}"))],
        &sumdb,
        vec![backend.clone(), proxy.clone()],
    )
    .await;
    let ca = certs.write_ca(f.dir.path()).display().to_string();
    let (dir, args) = (f.dir.path().to_owned(), f.args.clone());
    let env = vec![("HTTPS_PROXY", proxy.url("http")), ("SSL_CERT_FILE", ca)];
    let r = blocking(move || run(&dir, &args, &env)).await;
    assert_eq!(r.code, 0, "{}", r.stderr);
    let helps = live_helps(&r, "GPD806");
    assert!(!helps.is_empty(), "{}", r.stdout);
    let via = format!("through the HTTP proxy {}", proxy.url("http"));
    assert!(helps.iter().all(|h| h.contains(&via)), "{helps:#?}");
    let seen = proxy.seen.lock().unwrap().clone();
    assert!(!seen.is_empty(), "the proxy saw the traffic");
    assert!(
        seen.iter()
            .all(|s| s == &format!("CONNECT goproxy.test:{port}")),
        "{seen:?}"
    );
    assert_eq!(backend.hits(), seen.len());
}

/// A name that does not resolve, in a network namespace this test creates (so that the DNS
/// query cannot leave the machine). Skipped, with a message, where namespaces are not allowed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dns_failure_in_a_private_network_namespace() {
    let probe = Command::new("unshare").args(["-n", "true"]).output();
    if !probe.is_ok_and(|o| o.status.success()) {
        eprintln!("skipped: cannot create a network namespace here (unshare -n failed)");
        return;
    }
    let nothing = Server {
        addr: servers::closed_port().await,
        seen: Default::default(),
        peak: Default::default(),
    };
    let f = fixture(
        &[("dns", "https://goproxy-doctor-test.invalid".to_owned())],
        &nothing,
        Vec::new(),
    )
    .await;
    let dir = f.dir.path().to_owned();
    let mut args = vec![
        "-n".to_owned(),
        env!("CARGO_BIN_EXE_goproxy-doctor").to_owned(),
    ];
    args.extend(f.args.clone());
    let out = blocking(move || {
        Command::new("unshare")
            .args(&args)
            .current_dir(&dir)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .output()
            .unwrap()
    })
    .await;
    let r = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert_eq!(r.code, 0, "{}", r.stderr);
    let got = live_findings(&r);
    assert!(
        has(&got, "GPD801", "goproxy-doctor-test.invalid")
            && has(&got, "GPD801", "does not resolve"),
        "{got:#?}"
    );
}

/// A server that drips its body resets every per-phase timeout: only the bound on the whole
/// probe phase stops it. The static findings are still written; the exit status says the
/// live checks did not complete.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_probe_phase_is_bounded_and_static_findings_survive() {
    let drip = servers::http(|_| Reply::drip()).await;
    let sumdb = servers::http(|_| Reply::status(200)).await;
    let f = fixture(&[("drip", drip.url("http"))], &sumdb, vec![drip.clone()]).await;
    let (dir, mut args) = (f.dir.path().to_owned(), f.args.clone());
    let at = args
        .iter()
        .position(|a| a == "--live-timeout-secs")
        .unwrap();
    args[at + 1] = "2".into();
    let started = std::time::Instant::now();
    let r = blocking(move || run(&dir, &args, &[])).await;
    let elapsed = started.elapsed();
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("did not finish within 2 s") && r.stderr.contains("--live-timeout-secs"),
        "{}",
        r.stderr
    );
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert!(v["findings"].is_array(), "the report is still written");
    assert!(elapsed < std::time::Duration::from_secs(10), "{elapsed:?}");
    assert!(drip.hits() >= 1);
}
