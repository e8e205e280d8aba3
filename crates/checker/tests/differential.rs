//! Differential tests: the checker's model of Go's module-download routing
//! (`gosem::fetch::predict`) against the real `go` command, for several Go versions.
//!
//! For each generated case (~1100), fresh servers are started on 127.0.0.1: fake GOPROXY servers,
//! one per mode (`serve` — serves the module's `@v/list`, `.info`, `.mod` and a real module zip
//! under any base path, and answers `/sumdb/<name>/supported` with 200; `serve-nosum` — the same
//! but 404 for `supported`; `404`, `410`, `403`, `500` — that status for everything), a fake
//! checksum-database URL (`sumdb`, 404 for everything), a closed port below the ephemeral range
//! (`refused`), and an `HTTPS_PROXY`/`HTTP_PROXY` recorder that logs every `CONNECT` target and
//! absolute URL and refuses it — nothing leaves the machine, and direct `?go-get=1` fetches and
//! direct checksum-database lookups become visible. A fake `git` on PATH reports each fetch to
//! the recorder and fails (direct mode for static-table hosts such as github.com). A file://
//! proxy serving the module sits in the case's scratch directory (`{scratch}/fileproxy`); a case
//! may also run with a fake GOROOT whose go.env it chooses (or which has none).
//!
//! Then `go mod download -json <module>@v1.0.0` runs (outside any module; works the same on all
//! three versions) with `env -i`-style scratch HOME/GOPATH/GOMODCACHE/GOCACHE, `GOENV` pointing at
//! the case's user env file, `GOTOOLCHAIN=local` (unless the case overrides it) and the case's OS
//! variables. What go contacted (first-contact order, deduplicated) and how it ended (`ok`, or
//! `fail:<class>` from go's error text, see `classify_error`) is the ground truth, kept per Go
//! version in `tests/differential/go<V>.tsv` with ports and scratch paths replaced by `{label}`
//! and `$TMP`. The model is given the same environment (with fixed fake ports) and a world
//! answering as these servers do, and must agree on the contacts and the outcome class (messages
//! are recorded, not compared).
//!
//! * Without a `go` binary the test still checks the model against the golden files.
//! * With one, the live run must agree with the golden file (`UPDATE_GOLDEN=1` rewrites it).
//! * `GOPROXY_DOCTOR_REQUIRE_GO=1` (set by `.ci/run`) makes a missing go binary an error
//!   (`scripts/install-go.sh` installs all three).
//! * Disagreements already reported are listed in `tests/differential/known-disagreements.txt`;
//!   any other disagreement fails the test, and so does a listed one that has been fixed.
//! * `DIFFTEST_FILTER=<substring>` runs only matching case ids; `DIFFTEST_VERBOSE=1` prints
//!   every case; `DIFFTEST_TRACE=1` prints every request the fake servers get.
//!
//! What can be observed, and so what is compared (both sides are mapped to it): plain-http
//! requests to our servers are seen in full (base path included); an `https://` URL pointing at
//! one of our plain-http servers only as a TLS connection (`tls {label}`, so a module fetch and a
//! `supported` probe look alike); `https://` to any other host only as the `CONNECT host:port`
//! (`connect host:port`), except the module's own host (`direct <module>`); a closed port and a
//! file:// proxy show nothing, so predicted contacts to them are dropped before comparing.

mod common;
use common::*;

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

// ---------------------------------------------------------------------------------------------
// Go versions

fn golden_path(version: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/differential/go{version}.tsv"))
}

// ---------------------------------------------------------------------------------------------
// Fake servers

/// The fixed set of endpoints a case can name in its settings, as `{label}` placeholders that
/// stand for `127.0.0.1:<port>`.
const LABELS: &[&str] = &[
    "serve",
    "serve-nosum",
    "404",
    "410",
    "403",
    "500",
    "sumdb",
    "refused",
];

/// Ports the model is given (it is pure; any ports do, the comparison maps them back to labels).
fn model_port(label: &str) -> u16 {
    47100 + LABELS.iter().position(|l| *l == label).expect("label") as u16
}

#[derive(Debug, Clone)]
enum Event {
    /// A plain HTTP request to one of our servers.
    Http { label: String, path: String },
    /// A TLS ClientHello (or other non-HTTP bytes) sent to one of our servers.
    Tls { label: String },
    /// `CONNECT host:port` to the recorder.
    Connect { target: String },
    /// An absolute-form request (`GET http://host/path`) to the recorder (HTTP_PROXY).
    Proxied { url: String },
    /// The go command ran `git` (a fake one on PATH that reports itself and fails).
    Git,
}

type Log = Arc<Mutex<Vec<Event>>>;

struct Server {
    port: u16,
    stop: Arc<AtomicBool>,
    handle: Option<thread::JoinHandle<()>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

struct Module {
    path: String,
    escaped: String,
    zip: Vec<u8>,
}

fn escape_path(p: &str) -> String {
    let mut s = String::new();
    for c in p.chars() {
        if c.is_ascii_uppercase() {
            s.push('!');
            s.push(c.to_ascii_lowercase());
        } else {
            s.push(c);
        }
    }
    s
}

fn go_mod_text(module: &str) -> String {
    format!("module {module}\n\ngo 1.16\n")
}

fn make_module(path: &str) -> Module {
    let prefix = format!("{path}@v1.0.0/");
    let zip = zip_stored(&[
        (format!("{prefix}go.mod"), go_mod_text(path).into_bytes()),
        (
            format!("{prefix}lib.go"),
            b"package lib\n\n// V is the version.\nconst V = \"v1.0.0\"\n".to_vec(),
        ),
    ]);
    Module {
        path: path.to_owned(),
        escaped: escape_path(path),
        zip,
    }
}

fn spawn_server(label: &str, log: Log, module: Arc<Module>) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let stop = Arc::new(AtomicBool::new(false));
    let stop2 = stop.clone();
    let label = label.to_owned();
    let handle = thread::spawn(move || {
        for conn in listener.incoming() {
            if stop2.load(Ordering::SeqCst) {
                break;
            }
            let Ok(mut conn) = conn else { continue };
            handle_conn(&label, &mut conn, &log, &module);
            let _ = conn.shutdown(Shutdown::Both);
        }
    });
    Server {
        port,
        stop,
        handle: Some(handle),
    }
}

fn read_head(conn: &mut TcpStream) -> Option<Vec<u8>> {
    conn.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let n = conn.read(&mut chunk).ok()?;
        if n == 0 {
            return if buf.is_empty() { None } else { Some(buf) };
        }
        buf.extend_from_slice(&chunk[..n]);
        if buf.first() == Some(&0x16) || buf.windows(4).any(|w| w == b"\r\n\r\n") {
            return Some(buf);
        }
        if buf.len() > 65536 {
            return Some(buf);
        }
    }
}

fn respond(conn: &mut TcpStream, status: u16, ctype: &str, body: &[u8]) {
    let reason = match status {
        200 => "OK",
        403 => "Forbidden",
        404 => "Not Found",
        410 => "Gone",
        500 => "Internal Server Error",
        _ => "Status",
    };
    let head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = conn.write_all(head.as_bytes());
    let _ = conn.write_all(body);
    let _ = conn.flush();
}

