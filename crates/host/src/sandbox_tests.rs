//! The sandbox, proved against a hostile component: `tests/hostile` implements the checker's
//! WIT world, but its `analyze` and `probe` try to escape (files, environment, sockets, HTTP
//! outside the plan or with other methods, endless loops and allocations, blocking host calls,
//! floods of output, host resources) and report what each attempt observed. It runs under the
//! real runtime ([`Session`]) and the real policy and connector, against loopback servers.
//!
//! Every observation line starts with `ok` (the sandbox let it through) or `denied`. Limits
//! are generous (a 2 s deadline); the tests assert what was reported, never how long it took.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use goproxy_doctor_checker::gosem::GoVersion;
use goproxy_doctor_checker::gosem::httpproxy::ProxyEnv;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

use crate::connector::Connector;
use crate::policy::Policy;
use crate::runtime::{Limits, Options, Session, SourceFile};
use crate::test_servers::{self as servers, Reply};

/// The hostile component, precompiled by build.rs from tests/hostile/hostile.wasm.
static HOSTILE_CWASM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/hostile.cwasm"));

const LIMITS: Limits = Limits {
    memory_mib: 64,
    timeout: Duration::from_secs(2),
};

async fn hostile() -> Session {
    Session::start_with(HOSTILE_CWASM, LIMITS, Policy::deny_all())
        .await
        .expect("the hostile component starts")
}

fn attack(name: &str, arg: &str) -> SourceFile {
    SourceFile {
        path: name.to_owned(),
        contents: arg.as_bytes().to_vec(),
    }
}

fn options() -> Options {
    Options {
        no_ignores: false,
        public_proxy: None,
        public_sumdb: None,
        proxy_env: Vec::new(),
        slow_ms: 0,
        max_probes: 0,
        config: None,
    }
}

/// Run attacks through `analyze`; the observations of each, in order.
async fn analyze(session: &mut Session, attacks: &[SourceFile]) -> Result<Vec<String>, String> {
    let report = session.analyze(attacks, options()).await?;
    Ok(observations(&report.findings))
}

fn observations(findings: &[crate::runtime::Finding]) -> Vec<String> {
    findings
        .iter()
        .flat_map(|f| f.message.lines().map(str::to_owned).collect::<Vec<_>>())
        .collect()
}

fn all_denied(observed: &[String]) {
    assert!(!observed.is_empty());
    for line in observed {
        assert!(
            line.starts_with("denied "),
            "the sandbox let through: {line}\n{observed:#?}"
        );
    }
}

fn connector() -> Arc<Connector> {
    Arc::new(Connector::new(
        ProxyEnv::from_env(|_| String::new(), &GoVersion::minor(27)),
        rustls::RootCertStore::empty(),
    ))
}

/// A loopback HTTP server that records the head of every request it gets, and how many
/// connections were opened (whether a request came on them or not).
struct Recorder {
    addr: std::net::SocketAddr,
    heads: Arc<Mutex<Vec<String>>>,
    connections: Arc<AtomicUsize>,
}

