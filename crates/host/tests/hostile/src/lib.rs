//! A hostile checker: it exports the checker's WIT world, but `analyze` and `probe` run the
//! attack each source file names (its path) with the file's contents as the argument, and
//! report what every attempt observed as one finding per file (rule `HOSTILE`, the path as
//! the rule name, one observation per line of the message). Attacks that never return
//! (`loop`, `alloc`, `sleep`, ...) are there to be stopped by the host.
//!
//! Observation lines start with `ok` when the sandbox let something through and `denied`
//! when it did not, so that the tests can assert on every line.

wit_bindgen::generate!({
    path: "../../../../wit",
    world: "goproxy-doctor:checker/checker",
    with: {
        "wasi:http/types@0.2.12": wasip2::http::types,
        "wasi:http/outgoing-handler@0.2.12": wasip2::http::outgoing_handler,
        "wasi:io/poll@0.2.12": wasip2::io::poll,
        "wasi:io/error@0.2.12": wasip2::io::error,
        "wasi:io/streams@0.2.12": wasip2::io::streams,
        "wasi:clocks/monotonic-clock@0.2.12": wasip2::clocks::monotonic_clock,
    },
});

use std::io::Write;

use exports::goproxy_doctor::checker::{analyzer, live};
use goproxy_doctor::checker::types as wit;

use wasip2::http::outgoing_handler;
use wasip2::http::types::{Fields, Method, OutgoingBody, OutgoingRequest, Scheme};
use wasip2::sockets::network::{IpAddressFamily, IpSocketAddress, Ipv4SocketAddress};

struct Hostile;

impl analyzer::Guest for Hostile {
    fn relevant_files() -> Vec<String> {
        vec!["**".to_owned()]
    }

    fn presence_only_files() -> Vec<String> {
        Vec::new()
    }

    fn rules() -> Vec<wit::RuleInfo> {
        Vec::new()
    }

    fn analyze(files: Vec<wit::SourceFile>, _opts: wit::Options) -> wit::Report {
        wit::Report {
            tool_version: "hostile".to_owned(),
            files: files.iter().map(|f| f.path.clone()).collect(),
            findings: attack_all(&files),
            diagnostics: Vec::new(),
            routes: Vec::new(),
            probes: Vec::new(),
        }
    }

    fn render(report: wit::Report, _format: wit::Format, _opts: wit::RenderOptions) -> String {
        report
            .findings
            .iter()
            .map(|f| format!("{}:\n{}\n", f.name, f.message))
            .collect()
    }

    fn show_config(_files: Vec<wit::SourceFile>, _opts: wit::Options) -> Result<String, String> {
        Ok(String::new())
    }
}

impl live::Guest for Hostile {
    fn plan(
        _files: Vec<wit::SourceFile>,
        _opts: wit::Options,
    ) -> Result<Vec<wit::PlannedProbe>, String> {
        Ok(Vec::new())
    }

    fn probe(
        files: Vec<wit::SourceFile>,
        _approved: Vec<wit::PlannedProbe>,
        _opts: wit::Options,
    ) -> Result<wit::ProbeReport, String> {
        Ok(wit::ProbeReport {
            findings: attack_all(&files),
            results: Vec::new(),
        })
    }
}

export!(Hostile);

fn attack_all(files: &[wit::SourceFile]) -> Vec<wit::Finding> {
    files
        .iter()
        .map(|f| {
            let arg = String::from_utf8_lossy(&f.contents);
            let observed = attack(&f.path, arg.trim());
            finding(&f.path, observed.join("\n"))
        })
        .collect()
}

fn attack(name: &str, arg: &str) -> Vec<String> {
    match name {
        "fs" => files(arg),
        "env" => environment(),
        "sockets" => sockets(arg),
        "http" => http(arg),
        "loop" => spin(),
        "alloc" => allocate(),
        "recurse" => vec![format!("ok recursed {} deep", recurse(0))],
        "sleep" => sleep(),
        "output" => output(arg),
        "panic" => panic!("the hostile checker panics on purpose: {arg}"),
        "random" => random(),
        "fields" => fields(arg),
        "resources" => resources(),
        other => vec![format!("unknown attack {other}")],
    }
}

