use super::{Rule, edit_fix};
use crate::gosem::proxy::check_proxy_url;
use crate::gosem::url::GoUrl;
use crate::model::Model;
use crate::model::goenv::{ProxyKind, ProxyList};
use crate::redact::redact_url_list;
use crate::report::{Applicability, Finding, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD107",
    name: "goproxy-duplicate-entry",
    family: "proxy list",
    severity: Severity::Note,
    security_severity: None,
    summary: "the same proxy listed twice in GOPROXY",
    tags: &["goproxy", "performance"],
    precision: "very-high",
    check,
    docs: r#"Finds a proxy that a GOPROXY list names twice before `direct` or `off`, comparing URLs as
Go uses them: after the implicit `https://`, with the scheme and host in any case, a default
port (`:443` for https, `:80` for http) or not, and with or without trailing slashes.

## Why it matters
Go walks the list for every module it looks up. A proxy that did not have a module (404/410) the
first time does not have it the second time either, so the repeat only adds a round trip per
miss — for every module, in every build — and usually betrays a list that was pasted together
(`https://proxy.golang.org,https://goproxy.corp.example,https://proxy.golang.org/,direct`)
where a different mirror was meant.

## Example
```dockerfile
FROM golang:1.23
ENV GOPROXY=https://goproxy.corp.example,https://proxy.golang.org,https://goproxy.corp.example/,direct
```

## Use instead
```dockerfile
FROM golang:1.23
ENV GOPROXY=https://goproxy.corp.example,https://proxy.golang.org,direct
```

## Fix safety
The fix removes the second occurrence together with the separator after it (before it, when it
is last), so every other entry keeps its own `,` or `|`. It is safe, as the proxy gives the same
answer twice, except when the first occurrence is followed by `|` and the second by `,` with more
entries after it: then the second occurrence is where an error stops the walk, and removing it
lets Go fall through further (an unsafe fix).

## Go behaviour
`modfetch.proxyList` keeps every element, duplicates included; `TryProxies` asks each in turn.
A proxy base URL is used with one trailing `/` trimmed and joined with `path.Join`, and URL
schemes and host names are case-insensitive. See `go help goproxy` and go-semantics §2.1, §2.3.
"#,
};

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    for gv in model.goproxy_values() {
        let a = gv.assignment;
        let value = gv.value.as_str();
        let list = ProxyList::parse(value);
        let mut seen: Vec<(String, usize)> = Vec::new();
        for (i, e) in list.entries.iter().enumerate() {
            let ProxyKind::Url(url) = &e.kind else {
                continue;
            };
            let Ok(parsed) = check_proxy_url(url) else {
                continue;
            };
            let key = normalize(&parsed);
            let Some(&(_, first)) = seen.iter().find(|(k, _)| *k == key) else {
                seen.push((key, i));
                continue;
            };
            let original = &list.entries[first];
            let has_next = list.entries.get(i + 1).is_some();
            // what to delete: the entry and the separator after it, or before it when last
            let removal = match e.separator {
                Some(_) if has_next || !list.ignored.is_empty() => value[e.range.end..]
                    .find([',', '|'])
                    .map(|s| e.range.start..e.range.end + s + 1),
                _ => value[..e.range.start]
                    .rfind([',', '|'])
                    .map(|s| s..e.range.end),
            };
            let unsafe_ = original.separator == Some('|') && e.separator == Some(',') && has_next;
            let shown = redact_url_list(&e.text);
            let first_shown = redact_url_list(&original.text);
            let fix = removal
                .and_then(|r| model.exact_value_range(a, r))
                .and_then(|r| {
                    edit_fix(
                        model,
                        a,
                        r,
                        "",
                        format!("remove the second `{shown}`"),
                        if unsafe_ {
                            Applicability::Unsafe
                        } else {
                            Applicability::Safe
                        },
                    )
                });
            let same = if shown == first_shown {
                String::new()
            } else {
                format!(" (as `{first_shown}` and `{shown}`)")
            };
            findings.push(
                RULE.finding(
                    format!(
                        "GOPROXY lists the proxy `{first_shown}` twice{same}: Go asks it again for \
                         every module it did not have the first time"
                    ),
                    model.location(
                        a,
                        model.value_range(a, e.range.clone()),
                        "listed again here",
                    ),
                )
                .related(model.location(
                    a,
                    model.value_range(a, original.range.clone()),
                    "first listed here",
                ))
                .help("remove the second occurrence, or correct it if another proxy was meant")
                .fix(fix)
                .build(),
            );
        }
    }
}