impl Recorder {
    async fn start() -> Recorder {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let heads = Arc::new(Mutex::new(Vec::new()));
        let connections = Arc::new(AtomicUsize::new(0));
        let (h, c) = (Arc::clone(&heads), Arc::clone(&connections));
        tokio::spawn(async move {
            while let Ok((mut tcp, _)) = listener.accept().await {
                c.fetch_add(1, Ordering::SeqCst);
                let heads = Arc::clone(&h);
                tokio::spawn(async move {
                    let mut head = Vec::new();
                    let mut byte = [0u8; 1];
                    while !head.ends_with(b"\r\n\r\n") {
                        match tcp.read(&mut byte).await {
                            Ok(1) => head.push(byte[0]),
                            _ => return,
                        }
                    }
                    heads
                        .lock()
                        .unwrap()
                        .push(String::from_utf8_lossy(&head).into_owned());
                    let _ = tcp
                        .write_all(
                            b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                        )
                        .await;
                    let _ = tcp.shutdown().await;
                });
            }
        });
        Recorder {
            addr,
            heads,
            connections,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    fn origin(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn heads(&self) -> Vec<String> {
        self.heads.lock().unwrap().clone()
    }

    fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

#[tokio::test]
async fn files_and_directories_are_out_of_reach() {
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("secret.txt");
    std::fs::write(&secret, "the host's secret").unwrap();
    let secret = secret.to_str().unwrap().to_owned();
    let mut session = hostile().await;
    let observed = analyze(&mut session, &[attack("fs", &secret)])
        .await
        .unwrap();
    // no preopens; 6 reads (the secret by its absolute path among them), 3 listings, 2 writes
    assert_eq!(observed.len(), 12, "{observed:#?}");
    all_denied(&observed);
    assert!(
        observed[0].starts_with("denied preopens: none"),
        "{observed:#?}"
    );
    assert!(
        observed[1].starts_with(&format!("denied read {secret}")),
        "{observed:#?}"
    );
    assert!(!std::path::Path::new(&format!("{secret}.hostile")).exists());
}

#[tokio::test]
async fn environment_arguments_and_working_directory_are_empty() {
    // The test process has an environment (PATH at least); none of it may show.
    assert!(std::env::var_os("PATH").is_some());
    let mut session = hostile().await;
    let observed = analyze(&mut session, &[attack("env", "")]).await.unwrap();
    assert_eq!(observed.len(), 6, "{observed:#?}");
    all_denied(&observed);
}

#[tokio::test]
async fn sockets_and_name_lookups_are_denied() {
    let listener = Recorder::start().await;
    let mut session = hostile().await;
    let observed = analyze(
        &mut session,
        &[attack("sockets", &listener.addr.to_string())],
    )
    .await
    .unwrap();
    // two TCP sockets (to connect, to listen), a UDP socket, two lookups: all refused at once
    assert_eq!(observed.len(), 5, "{observed:#?}");
    all_denied(&observed);
    // The sockets themselves are refused (allow_tcp/allow_udp false); connecting and binding
    // would be refused next (no address is allowed), but the guest never gets that far.
    for (line, socket) in observed[..3].iter().zip(["tcp", "tcp", "udp"]) {
        assert!(
            line.starts_with(&format!("denied {socket} socket: ")),
            "{line}"
        );
        assert!(line.contains("name: \"access-denied\""), "{line}");
    }
    // refused before any lookup, for names and addresses alike
    for line in &observed[3..] {
        assert!(
            line.contains("name: \"permanent-resolver-failure\""),
            "{line}"
        );
    }
    assert_eq!(listener.connections(), 0, "nothing reached the listener");
}

#[tokio::test]
async fn analysis_sends_no_request_at_all() {
    let server = Recorder::start().await;
    let mut session = hostile().await;
    let requests = format!("GET {}\nHEAD {}", server.url("/a"), server.url("/b"));
    let observed = analyze(&mut session, &[attack("http", &requests)])
        .await
        .unwrap();
    assert_eq!(observed.len(), 2, "{observed:#?}");
    all_denied(&observed);
    for line in &observed {
        assert!(line.ends_with(": ErrorCode::HttpRequestDenied"), "{line}");
    }
    assert_eq!(server.connections(), 0);
}

/// The live phase as check.rs runs it: a hostile checker in a store of its own sends
/// `requests` (one per line) under a policy that allows `origin` only, at most `budget`
/// requests, each phase of one at most `phase`; the whole phase is bounded by `deadline`.
async fn send(
    origin: &str,
    budget: usize,
    phase: Duration,
    requests: &str,
    deadline: Duration,
) -> Result<Vec<String>, String> {
    let mut session = hostile().await;
    let policy = Policy::live(&[origin], budget, phase, connector());
    let report = session
        .probe(
            &[attack("http", requests)],
            &[],
            &options(),
            policy,
            deadline,
        )
        .await?;
    Ok(observations(&report.findings))
}

#[tokio::test]
async fn only_get_and_head_to_the_approved_origins_leave() {
    let approved = Recorder::start().await;
    let other = Recorder::start().await;
    let port = approved.addr.port();
    let refused_methods = [
        "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH", "PROPFIND",
    ];
    // (request, what the guest must see)
    let denied = "ErrorCode::HttpRequestDenied";
    let mut expected = vec![
        (format!("GET {}", approved.url("/get")), "200"),
        (format!("HEAD {}", approved.url("/head")), "200"),
        // a body on a GET is never sent: the connector sends the head alone
        (
            format!("GET {} SECRETBODY", approved.url("/get-with-body")),
            "200",
        ),
        (format!("GET {}", other.url("/other")), denied),
        (format!("GET http://localhost:{port}/by-name"), denied),
        (format!("GET https://{}/https", approved.addr), denied),
        // user info could smuggle credentials or confuse the origin check
        (
            format!("GET http://user@{}/userinfo", approved.addr),
            denied,
        ),
    ];
    expected.extend(refused_methods.iter().map(|m| {
        (
            format!("{m} {} SECRETBODY", approved.url(&format!("/{m}"))),
            denied,
        )
    }));
    let requests: Vec<&str> = expected.iter().map(|(r, _)| r.as_str()).collect();
    // the session itself, to analyse with it after the live phase
    let mut session = hostile().await;
    let policy = Policy::live(
        &[&approved.origin()],
        64,
        Duration::from_secs(2),
        connector(),
    );
    let report = session
        .probe(
            &[attack("http", &requests.join("\n"))],
            &[],
            &options(),
            policy,
            Duration::from_secs(10),
        )
        .await
        .unwrap();
    let observed = observations(&report.findings);
    let expected: Vec<String> = expected
        .iter()
        .map(|(request, outcome)| match *outcome {
            "200" => format!("ok {request}: 200"),
            refusal => format!("denied {request}: {refusal}"),
        })
        .collect();
    assert_eq!(observed, expected);
    let heads = approved.heads();
    let lines: Vec<&str> = heads.iter().filter_map(|h| h.lines().next()).collect();
    assert_eq!(
        lines,
        [
            "GET /get HTTP/1.1",
            "HEAD /head HTTP/1.1",
            "GET /get-with-body HTTP/1.1"
        ]
    );
    for head in &heads {
        let head = head.to_ascii_lowercase();
        assert!(!head.contains("transfer-encoding"), "{head}");
        assert!(
            !head.contains("content-length") || head.contains("content-length: 0\r\n"),
            "{head}"
        );
        assert!(!head.contains("secretbody"), "{head}");
    }
    assert_eq!(approved.connections(), 3);
    assert_eq!(other.connections(), 0);

    // After the live phase the session is back to refusing everything.
    let observed = analyze(
        &mut session,
        &[attack("http", &format!("GET {}", approved.url("/get")))],
    )
    .await
    .unwrap();
    all_denied(&observed);
    assert_eq!(approved.connections(), 3);
}

#[tokio::test]
async fn redirects_outside_the_plan_are_not_followed() {
    let outside = Recorder::start().await;
    let target = outside.url("/elsewhere");
    let to = target.clone();
    let approved = servers::http(move |_| Reply::redirect(&to)).await;
    let url = format!("{}/start", approved.url("http"));
    let observed = send(
        &approved.url("http"),
        8,
        Duration::from_secs(2),
        &format!("GET {url}"),
        Duration::from_secs(10),
    )
    .await
    .unwrap();
    assert_eq!(
        observed,
        [format!(
            "denied GET {url}: ErrorCode::InternalError(Some(\"redirected to {target}, outside the approved plan (not followed)\"))"
        )]
    );
    assert_eq!(approved.hits(), 1);
    assert_eq!(outside.connections(), 0);
}

#[tokio::test]
async fn the_request_budget_holds() {
    let server = Recorder::start().await;
    let requests: Vec<String> = (0..5)
        .map(|i| format!("GET {}", server.url(&format!("/{i}"))))
        .collect();
    let observed = send(
        &server.origin(),
        3,
        Duration::from_secs(2),
        &requests.join("\n"),
        Duration::from_secs(10),
    )
    .await
    .unwrap();
    assert_eq!(
        observed,
        [
            format!("ok {}: 200", requests[0]),
            format!("ok {}: 200", requests[1]),
            format!("ok {}: 200", requests[2]),
            format!("denied {}: ErrorCode::ConnectionLimitReached", requests[3]),
            format!("denied {}: ErrorCode::ConnectionLimitReached", requests[4]),
        ]
    );
    assert_eq!(server.connections(), 3);
}

#[tokio::test]
async fn a_cpu_loop_is_stopped_by_the_epoch_deadline() {
    // A loop makes no host call, so the wall-clock timeout alone could never stop it.
    let mut session = hostile().await;
    let error = analyze(&mut session, &[attack("loop", "")])
        .await
        .unwrap_err();
    assert_eq!(
        error,
        "the checker exceeded its 2 s deadline while analysing the files; raise it with --timeout-secs"
    );
}

#[tokio::test]
async fn unbounded_allocation_is_reported_as_out_of_memory() {
    let mut session = hostile().await;
    let error = analyze(&mut session, &[attack("alloc", "")])
        .await
        .unwrap_err();
    assert_eq!(
        error,
        "the checker ran out of memory (cap 64 MiB) while analysing the files; raise the cap with --max-memory-mb"
    );
}

#[tokio::test]
async fn endless_recursion_is_stopped_by_the_stack_limit() {
    // A trap, not the host process aborting: the fiber keeps room for the host (engine_config).
    let mut session = hostile().await;
    let error = analyze(&mut session, &[attack("recurse", "")])
        .await
        .unwrap_err();
    assert_eq!(
        error,
        "the checker crashed while analysing the files: wasm trap: call stack exhausted\n\
         This is a bug in goproxy-doctor: please report it, with the files that caused it if you can."
    );
}

#[tokio::test]
async fn a_call_blocked_in_the_host_is_stopped_by_the_wall_clock() {
    // An hour-long wasi:clocks wait: the guest is suspended in the host, no epoch passes in it.
    let mut session = hostile().await;
    let error = analyze(&mut session, &[attack("sleep", "")])
        .await
        .unwrap_err();
    assert_eq!(
        error,
        "the checker exceeded its 2 s deadline while analysing the files; raise it with --timeout-secs"
    );
}

#[tokio::test]
async fn a_server_that_never_answers_is_cut_off_by_the_phase_timeout() {
    // The guest asks for no timeout at all; the policy imposes its own (1 s here).
    let stalled = servers::http(|_| Reply::stall()).await;
    let url = format!("{}/stall", stalled.url("http"));
    let observed = send(
        &stalled.url("http"),
        4,
        Duration::from_secs(1),
        &format!("GET {url}"),
        Duration::from_secs(30),
    )
    .await
    .unwrap();
    assert_eq!(
        observed,
        [format!(
            "denied GET {url}: ErrorCode::ConnectionReadTimeout"
        )]
    );
}

#[tokio::test]
async fn a_live_phase_blocked_on_a_server_is_stopped_by_its_deadline() {
    let stalled = servers::http(|_| Reply::stall()).await;
    // Phases may take an hour: only the deadline of the whole phase can stop it.
    let error = send(
        &stalled.url("http"),
        4,
        Duration::from_secs(3600),
        &format!("GET {}/stall", stalled.url("http")),
        Duration::from_secs(2),
    )
    .await
    .unwrap_err();
    assert_eq!(
        error,
        "the live checks did not finish within 2 s; raise the bound with --live-timeout-secs"
    );
    assert_eq!(stalled.hits(), 1);
}

#[tokio::test]
async fn output_floods_are_bounded_and_harmless() {
    let mut session = hostile().await;
    let observed = analyze(&mut session, &[attack("output", "8")])
        .await
        .unwrap();
    assert_eq!(
        observed,
        [
            "ok stdout: 8388608 bytes written",
            "ok stderr: 8388608 bytes written"
        ]
    );
    assert_eq!(session.stderr().len(), 64 << 10, "only the end is kept");
}

#[tokio::test]
async fn a_panic_after_a_flood_is_reported_with_its_message() {
    let mut session = hostile().await;
    let error = analyze(
        &mut session,
        &[attack("output", "2"), attack("panic", "boom")],
    )
    .await
    .unwrap_err();
    assert!(
        error.starts_with("the checker crashed while analysing the files: panicked at src/lib.rs:"),
        "{error}"
    );
    assert!(
        error.contains(": the hostile checker panics on purpose: boom\n"),
        "{error}"
    );
}

#[tokio::test]
async fn header_maps_are_capped() {
    // Header maps live in the host, outside the memory cap.
    // 64 KiB in one header, three ways; wasi:http traps the guest past the limit (8 KiB).
    for way in ["append", "set", "from-list"] {
        let mut session = hostile().await;
        let error = analyze(&mut session, &[attack("fields", way)])
            .await
            .unwrap_err();
        assert_eq!(
            error,
            "the checker failed while analysing the files: total size of fields exceeds limit",
            "{way}"
        );
    }
}

#[tokio::test]
async fn host_resources_are_capped() {
    // Resources live in the host, outside the memory cap: their number is bounded. (A debug
    // build of the host makes 20 000 host calls slowly: a deadline that is not the limit.)
    let limits = Limits {
        timeout: Duration::from_secs(120),
        ..LIMITS
    };
    let mut session = Session::start_with(HOSTILE_CWASM, limits, Policy::deny_all())
        .await
        .unwrap();
    let error = analyze(&mut session, &[attack("resources", "")])
        .await
        .unwrap_err();
    assert_eq!(
        error,
        "the checker failed while analysing the files: [new_fields] pushing fields: resource table has no free keys"
    );
}

#[tokio::test]
async fn random_bytes_are_capped() {
    let mut session = hostile().await;
    let error = analyze(&mut session, &[attack("random", "")])
        .await
        .unwrap_err();
    assert_eq!(
        error,
        "the checker failed while analysing the files: requested len 1099511627776 exceeds limit 1048576"
    );
}
