use std::collections::BTreeMap;

use super::{Rule, edit_fix};
use crate::gosem::fetch::Endpoint;
use crate::gosem::httpproxy::{ProxyEnv, Route};
use crate::gosem::pattern::match_prefix_patterns;
use crate::model::goenv::url_host;
use crate::model::private::module_host;
use crate::model::{Assignment, Context, ContextKind, Effective, Model};
use crate::report::{Applicability, Finding, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD703",
    name: "http-proxy-not-used",
    family: "consistency",
    severity: Severity::Warning,
    security_severity: None,
    summary: "a proxy variable the go command does not use for the requests it makes",
    tags: &["network", "proxy"],
    precision: "high",
    check,
    docs: r#"Finds proxy variables that the go command will not use: `HTTP_PROXY` (or `http_proxy`)
without `HTTPS_PROXY` when every request the build makes is https, `ALL_PROXY`/`all_proxy`
(which Go does not read at all) without `HTTPS_PROXY` in the configuration, and `NO_PROXY` entries `.corp.example` or
`*.corp.example` where the build contacts `corp.example` itself. It looks at contexts that
download modules and at env files. In a Dockerfile RUN, a proxy variable the file does not set
may still come from `docker build --build-arg` (BuildKit's predefined proxy arguments): such a
RUN is not reported for a missing HTTPS_PROXY.

## Why it matters
Behind a corporate proxy, a variable Go ignores means every request goes out directly: the build
hangs on connection timeouts to `proxy.golang.org` or `sum.golang.org` and fails with `dial tcp
…: i/o timeout`, while `curl` and `git` in the same shell work — because curl honours
`ALL_PROXY`, or the test used an http URL (curl reads only the lower-case `http_proxy` for
those). A NO_PROXY entry meant to exempt the internal module
proxy `corp.example` does not, so its requests go through the outside proxy, which cannot reach
it.

## Example
```dotenv
# .env
HTTP_PROXY=http://proxy.corp.example:3128
```

## Use instead
```dotenv
# .env
HTTPS_PROXY=http://proxy.corp.example:3128
```

## Fix safety
Renaming `HTTP_PROXY` or `ALL_PROXY` to `HTTPS_PROXY` (keeping the case) and turning
`*.corp.example` into `corp.example` (which covers the host and its subdomains) are unsafe
fixes: they change which requests go through the proxy.

## Go behaviour
The go command's HTTP client uses `http.ProxyFromEnvironment`
(`golang.org/x/net/http/httpproxy`): https requests use `HTTPS_PROXY` (else `https_proxy`) only —
since Go 1.16 there is no fallback to `HTTP_PROXY` — and http requests use `HTTP_PROXY`.
`ALL_PROXY` is not read. A NO_PROXY entry `corp.example` matches that host and its subdomains;
`.corp.example` and `*.corp.example` match subdomains only. GOPROXY entries without a scheme and
the checksum database are https; direct fetches start with an https `?go-get=1` request (http only
for GOINSECURE modules). See go-semantics §8.
"#,
};

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    let mut http_alone: BTreeMap<(usize, usize), (&Assignment, Vec<String>)> = BTreeMap::new();
    let mut all_proxy: BTreeMap<(usize, usize), &Assignment> = BTreeMap::new();
    // (file, assignment start, entry start) → (NO_PROXY assignment, entry range, host)
    type NoProxyEntry<'m> = (&'m Assignment, std::ops::Range<usize>, String);
    let mut no_proxy: BTreeMap<(usize, usize, usize), NoProxyEntry<'_>> = BTreeMap::new();
    for ctx in &model.contexts {
        if !(model.fetches_modules(ctx) || ctx.kind == ContextKind::EnvFile) {
            continue;
        }
        let https_maybe = ["HTTPS_PROXY", "https_proxy"]
            .iter()
            .any(|n| maybe_set(model, ctx, n));
        let urls = request_urls(model, ctx);
        if !https_maybe
            && model.go_version(ctx).at_least(16)
            && !urls.is_empty()
            && urls.iter().all(|u| u.starts_with("https://"))
            && let Some(a) = first_value(model, ctx, &["HTTP_PROXY", "http_proxy"])
        {
            http_alone
                .entry((a.file, a.range.start))
                .or_insert((a, urls.clone()));
        }
        // ALL_PROXY is set on purpose: a proxy the build command line may add does not excuse it
        let https_configured = ["HTTPS_PROXY", "https_proxy"]
            .iter()
            .any(|n| !matches!(model.os_effective(ctx, n), Effective::Default));
        if !https_configured {
            for name in ["ALL_PROXY", "all_proxy"] {
                if let Effective::Value(a, _) = model.os_effective(ctx, name) {
                    all_proxy.entry((a.file, a.range.start)).or_insert(a);
                }
            }
        }
        // NO_PROXY entries that exempt the subdomains of a host the build contacts, not the host
        let Some(a) = first_value(model, ctx, &["NO_PROXY", "no_proxy"]) else {
            continue;
        };
        let env = model.go_env(ctx);
        let proxy_env = ProxyEnv::from_env(|k| env.os(k).to_owned(), &model.go_version(ctx));
        let value = a.value.as_ref().map_or("", |v| v.as_str());
        for url in &urls {
            let Some(host) = url_host(url) else { continue };
            if !matches!(proxy_env.route(url), Route::Proxy(_)) {
                continue;
            }
            let mut start = 0;
            for entry in value.split(',') {
                let t = entry.trim();
                let lead = entry.len() - entry.trim_start().len();
                let bare = t
                    .strip_prefix("*.")
                    .or_else(|| t.strip_prefix('.'))
                    .unwrap_or("");
                if !bare.is_empty() && bare.eq_ignore_ascii_case(&host) {
                    let r = start + lead..start + lead + t.len();
                    no_proxy.entry((a.file, a.range.start, r.start)).or_insert((
                        a,
                        r,
                        host.clone(),
                    ));
                }
                start += entry.len() + 1;
            }
        }
    }
    for (a, urls) in http_alone.into_values() {
        let to = if a.name == "http_proxy" {
            "https_proxy"
        } else {
            "HTTPS_PROXY"
        };
        let shown: Vec<String> = urls.iter().take(3).map(|u| format!("`{u}`")).collect();
        findings.push(
            RULE.finding(
                format!(
                    "`{}` is not used by Go: every request of this build is https ({}), and https requests use only \
                     HTTPS_PROXY or https_proxy (Go 1.16 and later)",
                    model.written(a),
                    shown.join(", ")
                ),
                model.location(a, a.range.clone(), "Go uses this for http:// requests only"),
            )
            .help(format!("set `{to}` to the same proxy (keep `{}` for http:// requests, if any)", a.name))
            .fix(edit_fix(
                model,
                a,
                a.name_range.clone(),
                to,
                format!("rename `{}` to `{to}`", a.name),
                Applicability::Unsafe,
            ))
            .build(),
        );
    }
    for a in all_proxy.into_values() {
        let to = if a.name == "all_proxy" {
            "https_proxy"
        } else {
            "HTTPS_PROXY"
        };
        findings.push(
            RULE.finding(
                format!(
                    "`{}` is not read by Go: unless HTTPS_PROXY is set, the go command's requests go out directly (git and curl do use it)",
                    model.written(a)
                ),
                model.location(a, a.range.clone(), "Go ignores this"),
            )
            .help(format!("set `{to}` to the same proxy for the go command"))
            .fix(edit_fix(
                model,
                a,
                a.name_range.clone(),
                to,
                format!("rename `{}` to `{to}`", a.name),
                Applicability::Unsafe,
            ))
            .build(),
        );
    }
    for (a, r, host) in no_proxy.into_values() {
        let value = a.value.as_ref().map_or("", |v| v.as_str());
        let entry = &value[r.clone()];
        let src = model.value_range(a, r.clone());
        let exact = src.len() == r.len();
        findings.push(
            RULE.finding(
                format!(
                    "{} entry `{entry}` matches only subdomains of `{host}`: requests to `{host}` itself still go through the proxy",
                    a.name
                ),
                model.location(a, src.clone(), format!("does not cover {host}")),
            )
            .help(format!("write `{host}`: it matches the host and all its subdomains"))
            .fix(if exact {
                edit_fix(
                    model,
                    a,
                    src,
                    &host,
                    format!("replace `{entry}` with `{host}`"),
                    Applicability::Unsafe,
                )
            } else {
                None
            })
            .build(),
        );
    }
}

