//! Loopback servers for the live-check tests: a tiny HTTP/1.1 server (plain or TLS) answering
//! from a closure, a GOPROXY serving a module tree from a directory, an HTTP CONNECT proxy that
//! records what it tunnels, and certificates made on the spot. Everything listens on
//! 127.0.0.1; nothing leaves the machine.
#![allow(dead_code, unreachable_pub, clippy::unwrap_used)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What a server answers to one request.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
    /// Wait this long before answering.
    pub delay: Duration,
    /// Never answer.
    pub stall: bool,
    /// Send the head, then one byte of body every 300 ms, forever.
    pub drip: bool,
}

impl Reply {
    pub fn status(status: u16) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: String::new(),
            delay: Duration::ZERO,
            stall: false,
            drip: false,
        }
    }

    pub fn body(status: u16, body: &str) -> Reply {
        Reply {
            body: body.to_owned(),
            ..Reply::status(status)
        }
    }

    pub fn stall() -> Reply {
        Reply {
            stall: true,
            ..Reply::status(200)
        }
    }

    pub fn drip() -> Reply {
        Reply {
            drip: true,
            ..Reply::status(200)
        }
    }

    pub fn redirect(to: &str) -> Reply {
        Reply {
            headers: vec![("Location".into(), to.into())],
            ..Reply::status(302)
        }
    }
}

pub type Handler = Arc<dyn Fn(&str) -> Reply + Send + Sync>;

/// A running server: its address, and the request targets it saw.
#[derive(Clone)]
pub struct Server {
    pub addr: SocketAddr,
    pub seen: Arc<Mutex<Vec<String>>>,
    /// The most requests this server had in hand at once (concurrency, without timing).
    pub peak: Arc<Mutex<(usize, usize)>>,
}

impl Server {
    pub fn hits(&self) -> usize {
        self.seen.lock().unwrap().len()
    }

    /// The most requests in progress at the same time.
    pub fn peak_concurrency(&self) -> usize {
        self.peak.lock().unwrap().1
    }

    pub fn url(&self, scheme: &str) -> String {
        format!("{scheme}://{}", self.addr)
    }
}

trait Io: AsyncRead + AsyncWrite + Send + Unpin {}
impl<T: AsyncRead + AsyncWrite + Send + Unpin> Io for T {}

async fn read_head(s: &mut (impl AsyncRead + Unpin)) -> Option<String> {
    let mut buf = Vec::new();
    let mut b = [0u8; 1];
    while !buf.ends_with(b"\r\n\r\n") {
        if s.read(&mut b).await.ok()? == 0 {
            return None;
        }
        buf.push(b[0]);
    }
    Some(String::from_utf8_lossy(&buf).into_owned())
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        302 => "Found",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        410 => "Gone",
        500 => "Internal Server Error",
        _ => "Status",
    }
}

async fn serve_one(mut s: Box<dyn Io>, handler: Handler, seen: Arc<Mutex<Vec<String>>>) {
    let Some(head) = read_head(&mut s).await else {
        return;
    };
    let target = head
        .lines()
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .unwrap_or("")
        .to_owned();
    seen.lock().unwrap().push(target.clone());
    let reply = handler(&target);
    if reply.stall {
        tokio::time::sleep(Duration::from_secs(3600)).await;
        return;
    }
    tokio::time::sleep(reply.delay).await;
    if reply.drip {
        let _ = s
            .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
            .await;
        loop {
            if s.write_all(b"v").await.is_err() || s.flush().await.is_err() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
    }
    let mut out = format!(
        "HTTP/1.1 {} {}\r\nContent-Length: {}\r\nConnection: close\r\n",
        reply.status,
        reason(reply.status),
        reply.body.len()
    );
    for (k, v) in &reply.headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    out.push_str("\r\n");
    out.push_str(&reply.body);
    let _ = s.write_all(out.as_bytes()).await;
    let _ = s.shutdown().await;
}

/// A plain HTTP server on 127.0.0.1.
pub async fn http(handler: impl Fn(&str) -> Reply + Send + Sync + 'static) -> Server {
    serve(Arc::new(handler), None).await
}

/// An HTTPS server on 127.0.0.1 presenting `cert`.
pub async fn https(
    cert: &Certs,
    handler: impl Fn(&str) -> Reply + Send + Sync + 'static,
) -> Server {
    serve(Arc::new(handler), Some(cert.acceptor())).await
}

async fn serve(handler: Handler, tls: Option<tokio_rustls::TlsAcceptor>) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let peak = Arc::new(Mutex::new((0, 0)));
    let server = Server {
        addr,
        seen: Arc::clone(&seen),
        peak: Arc::clone(&peak),
    };
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let handler = Arc::clone(&handler);
            let seen = Arc::clone(&seen);
            let peak = Arc::clone(&peak);
            let tls = tls.clone();
            tokio::spawn(async move {
                let stream: Box<dyn Io> = match tls {
                    Some(acceptor) => match acceptor.accept(tcp).await {
                        Ok(s) => Box::new(s),
                        Err(_) => return,
                    },
                    None => Box::new(tcp),
                };
                {
                    let mut p = peak.lock().unwrap();
                    p.0 += 1;
                    p.1 = p.1.max(p.0);
                }
                serve_one(stream, handler, seen).await;
                peak.lock().unwrap().0 -= 1;
            });
        }
    });
    server
}

