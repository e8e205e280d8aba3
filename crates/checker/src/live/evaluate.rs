//! Answers to findings (GPD801–GPD808). Pure: the answers come from [`super::send`] in the
//! component, or from tests.

use std::collections::BTreeSet;

use super::{Answer, DEFAULT_SLOW_MS, Failure, Kind, Probe};
use crate::gosem::GoVersion;
use crate::gosem::httpproxy::{ProxyEnv, Route};
use crate::gosem::url::GoUrl;
use crate::redact::redact_url_list;
use crate::report::{Finding, Location};
use crate::rules::{
    direct_host_unresolvable, private_module_public, proxy_auth_failed, proxy_missing_module,
    proxy_unreachable, slow_endpoint, sumdb_unreachable, tls_interception_suspected,
};
use crate::{Options, rules};

/// How to trust a corporate CA, for GPD802.
const TRUST_CA_HELP: &str = "if a TLS-intercepting proxy re-signs HTTPS on this network, trust its CA instead of turning verification off: on the machine, add it to the system trust store (`update-ca-certificates`) or point `SSL_CERT_FILE`/`SSL_CERT_DIR` at it, which go reads on Linux; in the image, `COPY corp-ca.crt /usr/local/share/ca-certificates/` then `RUN update-ca-certificates` before the go command (or a BuildKit secret mount with `SSL_CERT_FILE`); never GOINSECURE or GOSUMDB=off";

fn proxy_env(options: &Options) -> ProxyEnv {
    let get = |name: &str| {
        options
            .proxy_env
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    ProxyEnv::from_env(get, &GoVersion::minor(crate::gosem::NEWEST_MINOR))
}

/// "through the HTTP proxy http://proxy:3128" or "directly".
fn path_of(env: &ProxyEnv, url: &str) -> String {
    match env.route(url) {
        Route::Direct => "directly, with no HTTP proxy".into(),
        Route::Proxy(p) => format!("through the HTTP proxy {}", GoUrl::redacted(&p)),
        Route::CgiRefused => "not at all: HTTP_PROXY is refused in a CGI environment".into(),
    }
}

fn what_failed(a: &Answer) -> String {
    match (a.failure, a.status) {
        (Some(f), _) if a.detail.is_empty() => f.describe().to_owned(),
        (Some(f), _) => format!("{} ({})", f.describe(), a.detail),
        (None, Some(s)) => format!("it answered {s}"),
        (None, None) => "no answer".into(),
    }
}

fn timings(a: &Answer) -> String {
    let mut parts: Vec<String> = a
        .timings
        .iter()
        .map(|(k, v)| format!("{k} {v} ms"))
        .collect();
    parts.push(format!("total {} ms", a.elapsed_ms));
    parts.join(", ")
}

struct Out<'o> {
    findings: Vec<Finding>,
    env: &'o ProxyEnv,
}

impl Out<'_> {
    fn push(&mut self, rule: &rules::Rule, p: &Probe, a: &Answer, message: String, help: String) {
        let Some(origin) = p.origin.clone() else {
            return;
        };
        let mut b = rule.finding(message, origin);
        if let Some(command) = &p.command {
            b = b.related(Location {
                label: format!("go runs here: {}", p.context),
                ..command.clone()
            });
        }
        // what the host reports wins over what the proxy variables say
        let path = match a.via.as_deref() {
            Some("direct") => "directly, with no HTTP proxy".to_owned(),
            Some(proxy) => format!("through the HTTP proxy {}", GoUrl::redacted(proxy)),
            None => path_of(self.env, &p.url),
        };
        self.findings
            .push(b.help(format!("{help}; the request went {path}")).build());
    }
}

fn is_ok(a: &Answer) -> bool {
    a.failure.is_none() && a.status == Some(200)
}

