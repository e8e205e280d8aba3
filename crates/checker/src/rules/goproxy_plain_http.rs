use super::{Rule, edit_fix};
use crate::gosem::proxy::check_proxy_url;
use crate::model::goenv::{ProxyKind, ProxyList, url_host};
use crate::model::{Assignment, Model};
use crate::redact::redact_url_list;
use crate::report::{Applicability, Finding, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD104",
    name: "goproxy-plain-http",
    family: "proxy list",
    severity: Severity::Warning,
    security_severity: None,
    summary: "an http:// GOPROXY entry on a host that is not the local machine",
    tags: &["goproxy", "supply-chain", "transport"],
    precision: "very-high",
    check,
    docs: r#"Finds `http://` GOPROXY entries whose host is not a loopback address (`localhost`,
`127.0.0.0/8`, `::1`), wherever the value is in effect (Docker stages and images, CI jobs, env
and go env files). The finding is an error when checksum verification is also off
(`GOSUMDB=off`) where that GOPROXY applies.

## Why it matters
Over plain HTTP anyone on the network path (a shared CI network, a compromised router, a
malicious Wi-Fi) can read which modules you use and replace what the proxy sends. The checksum
database catches an altered public module the first time it is downloaded, but not modules that
GONOSUMDB/GOPRIVATE exempt — typically the private ones a corporate proxy serves — and with
`GOSUMDB=off` nothing is checked at all: the attacker decides what code you build.

## Example
```dockerfile
FROM golang:1.23
ENV GOPROXY=http://athens.corp.example:3000,direct
```

## Use instead
```dockerfile
FROM golang:1.23
ENV GOPROXY=https://athens.corp.example,direct
```

## Fix safety
The fix turns `http://` into `https://`. It is unsafe: the proxy has to serve HTTPS (often on
another port) for the build to keep working.

## Go behaviour
The go command accepts `http` proxy URLs without complaint (`modfetch.newProxyRepo`); GOINSECURE
does not apply to proxies. Downloads are verified against go.sum and, for modules GONOSUMDB does
not match, the checksum database (`go help module-auth`); `GOSUMDB=off` turns the latter off.
Credentials in an `http://` proxy URL are refused (`refusing to pass credentials to insecure
URL`, `web/http.go`). See `go help goproxy` and go-semantics §2.1, §4.
"#,
};

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    for gv in model.goproxy_values() {
        let a = gv.assignment;
        // where checksum verification is off too, the first such assignment
        let sumdb_off: Option<&Assignment> = gv.contexts.iter().find_map(|ctx| {
            let s = model.go_env(ctx).settings(&model.go_version(ctx));
            if s.gosumdb != "off" {
                return None;
            }
            model.effective(ctx, "GOSUMDB").known().map(|(a, _)| a)
        });
        for e in ProxyList::parse(gv.value.as_str()).entries {
            let ProxyKind::Url(url) = &e.kind else {
                continue;
            };
            let Ok(parsed) = check_proxy_url(url) else {
                continue;
            };
            if parsed.scheme != "http" || !url.starts_with("http://") {
                continue;
            }
            let Some(host) = url_host(url) else { continue };
            if is_loopback(&host) {
                continue;
            }
            let shown = redact_url_list(&e.text);
            let mut message = format!(
                "GOPROXY entry `{shown}` is plain HTTP: anyone on the network path to `{host}` \
                 can read and alter the modules it serves"
            );
            message.push_str(if sumdb_off.is_some() {
                ", and with GOSUMDB=off nothing checks what arrives"
            } else {
                "; the checksum database catches altered public modules, nothing checks the ones \
                 GONOSUMDB or GOPRIVATE exempt"
            });
            let https = format!("https://{}", &shown["http://".len()..]);
            let fix = model
                .exact_value_range(a, e.range.start..e.range.start + "http://".len())
                .and_then(|r| {
                    edit_fix(
                        model,
                        a,
                        r,
                        "https://",
                        "use `https://`",
                        Applicability::Unsafe,
                    )
                });
            let mut finding = RULE
                .finding(
                    message,
                    model.location(a, model.value_range(a, e.range.clone()), "plain HTTP"),
                )
                .help(format!(
                    "serve the proxy over HTTPS and write `{https}`; keep checksum verification on \
                     (do not set GOSUMDB=off)"
                ))
                .fix(fix);
            if let Some(off) = sumdb_off {
                finding = finding.related(model.location(
                    off,
                    off.range.clone(),
                    "checksum verification turned off here",
                ));
            }
            let mut finding = finding.build();
            if sumdb_off.is_some() {
                finding.severity = Severity::Error;
            }
            findings.push(finding);
        }
    }
}

