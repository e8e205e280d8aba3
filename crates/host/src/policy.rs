//! The host's HTTP policy: every request the checker makes goes through here. A request is sent
//! only if its scheme, host and port are on the allowlist (the approved probe plan), it is a GET
//! or HEAD without a body, and the request budget is not spent. Everything else is refused
//! before any network access, and the checker sees `HTTP-request-denied`.
//!
//! Analysis runs with an empty allowlist ([`Policy::deny_all`]); `--live` builds the allowlist
//! from the approved probe plan ([`Policy::live`]) and sends through the [`Connector`], which
//! reaches the network the way the go command does.

use std::sync::Arc;
use std::time::Duration;

use crate::connector::Connector;

use http_body_util::BodyExt;
use wasmtime_wasi_http::{Error as HttpError, RequestOptions, WasiBody, WasiHttpHooks};

type IoFuture = Box<dyn std::future::Future<Output = Result<(), HttpError>> + Send>;
type SendFuture = Box<
    dyn std::future::Future<Output = Result<(http::Response<WasiBody>, IoFuture), HttpError>>
        + Send,
>;

#[derive(Clone)]
pub(crate) struct Policy {
    /// `scheme://host:port`, lower case, exact.
    allowed: Arc<Vec<String>>,
    /// Sends what the policy lets through; None: nothing is ever sent.
    connector: Option<Arc<Connector>>,
    max_requests: usize,
    sent: usize,
    /// Upper bounds for the three timeouts the guest may ask for.
    max_timeout: Duration,
}

impl Policy {
    /// Refuse every request: an empty allowlist and no request budget.
    pub(crate) fn deny_all() -> Policy {
        Policy::allow(&[], 0, Duration::ZERO)
    }

    /// Allow requests to these origins (`https://proxy.golang.org:443`), at most `max_requests`
    /// in all, each phase of each request bounded by `max_timeout`.
    pub(crate) fn allow(origins: &[&str], max_requests: usize, max_timeout: Duration) -> Policy {
        Policy {
            allowed: Arc::new(origins.iter().map(|o| o.to_ascii_lowercase()).collect()),
            connector: None,
            max_requests,
            sent: 0,
            max_timeout,
        }
    }

    /// [`Policy::allow`], sending through `connector`.
    pub(crate) fn live(
        origins: &[&str],
        max_requests: usize,
        max_timeout: Duration,
        connector: Arc<Connector>,
    ) -> Policy {
        Policy {
            connector: Some(connector),
            ..Policy::allow(origins, max_requests, max_timeout)
        }
    }

    /// Decide on a request. Pure: no network access.
    fn decide(
        &mut self,
        method: &http::Method,
        uri: &http::Uri,
        has_body: bool,
    ) -> Result<(), HttpError> {
        if method != http::Method::GET && method != http::Method::HEAD || has_body {
            return Err(HttpError::HttpRequestDenied);
        }
        let origin = origin(uri).ok_or(HttpError::HttpRequestDenied)?;
        if !self.allowed.contains(&origin) {
            return Err(HttpError::HttpRequestDenied);
        }
        if self.sent >= self.max_requests {
            return Err(HttpError::ConnectionLimitReached);
        }
        self.sent += 1;
        Ok(())
    }

    fn clamp(&self, options: Option<RequestOptions>) -> RequestOptions {
        let max = self.max_timeout;
        let pick = |asked: Option<Duration>| Some(asked.map_or(max, |d| d.min(max)));
        let o = options.unwrap_or_default();
        RequestOptions {
            connect_timeout: pick(o.connect_timeout),
            first_byte_timeout: pick(o.first_byte_timeout),
            between_bytes_timeout: pick(o.between_bytes_timeout),
        }
    }
}

/// `scheme://host:port` of a request, or None when it has user info, no host, or a host with
/// a trailing dot (which would bypass /etc/hosts and the allowlist's intent).
pub(crate) fn origin(uri: &http::Uri) -> Option<String> {
    let scheme = uri.scheme_str()?.to_ascii_lowercase();
    let authority = uri.authority()?;
    if authority.as_str().contains('@') {
        return None;
    }
    let host = authority.host().to_ascii_lowercase();
    if host.is_empty() || host.ends_with('.') {
        return None;
    }
    let port = authority.port_u16().or(match scheme.as_str() {
        "http" => Some(80),
        "https" => Some(443),
        _ => None,
    })?;
    Some(format!("{scheme}://{host}:{port}"))
}

