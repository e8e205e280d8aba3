use super::{Rule, edit_fix};
use crate::gosem::proxy::{self, check_proxy_url};
use crate::model::Model;
use crate::model::goenv::{DEFAULT_PROXY_HOST, ProxyKind, ProxyList, url_host};
use crate::redact::redact_url_list;
use crate::report::{Applicability, Finding, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD106",
    name: "goproxy-no-failover",
    family: "proxy list",
    severity: Severity::Note,
    security_severity: None,
    summary: "a GOPROXY proxy followed by `,`, which falls through only on 404 and 410",
    tags: &["goproxy", "reliability"],
    precision: "medium",
    check,
    docs: r#"Finds a proxy URL in GOPROXY that is followed by `,` and another entry: Go moves on to
the next entry only when that proxy answers 404 or 410. Go's own default
`https://proxy.golang.org,direct` is left alone (it is the documented default, and the public
proxy answers 404/410 for what it does not have), as are `file://` proxies, entries followed by
`off`, and places where a Go release older than 1.15 runs, which has no `|`.

## Why it matters
Lists like `https://goproxy.corp.example,direct` are usually written in the belief that Go falls
back to the next entry when the proxy does not work. It does not: when the proxy is down, times
out, fails TLS, or answers 401, 403, 429 or 5xx, the build stops with that error, even though
`direct` or another mirror would have worked. With `|` after an entry, Go moves on after any
error.

## Example
```dockerfile
FROM golang:1.23
ENV GOPROXY=https://goproxy.corp.example,https://proxy.golang.org,direct
```

## Use instead
```dockerfile
FROM golang:1.23
ENV GOPROXY=https://goproxy.corp.example|https://proxy.golang.org,direct
```

## Fix safety
The fix replaces the `,` after the proxy by `|`. It is unsafe: it changes which source is used
when the proxy fails, and a proxy that enforces a policy (answering 403 for modules it must not
serve) is bypassed with `|`. Keep `,` when modules must never come from anywhere else.

## Go behaviour
`modfetch.proxyList` records, for each entry, whether the separator after it is `|`
(`fallBackOnError`); `TryProxies` continues after an error only if it is a not-found error
(HTTP 404/410, a missing file of a `file://` proxy) or the entry has `fallBackOnError`. `|` exists
from Go 1.15 (release notes). See `go help goproxy` and go-semantics §2.3, §12 item 6.
"#,
};

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    for gv in model.goproxy_values() {
        let a = gv.assignment;
        let value = gv.value.as_str();
        if proxy::hops(value, "").is_err()
            || gv.contexts.iter().any(|c| model.release_before(c, 15))
        {
            continue;
        }
        let list = ProxyList::parse(value);
        for (i, e) in list.entries.iter().enumerate() {
            let ProxyKind::Url(url) = &e.kind else {
                continue;
            };
            let Some(next) = list.entries.get(i + 1) else {
                continue;
            };
            if e.separator != Some(',') || next.kind == ProxyKind::Off {
                continue;
            }
            let Ok(parsed) = check_proxy_url(url) else {
                continue;
            };
            if !matches!(parsed.scheme.as_str(), "http" | "https")
                || url_host(url).as_deref() == Some(DEFAULT_PROXY_HOST)
            {
                continue;
            }
            let Some(sep) = value[e.range.end..].find(',').map(|i| e.range.end + i) else {
                continue;
            };
            let shown = redact_url_list(&e.text);
            let next_shown = redact_url_list(&next.text);
            let suggested = redact_url_list(&format!("{}|{}", &value[..sep], &value[sep + 1..]));
            let fix = model.exact_value_range(a, sep..sep + 1).and_then(|r| {
                edit_fix(
                    model,
                    a,
                    r,
                    "|",
                    format!("fall through to `{next_shown}` on any error of `{shown}`"),
                    Applicability::Unsafe,
                )
            });
            findings.push(
                RULE.finding(
                    format!(
                        "GOPROXY entry `{shown}` is followed by `,`: Go tries `{next_shown}` only \
                         when it answers 404 or 410, so if it is down or fails (401, 403, 5xx, a \
                         TLS error) the build stops"
                    ),
                    model.location(
                        a,
                        model.value_range(a, e.range.clone()),
                        "no fallback on errors",
                    ),
                )
                .related(model.location(
                    a,
                    model.value_range(a, sep..sep + 1),
                    "falls through on 404/410 only",
                ))
                .help(format!(
                    "to fall through on any error, write `|` after it (Go 1.15 or later): \
                     `GOPROXY={}`; keep `,` if modules must not come from elsewhere when it fails",
                    suggested.trim()
                ))
                .fix(fix)
                .build(),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::report::{Applicability, Severity};
    use crate::rules::test_support::{apply_fix, check, spanned};

    #[test]
    fn fires_on_a_corporate_proxy_before_direct() {
        let df =
            "FROM golang:1.23\nENV GOPROXY=https://goproxy.corp.example,direct\nRUN go build\n";
        let f = check("GPD106", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Note);
        assert_eq!(spanned(df, &f[0].primary), "https://goproxy.corp.example");
        assert_eq!(spanned(df, &f[0].related[0]), ",");
        assert_eq!(
            f[0].message,
            "GOPROXY entry `https://goproxy.corp.example` is followed by `,`: Go tries `direct` \
             only when it answers 404 or 410, so if it is down or fails (401, 403, 5xx, a TLS \
             error) the build stops"
        );
        assert!(
            f[0].help
                .as_deref()
                .unwrap()
                .contains("`GOPROXY=https://goproxy.corp.example|direct`")
        );
        assert_eq!(f[0].fixes[0].applicability, Applicability::Unsafe);
        assert_eq!(
            apply_fix(df, &f[0]),
            "FROM golang:1.23\nENV GOPROXY=https://goproxy.corp.example|direct\nRUN go build\n"
        );
    }

    #[test]
    fn one_finding_per_entry_and_spaces() {
        let env =
            "GOPROXY=\"https://a.example , https://b.example,https://proxy.golang.org,direct\"\n";
        let f = check("GPD106", &[(".env", env)]);
        assert_eq!(f.len(), 2);
        assert_eq!(spanned(env, &f[0].primary), "https://a.example");
        assert_eq!(f[0].related[0].span.start_column, 28);
        assert_eq!(spanned(env, &f[1].primary), "https://b.example");
        assert_eq!(
            apply_fix(env, &f[0]),
            "GOPROXY=\"https://a.example | https://b.example,https://proxy.golang.org,direct\"\n"
        );
    }

    #[test]
    fn ci_and_go_env() {
        let wf = "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      GOPROXY: https://goproxy.cn,direct\n    steps:\n      - run: go build\n";
        let f = check("GPD106", &[(".github/workflows/ci.yml", wf)]);
        assert_eq!(f.len(), 1);
        assert_eq!(
            apply_fix(wf, &f[0]),
            wf.replace("goproxy.cn,direct", "goproxy.cn|direct")
        );
        let goenv = "GOPROXY=https://bob:pw@goproxy.corp.example,direct\n";
        let f = check("GPD106", &[("go.env", goenv)]);
        assert_eq!(f.len(), 1);
        let text = format!("{} {}", f[0].message, f[0].help.as_deref().unwrap());
        assert!(!text.contains(":pw@"), "{text}");
    }

    #[test]
    fn near_misses() {
        for v in [
            // Go's default
            "https://proxy.golang.org,direct",
            "https://goproxy.corp.example|direct",
            "https://goproxy.corp.example",
            "https://goproxy.corp.example,off",
            "https://goproxy.corp.example,",
            "file:///srv/goproxy,direct",
            "direct,https://goproxy.corp.example,direct",
            // Go rejects the list: GPD102's
            "https://goproxy.corp.example,athens",
        ] {
            let df = format!("FROM golang:1.23\nENV GOPROXY={v}\nRUN go build\n");
            assert!(check("GPD106", &[("Dockerfile", &df)]).is_empty(), "{v}");
        }
        for df in [
            // no `|` before Go 1.15
            "FROM golang:1.14\nENV GOPROXY=https://goproxy.corp.example,direct\nRUN go build\n",
            "FROM golang\nARG P\nENV GOPROXY=$P,direct\nRUN go build\n",
            "FROM golang\nENV GOPROXY=https://goproxy.corp.example,direct\nENV GOPROXY=direct\nRUN go build\n",
        ] {
            assert!(check("GPD106", &[("Dockerfile", df)]).is_empty(), "{df}");
        }
    }
}