fn verdict<T, E: std::fmt::Debug>(
    what: &str,
    r: Result<T, E>,
    shown: impl Fn(T) -> String,
) -> String {
    match r {
        Ok(v) => format!("ok {what}: {}", shown(v)),
        Err(e) => format!("denied {what}: {e:?}"),
    }
}

/// Read, list and write files: absolute paths, relative paths, the path given.
fn files(arg: &str) -> Vec<String> {
    let mut out = Vec::new();
    let preopens = wasip2::filesystem::preopens::get_directories();
    out.push(if preopens.is_empty() {
        "denied preopens: none".to_owned()
    } else {
        format!("ok preopens: {}", preopens.len())
    });
    let prefix = |b: Vec<u8>| String::from_utf8_lossy(&b[..b.len().min(64)]).into_owned();
    for path in [
        arg,
        "/etc/passwd",
        "/proc/self/environ",
        "Cargo.toml",
        "./Cargo.toml",
        "../Cargo.toml",
    ] {
        out.push(verdict(
            &format!("read {path}"),
            std::fs::read(path),
            prefix,
        ));
    }
    for dir in ["/", ".", ".."] {
        let listed = std::fs::read_dir(dir).map(|d| d.count());
        out.push(verdict(&format!("list {dir}"), listed, |n| {
            format!("{n} entries")
        }));
    }
    let target = format!("{arg}.hostile");
    out.push(verdict(
        &format!("write {target}"),
        std::fs::write(&target, b"the hostile checker was here"),
        |()| "written".to_owned(),
    ));
    out.push(verdict(
        "write /tmp/goproxy-doctor-hostile",
        std::fs::write(
            "/tmp/goproxy-doctor-hostile",
            b"the hostile checker was here",
        ),
        |()| "written".to_owned(),
    ));
    out
}

/// Environment variables, arguments, the working directory.
fn environment() -> Vec<String> {
    let count = |what: &str, n: usize| {
        if n == 0 {
            format!("denied {what}: none")
        } else {
            format!("ok {what}: {n}")
        }
    };
    vec![
        count("std::env::vars", std::env::vars_os().count()),
        count("std::env::args", std::env::args_os().count()),
        count(
            "wasi:cli/environment.get-environment",
            wasip2::cli::environment::get_environment().len(),
        ),
        count(
            "wasi:cli/environment.get-arguments",
            wasip2::cli::environment::get_arguments().len(),
        ),
        match wasip2::cli::environment::initial_cwd() {
            Some(cwd) => format!("ok initial-cwd: {cwd}"),
            None => "denied initial-cwd: none".to_owned(),
        },
        match std::env::var("HOME") {
            Ok(v) => format!("ok HOME: {v}"),
            Err(e) => format!("denied HOME: {e}"),
        },
    ]
}