impl WasiHttpHooks for Policy {
    fn send_request(
        &mut self,
        request: http::Request<WasiBody>,
        options: Option<RequestOptions>,
        _fut: IoFuture,
    ) -> SendFuture {
        let has_body = request
            .headers()
            .get(http::header::CONTENT_LENGTH)
            .is_some_and(|v| v.as_bytes() != b"0")
            || request
                .headers()
                .contains_key(http::header::TRANSFER_ENCODING);
        match self.decide(request.method(), request.uri(), has_body) {
            Err(refusal) => Box::new(async move {
                // Drain the guest's body briefly, discarding it: a guest writing it
                // concurrently would otherwise see "connection reset" instead of the refusal.
                // (Not `collect`: a hostile guest could stream hundreds of MiB into the host's
                // memory in that time.)
                let mut body = request.into_body();
                let drain = async { while let Some(Ok(_discarded)) = body.frame().await {} };
                let _ = tokio::time::timeout(Duration::from_millis(250), drain).await;
                Err(refusal)
            }),
            Ok(()) => {
                let options = self.clamp(options);
                let allowed = Arc::clone(&self.allowed);
                let connector = self.connector.clone();
                Box::new(async move {
                    let Some(connector) = connector else {
                        return Err(HttpError::HttpRequestDenied);
                    };
                    let (parts, _body) = request.into_parts();
                    let ok =
                        move |uri: &http::Uri| origin(uri).is_some_and(|o| allowed.contains(&o));
                    let answer = connector.send(parts, options, &ok).await?;
                    let response = answer.map(|bytes| {
                        http_body_util::Full::new(bytes)
                            .map_err(|never| match never {})
                            .boxed_unsync()
                    });
                    Ok((response, Box::new(async { Ok(()) }) as IoFuture))
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uri(s: &str) -> http::Uri {
        s.parse().unwrap()
    }

    #[test]
    fn deny_all_refuses_everything() {
        let mut p = Policy::deny_all();
        assert!(matches!(
            p.decide(
                &http::Method::GET,
                &uri("https://proxy.golang.org/x/@v/list"),
                false
            ),
            Err(HttpError::HttpRequestDenied)
        ));
    }

    #[test]
    fn allowlist_is_exact_on_scheme_host_and_port() {
        let mut p = Policy::allow(
            &["https://proxy.golang.org:443", "http://127.0.0.1:8080"],
            10,
            Duration::from_secs(5),
        );
        let get = http::Method::GET;
        assert!(
            p.decide(&get, &uri("https://proxy.golang.org/a"), false)
                .is_ok()
        );
        assert!(
            p.decide(&get, &uri("https://PROXY.golang.org:443/a"), false)
                .is_ok()
        );
        assert!(
            p.decide(&http::Method::HEAD, &uri("http://127.0.0.1:8080/"), false)
                .is_ok()
        );
        for denied in [
            "http://proxy.golang.org/a",
            "https://proxy.golang.org:8443/a",
            "https://proxy.golang.org./a",
            "https://user@proxy.golang.org/a",
            "https://evil.example/a",
            "http://localhost:8080/",
            "http://2130706433:8080/",
        ] {
            assert!(p.decide(&get, &uri(denied), false).is_err(), "{denied}");
        }
        assert!(
            p.decide(
                &http::Method::POST,
                &uri("https://proxy.golang.org/a"),
                false
            )
            .is_err()
        );
        assert!(
            p.decide(&get, &uri("https://proxy.golang.org/a"), true)
                .is_err(),
            "a body"
        );
    }

    #[test]
    fn request_budget() {
        let mut p = Policy::allow(&["https://a.example:443"], 2, Duration::from_secs(1));
        let get = http::Method::GET;
        assert!(p.decide(&get, &uri("https://a.example/1"), false).is_ok());
        assert!(p.decide(&get, &uri("https://a.example/2"), false).is_ok());
        assert!(matches!(
            p.decide(&get, &uri("https://a.example/3"), false),
            Err(HttpError::ConnectionLimitReached)
        ));
    }

    #[test]
    fn timeouts_are_clamped() {
        let p = Policy::allow(&[], 1, Duration::from_secs(2));
        let asked = RequestOptions {
            connect_timeout: Some(Duration::from_secs(60)),
            first_byte_timeout: Some(Duration::from_millis(100)),
            between_bytes_timeout: None,
        };
        let o = p.clamp(Some(asked));
        assert_eq!(o.connect_timeout, Some(Duration::from_secs(2)));
        assert_eq!(o.first_byte_timeout, Some(Duration::from_millis(100)));
        assert_eq!(o.between_bytes_timeout, Some(Duration::from_secs(2)));
    }
}

/// The hook itself, with a real connector and loopback servers.
#[cfg(test)]
mod hook_tests {
    use super::*;
    use crate::test_servers::{self as servers, Reply};

    fn request(url: &str) -> http::Request<WasiBody> {
        let body = http_body_util::Empty::<bytes::Bytes>::new()
            .map_err(|never| match never {})
            .boxed_unsync();
        http::Request::get(url).body(body).unwrap()
    }

    async fn send(p: &mut Policy, url: &str) -> Result<u16, HttpError> {
        let fut = p.send_request(request(url), None, Box::new(async { Ok(()) }));
        Box::into_pin(fut).await.map(|(r, _)| r.status().as_u16())
    }

    #[tokio::test]
    async fn hosts_outside_the_plan_are_never_contacted() {
        let planned = servers::http(|_| Reply::status(200)).await;
        let other = servers::http(|_| Reply::status(200)).await;
        let connector = Arc::new(Connector::new(
            goproxy_doctor_checker::gosem::httpproxy::ProxyEnv::from_env(
                |_| String::new(),
                &goproxy_doctor_checker::gosem::GoVersion::minor(27),
            ),
            rustls::RootCertStore::empty(),
        ));
        let origin = format!("http://{}", planned.addr);
        let mut p = Policy::live(&[&origin], 2, Duration::from_secs(2), connector);
        assert_eq!(send(&mut p, &format!("{origin}/a")).await.ok(), Some(200));
        let outside = format!("http://{}/a", other.addr);
        assert!(matches!(
            send(&mut p, &outside).await,
            Err(HttpError::HttpRequestDenied)
        ));
        assert!(matches!(
            send(
                &mut p,
                &format!("http://localhost:{}/a", planned.addr.port())
            )
            .await,
            Err(HttpError::HttpRequestDenied)
        ));
        assert_eq!(other.hits(), 0, "the policy refused before any connection");
        assert_eq!(send(&mut p, &format!("{origin}/b")).await.ok(), Some(200));
        assert!(matches!(
            send(&mut p, &format!("{origin}/c")).await,
            Err(HttpError::ConnectionLimitReached)
        ));
        assert_eq!(planned.hits(), 2);
    }
}