/// Findings for the answers of a plan's probes.
pub fn evaluate(pairs: &[(Probe, Answer)], options: &Options) -> Vec<Finding> {
    let env = proxy_env(options);
    let mut out = Out {
        findings: Vec::new(),
        env: &env,
    };
    let slow_ms = u64::from(match options.slow_ms {
        0 => DEFAULT_SLOW_MS,
        n => n,
    });
    let mut slow_seen = BTreeSet::new();
    for (p, a) in pairs {
        if a.failure == Some(Failure::Denied) {
            continue;
        }
        // URLs as messages show them: user information hidden
        let url = &redact_url_list(&p.url);
        if a.failure == Some(Failure::TlsCertificate) {
            out.push(
                &tls_interception_suspected::RULE,
                p,
                a,
                format!(
                    "the TLS certificate of `{url}` is not trusted: {}",
                    what_failed(a)
                ),
                TRUST_CA_HELP.into(),
            );
            continue;
        }
        if a.failure == Some(Failure::Protocol) && a.detail.contains(" 407") {
            out.push(
                &proxy_auth_failed::RULE,
                p,
                a,
                format!(
                    "the HTTP proxy on the way to `{}` asks for credentials (407)",
                    crate::gosem::proxy::url_host(url).unwrap_or_default()
                ),
                "put the proxy's user in HTTPS_PROXY/HTTP_PROXY (`http://user:password@proxy:3128`, passed as a BuildKit secret or build argument, never an ENV)".into(),
            );
            continue;
        }
        let auth = matches!(a.status, Some(401 | 403 | 407));
        match &p.kind {
            Kind::ProxyList { proxy, module } => {
                let proxy = redact_url_list(proxy);
                if auth {
                    out.push(
                        &proxy_auth_failed::RULE,
                        p,
                        a,
                        format!("the GOPROXY entry `{proxy}` answered {} for `{module}`: credentials are missing or rejected", a.status.unwrap_or(0)),
                        "give go credentials for it (a `.netrc` through a BuildKit secret mount, or GOAUTH); with `,` after it go does not fall through on 401/403".into(),
                    );
                } else if matches!(a.status, Some(404 | 410)) {
                    out.push(
                        &proxy_missing_module::RULE,
                        p,
                        a,
                        format!("the GOPROXY entry `{proxy}` does not have `{module}` (it answered {})", a.status.unwrap_or(0)),
                        "make the mirror fetch it from upstream, or list a proxy that has it after this entry".into(),
                    );
                } else if !is_ok(a) && (a.failure.is_some() || a.status.is_some_and(|s| s >= 500)) {
                    out.push(
                        &proxy_unreachable::RULE,
                        p,
                        a,
                        format!("the GOPROXY entry `{proxy}` cannot be used: {}", what_failed(a)),
                        "check the name, the network of the build and its HTTP proxy settings; follow the entry with `|` so that go tries the next one on any error".into(),
                    );
                }
            }
            Kind::SumdbDirect { name, base } => {
                if is_ok(a) {
                    continue;
                }
                let proxied = pairs.iter().any(|(q, b)| {
                    matches!(&q.kind, Kind::SumdbSupported { name: n, .. } if n == name) && is_ok(b)
                });
                let explicit = *base != format!("https://{name}");
                let base = redact_url_list(base);
                if explicit {
                    out.push(
                        &sumdb_unreachable::RULE,
                        p,
                        a,
                        format!("the checksum database {name} is not reachable at {base}, the URL GOSUMDB names (go never asks a proxy for it then): {}", what_failed(a)),
                        "let the build reach that URL, or name one that is reachable; cover private modules with GOPRIVATE/GONOSUMDB".into(),
                    );
                } else if !proxied {
                    out.push(
                        &sumdb_unreachable::RULE,
                        p,
                        a,
                        format!("the checksum database {name} is not reachable at {base} ({}) and no GOPROXY entry proxies it", what_failed(a)),
                        "let the build reach it, use a proxy that serves `/sumdb/<name>/supported`, or set GOSUMDB to a URL that is reachable; cover private modules with GOPRIVATE/GONOSUMDB".into(),
                    );
                }
            }
            Kind::SumdbSupported { .. } => {}
            Kind::GoImport { module } => {
                if auth {
                    out.push(
                        &proxy_auth_failed::RULE,
                        p,
                        a,
                        format!("the host of `{module}` answered {} to go's `?go-get=1` request: credentials are missing or rejected", a.status.unwrap_or(0)),
                        "give go credentials for it (`.netrc` or GOAUTH, through a BuildKit secret mount in Docker)".into(),
                    );
                } else if a.failure.is_some() {
                    out.push(
                        &direct_host_unresolvable::RULE,
                        p,
                        a,
                        format!("`{module}` is fetched directly but `https://{module}?go-get=1` cannot be reached: {}", what_failed(a)),
                        "check the host name and the build's network, or fetch the module through a proxy that has it".into(),
                    );
                } else if !has_go_import(&a.body, module) {
                    out.push(
                        &direct_host_unresolvable::RULE,
                        p,
                        a,
                        format!("`{module}` is fetched directly but `https://{module}?go-get=1` has no go-import meta tag for it ({})", what_failed(a)),
                        "serve a `<meta name=\"go-import\" content=\"<prefix> git <repo-url>\">` tag there, or use a path with a VCS suffix (`.git`)".into(),
                    );
                }
            }
            Kind::PublicProxy { module } => {
                if is_ok(a) {
                    out.push(
                        &private_module_public::RULE,
                        p,
                        a,
                        format!("`{module}` is treated as private, but the public proxy serves a module of that name ({url} answered 200)"),
                        "make sure the public module is yours; if not, keep GOPRIVATE set in every build that fetches it and consider a path under a domain you own".into(),
                    );
                }
            }
            Kind::PublicSumdb { module, version } => {
                if is_ok(a) {
                    out.push(
                        &private_module_public::RULE,
                        p,
                        a,
                        format!("`{module}` is treated as private, but the public checksum database knows `{module}@{version}`"),
                        "its name is public: make sure the public module is yours, and keep GOPRIVATE/GONOSUMDB set in every build".into(),
                    );
                }
            }
        }
        if a.status.is_some() && a.elapsed_ms > slow_ms {
            let origin = crate::gosem::proxy::url_host(url).unwrap_or_default();
            if slow_seen.insert(origin.clone()) {
                out.push(
                    &slow_endpoint::RULE,
                    p,
                    a,
                    format!(
                        "`{origin}` took {} ms to answer `{url}` (threshold {slow_ms} ms): {}",
                        a.elapsed_ms,
                        timings(a)
                    ),
                    "use a closer mirror, or check the HTTP proxy on the way".into(),
                );
            }
        }
    }
    let mut findings = out.findings;
    crate::report::sort_and_fingerprint(&mut findings);
    findings
}