/// TCP connect and listen, UDP bind and send, name lookup. `arg` is `127.0.0.1:PORT`, a
/// loopback listener that must see nothing.
fn sockets(arg: &str) -> Vec<String> {
    use wasip2::sockets::{instance_network, ip_name_lookup, tcp_create_socket, udp_create_socket};
    let mut out = Vec::new();
    let (ip, port) = arg.split_once(':').unwrap_or((arg, "0"));
    let octets: Vec<u8> = ip.split('.').filter_map(|o| o.parse().ok()).collect();
    let address = (octets.get(0..4).map(|o| (o[0], o[1], o[2], o[3]))).unwrap_or((127, 0, 0, 1));
    let port: u16 = port.parse().unwrap_or(0);
    let remote = IpSocketAddress::Ipv4(Ipv4SocketAddress { port, address });
    let any = IpSocketAddress::Ipv4(Ipv4SocketAddress {
        port: 0,
        address: (0, 0, 0, 0),
    });
    let network = instance_network::instance_network();

    match tcp_create_socket::create_tcp_socket(IpAddressFamily::Ipv4) {
        Err(e) => out.push(format!("denied tcp socket: {e:?}")),
        Ok(socket) => {
            out.push(match socket.start_connect(&network, remote) {
                Err(e) => format!("denied tcp connect {arg}: {e:?}"),
                Ok(()) => {
                    socket.subscribe().block();
                    verdict(
                        &format!("tcp connect {arg}"),
                        socket.finish_connect(),
                        |(_i, o)| {
                            let sent = o.blocking_write_and_flush(b"GET / HTTP/1.0\r\n\r\n");
                            format!("connected, write {sent:?}")
                        },
                    )
                }
            });
        }
    }
    match tcp_create_socket::create_tcp_socket(IpAddressFamily::Ipv4) {
        Err(e) => out.push(format!("denied tcp socket: {e:?}")),
        Ok(socket) => out.push(match socket.start_bind(&network, any) {
            Err(e) => format!("denied tcp bind: {e:?}"),
            Ok(()) => {
                socket.subscribe().block();
                verdict("tcp bind", socket.finish_bind(), |()| "bound".to_owned())
            }
        }),
    }
    match udp_create_socket::create_udp_socket(IpAddressFamily::Ipv4) {
        Err(e) => out.push(format!("denied udp socket: {e:?}")),
        Ok(socket) => out.push(match socket.start_bind(&network, any) {
            Err(e) => format!("denied udp bind: {e:?}"),
            Ok(()) => {
                socket.subscribe().block();
                match socket.finish_bind() {
                    Err(e) => format!("denied udp bind: {e:?}"),
                    Ok(()) => verdict(
                        &format!("udp stream to {arg}"),
                        socket.stream(Some(remote)),
                        |(_i, o)| {
                            let datagram = wasip2::sockets::udp::OutgoingDatagram {
                                data: b"hostile".to_vec(),
                                remote_address: None,
                            };
                            format!("sent {:?}", o.send(&[datagram]))
                        },
                    ),
                }
            }
        }),
    }
    for name in ["localhost", "127.0.0.1"] {
        out.push(match ip_name_lookup::resolve_addresses(&network, name) {
            Err(e) => format!("denied lookup {name}: {e:?}"),
            Ok(stream) => {
                stream.subscribe().block();
                verdict(
                    &format!("lookup {name}"),
                    stream.resolve_next_address(),
                    |a| format!("{a:?}"),
                )
            }
        });
    }
    out
}

/// One request per line of `arg`: `METHOD URL`, or `METHOD URL body` to send a body (no
/// content-length: the body is streamed). The observation is the status or the error code.
fn http(arg: &str) -> Vec<String> {
    arg.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let mut words = line.split_whitespace();
            let method = words.next().unwrap_or("GET");
            let url = words.next().unwrap_or("");
            let body = words.next();
            match send(method, url, body) {
                Ok(status) => format!("ok {line}: {status}"),
                Err(e) => format!("denied {line}: {e}"),
            }
        })
        .collect()
}

fn send(method: &str, url: &str, body: Option<&str>) -> Result<u16, String> {
    let (scheme, rest) = url.split_once("://").ok_or("not a URL")?;
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    let request = OutgoingRequest::new(Fields::new());
    let method = match method {
        "GET" => Method::Get,
        "HEAD" => Method::Head,
        "POST" => Method::Post,
        "PUT" => Method::Put,
        "DELETE" => Method::Delete,
        "CONNECT" => Method::Connect,
        "OPTIONS" => Method::Options,
        "TRACE" => Method::Trace,
        "PATCH" => Method::Patch,
        other => Method::Other(other.to_owned()),
    };
    request
        .set_method(&method)
        .map_err(|()| "method rejected")?;
    let scheme = match scheme {
        "http" => Scheme::Http,
        "https" => Scheme::Https,
        other => Scheme::Other(other.to_owned()),
    };
    request
        .set_scheme(Some(&scheme))
        .map_err(|()| "scheme rejected")?;
    request
        .set_authority(Some(authority))
        .map_err(|()| "authority rejected")?;
    request
        .set_path_with_query(Some(path))
        .map_err(|()| "path rejected")?;
    let outgoing = request.body().map_err(|()| "no body")?;
    let future = outgoing_handler::handle(request, None).map_err(|e| format!("{e:?}"))?;
    {
        let stream = outgoing.write().map_err(|()| "no body stream")?;
        if let Some(body) = body {
            // Whether the host takes it or not, the request's fate is what counts.
            let _ = stream.blocking_write_and_flush(body.as_bytes());
        }
    }
    let _ = OutgoingBody::finish(outgoing, None);
    future.subscribe().block();
    match future.get() {
        Some(Ok(Ok(response))) => Ok(response.status()),
        Some(Ok(Err(e))) => Err(format!("{e:?}")),
        Some(Err(())) => Err("response taken twice".to_owned()),
        None => Err("no response after the wait".to_owned()),
    }
}