/// The proxy variable may be set in `ctx`: by the configuration (even to a value known only at
/// build time) or by `docker build --build-arg`.
fn maybe_set(model: &Model<'_>, ctx: &Context, name: &str) -> bool {
    !matches!(model.os_effective(ctx, name), Effective::Default)
        || model.may_be_set_by_build(ctx, name)
}

/// The first of `names` (Go's order) set to a known value.
fn first_value<'m>(model: &'m Model<'_>, ctx: &Context, names: &[&str]) -> Option<&'m Assignment> {
    for n in names {
        match model.os_effective(ctx, n) {
            Effective::Value(a, _) => return Some(a),
            Effective::Dynamic(_) => return None,
            _ => {}
        }
    }
    None
}

/// The URLs (scheme and host) the go command of `ctx` requests for its requirements (or for a
/// public module when it has none).
fn request_urls(model: &Model<'_>, ctx: &Context) -> Vec<String> {
    let mut modules: Vec<String> = model
        .requirements(ctx)
        .iter()
        .map(|(_, r)| r.path.value.clone())
        .collect();
    if modules.is_empty() {
        modules.push("golang.org/x/mod".to_owned());
    }
    let settings = model.go_env(ctx).settings(&model.go_version(ctx));
    let mut urls = Vec::new();
    for m in &modules {
        for e in model.endpoints(ctx, m) {
            let url = match e {
                Endpoint::Proxy { base, .. } => base,
                Endpoint::SumdbSupported { proxy_base, .. } => proxy_base,
                Endpoint::Sumdb { base } => base,
                Endpoint::Direct { module } => {
                    let scheme = if match_prefix_patterns(&settings.goinsecure, &module) {
                        "http"
                    } else {
                        "https"
                    };
                    format!("{scheme}://{}", module_host(&module))
                }
            };
            let Some(host) = url_host(&url) else { continue };
            let scheme = url.split("://").next().unwrap_or("").to_ascii_lowercase();
            let origin = format!("{scheme}://{host}");
            if !urls.contains(&origin) {
                urls.push(origin);
            }
        }
    }
    urls
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{apply_fix, check, spanned};

    #[test]
    fn http_proxy_alone() {
        let env = "HTTP_PROXY=http://proxy.corp.example:3128\n";
        let f = check("GPD703", &[(".env", env)]);
        assert_eq!(f.len(), 1);
        assert_eq!(
            spanned(env, &f[0].primary),
            "HTTP_PROXY=http://proxy.corp.example:3128"
        );
        assert!(
            f[0].message
                .contains("(`https://proxy.golang.org`, `https://sum.golang.org`)"),
            "{}",
            f[0].message
        );
        assert_eq!(
            apply_fix(env, &f[0]),
            "HTTPS_PROXY=http://proxy.corp.example:3128\n"
        );

        let wf = "jobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      http_proxy: http://proxy:3128\n    steps:\n      - run: go mod download\n";
        let f = check("GPD703", &[(".github/workflows/ci.yml", wf)]);
        assert_eq!(f.len(), 1);
        assert_eq!(
            apply_fix(wf, &f[0]),
            wf.replace("http_proxy:", "https_proxy:")
        );
    }

    #[test]
    fn http_proxy_alone_near_misses() {
        for env in [
            "HTTP_PROXY=http://p:3128\nHTTPS_PROXY=http://p:3128\n",
            "HTTP_PROXY=http://p:3128\nhttps_proxy=http://p:3128\n",
            // an http GOPROXY does use it
            "HTTP_PROXY=http://p:3128\nGOPROXY=http://athens:3000\nGOSUMDB=off\n",
        ] {
            assert!(check("GPD703", &[(".env", env)]).is_empty(), "{env}");
        }
        // HTTPS_PROXY may come from `docker build --build-arg`
        let df = "FROM golang:1.23\nENV HTTP_PROXY=http://p:3128\nRUN go mod download\n";
        assert!(check("GPD703", &[("Dockerfile", df)]).is_empty());
        // before Go 1.16 an https request fell back to HTTP_PROXY
        let wf = "jobs:\n  b:\n    env:\n      HTTP_PROXY: http://p:3128\n    steps:\n      - uses: actions/setup-go@v5\n        with:\n          go-version: '1.15'\n      - run: go build\n";
        assert!(check("GPD703", &[(".github/workflows/ci.yml", wf)]).is_empty());
        // no go command downloads anything
        let wf = "jobs:\n  b:\n    env:\n      HTTP_PROXY: http://p:3128\n    steps:\n      - run: make\n";
        assert!(check("GPD703", &[(".github/workflows/ci.yml", wf)]).is_empty());
    }

    #[test]
    fn all_proxy() {
        let df = "FROM golang:1.23\nENV ALL_PROXY=socks5://proxy:1080\nRUN go mod download\n";
        let f = check("GPD703", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert_eq!(
            f[0].message,
            "`ALL_PROXY=socks5://proxy:1080` is not read by Go: unless HTTPS_PROXY is set, the go command's requests go out directly (git and curl do use it)"
        );
        assert_eq!(spanned(df, &f[0].primary), "ALL_PROXY=socks5://proxy:1080");
        let env = "all_proxy=socks5://proxy:1080\nhttps_proxy=socks5://proxy:1080\n";
        assert!(check("GPD703", &[(".env", env)]).is_empty());
    }

    #[test]
    fn no_proxy_subdomains_only() {
        let env = "GOPROXY=https://corp.example/goproxy\nHTTPS_PROXY=http://outbound:3128\nNO_PROXY=localhost, *.corp.example\n";
        let f = check("GPD703", &[(".env", env)]);
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(spanned(env, &f[0].primary), "*.corp.example");
        assert_eq!(
            f[0].message,
            "NO_PROXY entry `*.corp.example` matches only subdomains of `corp.example`: requests to `corp.example` itself still go through the proxy"
        );
        assert!(apply_fix(env, &f[0]).ends_with("NO_PROXY=localhost, corp.example\n"));

        for np in ["corp.example", ".corp.example,corp.example", "*"] {
            let env = format!(
                "GOPROXY=https://corp.example\nHTTPS_PROXY=http://outbound:3128\nNO_PROXY={np}\n"
            );
            assert!(check("GPD703", &[(".env", &env)]).is_empty(), "{np}");
        }
        let ci = "variables:\n  HTTPS_PROXY: http://proxy:3128\n  NO_PROXY: \".corp.example\"\n  GOPROXY: https://corp.example/goproxy\nbuild:\n  script:\n    - go mod download\n";
        let f = check("GPD703", &[(".gitlab-ci.yml", ci)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(ci, &f[0].primary), ".corp.example");
        assert!(apply_fix(ci, &f[0]).contains("NO_PROXY: \"corp.example\"\n"));
        // subdomains are what is contacted: the entry is right
        let env = "GOPROXY=https://goproxy.corp.example\nHTTPS_PROXY=http://outbound:3128\nNO_PROXY=.corp.example\n";
        assert!(check("GPD703", &[(".env", env)]).is_empty());
    }
}