/// Whether a `?go-get=1` page has a go-import meta tag whose prefix covers `module`.
fn has_go_import(body: &str, module: &str) -> bool {
    let head = body
        .split("<body")
        .next()
        .unwrap_or(body)
        .to_ascii_lowercase();
    head.match_indices("go-import").any(|(i, _)| {
        let rest = &body[i..];
        let Some(c) = rest.find("content=") else {
            return false;
        };
        let content = rest[c + 8..].trim_start_matches(['"', '\'']);
        let prefix = content.split_whitespace().next().unwrap_or("");
        module == prefix || module.starts_with(&format!("{prefix}/"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Model;
    use crate::model::tests::model_of;

    const GO_MOD: &str = "module corp.example/app\n\ngo 1.22\n\nrequire (\n\tcorp.example/lib v1.0.0\n\tgithub.com/pkg/errors v0.9.1\n)\n";
    const DOCKERFILE: &str = "FROM golang:1.22\nWORKDIR /src\nENV GOPROXY=https://athens.example,direct GOPRIVATE=corp.example\nCOPY go.mod go.sum ./\nRUN go mod download\n";

    fn plan() -> Vec<Probe> {
        let (s, p) = model_of(&[
            ("Dockerfile", DOCKERFILE),
            ("go.mod", GO_MOD),
            ("go.sum", ""),
        ]);
        let m = Model::build(&s, &p);
        super::super::plan_model(&m, &Options::default())
    }

    fn status(s: u16) -> Answer {
        Answer {
            status: Some(s),
            ..Answer::default()
        }
    }

    fn failed(f: Failure) -> Answer {
        Answer {
            failure: Some(f),
            detail: "x".into(),
            ..Answer::default()
        }
    }

    fn run(answer: impl Fn(&Probe) -> Answer, options: &Options) -> Vec<(String, String)> {
        let pairs: Vec<(Probe, Answer)> = plan()
            .into_iter()
            .map(|p| {
                let a = answer(&p);
                (p, a)
            })
            .collect();
        evaluate(&pairs, options)
            .into_iter()
            .map(|f| (f.rule, f.message))
            .collect()
    }

    #[test]
    fn healthy_answers_give_no_findings() {
        let got = run(
            |p| {
                match p.kind {
            Kind::PublicProxy { .. } | Kind::PublicSumdb { .. } => status(404),
            Kind::GoImport { .. } => Answer { status: Some(200), body: "<html><head><meta name=\"go-import\" content=\"corp.example/lib git https://git.corp.example/lib\"></head>".into(), ..Answer::default() },
            _ => status(200),
        }
            },
            &Options::default(),
        );
        assert_eq!(got, []);
    }

    #[test]
    fn each_failure_class_has_its_rule() {
        let got = run(
            |p| match &p.kind {
                Kind::ProxyList { .. } => failed(Failure::Dns),
                Kind::SumdbDirect { .. } => failed(Failure::TlsCertificate),
                Kind::SumdbSupported { .. } => status(404),
                Kind::GoImport { .. } => status(403),
                Kind::PublicProxy { .. } => status(200),
                Kind::PublicSumdb { .. } => status(410),
            },
            &Options {
                proxy_env: vec![(
                    "HTTPS_PROXY".into(),
                    "http://user:secret@corp-proxy:3128".into(),
                )],
                ..Options::default()
            },
        );
        let mut rules: Vec<&str> = got.iter().map(|(r, _)| r.as_str()).collect();
        rules.sort_unstable();
        assert_eq!(rules, ["GPD801", "GPD802", "GPD804", "GPD806"], "{got:#?}");
        assert!(got[0].1.contains("https://athens.example"), "{}", got[0].1);
        let pairs: Vec<(Probe, Answer)> = plan()
            .into_iter()
            .map(|p| (p, failed(Failure::Refused)))
            .collect();
        let f = evaluate(
            &pairs,
            &Options {
                proxy_env: vec![(
                    "HTTPS_PROXY".into(),
                    "http://user:secret@corp-proxy:3128".into(),
                )],
                ..Options::default()
            },
        );
        let help = f
            .iter()
            .find(|f| f.rule == "GPD801")
            .and_then(|f| f.help.clone())
            .unwrap_or_default();
        assert!(
            help.contains("through the HTTP proxy http://user:xxxxx@corp-proxy:3128"),
            "{help}"
        );
        assert!(
            f.iter().any(|f| f.rule == "GPD805"),
            "sumdb neither direct nor proxied"
        );
        assert!(
            f.iter().any(|f| f.rule == "GPD807"),
            "direct host unreachable"
        );
    }

    #[test]
    fn not_found_slow_and_missing_meta() {
        let got = run(
            |p| match &p.kind {
                Kind::ProxyList { .. } => Answer {
                    status: Some(404),
                    elapsed_ms: 3000,
                    ..Answer::default()
                },
                Kind::GoImport { .. } => status(200),
                Kind::PublicProxy { .. } | Kind::PublicSumdb { .. } => status(404),
                _ => status(200),
            },
            &Options::default(),
        );
        let mut rules: Vec<&str> = got.iter().map(|(r, _)| r.as_str()).collect();
        rules.sort_unstable();
        assert_eq!(rules, ["GPD803", "GPD807", "GPD808"], "{got:#?}");
    }

    #[test]
    fn a_proxy_asking_for_credentials_is_an_auth_failure() {
        let got = run(
            |p| {
                match &p.kind {
            Kind::ProxyList { .. } => Answer {
                failure: Some(Failure::Protocol),
                detail: "proxy: CONNECT athens.example:443 through http://proxy:3128 answered `HTTP/1.1 407 Proxy Authentication Required`".into(),
                ..Answer::default()
            },
            Kind::GoImport { .. } => Answer { status: Some(200), body: "<head><meta name=\"go-import\" content=\"corp.example/lib git https://x\">".into(), ..Answer::default() },
            Kind::PublicProxy { .. } | Kind::PublicSumdb { .. } => status(404),
            _ => status(200),
        }
            },
            &Options::default(),
        );
        assert_eq!(got.len(), 1, "{got:#?}");
        assert_eq!(got[0].0, "GPD806");
        assert!(got[0].1.contains("asks for credentials"), "{got:#?}");
    }

    #[test]
    fn go_import_meta() {
        let page = "<html><head><meta name=\"go-import\" content=\"corp.example/lib git https://x\"></head><body>";
        assert!(has_go_import(page, "corp.example/lib"));
        assert!(has_go_import(page, "corp.example/lib/sub"));
        assert!(!has_go_import(page, "corp.example/library"));
        assert!(!has_go_import(
            "<body><meta name=\"go-import\" content=\"corp.example/lib git https://x\">",
            "corp.example/lib"
        ));
    }
}