/// Spin forever without a host call.
fn spin() -> Vec<String> {
    let mut n: u64 = 0;
    loop {
        n = std::hint::black_box(n.wrapping_add(1));
    }
}

/// Allocate and touch 1 MiB after 1 MiB, forever.
fn allocate() -> Vec<String> {
    let mut held: Vec<Vec<u8>> = Vec::new();
    loop {
        held.push(std::hint::black_box(vec![0x5a; 1 << 20]));
    }
}

/// Recurse without end.
#[allow(
    unconditional_recursion,
    reason = "the point: only the host can stop it"
)]
fn recurse(depth: u64) -> u64 {
    std::hint::black_box(recurse(std::hint::black_box(depth + 1))) + 1
}

/// Block in a host call for an hour.
fn sleep() -> Vec<String> {
    let hour = 3600 * 1_000_000_000;
    wasip2::clocks::monotonic_clock::subscribe_duration(hour).block();
    vec!["ok slept an hour".to_owned()]
}

/// Write `arg` MiB to standard output, then to standard error.
fn output(arg: &str) -> Vec<String> {
    let mib: usize = arg.parse().unwrap_or(8);
    let chunk = vec![b'x'; 64 << 10];
    let mut out = Vec::new();
    for (name, mut stream) in [
        ("stdout", Box::new(std::io::stdout()) as Box<dyn Write>),
        ("stderr", Box::new(std::io::stderr())),
    ] {
        let mut written = 0usize;
        let mut failure = None;
        for _ in 0..mib * 16 {
            match stream.write_all(&chunk) {
                Ok(()) => written += chunk.len(),
                Err(e) => {
                    failure = Some(e);
                    break;
                }
            }
        }
        out.push(match failure {
            None => format!("ok {name}: {written} bytes written"),
            Some(e) => format!("denied {name}: {e} after {written} bytes"),
        });
    }
    out
}

/// Ask the host for far more random bytes than memory holds.
fn random() -> Vec<String> {
    let bytes = wasip2::random::random::get_random_bytes(1 << 40);
    vec![format!("ok random: {} bytes", bytes.len())]
}

/// Build a header map larger than the host allows, in one of the three ways wasi:http offers
/// (`arg`: append, set or from-list).
fn fields(arg: &str) -> Vec<String> {
    let value = vec![b'v'; 64 << 10];
    let fields = Fields::new();
    let ok = |()| "built".to_owned();
    vec![match arg {
        "append" => verdict(
            "fields.append 64 KiB",
            fields.append("x-hostile", &value),
            ok,
        ),
        "set" => verdict("fields.set 64 KiB", fields.set("x-hostile", &[value]), ok),
        _ => verdict(
            "fields.from-list 64 KiB",
            Fields::from_list(&[("x-hostile".to_owned(), value)]).map(drop),
            ok,
        ),
    }]
}

/// Make host-side resources and keep them, forever.
fn resources() -> Vec<String> {
    let mut held = Vec::new();
    loop {
        held.push(Fields::new());
    }
}

fn finding(attack: &str, message: String) -> wit::Finding {
    let span = wit::Span {
        start: 0,
        end: 0,
        start_line: 1,
        start_column: 1,
        end_line: 1,
        end_column: 1,
    };
    wit::Finding {
        rule: "HOSTILE".to_owned(),
        name: attack.to_owned(),
        severity: wit::Severity::Note,
        message,
        primary: wit::Location {
            path: attack.to_owned(),
            span,
            label: String::new(),
            lines: Vec::new(),
        },
        related: Vec::new(),
        help: None,
        fixes: Vec::new(),
        fingerprint: String::new(),
    }
}
