use std::collections::BTreeMap;

use super::{Rule, edit_fix};
use crate::gosem::pattern::match_prefix_patterns;
use crate::model::goenv::{ProxyKind, ProxyList, url_host};
use crate::model::{Assignment, Context, Effective, Model};
use crate::report::{Applicability, Finding, Location, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD203",
    name: "insecure-fetch",
    family: "checksum verification",
    severity: Severity::Error,
    security_severity: Some("7.0"),
    summary: "module or git fetches allowed over plain HTTP or without TLS certificate checks",
    tags: &["supply-chain", "tls"],
    precision: "very-high",
    check,
    docs: r#"Finds settings that let module source travel unauthenticated: `GOINSECURE` (plain HTTP
and unverified TLS for direct fetches of matching modules), `GIT_SSL_NO_VERIFY` (git skips
certificate checks), and `git config http.sslVerify false` or `git -c http.sslVerify=false` in
a script. It fires for every build
context the setting reaches: Dockerfile stages, CI jobs and steps, env files.

## Why it matters
Without TLS verification anyone on the network path — a compromised Wi-Fi, a hostile CI network,
a DNS hijack — can answer the `?go-get=1` discovery request or the git fetch and serve other code.
GOINSECURE is often added in the belief that it skips checksum verification for private modules
or that it lets Go talk to an `http://` GOPROXY: it does neither. Checksums are still checked
(GOPRIVATE or GONOSUMDB is the setting for that), and GOPROXY URLs are used as written, `http://`
included, whatever GOINSECURE says. What remains is only the weakening of transport security.
The usual real cause is a corporate TLS-intercepting proxy: install its CA certificate instead.

## Example
```dockerfile
FROM golang:1.23
ENV GOPRIVATE=git.corp.example \
    GOINSECURE=git.corp.example
RUN git config --global http.sslVerify false && go mod download
```

## Use instead
```dockerfile
FROM golang:1.23
COPY corp-root-ca.crt /usr/local/share/ca-certificates/
RUN update-ca-certificates
ENV GOPRIVATE=git.corp.example
RUN go mod download
```

## Fix safety
The fix deletes the `GOINSECURE` or `GIT_SSL_NO_VERIFY` assignment. It is unsafe: a server with
a certificate the build does not trust then fails until its CA is installed. git commands get
no fix.

## Go behaviour
GOINSECURE is read only in `modfetch.lookupDirect` (`src/cmd/go/internal/modfetch/repo.go`): for
a matching module path the go command may fall back from https to http for the `?go-get=1`
request, sets `InsecureSkipVerify` on https, and accepts insecure VCS schemes. GOPROXY URLs and
the checksum database always use `web.DefaultSecurity`. `go help environment`: "GOINSECURE does
not disable checksum database validation. GOPRIVATE or GONOSUMDB may be used to achieve that."
Git disables certificate checks when `GIT_SSL_NO_VERIFY` is set to any value, or when
`http.sslVerify` (or `http.<url>.sslVerify`) is false. See go-semantics §3.4 and §9.2.
"#,
};