/// `%XX` → byte (Go's URL encoder escapes `!` in case-encoded paths as `%21`).
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16)
        {
            out.push(v);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn handle_conn(label: &str, conn: &mut TcpStream, log: &Log, module: &Module) {
    let Some(head) = read_head(conn) else { return };
    let text = String::from_utf8_lossy(&head);
    let mut words = text.split_whitespace();
    let (method, target) = match (words.next(), words.next()) {
        (Some(m), Some(t))
            if head.first() != Some(&0x16) && m.chars().all(|c| c.is_ascii_uppercase()) =>
        {
            (m.to_owned(), t.to_owned())
        }
        _ => {
            if label != "recorder" {
                log.lock().expect("log").push(Event::Tls {
                    label: label.to_owned(),
                });
            }
            return;
        }
    };
    if label == "recorder" {
        if method == "CONNECT" {
            log.lock().expect("log").push(Event::Connect { target });
            respond(conn, 403, "text/plain", b"");
        } else if method == "GITRUN" {
            if std::env::var_os("DIFFTEST_TRACE").is_some() {
                eprintln!("trace: git {target}");
            }
            // `git version` is local (go asks which flags git knows); anything else is a fetch.
            if target != "version" {
                log.lock().expect("log").push(Event::Git);
            }
        } else {
            // Plain-http request through HTTP_PROXY: close without an answer (unreachable).
            log.lock()
                .expect("log")
                .push(Event::Proxied { url: target });
        }
        return;
    }
    if std::env::var_os("DIFFTEST_TRACE").is_some() {
        eprintln!("trace: {label} {method} {target}");
    }
    log.lock().expect("log").push(Event::Http {
        label: label.to_owned(),
        path: target.clone(),
    });
    let path = percent_decode(target.split('?').next().unwrap_or(""));
    let path = path.as_str();
    let status = match label {
        "serve" | "serve-nosum" => 0,
        "sumdb" => 404,
        other => other.parse().unwrap_or(500),
    };
    if status != 0 {
        respond(conn, status, "text/plain; charset=utf-8", b"");
        return;
    }
    if let Some(rest) = path.find("/sumdb/").map(|i| &path[i + "/sumdb/".len()..]) {
        if rest.ends_with("/supported") && label == "serve" {
            respond(conn, 200, "text/plain", b"");
        } else {
            respond(conn, 404, "text/plain; charset=utf-8", b"");
        }
        return;
    }
    let marker = format!("/{}/@v/", module.escaped);
    match path.find(&marker).map(|i| &path[i + marker.len()..]) {
        Some("list") => respond(conn, 200, "text/plain", b"v1.0.0\n"),
        Some("v1.0.0.info") => respond(
            conn,
            200,
            "application/json",
            br#"{"Version":"v1.0.0","Time":"2020-01-01T00:00:00Z"}"#,
        ),
        Some("v1.0.0.mod") => respond(
            conn,
            200,
            "text/plain",
            go_mod_text(&module.path).as_bytes(),
        ),
        Some("v1.0.0.zip") => respond(conn, 200, "application/zip", &module.zip),
        _ => respond(conn, 404, "text/plain; charset=utf-8", b"not found"),
    }
}

// ---------------------------------------------------------------------------------------------
// A tiny deterministic zip writer (stored entries, fixed timestamps)

// ---------------------------------------------------------------------------------------------
// Cases

#[derive(Debug, Clone)]
struct Case {
    id: String,
    module: String,
    /// Process environment given to go (besides the scratch directories and proxies), with
    /// `{label}` placeholders. A present-but-empty value is passed as such.
    os: Vec<(String, String)>,
    /// Contents of the user env file (`$GOENV`), with placeholders.
    file: String,
    /// `$GOROOT/go.env`: the binary's own, or a fake GOROOT (OS `GOROOT`) holding this go.env
    /// (`Some`) or none (`None`).
    goroot: GoRoot,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum GoRoot {
    Real,
    Fake(Option<&'static str>),
}

impl Case {
    /// The inputs as one line, to detect a stale golden file.
    fn inputs(&self) -> String {
        match &self.goroot {
            GoRoot::Real => format!("{} {:?} {:?}", self.module, self.os, self.file),
            GoRoot::Fake(g) => format!(
                "{} {:?} {:?} go.env={:?}",
                self.module, self.os, self.file, g
            ),
        }
    }
}

fn fill(template: &str, port: &dyn Fn(&str) -> u16) -> String {
    let mut s = template.to_owned();
    for l in LABELS {
        let pat = format!("{{{l}}}");
        if s.contains(&pat) {
            s = s.replace(&pat, &format!("127.0.0.1:{}", port(l)));
        }
    }
    s
}

const MOD_CORP: &str = "corp.example/team/mod";
const MOD_UPPER: &str = "corp.example/Team/mod";
const MOD_OTHER: &str = "other.example/lib";
const MOD_HOST: &str = "corp.example";
const MOD_GH: &str = "github.com/acme/private";

fn generate() -> Vec<Case> {
    let mut cases = Vec::new();
    let mut counts: HashMap<String, usize> = HashMap::new();
    let mut push_root =
        |group: &str, module: &str, os: &[(&str, &str)], file: &str, goroot: GoRoot| {
            let n = counts.entry(group.to_owned()).or_default();
            *n += 1;
            let n = *n;
            cases.push(Case {
                id: format!("{group}-{n:04}"),
                module: module.to_owned(),
                os: os
                    .iter()
                    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                    .collect(),
                file: file.to_owned(),
                goroot,
            });
        };
    let mut push = |group: &str, module: &str, os: &[(&str, &str)], file: &str| {
        push_root(group, module, os, file, GoRoot::Real);
    };

    // 1. Pattern lists: which variable, which value, which module. GOPROXY has a serving proxy
    //    (with sumdb support) then direct, so: matched by GONOPROXY → direct fetch; otherwise
    //    downloaded from {serve}, then matched by GONOSUMDB → success, else sumdb via {serve}.
    let patterns = [
        "",
        "corp.example",
        "corp.example/",
        "corp.example//",
        "corp.example/team",
        "corp.example/team/mod",
        "corp.example/team/mod/sub",
        "corp.example/*",
        "corp.example/*/mod",
        "*.example",
        "*",
        "**",
        "other.example,corp.example",
        "other.example, corp.example",
        "corp.example ,other.example",
        "corp.example\r",
        "none",
        "off",
        "Corp.Example",
        "corp.example/Team",
        "corp.example/[a-",
        "corp.example/[!a]*",
        "corp.example/[^t]*",
        "corp.example/\\team",
        "https://corp.example",
        "corp.example/...",
        "corp.*",
        "corp.example:443",
        ",,corp.example",
        "other.example",
    ];
    let vars: &[&[&str]] = &[
        &["GOPRIVATE"],
        &["GONOPROXY"],
        &["GONOSUMDB"],
        &["GOPRIVATE", "GONOPROXY=none"],
        &["GOPRIVATE", "GONOSUMDB=other.example"],
    ];
    let modules = [MOD_CORP, MOD_UPPER, MOD_OTHER, MOD_HOST];
    for v in vars {
        for p in patterns {
            for m in modules {
                let mut os = vec![("GOPROXY", "http://{serve},direct")];
                os.push((v[0], p));
                for extra in &v[1..] {
                    let (k, val) = extra.split_once('=').expect("k=v");
                    os.push((k, val));
                }
                push("pat", m, &os, "");
            }
        }
    }

    // 2. GOPROXY strings.
    let proxies = [
        "http://{serve}",
        "http://{serve}/",
        "http://{serve-nosum}",
        "http://{404}",
        "http://{410}",
        "http://{403}",
        "http://{500}",
        "http://{refused}",
        "http://{404},http://{serve}",
        "http://{410},http://{serve}",
        "http://{404},http://{410}",
        "http://{403},http://{serve}",
        "http://{403}|http://{serve}",
        "http://{500},http://{serve}",
        "http://{500}|http://{serve}",
        "http://{refused},http://{serve}",
        "http://{refused}|http://{serve}",
        "http://{403}|http://{refused}|http://{serve}",
        "http://{404},direct",
        "http://{403},direct",
        "http://{403}|direct",
        "http://{serve-nosum},direct",
        "direct",
        "direct,http://{serve}",
        " direct ",
        "off",
        "off,http://{serve}",
        "off|http://{serve}",
        "Off",
        "OFF",
        "DIRECT",
        "athens",
        ",",
        " ",
        "http://{404},,http://{serve}",
        " http://{serve} ",
        "{serve}",
        "{404},http://{serve}",
        "{404}|http://{serve}",
        "127.0.0.1",
        "corp-proxy.example",
        "http://corp-proxy.example,http://{serve}",
        "https://corp-proxy.example|http://{serve}",
        "ftp://{serve}",
        "file:///nonexistent/goproxy",
        "file:///nonexistent/goproxy,http://{serve}",
        "file://localhost/goproxy",
        "/abs/path",
        "http://user:pw@{serve}",
        "https://[::1",
        "http://{serve}\r",
        "http://{404}|off",
        "http://{serve-nosum}|http://{serve}",
        "http://{serve}|direct",
        "http://{serve-nosum}|direct",
        "http://{serve}|off",
        "http://{serve},off",
        "http://{404}|http://{serve}|http://{serve-nosum}",
    ];
    for p in proxies {
        for (m, private) in [(MOD_OTHER, ""), (MOD_CORP, "corp.example")] {
            let mut os = vec![("GOPROXY", p)];
            if !private.is_empty() {
                os.push(("GOPRIVATE", private));
            }
            push("proxy", m, &os, "");
        }
    }

    // 3. GOSUMDB strings, with a proxy that supports sumdb, one that does not, and direct.
    let sumdbs = [
        "off",
        "OFF",
        "off ",
        " off",
        "sum.golang.org",
        "sum.golang.google.cn",
        "sum.golang.org http://{sumdb}",
        "sum.golang.org http://{sumdb}/",
        "sum.golang.org http://{refused}",
        "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8 http://{sumdb}",
        "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8",
        "sum.golang.org+00000000+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8",
        "bogus",
        "sumdb.corp.example",
        "a b c",
        "sum.golang.org http://{sumdb} extra",
        "off\r",
    ];
    for s in sumdbs {
        for p in [
            "http://{serve}",
            "http://{serve-nosum}",
            "http://{403},http://{serve}",
            "http://{serve}|http://{serve-nosum}",
        ] {
            push("sumdb", MOD_OTHER, &[("GOPROXY", p), ("GOSUMDB", s)], "");
        }
        push(
            "sumdb",
            MOD_CORP,
            &[
                ("GOPROXY", "http://{404}|http://{serve}"),
                ("GOSUMDB", s),
                ("GONOSUMDB", "corp.example"),
            ],
            "",
        );
    }
    // sumdb probing order across several proxies
    for p in [
        "http://{404},http://{serve}",
        "http://{410},http://{serve-nosum},http://{serve}",
        "http://{serve-nosum},http://{403}",
        "http://{serve-nosum}|http://{403}|http://{serve}",
        "http://{serve-nosum},http://{500}",
        "http://{serve-nosum},off",
        "http://{serve-nosum},direct",
        "http://{serve-nosum}|http://{refused}|http://{serve}",
    ] {
        push("sumdb", MOD_OTHER, &[("GOPROXY", p)], "");
    }

    // 4. GOFLAGS.
    let goflags = [
        "-mod=mod",
        "-mod=vendor",
        "-mod=readonly",
        "-mod=bogus",
        "--mod=mod",
        "-mod mod",
        "-typoflag",
        "-",
        "-insecure",
        "-modcacherw",
        "-x",
        "-json",
        "\"-tags=a b\"",
        "'-ldflags=-s -w'",
        "-ldflags='-s -w'",
        "-ldflags=-s -w",
        "\"-mod=mod",
        "-e=asdf",
        "-f",
    ];
    for f in goflags {
        push(
            "goflags",
            MOD_OTHER,
            &[
                ("GOPROXY", "http://{serve-nosum}"),
                ("GOSUMDB", "off"),
                ("GOFLAGS", f),
            ],
            "",
        );
    }

    // 5. GOINSECURE (direct fetches only).
    for (ins, proxy, private) in [
        ("corp.example", "direct", ""),
        ("corp.example", "http://{serve}", "corp.example"),
        ("other.example", "direct", ""),
        ("*", "http://{404},direct", ""),
        ("corp.example", "http://{serve-nosum}", ""),
    ] {
        let mut os = vec![("GOPROXY", proxy), ("GOINSECURE", ins), ("GOSUMDB", "off")];
        if !private.is_empty() {
            os.push(("GOPRIVATE", private));
        }
        push("insecure", MOD_CORP, &os, "");
    }

    // 6. The user env file vs the OS environment.
    let file_cases: &[(&[(&str, &str)], &str)] = &[
        (&[], "GOPROXY=http://{serve-nosum}\nGOSUMDB=off\n"),
        (
            &[("GOPROXY", "")],
            "GOPROXY=http://{serve-nosum}\nGOSUMDB=off\n",
        ),
        (
            &[("GOPROXY", "http://{404}")],
            "GOPROXY=http://{serve-nosum}\nGOSUMDB=off\n",
        ),
        (&[], "GOPROXY=\n"),
        (&[("GOPROXY", "")], "GOPROXY=\n"),
        (&[], "GOSUMDB=\nGOPROXY=http://{serve-nosum}\n"),
        (&[("GOSUMDB", "")], "GOPROXY=http://{serve-nosum}\n"),
        (&[], "GOPROXY=\"http://{serve-nosum}\"\nGOSUMDB=off\n"),
        (&[], "GOPROXY=http://{serve-nosum}\r\nGOSUMDB=off\r\n"),
        (
            &[],
            "GOPROXY=http://{serve-nosum}\nGOSUMDB=off # no sumdb\n",
        ),
        (&[], "GOPROXY = off\nGOSUMDB=off\n"),
        (
            &[("GOPROXY", "http://{serve-nosum}")],
            "goproxy=off\nGOSUMDB=off\n",
        ),
        (
            &[],
            "# comment\nGOPROXY=off\nGOPROXY=http://{serve-nosum}\nGOSUMDB=off\n",
        ),
        (
            &[],
            " GOPROXY=off\nGOPROXY=http://{serve-nosum}\nGOSUMDB=off\n",
        ),
        (
            &[("GOPROXY", "http://{serve}"), ("GOPRIVATE", "")],
            "GOPRIVATE=other.example\n",
        ),
        (
            &[("GOPROXY", "http://{serve}")],
            "GOPRIVATE=other.example\r\n",
        ),
        (
            &[("GOPROXY", "http://{serve}")],
            "GOPRIVATE=other.example\nGONOSUMDB=\n",
        ),
        (
            &[("GOPROXY", "http://{serve}"), ("GONOSUMDB", "")],
            "GONOSUMDB=other.example\n",
        ),
        (
            &[("GOPROXY", "http://{serve-nosum}"), ("GOSUMDB", "off")],
            "GOFLAGS=-typoflag\n",
        ),
        (
            &[
                ("GOPROXY", "http://{serve-nosum}"),
                ("GOSUMDB", "off"),
                ("GOFLAGS", ""),
            ],
            "GOFLAGS=-typoflag\n",
        ),
        (
            &[
                ("GOPROXY", "http://{serve-nosum}"),
                ("GOSUMDB", "off"),
                ("GOFLAGS", "-mod=mod"),
            ],
            "GOFLAGS=-typoflag\n",
        ),
        (&[("GOPROXY", "")], "GOSUMDB=off\n"),
        (&[("GOPROXY", "http://{serve-nosum}")], ""),
        (
            &[("GOPROXY", "http://{serve-nosum}"), ("GOSUMDB", "")],
            "GOSUMDB=off\n",
        ),
        (
            &[("GOPROXY", "http://{serve-nosum}"), ("GOENV", "off")],
            "GOSUMDB=off\n",
        ),
        (
            &[("GOPROXY", "http://{serve}")],
            "GONOSUMDB=other.example\nGONOSUMDB=corp.example\n",
        ),
        (
            &[("GOPROXY", "http://{serve-nosum}")],
            "GOSUMDB=off\rGOPROXY=off\n",
        ),
    ];
    for (os, file) in file_cases {
        push("envfile", MOD_OTHER, os, file);
    }

    // 7. $GOROOT/go.env: missing, or changed the way repackagers do (a fake GOROOT given as
    //    the OS GOROOT holds it), under the OS environment and the user file.
    let go_envs: &[Option<&'static str>] = &[
        None,
        Some(""),
        Some("GOPROXY=direct\nGOSUMDB=off\n"),
        Some("GOPROXY=http://{serve-nosum}\nGOSUMDB=off\n"),
        Some("GOPROXY=http://{serve}\nGOPROXY=off\n"),
        Some("GOPROXY=http://{serve}\nGOSUMDB=sum.golang.org http://{sumdb}\n"),
        Some("GOPRIVATE=other.example\nGOPROXY=http://{serve}\n"),
        Some("GOPROXY=http://{serve-nosum}\r\nGOSUMDB=off\r\n"),
        Some("GOROOT=/nonexistent\nGOPROXY=off\n"),
        Some("# comment\n GOPROXY=off\ngoproxy=off\nGOPROXY=http://{serve-nosum}\nGOSUMDB=off\n"),
    ];
    let over: &[(&[(&str, &str)], &str)] = &[
        (&[], ""),
        (&[("GOPROXY", "http://{404}")], ""),
        (&[("GOPROXY", "")], "GOSUMDB=off\n"),
        (&[], "GOPROXY=\nGOSUMDB=\n"),
        (&[("GOSUMDB", "")], "GOPROXY=http://{serve}\n"),
    ];
    for g in go_envs {
        for (os, file) in over {
            push_root("goroot", MOD_OTHER, os, file, GoRoot::Fake(*g));
        }
    }

    // 8. GONOPROXY/GOPRIVATE/GONOSUMDB under GOPROXY lists without a serving proxy first.
    for p in [
        "off",
        "direct",
        "http://{serve}",
        "http://{404}",
        "http://{404}|off",
        "direct,off",
    ] {
        for vars in [
            &[("GOPRIVATE", "corp.example")][..],
            &[("GONOPROXY", "corp.example")],
            &[("GOPRIVATE", "corp.example"), ("GONOPROXY", "none")],
            &[("GONOSUMDB", "corp.example")],
        ] {
            for m in [MOD_CORP, MOD_OTHER] {
                let mut os = vec![("GOPROXY", p)];
                os.extend_from_slice(vars);
                push_root("noproxy", m, &os, "", GoRoot::Real);
            }
        }
    }

    // 9. A static-table host (github.com: git, run by a fake git that records and fails).
    for p in [
        "http://{serve},direct",
        "direct",
        "off",
        "http://{404},direct",
        "http://{serve}",
    ] {
        for private in [
            "",
            "github.com/acme",
            "github.com/acme/*",
            "github.com/Acme",
            " github.com/acme",
            "github.com/*/private",
        ] {
            push_root(
                "gh",
                MOD_GH,
                &[("GOPROXY", p), ("GOPRIVATE", private)],
                "",
                GoRoot::Real,
            );
        }
    }
    // GOVCS, for a private and a public github.com module fetched directly, and a go-get host.
    for govcs in [
        "private:off",
        "public:off",
        "*:off",
        "github.com:off",
        "github.com:git",
        "private:git",
        "*:all",
        "bogus",
        "github.com:git|hg,*:off",
        "private:git,private:off",
        "off",
        "github.com:svn",
        "github.com/acme:off",
        "private:off ",
    ] {
        for private in ["github.com/acme", ""] {
            push_root(
                "govcs",
                MOD_GH,
                &[
                    ("GOPROXY", "direct"),
                    ("GOPRIVATE", private),
                    ("GOVCS", govcs),
                ],
                "",
                GoRoot::Real,
            );
        }
        push_root(
            "govcs",
            MOD_CORP,
            &[("GOPROXY", "direct"), ("GOVCS", govcs)],
            "",
            GoRoot::Real,
        );
    }

    // 10. GO111MODULE.
    for m in ["off", "on", "auto", "bogus", "OFF", " on", ""] {
        push_root(
            "gomod",
            MOD_OTHER,
            &[
                ("GOPROXY", "http://{serve-nosum}"),
                ("GOSUMDB", "off"),
                ("GO111MODULE", m),
            ],
            "",
            GoRoot::Real,
        );
    }
    push_root(
        "gomod",
        MOD_OTHER,
        &[("GOPROXY", "http://{serve-nosum}"), ("GOSUMDB", "off")],
        "GO111MODULE=off\n",
        GoRoot::Real,
    );

    // 11. GOTOOLCHAIN (the base environment says local; these override it). Go >= 1.21 reads it;
    //     a toolchain switch downloads golang.org/toolchain through GOPROXY.
    for t in [
        "local",
        "auto",
        "path",
        "bogus",
        "go1.99.0",
        "go1.99.0+auto",
        "local\r",
        "go1.21.0",
        "default",
        "",
        "go1.99",
        "1.99.0",
        "local+auto",
        "go1.99.0+path",
    ] {
        push_root(
            "toolchain",
            MOD_OTHER,
            &[
                ("GOPROXY", "http://{serve-nosum}"),
                ("GOSUMDB", "off"),
                ("GOTOOLCHAIN", t),
            ],
            "",
            GoRoot::Real,
        );
    }
    for (os, file) in [
        (
            &[("GOTOOLCHAIN", ""), ("GOPROXY", "http://{serve-nosum}")][..],
            "GOTOOLCHAIN=go1.99.0\n",
        ),
        (
            &[
                ("GOTOOLCHAIN", ""),
                ("GOPROXY", "http://{serve-nosum}"),
                ("GOSUMDB", "off"),
            ],
            "GOTOOLCHAIN=\n",
        ),
        (
            &[
                ("GOTOOLCHAIN", ""),
                ("GOPROXY", "http://{serve-nosum}"),
                ("GOSUMDB", "off"),
            ],
            "GOTOOLCHAIN=local\r\n",
        ),
        (
            &[("GOTOOLCHAIN", ""), ("GOPROXY", "off")],
            "GOTOOLCHAIN=go1.99.0\n",
        ),
        (
            &[
                ("GOTOOLCHAIN", ""),
                ("GOPROXY", "http://{serve-nosum}"),
                ("GOSUMDB", "off"),
            ],
            "GOTOOLCHAIN=go1.99.0\n",
        ),
    ] {
        push_root("toolchain", MOD_OTHER, os, file, GoRoot::Real);
    }

    // 12. file:// proxies ({scratch}/fileproxy serves the module), base paths, scheme case.
    for (p, sumdb) in [
        ("file://{scratch}/fileproxy", "off"),
        ("file://{scratch}/fileproxy", ""),
        ("file://{scratch}/fileproxy/", "off"),
        ("file://{scratch}/fileproxy,direct", ""),
        ("file:///nonexistent|file://{scratch}/fileproxy", "off"),
        ("file:///nonexistent,file://{scratch}/fileproxy", "off"),
        ("{scratch}/fileproxy", "off"),
        ("file:{scratch}/fileproxy", "off"),
        ("FILE://{scratch}/fileproxy", "off"),
        ("file://{scratch}/fileproxy|http://{serve}", ""),
        (
            "file://{scratch}/fileproxy",
            "sum.golang.org http://{sumdb}",
        ),
        ("file://{scratch}/nothing|http://{serve-nosum}", ""),
        ("http://{serve}/sub", ""),
        ("http://{serve}/sub/", "off"),
        ("http://{serve}/a/b/c", ""),
        ("http://{404}/a,http://{serve}/b", ""),
        ("http://{serve}", "sum.golang.org http://{sumdb}/x/y"),
        ("HTTP://{serve}", "off"),
        ("Http://{serve-nosum}", ""),
        ("http://{serve}//sub", "off"),
    ] {
        let mut os = vec![("GOPROXY", p)];
        if !sumdb.is_empty() {
            os.push(("GOSUMDB", sumdb));
        }
        push_root("file", MOD_OTHER, &os, "", GoRoot::Real);
        push_root("file", MOD_UPPER, &os, "", GoRoot::Real);
    }

    // 13. Module paths go may reject, or route through its static VCS table.
    for m in [
        "corp.example/mod/v2",
        "corp.example/mod/v1",
        "Corp.example/x",
        "localhost/x",
        "nodot/x",
        "example.net/x",
        "rsc.io",
        "github.com/acme",
        "github.com/acme/private.git",
        "github.com/acme/private/sub",
        "corp.example/repo.git/sub",
        "corp.example/x~1",
        "corp.example/.hidden",
        "bitbucket.org/acme/repo",
        "corp.example/Team/mod",
        "corp.example/x/V2",
    ] {
        for (p, private) in [
            ("http://{serve},direct", ""),
            ("direct", ""),
            ("http://{serve}", "corp.example,github.com,bitbucket.org"),
        ] {
            push_root(
                "modpath",
                m,
                &[("GOPROXY", p), ("GOSUMDB", "off"), ("GOPRIVATE", private)],
                "",
                GoRoot::Real,
            );
        }
    }

    // 14. Whole-list validation, settings that are never consulted, TLS to a plain server.
    let more: &[&[(&str, &str)]] = &[
        &[("GOPROXY", "http://{serve},athens"), ("GOSUMDB", "off")],
        &[("GOPROXY", "direct,athens")],
        &[("GOPROXY", "off,ftp://x.example")],
        &[("GOPROXY", "off|Off")],
        &[
            ("GOPROXY", "http://{serve}|ftp://x.example"),
            ("GOSUMDB", "off"),
        ],
        &[
            ("GOPROXY", "http://{serve},direct,athens"),
            ("GOSUMDB", "off"),
        ],
        &[
            ("GOPROXY", "http://{serve}"),
            ("GOSUMDB", "bogus"),
            ("GONOSUMDB", "other.example"),
        ],
        &[
            ("GOPROXY", "http://{serve}"),
            ("GOSUMDB", "a b c"),
            ("GOPRIVATE", "other.example"),
            ("GONOPROXY", "none"),
        ],
        &[("GOPROXY", "off"), ("GOSUMDB", "bogus")],
        &[("GOPROXY", "https://{serve}|http://{serve}")],
        &[("GOPROXY", "https://{serve}|http://{serve-nosum}")],
        &[
            ("GOPROXY", "https://{404},http://{serve}"),
            ("GOSUMDB", "off"),
        ],
        &[("GOPROXY", "off"), ("GONOPROXY", "*")],
        &[
            ("GOPROXY", "http://{serve}"),
            ("GONOPROXY", "*"),
            ("GONOSUMDB", "*"),
        ],
        &[
            ("GOPROXY", "http://{serve}"),
            ("GOPRIVATE", "other.example,"),
            ("GONOPROXY", ","),
        ],
        &[("GOPROXY", "http://{serve}"), ("GONOSUMDB", ",")],
        &[
            ("GOPROXY", "http://{serve}|direct"),
            ("GOSUMDB", "off"),
            ("GOINSECURE", "*"),
        ],
        &[
            ("GOPROXY", "http://{403}|direct"),
            ("GOSUMDB", "off"),
            ("GOINSECURE", "other.example"),
        ],
        &[
            ("GOPROXY", "http://{serve}"),
            ("GOFLAGS", "-mod=vendor"),
            ("GOSUMDB", "off"),
            ("GO111MODULE", "auto"),
        ],
        &[
            ("GOPROXY", "http://{serve-nosum}"),
            ("GOSUMDB", "sum.golang.google.cn"),
        ],
        &[
            ("GOPROXY", "http://{serve-nosum}"),
            ("GOSUMDB", "sum.golang.google.cn http://{sumdb}"),
        ],
        &[
            ("GOPROXY", "http://{serve}"),
            (
                "GOSUMDB",
                "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8 http://{refused}",
            ),
        ],
        // sumdb discovery: an error after '|', then only 404s
        &[("GOPROXY", "http://{403}|http://{serve-nosum}")],
        &[("GOPROXY", "http://{500}|http://{serve-nosum}|direct")],
        &[("GOPROXY", "http://{refused}|http://{serve-nosum}")],
        &[("GOPROXY", "http://{serve-nosum}|http://{500}|off")],
        &[("GOPROXY", "http://{serve-nosum}|http://{404}")],
    ];
    for os in more {
        push_root("more", MOD_OTHER, os, "", GoRoot::Real);
    }

    // 15. Systematic pairs: which error wins a GOPROXY walk (downloads; GOSUMDB=off), and how the
    //     checksum database is found after a serving proxy without sumdb support.
    let entries = [
        "http://{404}",
        "http://{410}",
        "http://{403}",
        "http://{500}",
        "http://{refused}",
        "{404}",
        "off",
        "direct",
        "http://{serve-nosum}",
        "http://{serve}",
    ];
    for x in entries {
        for sep in [",", "|"] {
            for y in entries {
                if matches!(x, "off" | "direct") && (sep == "|" || y != entries[0]) {
                    continue; // the rest is ignored: one case each is enough
                }
                let p = format!("{x}{sep}{y}");
                push_root(
                    "rank",
                    MOD_OTHER,
                    &[("GOPROXY", &p), ("GOSUMDB", "off")],
                    "",
                    GoRoot::Real,
                );
                let q = format!("http://{{serve-nosum}},{p}");
                push_root("sumdisc", MOD_OTHER, &[("GOPROXY", &q)], "", GoRoot::Real);
            }
        }
    }
    cases
}

// ---------------------------------------------------------------------------------------------
// Running go

#[derive(Debug, Clone, PartialEq, Eq)]
struct Observed {
    /// Observable contacts in first-contact order (see `Obs`).
    contacts: Vec<String>,
    /// `ok` or `fail:<Class>`.
    outcome: String,
    message: String,
}

fn host_of(module: &str) -> &str {
    module.split('/').next().unwrap_or(module)
}

/// The observable form of a request made to `base` (scheme://host[:port] with labels) for `path`.
fn classify_http(base: &str, path: &str, is_sumdb_server: bool, module: &str) -> String {
    let path = percent_decode(path.split('?').next().unwrap_or(""));
    if let Some(i) = path.find("/sumdb/") {
        let prefix = &path[..i];
        let rest = &path[i + "/sumdb/".len()..];
        let name = rest.split('/').next().unwrap_or("");
        if rest.ends_with("/supported") && rest.matches('/').count() == 1 {
            return format!("supported {base}{prefix} {name}");
        }
        return format!("sumdb {base}{prefix}/sumdb/{name}");
    }
    if is_sumdb_server {
        let end = ["/lookup/", "/tile/", "/latest"]
            .iter()
            .filter_map(|m| path.find(m))
            .min()
            .unwrap_or(path.len());
        return format!("sumdb {base}{}", &path[..end]);
    }
    for m in [escape_path(module).as_str(), "golang.org/toolchain"] {
        if let Some(i) = path.find(&format!("/{m}/@")) {
            return format!("proxy {base}{}", &path[..i]);
        }
    }
    format!("proxy {base}{path}")
}

fn observe_events(events: &[Event], module: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mhost = host_of(module);
    for e in events {
        let o = match e {
            Event::Http { label, path } => classify_http(
                &format!("http://{{{label}}}"),
                path,
                label == "sumdb",
                module,
            ),
            Event::Tls { label } => format!("tls {{{label}}}"),
            Event::Connect { target } => {
                let host = target.rsplit_once(':').map_or(target.as_str(), |(h, _)| h);
                if host == mhost {
                    format!("direct {module}")
                } else {
                    format!("connect {target}")
                }
            }
            Event::Git => format!("direct {module}"),
            Event::Proxied { url } => {
                let rest = url.strip_prefix("http://").unwrap_or(url);
                let (hostport, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
                let host = hostport.rsplit_once(':').map_or(hostport, |(h, _)| h);
                if host == mhost {
                    format!("direct {module}")
                } else {
                    classify_http(&format!("http://{hostport}"), path, false, module)
                }
            }
        };
        if !out.contains(&o) {
            out.push(o);
        }
    }
    out
}

/// The failure class of go's error message (the same classes as the model's `FailClass`).
fn classify_error(msg: &str) -> &'static str {
    let has = |s: &str| msg.contains(s);
    if has("parsing $GOFLAGS")
        || has("invalid proxy URL")
        || has("GOPROXY list is not the empty string")
        || has("not supported (can be")
        || has("invalid file:// proxy URL")
        || has("flag needs an argument")
        || has("invalid boolean value")
        || has("invalid value")
        || has("unknown flag")
        || (has("parse \"") && !has("verifying"))
        || has("invalid GOSUMDB")
        || has("missing GOSUMDB")
        || has("in GOVCS")
        || has("GO111MODULE")
        || has("invalid GOTOOLCHAIN")
        || has("invalid toolchain")
    {
        // A bad GOSUMDB counts as a configuration error too, although go only finds it after
        // downloading (the contacts show that).
        return "InvalidConfig";
    }
    if has("toolchain not available") || has("in PATH") {
        // GOTOOLCHAIN switching: golang.org/toolchain not found (through GOPROXY) / not on PATH.
        return "NotFound";
    }
    if has("verifying") || has("GOSUMDB") || has("checksum database") {
        return "ChecksumDb";
    }
    if has("disabled by GOPROXY=off") || has("disabled by -mod=vendor") {
        return "LookupDisabled";
    }
    if has("malformed module path") || has("invalid version: should be v") {
        // Not a class of the model's FailClass: the module path / version itself is invalid.
        return "InvalidModule";
    }
    if has("?go-get=1")
        || has("unrecognized import path")
        || has("GOVCS")
        || has("git ")
        || has("import path")
        || has("version control")
        || has("no modules on")
        || has("is not a module")
        || has("no secure protocol")
    {
        return "DirectError";
    }
    if has("404 Not Found") || has("410 Gone") || has("no such file or directory") {
        return "NotFound";
    }
    if has("reading ")
        || has("Get \"")
        || has("refusing to pass credentials")
        || has("connection refused")
    {
        return "ProxyError";
    }
    "Unclassified"
}

struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        make_writable(&self.0);
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn run_case(go: &Path, case: &Case, scratch_root: &Path) -> Observed {
    let module = Arc::new(make_module(&case.module));
    let log: Log = Arc::new(Mutex::new(Vec::new()));
    let mut servers: HashMap<&str, Server> = HashMap::new();
    for l in LABELS.iter().filter(|l| **l != "refused") {
        servers.insert(l, spawn_server(l, log.clone(), module.clone()));
    }
    let recorder = spawn_server("recorder", log.clone(), module.clone());
    let refused_port = closed_port();
    let mut port_of: HashMap<&str, u16> = servers.iter().map(|(l, s)| (*l, s.port)).collect();
    port_of.insert("refused", refused_port);
    let port = |l: &str| -> u16 { port_of[l] };

    let dir = scratch_root.join(&case.id);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("home")).expect("scratch");
    let scratch = Scratch(dir.clone());
    let envfile = dir.join("goenv");
    let scratch_text = dir.display().to_string();
    let fill = |t: &str| fill(t, &port).replace("{scratch}", &scratch_text);
    std::fs::write(&envfile, fill(&case.file)).expect("env file");
    // A file:// GOPROXY serving the module.
    let fp = dir.join(format!("fileproxy/{}/@v", module.escaped));
    std::fs::create_dir_all(&fp).expect("file proxy");
    std::fs::write(fp.join("list"), "v1.0.0\n").expect("list");
    std::fs::write(
        fp.join("v1.0.0.info"),
        r#"{"Version":"v1.0.0","Time":"2020-01-01T00:00:00Z"}"#,
    )
    .expect("info");
    std::fs::write(fp.join("v1.0.0.mod"), go_mod_text(&module.path)).expect("mod");
    std::fs::write(fp.join("v1.0.0.zip"), &module.zip).expect("zip");
    // A fake git: direct fetches of static-table hosts (github.com) run git; this one reports
    // itself to the recorder (so it takes its place in the contact order) and fails, without
    // any network access.
    std::fs::create_dir_all(dir.join("bin")).expect("bin");
    let git = dir.join("bin/git");
    std::fs::write(
        &git,
        format!(
            "#!/bin/bash\ncase \"$1\" in version) echo 'git version 2.39.5'; exit 0;; init|remote|config) exit 0;; esac\nexec 3<>/dev/tcp/127.0.0.1/{} && printf 'GITRUN %s HTTP/1.1\\r\\n\\r\\n' \"$(echo \"$*\" | tr ' ' +)\" >&3 && cat <&3 >/dev/null\necho 'fatal: no network in this test' >&2\nexit 128\n",
            recorder.port
        ),
    )
    .expect("fake git");
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&git, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    let fake_goroot = dir.join("goroot");
    if let GoRoot::Fake(g) = &case.goroot {
        std::fs::create_dir_all(&fake_goroot).expect("goroot");
        if let Some(text) = g {
            std::fs::write(fake_goroot.join("go.env"), fill(text)).expect("go.env");
        }
    }

    let mut cmd = Command::new(go);
    cmd.env_clear()
        .current_dir(dir.join("home"))
        .args([
            "mod",
            "download",
            "-json",
            &format!("{}@v1.0.0", case.module),
        ])
        .env(
            "PATH",
            format!("{}:/usr/bin:/bin", dir.join("bin").display()),
        )
        .env("HOME", dir.join("home"))
        .env("GOPATH", dir.join("gopath"))
        .env("GOMODCACHE", dir.join("modcache"))
        .env("GOCACHE", dir.join("gocache"))
        .env("GOENV", &envfile)
        .env("GOTOOLCHAIN", "local")
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("HTTPS_PROXY", format!("http://127.0.0.1:{}", recorder.port))
        .env("HTTP_PROXY", format!("http://127.0.0.1:{}", recorder.port))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let GoRoot::Fake(_) = &case.goroot {
        cmd.env("GOROOT", &fake_goroot);
    }
    for (k, v) in &case.os {
        cmd.env(k, fill(v));
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
    let mut stdout = String::new();
    let mut stderr = String::new();
    if let Some(mut o) = child.stdout.take() {
        let _ = o.read_to_string(&mut stdout);
    }
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut stderr);
    }
    drop(servers);
    drop(recorder);
    let events = log.lock().expect("log").clone();

    // Canonical text: ports back to labels, the scratch directory to $TMP.
    let mut ports: Vec<(u16, &str)> = LABELS.iter().map(|l| (port(l), *l)).collect();
    ports.sort();
    let canon = |s: &str| -> String {
        let mut s = s.replace(&dir.display().to_string(), "$TMP");
        for (p, l) in &ports {
            s = s.replace(&format!("127.0.0.1:{p}"), &format!("{{{l}}}"));
        }
        s
    };
    let contacts = observe_events(&events, &case.module);
    let (outcome, message) = match status {
        None => ("fail:Timeout".to_owned(), "timed out".to_owned()),
        Some(s) if s.success() => ("ok".to_owned(), String::new()),
        Some(_) => {
            let err = json_error(&stdout).unwrap_or_else(|| stderr.trim().to_owned());
            let err = canon(&err);
            (format!("fail:{}", classify_error(&err)), err)
        }
    };
    drop(scratch);
    Observed {
        contacts,
        outcome,
        message,
    }
}

/// The `"Error"` field of `go mod download -json` output.
fn json_error(stdout: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(stdout.trim()).ok()?;
    v.get("Error")?.as_str().map(str::to_owned)
}

fn run_all(go: &Path, cases: &[Case]) -> Vec<Observed> {
    let scratch_root =
        std::env::temp_dir().join(format!("goproxy-doctor-difftest-{}", std::process::id()));
    std::fs::create_dir_all(&scratch_root).expect("scratch root");
    let next = Arc::new(Mutex::new(0usize));
    let results: Arc<Mutex<Vec<Option<Observed>>>> = Arc::new(Mutex::new(vec![None; cases.len()]));
    let workers = thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(2, 8)
        * 2;
    thread::scope(|s| {
        for _ in 0..workers {
            let next = next.clone();
            let results = results.clone();
            let scratch_root = &scratch_root;
            s.spawn(move || {
                loop {
                    let i = {
                        let mut n = next.lock().expect("next");
                        let i = *n;
                        *n += 1;
                        i
                    };
                    if i >= cases.len() {
                        break;
                    }
                    let o = run_case(go, &cases[i], scratch_root);
                    results.lock().expect("results")[i] = Some(o);
                }
            });
        }
    });
    let _ = std::fs::remove_dir_all(&scratch_root);
    let r = results.lock().expect("results").clone();
    r.into_iter().map(|o| o.expect("every case ran")).collect()
}

// ---------------------------------------------------------------------------------------------
// Golden files

struct Golden {
    goroot_env: Option<String>,
    rows: BTreeMap<String, (String, Observed)>,
}

fn goroot_env_of(go: &Path) -> Option<String> {
    let root = go.parent()?.parent()?;
    std::fs::read_to_string(root.join("go.env")).ok()
}

fn write_golden(version: &str, goroot_env: Option<&str>, cases: &[Case], obs: &[Observed]) {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Ground truth: what go{version} did for each case of crates/checker/tests/differential.rs."
    );
    let _ = writeln!(
        out,
        "# Regenerate with: UPDATE_GOLDEN=1 cargo test -p goproxy-doctor-checker --test differential"
    );
    let _ = writeln!(
        out,
        "# Columns: id, inputs (module, OS env, user env file), contacts (' ; '), outcome, go's error."
    );
    match goroot_env {
        Some(g) => {
            let _ = writeln!(out, "#go.env\t{}", esc(g));
        }
        None => {
            let _ = writeln!(out, "#go.env\t-");
        }
    }
    for (c, o) in cases.iter().zip(obs) {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}",
            c.id,
            esc(&c.inputs()),
            esc(&o.contacts.join(" ; ")),
            o.outcome,
            esc(&o.message)
        );
    }
    let p = golden_path(version);
    std::fs::create_dir_all(p.parent().expect("dir")).expect("mkdir");
    std::fs::write(&p, out).expect("write golden");
}

