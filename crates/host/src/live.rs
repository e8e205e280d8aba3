//! The host's side of `--live`: which planned probes are approved (`--live-deny`), the
//! allowlist they make, the plan as printed by `--plan`, and the order of the merged findings.

use std::time::Duration;

use goproxy_doctor_checker::redact;

use crate::runtime::{Finding, PlannedProbe};

/// The longest any one phase of a request (connect, first byte, between bytes) may take.
pub(crate) const MAX_PHASE_TIMEOUT: Duration = Duration::from_secs(10);

/// The proxy variables go reads, with their values in this process (for the checker's
/// messages: it names the proxy each request went through by the same rules).
pub(crate) fn proxy_env() -> Vec<(String, String)> {
    [
        "HTTP_PROXY",
        "http_proxy",
        "HTTPS_PROXY",
        "https_proxy",
        "NO_PROXY",
        "no_proxy",
        "REQUEST_METHOD",
    ]
    .iter()
    .filter_map(|n| std::env::var(n).ok().map(|v| ((*n).to_owned(), v)))
    .collect()
}

fn origin_of(url: &str) -> Option<String> {
    let uri: http::Uri = url.parse().ok()?;
    crate::policy::origin(&uri)
}

/// Whether `--live-deny` `pattern` matches `origin` (`scheme://host:port`): the exact origin,
/// a host, or `*.suffix` (subdomains only).
fn denied(pattern: &str, origin: &str) -> bool {
    let pattern = pattern.trim().to_ascii_lowercase();
    if pattern.contains("://") {
        return origin_of(&pattern).is_some_and(|p| p == origin);
    }
    let host = origin
        .split_once("://")
        .map_or(origin, |(_, r)| r)
        .rsplit_once(':')
        .map_or(origin, |(h, _)| h)
        .trim_start_matches('[')
        .trim_end_matches(']');
    match pattern.strip_prefix("*.") {
        Some(suffix) => host.ends_with(&format!(".{suffix}")),
        None => host == pattern,
    }
}

/// Why a planned probe is not sent.
pub(crate) fn refusal(p: &PlannedProbe, deny: &[String]) -> Option<&'static str> {
    if p.method != "GET" && p.method != "HEAD" {
        return Some("not a GET or HEAD");
    }
    let authority = p.url.split_once("://").map_or("", |(_, rest)| {
        rest.split(['/', '?', '#']).next().unwrap_or("")
    });
    if authority.contains('@') {
        return Some("the URL carries credentials, which are never sent");
    }
    match origin_of(&p.url) {
        None => Some("not a usable URL"),
        Some(o) if deny.iter().any(|d| denied(d, &o)) => Some("--live-deny"),
        Some(_) => None,
    }
}