/// The proxy a URL names: scheme and host lower-cased, default port dropped, trailing slashes
/// trimmed.
fn normalize(u: &GoUrl) -> String {
    let host = u.host.to_ascii_lowercase();
    let host = match u.scheme.as_str() {
        "https" => host.strip_suffix(":443").unwrap_or(&host).to_owned(),
        "http" => host.strip_suffix(":80").unwrap_or(&host).to_owned(),
        _ => host,
    };
    format!(
        "{}://{}@{}{}?{}#{}",
        u.scheme,
        u.user.as_deref().unwrap_or(""),
        host,
        u.path.trim_end_matches('/'),
        u.query.as_deref().unwrap_or(""),
        u.fragment.as_deref().unwrap_or("")
    )
}

#[cfg(test)]
mod tests {
    use crate::report::{Applicability, Severity};
    use crate::rules::test_support::{apply_fix, check, spanned};

    fn df(v: &str) -> String {
        format!("FROM golang:1.23\nENV GOPROXY={v}\nRUN go build\n")
    }

    #[test]
    fn fires_on_the_second_occurrence() {
        let d = df(
            "https://goproxy.corp.example,https://proxy.golang.org,HTTPS://GoProxy.corp.example:443/,direct",
        );
        let f = check("GPD107", &[("Dockerfile", &d)]);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Note);
        assert_eq!(
            spanned(&d, &f[0].primary),
            "HTTPS://GoProxy.corp.example:443/"
        );
        assert_eq!(
            spanned(&d, &f[0].related[0]),
            "https://goproxy.corp.example"
        );
        assert_eq!(
            f[0].message,
            "GOPROXY lists the proxy `https://goproxy.corp.example` twice (as \
             `https://goproxy.corp.example` and `HTTPS://GoProxy.corp.example:443/`): Go asks it \
             again for every module it did not have the first time"
        );
        assert_eq!(f[0].fixes[0].applicability, Applicability::Safe);
        assert_eq!(
            apply_fix(&d, &f[0]),
            df("https://goproxy.corp.example,https://proxy.golang.org,direct")
        );
    }

    #[test]
    fn last_entry_and_implicit_scheme() {
        let d = df("proxy.corp.example|https://b.example|https://proxy.corp.example/");
        let f = check("GPD107", &[("Dockerfile", &d)]);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].fixes[0].applicability, Applicability::Safe);
        assert_eq!(
            apply_fix(&d, &f[0]),
            df("proxy.corp.example|https://b.example")
        );
        // `|` then `,` with more after it: removing changes where an error stops
        let d = df("https://a.example|https://b.example|https://a.example,direct");
        let f = check("GPD107", &[("Dockerfile", &d)]);
        assert_eq!(f[0].fixes[0].applicability, Applicability::Unsafe);
        assert_eq!(
            apply_fix(&d, &f[0]),
            df("https://a.example|https://b.example|direct")
        );
        // three times: two findings
        assert_eq!(
            check(
                "GPD107",
                &[(
                    "Dockerfile",
                    &df("https://a.example,https://a.example,https://a.example")
                )]
            )
            .len(),
            2
        );
    }

    #[test]
    fn env_ci_and_go_env() {
        let env = "GOPROXY=https://a.example,https://a.example,direct\n";
        let f = check("GPD107", &[(".env", env)]);
        assert_eq!(apply_fix(env, &f[0]), "GOPROXY=https://a.example,direct\n");
        let goenv = "GOPROXY=https://a.example,https://a.example/\n";
        let f = check("GPD107", &[("go.env", goenv)]);
        assert_eq!(apply_fix(goenv, &f[0]), "GOPROXY=https://a.example\n");
        let gl = "variables:\n  GOPROXY: \"https://a.example,https://a.example,direct\"\nbuild:\n  script:\n    - go build\n";
        let f = check("GPD107", &[(".gitlab-ci.yml", gl)]);
        assert_eq!(f.len(), 1);
        assert_eq!(
            apply_fix(gl, &f[0]),
            gl.replace("https://a.example,https://a.example,", "https://a.example,")
        );
    }

    #[test]
    fn near_misses() {
        for v in [
            "https://a.example,https://b.example,direct",
            // different paths and schemes are different proxies
            "https://a.example/one,https://a.example/two",
            "http://a.example,https://a.example",
            // after direct: GPD103's
            "https://a.example,direct,https://a.example",
            "direct,direct",
        ] {
            assert!(check("GPD107", &[("Dockerfile", &df(v))]).is_empty(), "{v}");
        }
        let d = "FROM golang\nARG P\nENV GOPROXY=$P,$P\nRUN go build\n";
        assert!(check("GPD107", &[("Dockerfile", d)]).is_empty());
    }
}
