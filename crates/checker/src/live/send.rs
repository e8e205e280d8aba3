//! Sending the probes through wasi:http/outgoing-handler, all at once: every request is
//! handed to the host first, then the guest waits on all of them together (`wasi:io/poll`),
//! so the host's connector runs them concurrently.
//!
//! The host reports how a request went in two ways: a failure is a wasi:http `error-code`
//! (DNS, refused, timeouts, TLS certificate, policy refusal; a failed CONNECT through an HTTP
//! proxy is `internal-error("proxy: …")`), and an answer carries the response header
//! `x-goproxy-doctor-timing: dns=1;connect=2;tls=3;first-byte=4;total=10` (milliseconds) and
//! `x-goproxy-doctor-via` (the HTTP proxy the request went through, or `direct`).

use wasip2::clocks::monotonic_clock;
use wasip2::http::outgoing_handler::{self, FutureIncomingResponse};
use wasip2::http::types::{
    ErrorCode, Fields, IncomingBody, Method, OutgoingRequest, RequestOptions, Scheme,
};
use wasip2::io::streams::StreamError;

use super::{Answer, Failure, Probe};

/// How much of a body is read (go-import pages, version lists).
const BODY_LIMIT: usize = 64 << 10;
const MS: u64 = 1_000_000;

fn request(url: &str) -> Result<FutureIncomingResponse, String> {
    let (scheme, rest) = url.split_once("://").ok_or("not a URL")?;
    let (authority, path) = match rest.find(['/', '?']) {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    let path = if path.starts_with('?') {
        format!("/{path}")
    } else {
        path.to_owned()
    };
    let headers = Fields::new();
    let _ = headers.append(
        "user-agent",
        b"GoCommand/1 (+https://go.dev/cmd/go) goproxy-doctor",
    );
    let req = OutgoingRequest::new(headers);
    req.set_method(&Method::Get).map_err(|()| "method")?;
    let scheme = match scheme {
        "http" => Scheme::Http,
        "https" => Scheme::Https,
        other => Scheme::Other(other.to_owned()),
    };
    req.set_scheme(Some(&scheme)).map_err(|()| "scheme")?;
    req.set_authority(Some(authority))
        .map_err(|()| "authority")?;
    req.set_path_with_query(Some(&path)).map_err(|()| "path")?;
    let opts = RequestOptions::new();
    let _ = opts.set_connect_timeout(Some(10_000 * MS));
    let _ = opts.set_first_byte_timeout(Some(15_000 * MS));
    let _ = opts.set_between_bytes_timeout(Some(10_000 * MS));
    outgoing_handler::handle(req, Some(opts)).map_err(|e| classify_text(&e))
}

fn classify_text(e: &ErrorCode) -> String {
    format!("{e:?}")
}

fn failure(e: &ErrorCode) -> (Failure, String) {
    match e {
        ErrorCode::DnsError(p) => (Failure::Dns, p.rcode.clone().unwrap_or_default()),
        ErrorCode::DnsTimeout => (Failure::Dns, "timeout".into()),
        ErrorCode::ConnectionRefused => (Failure::Refused, String::new()),
        ErrorCode::ConnectionTimeout => (Failure::ConnectTimeout, String::new()),
        ErrorCode::ConnectionReadTimeout | ErrorCode::HttpResponseTimeout => {
            (Failure::ReadTimeout, String::new())
        }
        ErrorCode::TlsCertificateError => (Failure::TlsCertificate, String::new()),
        ErrorCode::TlsProtocolError => (Failure::Tls, String::new()),
        ErrorCode::TlsAlertReceived(p) => {
            (Failure::Tls, p.alert_message.clone().unwrap_or_default())
        }
        ErrorCode::HttpRequestDenied | ErrorCode::ConnectionLimitReached => {
            (Failure::Denied, String::new())
        }
        ErrorCode::InternalError(Some(s)) if s.starts_with("proxy: ") => {
            (Failure::Protocol, s.clone())
        }
        ErrorCode::InternalError(Some(s)) => (Failure::Other, s.clone()),
        ErrorCode::HttpProtocolError | ErrorCode::ConnectionTerminated => {
            (Failure::Protocol, String::new())
        }
        other => (Failure::Other, classify_text(other)),
    }
}

fn failed(f: Failure, detail: String) -> Answer {
    Answer {
        failure: Some(f),
        detail,
        ..Answer::default()
    }
}

/// Send every probe and wait for all the answers (in the probes' order).
pub(super) fn send_all(probes: &[Probe]) -> Vec<Answer> {
    let start = monotonic_clock::now();
    let mut answers: Vec<Option<Answer>> = vec![None; probes.len()];
    let mut pending: Vec<(usize, FutureIncomingResponse)> = Vec::new();
    for (i, p) in probes.iter().enumerate() {
        match request(&p.url) {
            Ok(f) => pending.push((i, f)),
            Err(e) => answers[i] = Some(failed(Failure::Other, e)),
        }
    }
    while !pending.is_empty() {
        let pollables: Vec<_> = pending.iter().map(|(_, f)| f.subscribe()).collect();
        let refs: Vec<&_> = pollables.iter().collect();
        let ready = wasip2::io::poll::poll(&refs);
        drop(refs);
        drop(pollables);
        let mut ready: Vec<usize> = ready.into_iter().map(|r| r as usize).collect();
        ready.sort_unstable_by(|a, b| b.cmp(a));
        for r in ready {
            let (i, fut) = pending.swap_remove(r);
            let elapsed_ms = (monotonic_clock::now().saturating_sub(start)) / MS;
            let answer = match fut.get() {
                Some(Ok(Ok(resp))) => {
                    let status = resp.status();
                    let mut timings = Vec::new();
                    for v in resp.headers().get("x-goproxy-doctor-timing") {
                        for part in String::from_utf8_lossy(&v).split(';') {
                            if let Some((k, n)) = part.split_once('=')
                                && let Ok(n) = n.trim().parse::<u64>()
                            {
                                timings.push((k.trim().to_owned(), n));
                            }
                        }
                    }
                    let via = resp
                        .headers()
                        .get("x-goproxy-doctor-via")
                        .first()
                        .map(|v| String::from_utf8_lossy(v).into_owned());
                    // the host's measure of this request, when it gives one
                    let total = timings.iter().find(|(k, _)| k == "total").map(|(_, n)| *n);
                    timings.retain(|(k, _)| k != "total");
                    let body = read_body(resp.consume().ok());
                    Answer {
                        status: Some(status),
                        timings,
                        body,
                        elapsed_ms: total.unwrap_or(elapsed_ms),
                        via,
                        ..Answer::default()
                    }
                }
                Some(Ok(Err(code))) => {
                    let (f, d) = failure(&code);
                    Answer {
                        elapsed_ms,
                        ..failed(f, d)
                    }
                }
                Some(Err(())) | None => failed(Failure::Other, "no response".into()),
            };
            answers[i] = Some(answer);
        }
    }
    answers
        .into_iter()
        .map(|a| a.unwrap_or_else(|| failed(Failure::Other, "not sent".into())))
        .collect()
}

fn read_body(body: Option<IncomingBody>) -> String {
    let Some(body) = body else {
        return String::new();
    };
    let mut out = Vec::new();
    if let Ok(stream) = body.stream() {
        while out.len() < BODY_LIMIT {
            match stream.blocking_read((BODY_LIMIT - out.len()) as u64) {
                Ok(chunk) => out.extend_from_slice(&chunk),
                Err(StreamError::Closed) | Err(StreamError::LastOperationFailed(_)) => break,
            }
        }
        drop(stream);
    }
    let _ = IncomingBody::finish(body);
    String::from_utf8_lossy(&out).into_owned()
}