/// Split the plan into approved probes and those refused, with the reason ([`refusal`]).
pub(crate) fn approve(
    plan: Vec<PlannedProbe>,
    deny: &[String],
) -> (Vec<PlannedProbe>, Vec<(PlannedProbe, &'static str)>) {
    let mut approved = Vec::new();
    let mut refused = Vec::new();
    for p in plan {
        match refusal(&p, deny) {
            None => approved.push(p),
            Some(why) => refused.push((p, why)),
        }
    }
    (approved, refused)
}

/// The allowlist of an approved plan: its origins, sorted, once each.
pub(crate) fn origins(approved: &[PlannedProbe]) -> Vec<String> {
    let mut o: Vec<String> = approved.iter().filter_map(|p| origin_of(&p.url)).collect();
    o.sort();
    o.dedup();
    o
}

/// The plan as `--plan` prints it.
pub(crate) fn describe(
    approved: &[PlannedProbe],
    denied: &[(PlannedProbe, &'static str)],
) -> String {
    let mut out = String::new();
    if approved.is_empty() && denied.is_empty() {
        out.push_str(
            "no requests planned: no go command here downloads modules with settings known before the build runs\n",
        );
        return out;
    }
    out.push_str(&format!(
        "{} request{} would be sent (GET, no body), to {}:\n",
        approved.len(),
        if approved.len() == 1 { "" } else { "s" },
        redact::redact_url(&origins(approved).join(", "))
    ));
    // the checker plans with credentials masked already; mask again what is printed
    let one = |out: &mut String, p: &PlannedProbe| {
        out.push_str(&format!(
            "\n{} {} {}\n    why: {}\n",
            p.id,
            p.method,
            redact::redact_url(&p.url),
            redact::redact(&p.reason)
        ));
        if let Some(o) = &p.origin {
            out.push_str(&format!(
                "    from: {}:{}: {}\n",
                o.path,
                o.span.start_line,
                redact::redact(&o.label)
            ));
        }
    };
    for p in approved {
        one(&mut out, p);
    }
    // grouped by reason, in the order of the first probe refused for it
    let mut reasons: Vec<&str> = Vec::new();
    for (_, why) in denied {
        if !reasons.contains(why) {
            reasons.push(why);
        }
    }
    for why in reasons {
        let these: Vec<&PlannedProbe> = denied
            .iter()
            .filter(|(_, w)| *w == why)
            .map(|(p, _)| p)
            .collect();
        out.push_str(&format!("\nnot sent ({why}): {}\n", these.len()));
        for p in these {
            one(&mut out, p);
        }
    }
    out
}

/// The checker's order of findings (path, line, column, rule, end, message).
pub(crate) fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        let key = |f: &Finding| {
            (
                f.primary.path.clone(),
                f.primary.span.start_line,
                f.primary.span.start_column,
                f.rule.clone(),
                f.primary.span.end,
                f.message.clone(),
            )
        };
        key(a).cmp(&key(b))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn probe(url: &str) -> PlannedProbe {
        PlannedProbe {
            id: "probe-1".into(),
            method: "GET".into(),
            url: url.into(),
            reason: "why".into(),
            origin: None,
        }
    }

    #[test]
    fn deny_patterns() {
        let o = "https://proxy.golang.org:443";
        assert!(denied("proxy.golang.org", o));
        assert!(denied("*.golang.org", o));
        assert!(!denied("*.proxy.golang.org", o));
        assert!(denied("https://proxy.golang.org", o));
        assert!(!denied("http://proxy.golang.org", o));
        assert!(!denied("golang.org", o));
    }

    #[test]
    fn approval_and_origins() {
        let plan = vec![
            probe("https://proxy.golang.org/a/@v/list"),
            probe("https://sum.golang.org/latest"),
            probe("http://127.0.0.1:8080/x/@v/list"),
            probe("https://proxy.golang.org/b/@v/list"),
        ];
        let (ok, no) = approve(plan, &["sum.golang.org".into()]);
        assert_eq!(no.len(), 1);
        assert_eq!(
            origins(&ok),
            ["http://127.0.0.1:8080", "https://proxy.golang.org:443"]
        );
    }

    #[test]
    fn each_refusal_says_why() {
        let mut head = probe("https://a.example/x");
        head.method = "POST".into();
        let plan = vec![
            probe("https://user:xxxxx@goproxy.corp.example/m/@v/list"),
            probe("https://sum.golang.org/latest"),
            probe("not a url"),
            head,
            probe("https://proxy.golang.org/m/@v/list"),
        ];
        let (ok, no) = approve(plan, &["sum.golang.org".into()]);
        assert_eq!(ok.len(), 1);
        let why: Vec<&str> = no.iter().map(|(_, w)| *w).collect();
        assert_eq!(
            why,
            [
                "the URL carries credentials, which are never sent",
                "--live-deny",
                "not a usable URL",
                "not a GET or HEAD"
            ]
        );
        let text = describe(&ok, &no);
        assert!(
            text.contains("\nnot sent (the URL carries credentials, which are never sent): 1\n")
        );
        assert!(text.contains("\nnot sent (--live-deny): 1\n"));
    }
}

/// The whole chain in process — the embedded component plans and probes, the policy and the
/// connector send — with names resolved by the test (no DNS), so that `direct` module hosts
/// (go-import meta pages on https port 443) can be served from loopback.
#[cfg(test)]
mod chain_tests {
    use std::sync::Arc;
    use std::time::Duration;

    use goproxy_doctor_checker::gosem::GoVersion;
    use goproxy_doctor_checker::gosem::httpproxy::ProxyEnv;

    use super::*;
    use crate::connector::{Connector, roots};
    use crate::policy::Policy;
    use crate::runtime::{Limits, Options, Session, SourceFile};
    use crate::test_servers::{self as servers, Certs, Reply};

    #[tokio::test]
    async fn go_import_meta_and_proxied_checksum_database() {
        let certs = Certs::new();
        let dir = tempfile::tempdir().unwrap();
        let ca = certs.write_ca(dir.path());
        // https://goproxy.test/<module>?go-get=1
        let meta = servers::https(&certs, |target| {
            if target.starts_with("/lib?go-get=1") {
                Reply::body(
                    200,
                    "<html><head><meta name=\"go-import\" content=\"goproxy.test/lib git https://goproxy.test/lib.git\"></head><body></body></html>",
                )
            } else {
                Reply::body(200, "<html><head></head><body>nothing here</body></html>")
            }
        })
        .await;
        let proxy = servers::http(|target| match target {
            "/sumdb/sum.golang.org/supported" => Reply::status(200),
            "/github.com/!burnt!sushi/toml/@v/list" => Reply::body(200, "v1.3.2\n"),
            _ => Reply::status(404),
        })
        .await;
        let public = servers::http(|_| Reply::status(404)).await;
        let dockerfile = format!(
            "FROM golang:1.22\nWORKDIR /src\nENV GOPROXY={},direct GOPRIVATE=goproxy.test\nCOPY go.mod go.sum ./\nRUN go mod download\n",
            proxy.url("http")
        );
        let go_mod = "module goproxy.test/app\n\ngo 1.22\n\nrequire (\n\tgoproxy.test/lib v1.0.0\n\tgoproxy.test/nometa v1.0.0\n\tgithub.com/BurntSushi/toml v1.3.2\n)\n";
        let files: Vec<SourceFile> = [
            ("Dockerfile", dockerfile.as_str()),
            ("go.mod", go_mod),
            ("go.sum", ""),
        ]
        .iter()
        .map(|(p, c)| SourceFile {
            path: (*p).to_owned(),
            contents: c.as_bytes().to_vec(),
        })
        .collect();
        let options = Options {
            no_ignores: false,
            public_proxy: Some(public.url("http")),
            public_sumdb: Some(public.url("http")),
            proxy_env: Vec::new(),
            slow_ms: 0,
            max_probes: 0,
            config: None,
        };
        let mut session = Session::start(Limits::default(), Policy::deny_all())
            .await
            .unwrap();
        let plan = session.plan(&files, &options).await.unwrap();
        let urls: Vec<&str> = plan.iter().map(|p| p.url.as_str()).collect();
        assert!(
            urls.contains(&"https://goproxy.test/lib?go-get=1"),
            "{urls:#?}"
        );
        assert!(urls.contains(&"https://sum.golang.org/latest"), "{urls:#?}");
        // sum.golang.org itself is not served here: deny it, as --live-deny would
        let (approved, denied) = approve(plan, &["sum.golang.org".to_owned()]);
        assert_eq!(denied.len(), 1);
        let origins = origins(&approved);
        let origins: Vec<&str> = origins.iter().map(String::as_str).collect();
        let connector = Connector::new(
            ProxyEnv::from_env(|_| String::new(), &GoVersion::minor(27)),
            roots(&[ca]).unwrap(),
        )
        .resolve("goproxy.test", meta.addr);
        let policy = Policy::live(&origins, 64, Duration::from_secs(5), Arc::new(connector));
        let probed = session
            .probe(&files, &approved, &options, policy, Duration::from_secs(10))
            .await
            .unwrap();
        // every approved probe has its measurement
        assert_eq!(probed.results.len(), approved.len());
        assert!(
            probed
                .results
                .iter()
                .all(|r| r.status.is_some() || r.failure.is_some()),
            "{:?}",
            probed.results
        );
        let got: Vec<(&str, &str)> = probed
            .findings
            .iter()
            .map(|f| (f.rule.as_str(), f.message.as_str()))
            .collect();
        assert_eq!(got.len(), 1, "{got:#?}");
        assert_eq!(got[0].0, "GPD807");
        assert!(got[0].1.contains("goproxy.test/nometa"), "{got:#?}");
        assert!(got[0].1.contains("no go-import meta tag"), "{got:#?}");
        let seen = proxy.seen.lock().unwrap().clone();
        assert!(
            seen.contains(&"/sumdb/sum.golang.org/supported".to_owned()),
            "{seen:?}"
        );
        assert_eq!(meta.hits(), 2);
    }
}