/// A GOPROXY serving `root` (files at `<escaped module>/@v/list`, …): 200 with the file, 404
/// otherwise; also `sumdb/<name>/supported` when `root/sumdb/<name>/supported` exists.
pub async fn goproxy(root: PathBuf) -> Server {
    http(move |target| {
        let rel = target.trim_start_matches('/');
        let path = root.join(rel);
        if !rel.contains("..") && path.is_file() {
            Reply::body(200, &std::fs::read_to_string(path).unwrap_or_default())
        } else {
            Reply::status(404)
        }
    })
    .await
}

/// Write a module tree for [`goproxy`].
pub fn module_tree(root: &Path, modules: &[(&str, &[&str])]) {
    for (escaped, versions) in modules {
        let dir = root.join(escaped).join("@v");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("list"), versions.join("\n") + "\n").unwrap();
    }
}

/// A port nothing listens on (bound, then closed).
pub async fn closed_port() -> SocketAddr {
    let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
    l.local_addr().unwrap()
}

/// An HTTP CONNECT proxy: tunnels every CONNECT to `backend` (whatever host was asked for) and
/// records the targets it was asked for.
pub async fn connect_proxy(backend: SocketAddr) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let server = Server {
        addr,
        seen: Arc::clone(&seen),
        peak: Arc::new(Mutex::new((0, 0))),
    };
    tokio::spawn(async move {
        while let Ok((mut client, _)) = listener.accept().await {
            let seen = Arc::clone(&seen);
            tokio::spawn(async move {
                let Some(head) = read_head(&mut client).await else {
                    return;
                };
                let mut words = head.split_whitespace();
                let (method, target) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
                seen.lock().unwrap().push(format!("{method} {target}"));
                if method != "CONNECT" {
                    let _ = client
                        .write_all(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n")
                        .await;
                    return;
                }
                let Ok(mut up) = TcpStream::connect(backend).await else {
                    let _ = client.write_all(b"HTTP/1.1 502 Bad Gateway\r\n\r\n").await;
                    return;
                };
                let _ = client
                    .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
                    .await;
                let _ = tokio::io::copy_bidirectional(&mut client, &mut up).await;
            });
        }
    });
    server
}

/// A CA and a server certificate it signed for 127.0.0.1, localhost and goproxy.test.
pub struct Certs {
    pub ca_pem: String,
    pub cert_der: Vec<u8>,
    pub key_der: Vec<u8>,
}

impl Certs {
    pub fn new() -> Certs {
        use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, IsCa, KeyPair};
        let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca_params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "goproxy-doctor test CA");
        let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate().unwrap()).unwrap();
        let key = KeyPair::generate().unwrap();
        let params = CertificateParams::new(vec![
            "127.0.0.1".to_owned(),
            "localhost".to_owned(),
            "goproxy.test".to_owned(),
        ])
        .unwrap();
        let cert = params.signed_by(&key, &ca).unwrap();
        Certs {
            ca_pem: ca.pem(),
            cert_der: cert.der().to_vec(),
            key_der: key.serialize_der(),
        }
    }

    /// Write the CA to `dir/ca.pem`.
    pub fn write_ca(&self, dir: &Path) -> PathBuf {
        let path = dir.join("ca.pem");
        std::fs::write(&path, &self.ca_pem).unwrap();
        path
    }

    fn acceptor(&self) -> tokio_rustls::TlsAcceptor {
        use rustls_pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(
                vec![CertificateDer::from(self.cert_der.clone())],
                PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(self.key_der.clone())),
            )
            .unwrap();
        tokio_rustls::TlsAcceptor::from(Arc::new(config))
    }
}

/// Counts, for tests that only need a number.
pub fn counter() -> Arc<AtomicUsize> {
    Arc::new(AtomicUsize::new(0))
}

pub fn count(c: &AtomicUsize) -> usize {
    c.load(Ordering::SeqCst)
}