/// A proxy entry that GOINSECURE was presumably meant for.
struct ProxyNote {
    location: Location,
    url: String,
}

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    let mut insecure: BTreeMap<(usize, usize), (&Assignment, Option<ProxyNote>)> = BTreeMap::new();
    let mut no_verify: BTreeMap<(usize, usize), &Assignment> = BTreeMap::new();
    for ctx in &model.contexts {
        if let Some((a, v)) = model.effective(ctx, "GOINSECURE").known()
            && !v.is_empty()
        {
            let note = proxy_meant(model, ctx, v.as_str());
            let slot = &mut insecure
                .entry((a.file, a.range.start))
                .or_insert((a, None))
                .1;
            if slot.is_none() {
                *slot = note;
            }
        }
        // git reads its own variables from the process environment only
        if let Effective::Value(a, _) = model.os_effective(ctx, "GIT_SSL_NO_VERIFY") {
            no_verify.entry((a.file, a.range.start)).or_insert(a);
        }
    }
    for (a, note) in insecure.into_values() {
        let value = a.value.as_ref().map_or("", |v| v.as_str());
        let primary = model.location(a, a.range.clone(), "TLS checks relaxed here");
        let message = match &note {
            Some(n) => format!(
                "`GOINSECURE={value}` has no effect on the proxy `{}` (GOPROXY URLs are used as written) \
                 and does not skip checksum verification: it only lets direct fetches of matching modules use \
                 plain HTTP and unverified TLS",
                n.url
            ),
            None => format!(
                "`GOINSECURE={value}` lets direct fetches of matching modules use plain HTTP and unverified TLS; \
                 it does not skip checksum verification and does not apply to GOPROXY URLs"
            ),
        };
        let mut finding = RULE
            .finding(message, primary)
            .help(
                "remove it; install the CA certificate of the server (or of the TLS-intercepting proxy) in the \
                 build, and use GOPRIVATE (or GONOSUMDB) for modules the checksum database cannot see",
            )
            .fix(removal(model, a));
        if let Some(n) = note {
            finding = finding.related(n.location);
        }
        findings.push(finding.build());
    }
    for a in no_verify.into_values() {
        let primary = model.location(a, a.range.clone(), "certificate checks turned off here");
        findings.push(
            RULE.finding(
                format!(
                    "`{}` makes git skip TLS certificate checks (git does so whenever the variable is set, \
                     whatever its value): direct module fetches run git unauthenticated",
                    model.written(a)
                ),
                primary,
            )
            .help("remove it and install the CA certificate the git server's certificate chains to")
            .fix(removal(model, a))
            .build(),
        );
    }
    for g in model.script_git_configs() {
        let key = g.key.to_ascii_lowercase();
        let is_ssl_verify =
            key == "http.sslverify" || (key.starts_with("http.") && key.ends_with(".sslverify"));
        let off = g.value.as_deref().is_some_and(|v| {
            matches!(
                v.to_ascii_lowercase().as_str(),
                "false" | "no" | "off" | "0" | ""
            )
        });
        if !is_ssl_verify || !off || g.dynamic {
            continue;
        }
        let file = &model.files[g.file];
        let primary = file.location(
            g.range.start,
            g.range.end,
            "certificate checks turned off here",
        );
        findings.push(
            RULE.finding(
                format!(
                    "`git config` sets `{}` to `{}` ({} scope): git then skips TLS certificate checks, and direct \
                     module fetches run git unauthenticated",
                    g.key,
                    g.value.as_deref().unwrap_or(""),
                    g.scope
                ),
                primary,
            )
            .help("remove the command and install the CA certificate the git server's certificate chains to")
            .build(),
        );
    }
}

fn removal(model: &Model<'_>, a: &Assignment) -> Option<crate::report::Fix> {
    a.removal.clone().and_then(|r| {
        edit_fix(
            model,
            a,
            r,
            "",
            format!("remove `{}`", model.written(a)),
            Applicability::Unsafe,
        )
    })
}

