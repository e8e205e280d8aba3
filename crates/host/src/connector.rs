//! The connector of the `--live` checks: how an approved request reaches the network, the way
//! the go command would send it.
//!
//! * HTTP_PROXY / HTTPS_PROXY / NO_PROXY (either case) with Go's rules, from the checker's
//!   `gosem::httpproxy` (https through an `http://` proxy is tunnelled with CONNECT; loopback
//!   hosts never use a proxy; user info in the proxy URL becomes `Proxy-Authorization`).
//! * TLS with rustls and the system trust store, which honours `SSL_CERT_FILE` and
//!   `SSL_CERT_DIR` as go does on Linux.
//! * Redirects followed as go does: at most 10, never from https to http, and (our addition)
//!   never to an origin outside the approved plan.
//! * Each phase bounded by the (already clamped) timeouts; the body is read here, at most
//!   [`BODY_LIMIT`] bytes.
//!
//! How the guest learns what happened (the contract `crates/checker/src/live/send.rs` reads):
//! a failure is a wasi:http error code (`DNS-error`, `connection-refused`,
//! `connection-timeout`, `connection-read-timeout`, `TLS-certificate-error`, `TLS-alert-received`,
//! `TLS-protocol-error`; anything about the HTTP proxy is `internal-error("proxy: …")`, other
//! failures `internal-error(…)`), and an answer carries the response header
//! `x-goproxy-doctor-timing: dns=…;connect=…;tls=…;first-byte=…;total=…` (milliseconds) and
//! `x-goproxy-doctor-via` (the HTTP proxy, user info redacted, or `direct`).

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use goproxy_doctor_checker::gosem::GoVersion;
use goproxy_doctor_checker::gosem::httpproxy::{ProxyEnv, Route};
use goproxy_doctor_checker::gosem::url::GoUrl;
use goproxy_doctor_checker::redact;
use http_body_util::{BodyExt, Full};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;
use wasmtime_wasi_http::io::TokioIo;
use wasmtime_wasi_http::{Error as HttpError, RequestOptions};

/// How much of a response body is kept.
pub(crate) const BODY_LIMIT: usize = 1 << 20;
/// Go's redirect limit.
const MAX_REDIRECTS: usize = 10;

trait Stream: AsyncRead + AsyncWrite + Send + Unpin {}
impl<T: AsyncRead + AsyncWrite + Send + Unpin> Stream for T {}

/// Per-request measurements, in milliseconds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Timing {
    pub dns: u64,
    pub connect: u64,
    pub tls: u64,
    pub first_byte: u64,
    /// From the start of the request to the end of the body.
    pub total: u64,
}

impl Timing {
    fn header(&self) -> String {
        format!(
            "dns={};connect={};tls={};first-byte={};total={}",
            self.dns, self.connect, self.tls, self.first_byte, self.total
        )
    }
}

/// An answer: status, headers and (at most [`BODY_LIMIT`] of) the body.
pub(crate) type Answer = http::Response<Bytes>;

pub(crate) struct Connector {
    proxies: ProxyEnv,
    tls: Arc<rustls::ClientConfig>,
    /// Tests: fixed addresses for host names (like curl's `--resolve`), so that no test ever
    /// asks a real DNS server.
    resolve: Vec<(String, SocketAddr)>,
}

fn ms(since: Instant) -> u64 {
    u64::try_from(since.elapsed().as_millis()).unwrap_or(u64::MAX)
}

/// The trust roots: the system store (rustls-native-certs reads `SSL_CERT_FILE` and
/// `SSL_CERT_DIR` when set, like go's crypto/x509 on Linux) plus `extra` PEM files.
pub(crate) fn roots(extra: &[std::path::PathBuf]) -> Result<rustls::RootCertStore, String> {
    use rustls_pki_types::CertificateDer;
    use rustls_pki_types::pem::PemObject;
    let mut store = rustls::RootCertStore::empty();
    let native = rustls_native_certs::load_native_certs();
    for cert in native.certs {
        let _ = store.add(cert);
    }
    for path in extra {
        for cert in CertificateDer::pem_file_iter(path)
            .map_err(|e| format!("reading {}: {e}", path.display()))?
        {
            let cert = cert.map_err(|e| format!("reading {}: {e}", path.display()))?;
            store
                .add(cert)
                .map_err(|e| format!("using {}: {e}", path.display()))?;
        }
    }
    Ok(store)
}