fn read_golden(version: &str) -> Option<Golden> {
    let text = std::fs::read_to_string(golden_path(version)).ok()?;
    let mut g = Golden {
        goroot_env: None,
        rows: BTreeMap::new(),
    };
    for line in text.lines() {
        if let Some(v) = line.strip_prefix("#go.env\t") {
            g.goroot_env = if v == "-" { None } else { Some(unesc(v)) };
            continue;
        }
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 5 {
            continue;
        }
        let contacts = unesc(f[2]);
        g.rows.insert(
            f[0].to_owned(),
            (
                unesc(f[1]),
                Observed {
                    contacts: if contacts.is_empty() {
                        Vec::new()
                    } else {
                        contacts.split(" ; ").map(str::to_owned).collect()
                    },
                    outcome: f[3].to_owned(),
                    message: unesc(f[4]),
                },
            ),
        );
    }
    Some(g)
}

// ---------------------------------------------------------------------------------------------
// The model

mod model {
    //! Calls the checker's model and maps its prediction to the observable form.
    use super::*;
    use goproxy_doctor_checker::gosem::fetch::{
        Endpoint, Outcome, Reply, predict as model_predict,
    };
    use goproxy_doctor_checker::gosem::{GoEnv, GoVersion};

    pub(super) struct Predicted {
        pub(super) contacts: Vec<String>,
        pub(super) outcome: String,
        pub(super) message: String,
    }