/// A GOPROXY URL of `ctx` that a GOINSECURE pattern names (by host): the author expected
/// GOINSECURE to apply to it.
fn proxy_meant(model: &Model<'_>, ctx: &Context, goinsecure: &str) -> Option<ProxyNote> {
    let (a, v) = model.effective(ctx, "GOPROXY").known()?;
    ProxyList::parse(v.as_str())
        .entries
        .into_iter()
        .find_map(|e| {
            let ProxyKind::Url(url) = &e.kind else {
                return None;
            };
            let host = url_host(url)?;
            let named = match_prefix_patterns(goinsecure, &host)
                || goinsecure.split(',').any(|p| {
                    let p = p
                        .trim_start_matches("http://")
                        .trim_start_matches("https://");
                    !p.is_empty()
                        && p.split('/').next().is_some_and(|h| {
                            h == host || h.split(':').next() == Some(host.as_str())
                        })
                });
            named.then(|| ProxyNote {
                location: model.location(
                    a,
                    model.value_range(a, e.range.clone()),
                    "GOINSECURE does not apply to this proxy",
                ),
                url: url.clone(),
            })
        })
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{apply_fix, check, spanned};

    #[test]
    fn goinsecure_in_docker_env_files_and_ci() {
        let df = "FROM golang:1.23\nENV GOPRIVATE=git.corp.example GOINSECURE=git.corp.example\nRUN go mod download\nRUN go build\n";
        let f = check("GPD203", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(df, &f[0].primary), "GOINSECURE=git.corp.example");
        assert_eq!(
            (f[0].primary.span.start_line, f[0].primary.span.start_column),
            (2, 32)
        );
        assert!(
            f[0].message
                .contains("does not skip checksum verification and does not apply to GOPROXY URLs"),
            "{}",
            f[0].message
        );
        assert_eq!(
            apply_fix(df, &f[0]),
            "FROM golang:1.23\nENV GOPRIVATE=git.corp.example\nRUN go mod download\nRUN go build\n"
        );

        let env = "export GOINSECURE=*.corp.example\n";
        let f = check("GPD203", &[(".envrc", env)]);
        assert_eq!(f.len(), 1);
        assert_eq!(apply_fix(env, &f[0]), "");

        let ci = "variables:\n  GOINSECURE: git.corp.example\nbuild:\n  script:\n    - go build\n";
        let f = check("GPD203", &[(".gitlab-ci.yml", ci)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(ci, &f[0].primary), "GOINSECURE: git.corp.example");
    }

    #[test]
    fn goinsecure_meant_for_an_http_proxy() {
        let df = "FROM golang\nENV GOPROXY=http://athens:3000,direct\nENV GOINSECURE=athens:3000\nRUN go build\n";
        let f = check("GPD203", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.starts_with(
                "`GOINSECURE=athens:3000` has no effect on the proxy `http://athens:3000`"
            ),
            "{}",
            f[0].message
        );
        assert_eq!(spanned(df, &f[0].related[0]), "http://athens:3000");
    }

    #[test]
    fn git_ssl_no_verify_and_git_config() {
        let wf = "jobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      GIT_SSL_NO_VERIFY: \"false\"\n    steps:\n      - run: |\n          git config --global http.sslVerify false\n          go mod download\n      - run: git config --global http.https://git.corp.example/.sslVerify true\n";
        let f = check("GPD203", &[(".github/workflows/ci.yml", wf)]);
        assert_eq!(f.len(), 2, "{f:#?}");
        assert_eq!(spanned(wf, &f[0].primary), "GIT_SSL_NO_VERIFY: \"false\"");
        assert!(f[0].message.contains("whatever its value"));
        assert_eq!(
            spanned(wf, &f[1].primary),
            "git config --global http.sslVerify false"
        );
        assert!(
            f[1].message
                .contains("`http.sslVerify` to `false` (global scope)")
        );
        assert!(f[1].fixes.is_empty());

        let df = "FROM golang\nRUN <<EOF\ngit config --system http.https://git.corp.example/.sslverify 0\nEOF\n";
        let f = check("GPD203", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert_eq!(
            spanned(df, &f[0].primary),
            "git config --system http.https://git.corp.example/.sslverify 0"
        );

        let ci = "build:\n  script:\n    - git -c http.sslVerify=false clone https://git.corp.example/x\n    - git -c http.sslVerify=true -c core.autocrlf=false clone https://git.corp.example/y\n";
        let f = check("GPD203", &[(".gitlab-ci.yml", ci)]);
        assert_eq!(f.len(), 1);
        assert_eq!(
            spanned(ci, &f[0].primary),
            "git -c http.sslVerify=false clone https://git.corp.example/x"
        );
        assert!(
            f[0].message.contains("(command-line scope)"),
            "{}",
            f[0].message
        );

        let df = "FROM golang\nENV GIT_SSL_NO_VERIFY=1\nRUN go build\n";
        let f = check("GPD203", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert_eq!(apply_fix(df, &f[0]), "FROM golang\nRUN go build\n");
    }

    #[test]
    fn near_misses_do_not_fire() {
        for df in [
            // GOPRIVATE says nothing about transport
            "FROM golang\nENV GOPRIVATE=git.corp.example\nRUN go build\n",
            // known only at build time
            "FROM golang\nARG GOINSECURE\nRUN go build\n",
            "FROM golang\nARG V\nRUN git config --global http.sslVerify $V\n",
            // empty is unset
            "FROM golang\nENV GOINSECURE=\nRUN go build\n",
            // a global ARG is seen by FROM lines only
            "ARG GOINSECURE=corp.example\nFROM golang\nRUN go build\n",
            // comments and text, not commands
            "FROM golang\n# RUN git config --global http.sslVerify false\nRUN echo 'git config http.sslVerify false'\n",
            "FROM golang\nCOPY <<EOF /etc/x\ngit config --global http.sslVerify false\nEOF\n",
            "FROM golang\nRUN git config --global http.sslVerify true\n",
        ] {
            assert!(check("GPD203", &[("Dockerfile", df)]).is_empty(), "{df}");
        }
    }
}