impl Connector {
    /// A connector for this process: its proxy variables and trust store.
    pub(crate) fn from_env() -> Result<Connector, String> {
        let proxies = ProxyEnv::from_env(
            |name| std::env::var(name).unwrap_or_default(),
            &GoVersion::minor(goproxy_doctor_checker::gosem::NEWEST_MINOR),
        );
        Ok(Connector::new(proxies, roots(&[])?))
    }

    pub(crate) fn new(proxies: ProxyEnv, roots: rustls::RootCertStore) -> Connector {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let tls = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map(|b| b.with_root_certificates(roots).with_no_client_auth())
            .unwrap_or_else(|_| {
                // the ring provider supports the default versions; this is unreachable
                rustls::ClientConfig::builder()
                    .with_root_certificates(rustls::RootCertStore::empty())
                    .with_no_client_auth()
            });
        Connector {
            proxies,
            tls: Arc::new(tls),
            resolve: Vec::new(),
        }
    }

    #[cfg(test)]
    pub(crate) fn resolve(mut self, host: &str, addr: SocketAddr) -> Connector {
        self.resolve.push((host.to_owned(), addr));
        self
    }

    /// Send `request` (its body is ignored: the policy allows none), following redirects that
    /// `allowed` accepts.
    pub(crate) async fn send(
        &self,
        request: http::request::Parts,
        options: RequestOptions,
        allowed: &(dyn Fn(&http::Uri) -> bool + Sync),
    ) -> Result<Answer, HttpError> {
        let mut uri = request.uri.clone();
        for _ in 0..=MAX_REDIRECTS {
            let (mut answer, timing, via) = self.once(&request, &uri, options).await?;
            let headers = answer.headers_mut();
            if let Ok(v) = http::HeaderValue::from_str(&timing.header()) {
                headers.insert("x-goproxy-doctor-timing", v);
            }
            if let Ok(v) = http::HeaderValue::from_str(&via) {
                headers.insert("x-goproxy-doctor-via", v);
            }
            let status = answer.status();
            if !status.is_redirection() || status == http::StatusCode::NOT_MODIFIED {
                return Ok(answer);
            }
            let Some(location) = answer
                .headers()
                .get(http::header::LOCATION)
                .and_then(|l| l.to_str().ok())
            else {
                return Ok(answer);
            };
            let next = resolve_reference(&uri, location).ok_or_else(|| {
                HttpError::InternalError(Some(format!("invalid redirect location {location}")))
            })?;
            if uri.scheme_str() == Some("https") && next.scheme_str() != Some("https") {
                return Err(HttpError::InternalError(Some(format!(
                    "redirected from secure URL {uri} to insecure URL {next}"
                ))));
            }
            if !allowed(&next) {
                return Err(HttpError::InternalError(Some(format!(
                    "redirected to {next}, outside the approved plan (not followed)"
                ))));
            }
            uri = next;
        }
        Err(HttpError::InternalError(Some(format!(
            "stopped after {MAX_REDIRECTS} redirects"
        ))))
    }