    const RECORDER_PORT: u16 = 47199;
    const SCRATCH: &str = "/scratch/case";

    /// `127.0.0.1:<model port>` back to `{label}`.
    fn canon(s: &str) -> String {
        let mut s = s.to_owned();
        for l in LABELS {
            s = s.replace(&format!("127.0.0.1:{}", model_port(l)), &format!("{{{l}}}"));
        }
        s.replace(SCRATCH, "$TMP")
    }

    fn is_loopback(host: &str) -> bool {
        host == "localhost" || host.starts_with("127.") || host == "[::1]"
    }

    /// What the live run can see of a request to `url` (`None`: nothing, e.g. a closed port or
    /// a file:// proxy); `f` builds the observation of a plain-http request from the base.
    fn observe_url(url: &str, module: &str, f: &dyn Fn(&str) -> String) -> Option<String> {
        let url = canon(url);
        let url = url.strip_suffix('/').unwrap_or(&url);
        let (scheme, rest) = url.split_once("://")?;
        // The request shows the scheme as url.Parse normalizes it (lower case).
        let scheme = scheme.to_ascii_lowercase();
        // Requests go to path.Join(base path, ...), which collapses repeated slashes.
        let (hp, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        let mut path = path.to_owned();
        while path.contains("//") {
            path = path.replace("//", "/");
        }
        let url = format!("{scheme}://{hp}{path}");
        let url = url.as_str();
        let hostport = rest.split('/').next().unwrap_or("");
        let ours = hostport.starts_with('{') && hostport != "{refused}";
        let host = match hostport.rsplit_once(':') {
            Some((h, p)) if p.chars().all(|c| c.is_ascii_digit()) => h,
            _ => hostport,
        };
        match scheme.as_str() {
            "http" if ours => Some(f(url)),
            "https" if ours => Some(format!("tls {hostport}")),
            "http" | "https" if hostport == "{refused}" || is_loopback(host) => None,
            "http" | "https" if host == host_of(module) => Some(format!("direct {module}")),
            "http" => Some(f(url)),
            "https" => {
                let target = if hostport.contains(':') {
                    hostport.to_owned()
                } else {
                    format!("{hostport}:443")
                };
                Some(format!("connect {target}"))
            }
            _ => None,
        }
    }

    fn observe(e: &Endpoint, module: &str) -> Option<String> {
        match e {
            Endpoint::Proxy { base, .. } => observe_url(base, module, &|b| format!("proxy {b}")),
            Endpoint::SumdbSupported { proxy_base, name } => {
                observe_url(proxy_base, module, &|b| format!("supported {b} {name}"))
            }
            Endpoint::Sumdb { base } => observe_url(base, module, &|b| format!("sumdb {b}")),
            Endpoint::Direct { module } => Some(format!("direct {module}")),
        }
    }

    /// How the world of the live run answers.
    fn reply(e: &Endpoint, module: &str) -> Reply {
        // the fake proxies serve the case's module only (no toolchains)
        let asked_for_other = matches!(e, Endpoint::Proxy { module: m, .. } if m != module);
        let url = match e {
            Endpoint::Proxy { base, .. } => base.as_str(),
            Endpoint::SumdbSupported { proxy_base, .. } => proxy_base.as_str(),
            Endpoint::Sumdb { base } => base.as_str(),
            Endpoint::Direct { .. } => return Reply::Unreachable,
        };
        if url
            .get(..5)
            .is_some_and(|p| p.eq_ignore_ascii_case("file:"))
        {
            // {scratch}/fileproxy serves the module (not the checksum database); missing files
            // are 404s.
            return match e {
                Endpoint::Proxy { base, .. } if base.contains("/fileproxy") && !asked_for_other => {
                    Reply::Ok
                }
                _ => Reply::Status(404),
            };
        }
        let Some(obs) = observe(e, module) else {
            return Reply::Unreachable;
        };
        let mut w = obs.split(' ');
        let kind = w.next().unwrap_or("");
        let base = w.next().unwrap_or("");
        let Some(label) = base
            .strip_prefix("http://{")
            .and_then(|r| r.split('}').next())
        else {
            return Reply::Unreachable; // TLS to a plain server, refused CONNECT, closed proxied GET
        };
        let status = match (kind, label) {
            ("proxy", "serve" | "serve-nosum") if asked_for_other => 404,
            ("proxy", "serve" | "serve-nosum") => 200,
            ("supported", "serve") => 200,
            ("supported", "serve-nosum") => 404,
            ("sumdb", "serve" | "serve-nosum") => 404,
            (_, "sumdb") => 404,
            (_, l) => l.parse().unwrap_or(500),
        };
        if status == 200 {
            Reply::Ok
        } else {
            Reply::Status(status)
        }
    }

    pub(super) fn predict(case: &Case, version: &str, real_goroot_env: Option<&str>) -> Predicted {
        let mut env = GoEnv::new();
        let base: &[(&str, String)] = &[
            ("PATH", "/usr/bin:/bin".to_owned()),
            ("HOME", format!("{SCRATCH}/home")),
            ("GOPATH", format!("{SCRATCH}/gopath")),
            ("GOMODCACHE", format!("{SCRATCH}/modcache")),
            ("GOCACHE", format!("{SCRATCH}/gocache")),
            ("GOENV", format!("{SCRATCH}/goenv")),
            ("GOTOOLCHAIN", "local".to_owned()),
            ("GIT_TERMINAL_PROMPT", "0".to_owned()),
            ("HTTPS_PROXY", format!("http://127.0.0.1:{RECORDER_PORT}")),
            ("HTTP_PROXY", format!("http://127.0.0.1:{RECORDER_PORT}")),
        ];
        for (k, v) in base {
            env.set_os(k, v);
        }
        let goroot_env = match &case.goroot {
            GoRoot::Real => real_goroot_env.map(str::to_owned),
            GoRoot::Fake(g) => {
                env.set_os("GOROOT", &format!("{SCRATCH}/goroot"));
                g.map(|t| fill(t, &model_port).replace("{scratch}", SCRATCH))
            }
        };
        for (k, v) in &case.os {
            env.set_os(k, &fill(v, &model_port).replace("{scratch}", SCRATCH));
        }
        env.set_user_file(&fill(&case.file, &model_port).replace("{scratch}", SCRATCH));
        env.set_goroot_env(goroot_env.as_deref());
        let v = GoVersion::parse(version).expect("version");
        let module = case.module.as_str();
        let p = model_predict(&env, &v, module, "v1.0.0", &|e: &Endpoint| reply(e, module));
        let mut contacts: Vec<String> = Vec::new();
        for o in p.contacts.iter().filter_map(|e| observe(e, module)) {
            if !contacts.contains(&o) {
                contacts.push(o);
            }
        }
        let (outcome, message) = match &p.outcome {
            Outcome::Downloaded => ("ok".to_owned(), String::new()),
            Outcome::Failed { class, message } => (format!("fail:{class:?}"), canon(message)),
        };
        Predicted {
            contacts,
            outcome,
            message,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The test

fn compare(version: &str, cases: &[Case], golden: &Golden) -> Vec<(String, String)> {
    let mut disagreements = Vec::new();
    for c in cases {
        let Some((_, o)) = golden.rows.get(&c.id) else {
            continue;
        };
        let p = model::predict(c, version, golden.goroot_env.as_deref());
        let class_ok = p.outcome == o.outcome;
        let contacts_ok = p.contacts == o.contacts;
        if class_ok && contacts_ok && std::env::var_os("DIFFTEST_MESSAGES").is_some() {
            // Informational: messages are not compared (the model words its own).
            let strip = |m: &str| {
                m.strip_prefix(&format!("{}@v1.0.0: ", c.module))
                    .or_else(|| m.strip_prefix(&format!("{}: ", c.module)))
                    .unwrap_or(m)
                    .to_owned()
            };
            if strip(&o.message) != strip(&p.message) {
                say(format!(
                    "message go{version} {}: go {:?} / model {:?}",
                    c.id,
                    strip(&o.message),
                    strip(&p.message)
                ));
            }
        }
        if !(class_ok && contacts_ok) {
            disagreements.push((
                format!("go{version} {}", c.id),
                format!(
                    "go{version} {}: {}\n    go:    {} [{}] {}\n    model: {} [{}] {}",
                    c.id,
                    esc(&c.inputs()),
                    o.outcome,
                    o.contacts.join(" ; "),
                    esc(&o.message),
                    p.outcome,
                    p.contacts.join(" ; "),
                    esc(&p.message),
                ),
            ));
        }
    }
    disagreements
}

fn known_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/differential/known-disagreements.txt")
}

/// `go<version> <case-id>` of the disagreements already reported against the model (each with
/// the reason in a comment). The test fails on any other disagreement, and on a listed case that
/// now agrees (so the list is kept exact).
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
fn differential_go_vs_model() {
    let all = generate();
    let filter = std::env::var("DIFFTEST_FILTER").unwrap_or_default();
    let cases: Vec<Case> = all.into_iter().filter(|c| c.id.contains(&filter)).collect();
    let require = std::env::var("GOPROXY_DOCTOR_REQUIRE_GO").as_deref() == Ok("1");
    let update = std::env::var("UPDATE_GOLDEN").as_deref() == Ok("1");
    let verbose = std::env::var("DIFFTEST_VERBOSE").as_deref() == Ok("1");
    let mut failures = Vec::new();
    let mut disagreements = Vec::new();
    let mut ran_versions = Vec::new();
    for g in GOS {
        let golden = read_golden(g.version);
        match find_go(g) {
            None => {
                if require && g.required {
                    failures.push(format!(
                        "go{} not found (GOPROXY_DOCTOR_REQUIRE_GO=1): run scripts/install-go.sh",
                        g.version
                    ));
                } else {
                    say(format!(
                        "differential: SKIP live run for go{}: no binary at {:?} (scripts/install-go.sh installs it); checking the model against the golden file only",
                        g.version, g.candidates
                    ));
                }
            }
            Some(go) => {
                let start = Instant::now();
                let obs = run_all(&go, &cases);
                say(format!(
                    "differential: go{}: {} cases in {:.1}s",
                    g.version,
                    cases.len(),
                    start.elapsed().as_secs_f64()
                ));
                let goroot_env = goroot_env_of(&go);
                if verbose {
                    for (c, o) in cases.iter().zip(&obs) {
                        eprintln!(
                            "{} {} | {} | {} | {}",
                            c.id,
                            esc(&c.inputs()),
                            o.contacts.join(" ; "),
                            o.outcome,
                            esc(&o.message)
                        );
                    }
                }
                if update && filter.is_empty() {
                    write_golden(g.version, goroot_env.as_deref(), &cases, &obs);
                    eprintln!("differential: wrote {}", golden_path(g.version).display());
                } else {
                    let mut stale = Vec::new();
                    match &golden {
                        None => stale.push("no golden file".to_owned()),
                        Some(gold) => {
                            if gold.goroot_env != goroot_env {
                                stale.push("$GOROOT/go.env differs".to_owned());
                            }
                            for (c, o) in cases.iter().zip(&obs) {
                                match gold.rows.get(&c.id) {
                                    None => stale.push(format!("{}: not in the golden file", c.id)),
                                    Some((inputs, _)) if *inputs != c.inputs() => {
                                        stale.push(format!("{}: inputs changed", c.id));
                                    }
                                    Some((_, want)) if want != o => stale.push(format!(
                                        "{}: golden {} [{}] {} / live {} [{}] {}",
                                        c.id,
                                        want.outcome,
                                        want.contacts.join(" ; "),
                                        esc(&want.message),
                                        o.outcome,
                                        o.contacts.join(" ; "),
                                        esc(&o.message)
                                    )),
                                    Some(_) => {}
                                }
                            }
                        }
                    }
                    if !stale.is_empty() {
                        failures.push(format!(
                            "{} is stale ({} differences; regenerate with `UPDATE_GOLDEN=1 cargo test -p goproxy-doctor-checker --test differential` and review the diff):\n  {}",
                            golden_path(g.version).display(),
                            stale.len(),
                            stale.iter().take(20).cloned().collect::<Vec<_>>().join("\n  ")
                        ));
                    }
                }
            }
        }
        if let Some(gold) = read_golden(g.version) {
            ran_versions.push(g.version);
            let d = compare(g.version, &cases, &gold);
            say(format!(
                "differential: go{}: model disagrees on {} of {} cases ({} checked against the golden file)",
                g.version,
                d.len(),
                cases.len(),
                gold.rows.len()
            ));
            disagreements.extend(d);
        } else if !update {
            failures.push(format!(
                "no golden file {}",
                golden_path(g.version).display()
            ));
        }
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
            "the model disagrees with go on {unexpected} cases not in {} (listed above as [NEW])",
            known_path().display()
        ));
    }
    let fixed: Vec<&String> = known
        .iter()
        .filter(|k| {
            let id = k.split(' ').nth(1).unwrap_or("");
            ran_versions
                .iter()
                .any(|v| k.starts_with(&format!("go{v} ")))
                && cases.iter().any(|c| c.id == id)
                && !disagreements.iter().any(|(d, _)| d == *k)
        })
        .collect();
    if !fixed.is_empty() {
        failures.push(format!(
            "the model now agrees with go on these cases listed in {}; remove them: {fixed:?}",
            known_path().display()
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