/// `localhost`, `*.localhost`, `127.0.0.0/8`, `::1`: traffic that never leaves the machine.
fn is_loopback(host: &str) -> bool {
    if host == "localhost" || host.ends_with(".localhost") || host == "::1" {
        return true;
    }
    if let Ok(ip) = host.parse::<std::net::IpAddr>() {
        return ip.is_loopback();
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::report::{Applicability, Severity};
    use crate::rules::test_support::{apply_fix, check, spanned};

    #[test]
    fn fires_on_a_remote_http_proxy() {
        let df =
            "FROM golang:1.23\nENV GOPROXY=http://athens.corp.example:3000,direct\nRUN go build\n";
        let f = check("GPD104", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(
            spanned(df, &f[0].primary),
            "http://athens.corp.example:3000"
        );
        assert_eq!(
            (f[0].primary.span.start_line, f[0].primary.span.start_column),
            (2, 13)
        );
        assert!(
            f[0].message.starts_with(
                "GOPROXY entry `http://athens.corp.example:3000` is plain HTTP: anyone on the \
                 network path to `athens.corp.example` can read and alter"
            ),
            "{}",
            f[0].message
        );
        assert!(f[0].related.is_empty());
        assert_eq!(f[0].fixes[0].applicability, Applicability::Unsafe);
        assert_eq!(
            apply_fix(df, &f[0]),
            "FROM golang:1.23\nENV GOPROXY=https://athens.corp.example:3000,direct\nRUN go build\n"
        );
    }

    #[test]
    fn error_when_checksums_are_off_too() {
        let env = "GOPROXY=http://10.0.0.5:8081/repository/go\nGOSUMDB=off\n";
        let f = check("GPD104", &[(".env", env)]);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Error);
        assert!(
            f[0].message
                .ends_with("with GOSUMDB=off nothing checks what arrives")
        );
        assert_eq!(spanned(env, &f[0].related[0]), "GOSUMDB=off");

        let wf = "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      GOPROXY: http://goproxy.corp.example\n    steps:\n      - run: GOSUMDB=off go build\n";
        let f = check("GPD104", &[(".github/workflows/ci.yml", wf)]);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Error);
    }

    #[test]
    fn credentials_are_not_echoed() {
        let goenv = "GOPROXY=http://ci:hunter2@proxy.corp.example\n";
        let f = check("GPD104", &[("go.env", goenv)]);
        assert_eq!(f.len(), 1);
        assert!(!f[0].message.contains("hunter2"));
        assert!(!f[0].help.as_deref().unwrap().contains("hunter2"));
        assert!(
            f[0].message
                .contains("`http://ci:xxxxx@proxy.corp.example`")
        );
    }

    #[test]
    fn near_misses() {
        for v in [
            "http://localhost:3000",
            "http://127.0.0.1:3000,direct",
            "http://[::1]:3000",
            "http://athens.localhost",
            "https://athens.corp.example",
            // no scheme: Go uses https (GPD102 warns about it)
            "athens.corp.example:3000",
            // never read
            "direct,http://athens.corp.example",
            "file:///srv/goproxy",
        ] {
            let df = format!("FROM golang\nENV GOPROXY={v}\nRUN go build\n");
            assert!(check("GPD104", &[("Dockerfile", &df)]).is_empty(), "{v}");
        }
        for df in [
            "ARG GOPROXY=http://athens.corp.example\nFROM golang\nRUN go build\n",
            "FROM golang\nENV GOPROXY=http://athens.corp.example\nENV GOPROXY=https://athens.corp.example\nRUN go build\n",
            "FROM golang\nARG P\nENV GOPROXY=http://$P\nRUN go build\n",
        ] {
            assert!(check("GPD104", &[("Dockerfile", df)]).is_empty(), "{df}");
        }
    }
}