    async fn once(
        &self,
        request: &http::request::Parts,
        uri: &http::Uri,
        options: RequestOptions,
    ) -> Result<(Answer, Timing, String), HttpError> {
        let connect_timeout = options.connect_timeout.unwrap_or(Duration::from_secs(30));
        let first_byte_timeout = options
            .first_byte_timeout
            .unwrap_or(Duration::from_secs(30));
        let between_bytes_timeout = options
            .between_bytes_timeout
            .unwrap_or(Duration::from_secs(30));
        let https = match uri.scheme_str() {
            Some("https") => true,
            Some("http") => false,
            _ => return Err(HttpError::HttpProtocolError),
        };
        let authority = uri.authority().ok_or(HttpError::HttpRequestUriInvalid)?;
        let host = authority
            .host()
            .trim_start_matches('[')
            .trim_end_matches(']');
        let port = authority.port_u16().unwrap_or(if https { 443 } else { 80 });
        let mut timing = Timing::default();
        let request_started = Instant::now();
        let route = self.proxies.route(&uri.to_string());
        let (proxy, via) = match route {
            Route::Direct => (None, "direct".to_owned()),
            Route::CgiRefused => {
                return Err(HttpError::InternalError(Some(
                    "proxy: refusing to use HTTP_PROXY value in CGI environment".into(),
                )));
            }
            Route::Proxy(p) => {
                let u = goproxy_doctor_checker::gosem::url::parse(&p).map_err(|e| {
                    HttpError::InternalError(Some(format!(
                        "proxy: invalid proxy URL: {}",
                        redact::redact_url_list(&e)
                    )))
                })?;
                if u.scheme != "http" {
                    return Err(HttpError::InternalError(Some(format!(
                        "proxy: {}:// proxies are not supported by goproxy-doctor (go supports http, https and socks5)",
                        u.scheme
                    ))));
                }
                let redacted = GoUrl::redacted(&p);
                (Some(u), redacted)
            }
        };
        // Where the TCP connection goes.
        let (dial_host, dial_port) = match &proxy {
            Some(u) => {
                let (h, p) = split_host_port(&u.host, 80);
                (h, p)
            }
            None => (host.to_owned(), port),
        };
        let started = Instant::now();
        let addrs = tokio::time::timeout(connect_timeout, self.lookup(&dial_host, dial_port))
            .await
            .map_err(|_| HttpError::DnsTimeout)??;
        timing.dns = ms(started);
        let started = Instant::now();
        let tcp = tokio::time::timeout(connect_timeout, connect(&addrs))
            .await
            .map_err(|_| HttpError::ConnectionTimeout)?
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::ConnectionRefused if proxy.is_some() => {
                    HttpError::InternalError(Some(format!("proxy: {via} refused the connection")))
                }
                std::io::ErrorKind::ConnectionRefused => HttpError::ConnectionRefused,
                std::io::ErrorKind::TimedOut => HttpError::ConnectionTimeout,
                _ => HttpError::InternalError(Some(format!("connect: {e}"))),
            })?;
        timing.connect = ms(started);
        let proxy_auth = proxy
            .as_ref()
            .and_then(|u| u.user.as_deref())
            .map(|user| format!("Basic {}", base64(user)));
        let mut stream: Box<dyn Stream> = Box::new(tcp);
        if https && proxy.is_some() {
            let target = if host.contains(':') {
                format!("[{host}]:{port}")
            } else {
                format!("{host}:{port}")
            };
            tokio::time::timeout(
                connect_timeout,
                tunnel(&mut stream, &target, proxy_auth.as_deref(), &via),
            )
            .await
            .map_err(|_| {
                HttpError::InternalError(Some(format!("proxy: CONNECT through {via} timed out")))
            })??;
        }
        if https {
            let started = Instant::now();
            let name = rustls_pki_types::ServerName::try_from(host.to_owned())
                .map_err(|_| HttpError::HttpRequestUriInvalid)?;
            let tls = tokio_rustls::TlsConnector::from(Arc::clone(&self.tls));
            let s = tokio::time::timeout(connect_timeout, tls.connect(name, stream))
                .await
                .map_err(|_| HttpError::ConnectionTimeout)?
                .map_err(|e| tls_error(&e))?;
            stream = Box::new(s);
            timing.tls = ms(started);
        }
        let started = Instant::now();
        let (mut sender, conn) = hyper::client::conn::http1::Builder::new()
            .handshake::<_, Full<Bytes>>(TokioIo::new(stream))
            .await
            .map_err(HttpError::from)?;
        let driver = tokio::spawn(async move {
            let _ = conn.await;
        });
        // origin-form, except for plain http through a proxy (absolute-form)
        let target = if proxy.is_some() && !https {
            uri.to_string()
        } else {
            uri.path_and_query()
                .map_or("/".to_owned(), |p| p.as_str().to_owned())
        };
        let mut req = http::Request::builder()
            .method(request.method.clone())
            .uri(target);
        for (name, value) in &request.headers {
            if name != http::header::HOST {
                req = req.header(name, value);
            }
        }
        req = req.header(http::header::HOST, authority.as_str());
        if let (Some(auth), false) = (&proxy_auth, https) {
            req = req.header(http::header::PROXY_AUTHORIZATION, auth.as_str());
        }
        let req = req
            .body(Full::new(Bytes::new()))
            .map_err(|_| HttpError::HttpRequestUriInvalid)?;
        let response = tokio::time::timeout(first_byte_timeout, sender.send_request(req))
            .await
            .map_err(|_| HttpError::ConnectionReadTimeout)?
            .map_err(HttpError::from)?;
        timing.first_byte = ms(started);
        let (parts, mut body) = response.into_parts();
        let mut data = Vec::new();
        loop {
            let frame = tokio::time::timeout(between_bytes_timeout, body.frame())
                .await
                .map_err(|_| HttpError::ConnectionReadTimeout)?;
            match frame {
                None => break,
                Some(Err(e)) => return Err(HttpError::from(e)),
                Some(Ok(frame)) => {
                    if let Ok(chunk) = frame.into_data() {
                        let room = BODY_LIMIT.saturating_sub(data.len());
                        data.extend_from_slice(&chunk[..chunk.len().min(room)]);
                        if data.len() >= BODY_LIMIT {
                            break;
                        }
                    }
                }
            }
        }
        driver.abort();
        timing.total = ms(request_started);
        Ok((
            http::Response::from_parts(parts, Bytes::from(data)),
            timing,
            via,
        ))
    }

    async fn lookup(&self, host: &str, port: u16) -> Result<Vec<SocketAddr>, HttpError> {
        if let Some((_, addr)) = self
            .resolve
            .iter()
            .find(|(h, _)| h.eq_ignore_ascii_case(host))
        {
            return Ok(vec![*addr]);
        }
        if let Ok(ip) = host.parse::<std::net::IpAddr>() {
            return Ok(vec![SocketAddr::new(ip, port)]);
        }
        let addrs: Vec<SocketAddr> = tokio::net::lookup_host((host, port))
            .await
            .map_err(|e| HttpError::DnsError {
                rcode: Some(e.to_string()),
                info_code: None,
            })?
            .collect();
        if addrs.is_empty() {
            return Err(HttpError::DnsError {
                rcode: Some("no addresses".into()),
                info_code: None,
            });
        }
        Ok(addrs)
    }
}

async fn connect(addrs: &[SocketAddr]) -> std::io::Result<TcpStream> {
    let mut last = None;
    for addr in addrs {
        match TcpStream::connect(addr).await {
            Ok(s) => return Ok(s),
            Err(e) => last = Some(e),
        }
    }
    Err(last.unwrap_or_else(|| std::io::Error::other("no address")))
}

/// `CONNECT target` through an HTTP proxy; the proxy's refusal is `internal-error("proxy: …")`.
async fn tunnel(
    stream: &mut Box<dyn Stream>,
    target: &str,
    auth: Option<&str>,
    via: &str,
) -> Result<(), HttpError> {
    let mut head = format!("CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n");
    if let Some(auth) = auth {
        head.push_str(&format!("Proxy-Authorization: {auth}\r\n"));
    }
    head.push_str("\r\n");
    let io = |e: std::io::Error| HttpError::InternalError(Some(format!("proxy: {via}: {e}")));
    stream.write_all(head.as_bytes()).await.map_err(io)?;
    let mut buf = Vec::new();
    let mut byte = [0u8; 1];
    while !buf.ends_with(b"\r\n\r\n") {
        if buf.len() > 16 << 10 {
            return Err(HttpError::InternalError(Some(format!(
                "proxy: {via} sent an oversized CONNECT answer"
            ))));
        }
        let n = stream.read(&mut byte).await.map_err(io)?;
        if n == 0 {
            return Err(HttpError::InternalError(Some(format!(
                "proxy: {via} closed the connection during CONNECT"
            ))));
        }
        buf.push(byte[0]);
    }
    let text = String::from_utf8_lossy(&buf);
    let status_line = text.lines().next().unwrap_or("");
    let code = status_line.split_whitespace().nth(1).unwrap_or("");
    if code.starts_with('2') {
        Ok(())
    } else {
        Err(HttpError::InternalError(Some(format!(
            "proxy: CONNECT {target} through {via} answered `{}`",
            status_line.trim()
        ))))
    }
}

fn tls_error(e: &std::io::Error) -> HttpError {
    match e.get_ref().and_then(|e| e.downcast_ref::<rustls::Error>()) {
        Some(rustls::Error::InvalidCertificate(_)) => HttpError::TlsCertificateError,
        Some(rustls::Error::AlertReceived(a)) => HttpError::TlsAlertReceived {
            alert_id: Some(u8::from(*a)),
            alert_message: Some(format!("{a:?}")),
        },
        _ => HttpError::TlsProtocolError,
    }
}

fn split_host_port(hostport: &str, default: u16) -> (String, u16) {
    if let Some(rest) = hostport.strip_prefix('[') {
        let (h, after) = rest.split_once(']').unwrap_or((rest, ""));
        let port = after
            .strip_prefix(':')
            .and_then(|p| p.parse().ok())
            .unwrap_or(default);
        return (h.to_owned(), port);
    }
    match hostport.rsplit_once(':') {
        Some((h, p)) if !h.contains(':') => (h.to_owned(), p.parse().unwrap_or(default)),
        _ => (hostport.to_owned(), default),
    }
}

/// A redirect's `Location` against the request URI.
fn resolve_reference(base: &http::Uri, location: &str) -> Option<http::Uri> {
    if location.contains("://") {
        return location.parse().ok();
    }
    let scheme = base.scheme_str()?;
    let authority = base.authority()?;
    if let Some(rest) = location.strip_prefix("//") {
        return format!("{scheme}://{rest}").parse().ok();
    }
    let path = if location.starts_with('/') {
        location.to_owned()
    } else {
        let dir = base.path().rsplit_once('/').map_or("", |(d, _)| d);
        format!("{dir}/{location}")
    };
    format!("{scheme}://{authority}{path}").parse().ok()
}

fn base64(input: &str) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let b = input.as_bytes();
    let mut out = String::new();
    for chunk in b.chunks(3) {
        let n = match chunk.len() {
            3 => u32::from(chunk[0]) << 16 | u32::from(chunk[1]) << 8 | u32::from(chunk[2]),
            2 => u32::from(chunk[0]) << 16 | u32::from(chunk[1]) << 8,
            _ => u32::from(chunk[0]) << 16,
        };
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(T[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_vectors() {
        assert_eq!(base64("user:pass"), "dXNlcjpwYXNz");
        assert_eq!(base64("a"), "YQ==");
        assert_eq!(base64("ab"), "YWI=");
        assert_eq!(base64(""), "");
    }

    #[test]
    fn redirect_locations() {
        let base: http::Uri = "https://a.example/x/y?z".parse().unwrap();
        let r = |l| resolve_reference(&base, l).map(|u| u.to_string());
        assert_eq!(r("/p").as_deref(), Some("https://a.example/p"));
        assert_eq!(r("q").as_deref(), Some("https://a.example/x/q"));
        assert_eq!(r("//b.example/c").as_deref(), Some("https://b.example/c"));
        assert_eq!(r("http://c.example/").as_deref(), Some("http://c.example/"));
    }

    #[test]
    fn proxy_host_ports() {
        assert_eq!(split_host_port("proxy:3128", 80), ("proxy".into(), 3128));
        assert_eq!(split_host_port("proxy", 80), ("proxy".into(), 80));
        assert_eq!(split_host_port("[::1]:8", 80), ("::1".into(), 8));
    }
}

/// The connector against real loopback servers.
#[cfg(test)]
mod net_tests {
    use std::time::{Duration, Instant};

    use super::*;
    use crate::test_servers::{self as servers, Certs, Reply};

    fn no_proxy() -> ProxyEnv {
        proxies("", "")
    }

    fn proxies(https: &str, no_proxy: &str) -> ProxyEnv {
        let (https, no_proxy) = (https.to_owned(), no_proxy.to_owned());
        ProxyEnv::from_env(
            move |n| match n {
                "HTTPS_PROXY" => https.clone(),
                "NO_PROXY" => no_proxy.clone(),
                _ => String::new(),
            },
            &GoVersion::minor(27),
        )
    }

    fn opts(ms: u64) -> RequestOptions {
        let d = Some(Duration::from_millis(ms));
        RequestOptions {
            connect_timeout: d,
            first_byte_timeout: d,
            between_bytes_timeout: d,
        }
    }

    fn get(url: &str) -> http::request::Parts {
        http::Request::get(url).body(()).unwrap().into_parts().0
    }

    fn any(_: &http::Uri) -> bool {
        true
    }

    #[tokio::test]
    async fn answers_carry_status_body_and_timings() {
        let dir = tempfile::tempdir().unwrap();
        servers::module_tree(dir.path(), &[("github.com/!burnt!sushi/toml", &["v1.3.2"])]);
        let proxy = servers::goproxy(dir.path().to_owned()).await;
        let c = Connector::new(no_proxy(), rustls::RootCertStore::empty());
        let base = proxy.url("http");
        let a = c
            .send(
                get(&format!("{base}/github.com/!burnt!sushi/toml/@v/list")),
                opts(2000),
                &any,
            )
            .await
            .unwrap();
        assert_eq!(a.status(), 200);
        assert_eq!(a.body().as_ref(), b"v1.3.2\n");
        let timing = a.headers()["x-goproxy-doctor-timing"].to_str().unwrap();
        assert!(
            timing.starts_with("dns=") && timing.contains(";first-byte="),
            "{timing}"
        );
        assert_eq!(a.headers()["x-goproxy-doctor-via"], "direct");
        let a = c
            .send(get(&format!("{base}/nope/@v/list")), opts(2000), &any)
            .await
            .unwrap();
        assert_eq!(a.status(), 404);
    }

    #[tokio::test]
    async fn refused_and_stalled_endpoints_fail_with_their_class() {
        let c = Connector::new(no_proxy(), rustls::RootCertStore::empty());
        let closed = servers::closed_port().await;
        let e = c
            .send(get(&format!("http://{closed}/x")), opts(2000), &any)
            .await
            .unwrap_err();
        assert!(matches!(e, HttpError::ConnectionRefused), "{e:?}");
        let stall = servers::http(|_| Reply::stall()).await;
        let started = Instant::now();
        let e = c
            .send(get(&format!("{}/x", stall.url("http"))), opts(300), &any)
            .await
            .unwrap_err();
        assert!(matches!(e, HttpError::ConnectionReadTimeout), "{e:?}");
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "the clamp bounds the wait"
        );
    }

    #[tokio::test]
    async fn tls_needs_the_ca() {
        let certs = Certs::new();
        let dir = tempfile::tempdir().unwrap();
        let ca = certs.write_ca(dir.path());
        let server = servers::https(&certs, |_| Reply::status(200)).await;
        let url = format!("{}/x/@v/list", server.url("https"));
        let untrusting = Connector::new(no_proxy(), roots(&[]).unwrap());
        let e = untrusting
            .send(get(&url), opts(2000), &any)
            .await
            .unwrap_err();
        assert!(matches!(e, HttpError::TlsCertificateError), "{e:?}");
        let trusting = Connector::new(no_proxy(), roots(&[ca]).unwrap());
        let a = trusting.send(get(&url), opts(2000), &any).await.unwrap();
        assert_eq!(a.status(), 200);
    }

    #[tokio::test]
    async fn https_proxy_tunnels_unless_no_proxy_matches() {
        let certs = Certs::new();
        let dir = tempfile::tempdir().unwrap();
        let ca = certs.write_ca(dir.path());
        let backend = servers::https(&certs, |_| Reply::status(200)).await;
        let proxy = servers::connect_proxy(backend.addr).await;
        let port = backend.addr.port();
        let url = format!("https://goproxy.test:{port}/m/@v/list");

        let via = Connector::new(
            proxies(&proxy.url("http"), ""),
            roots(std::slice::from_ref(&ca)).unwrap(),
        );
        let a = via.send(get(&url), opts(2000), &any).await.unwrap();
        assert_eq!(a.status(), 200);
        assert_eq!(
            *proxy.seen.lock().unwrap(),
            [format!("CONNECT goproxy.test:{port}")]
        );
        assert_eq!(
            a.headers()["x-goproxy-doctor-via"],
            proxy.url("http").as_str()
        );

        let direct = Connector::new(
            proxies(&proxy.url("http"), "goproxy.test"),
            roots(&[ca]).unwrap(),
        )
        .resolve("goproxy.test", backend.addr);
        let a = direct.send(get(&url), opts(2000), &any).await.unwrap();
        assert_eq!(a.status(), 200);
        assert_eq!(
            proxy.hits(),
            1,
            "NO_PROXY matched: the proxy saw nothing more"
        );
        assert_eq!(backend.hits(), 2);

        // loopback is never proxied, as in Go
        let loopback = format!("https://127.0.0.1:{port}/m/@v/list");
        let _ = via.send(get(&loopback), opts(2000), &any).await;
        assert_eq!(proxy.hits(), 1);
    }

    #[tokio::test]
    async fn http_proxy_gets_plain_http_in_absolute_form() {
        let proxy = servers::http(|_| Reply::body(200, "v1.0.0\n")).await;
        let url = proxy.url("http");
        let env = ProxyEnv::from_env(
            move |n| {
                if n == "HTTP_PROXY" {
                    url.clone()
                } else {
                    String::new()
                }
            },
            &GoVersion::minor(27),
        );
        let c = Connector::new(env, rustls::RootCertStore::empty());
        let a = c
            .send(get("http://goproxy.test/m/@v/list"), opts(2000), &any)
            .await
            .unwrap();
        assert_eq!(a.body().as_ref(), b"v1.0.0\n");
        assert_eq!(
            *proxy.seen.lock().unwrap(),
            ["http://goproxy.test/m/@v/list"]
        );
    }

    #[tokio::test]
    async fn a_refusing_proxy_is_reported_as_the_proxy() {
        let proxy = servers::http(|_| Reply::status(403)).await;
        let c = Connector::new(
            proxies(&proxy.url("http"), ""),
            rustls::RootCertStore::empty(),
        );
        let e = c
            .send(get("https://goproxy.test/m/@v/list"), opts(2000), &any)
            .await
            .unwrap_err();
        match e {
            HttpError::InternalError(Some(m)) => assert!(
                m.starts_with("proxy: CONNECT goproxy.test:443 through"),
                "{m}"
            ),
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn redirects_are_followed_as_go_does() {
        let target = servers::http(|_| Reply::body(200, "v1.0.0\n")).await;
        let to = format!("{}/final", target.url("http"));
        let hop = servers::http(move |_| Reply::redirect(&to)).await;
        let c = Connector::new(no_proxy(), rustls::RootCertStore::empty());
        let a = c
            .send(get(&format!("{}/start", hop.url("http"))), opts(2000), &any)
            .await
            .unwrap();
        assert_eq!(a.body().as_ref(), b"v1.0.0\n");
        let only_hop = hop.addr;
        let within = move |u: &http::Uri| u.port_u16() == Some(only_hop.port());
        let e = c
            .send(
                get(&format!("{}/start", hop.url("http"))),
                opts(2000),
                &within,
            )
            .await
            .unwrap_err();
        assert!(
            matches!(e, HttpError::InternalError(Some(ref m)) if m.contains("outside the approved plan")),
            "{e:?}"
        );
        assert_eq!(target.hits(), 1, "the refused redirect was not followed");
    }

    /// 100 requests to an endpoint that takes 200 ms each: they run concurrently. The bound
    /// is generous (sequentially they would take 20 s); `cargo bench`-style numbers are in
    /// README.md (measured with `--nocapture`).
    #[tokio::test(flavor = "current_thread")]
    #[allow(clippy::print_stdout)] // the measurement, shown with --nocapture
    async fn concurrent_requests() {
        let slow = servers::http(|_| Reply {
            delay: Duration::from_millis(200),
            ..Reply::status(200)
        })
        .await;
        let c = Arc::new(Connector::new(no_proxy(), rustls::RootCertStore::empty()));
        let started = Instant::now();
        let mut set = tokio::task::JoinSet::new();
        for i in 0..100 {
            let c = Arc::clone(&c);
            let url = format!("{}/m{i}/@v/list", slow.url("http"));
            set.spawn(async move {
                c.send(get(&url), opts(5000), &any)
                    .await
                    .map(|a| a.status())
            });
        }
        let mut ok = 0;
        while let Some(r) = set.join_next().await {
            ok += usize::from(r.unwrap().unwrap() == 200);
        }
        let elapsed = started.elapsed();
        println!("100 concurrent requests, 200 ms each: {elapsed:?}");
        assert_eq!(ok, 100);
        // concurrency shown by the server, not by a clock
        assert!(slow.peak_concurrency() >= 50, "{}", slow.peak_concurrency());
    }
}
