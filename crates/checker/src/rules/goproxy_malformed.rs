use super::{Rule, edit_fix};
use crate::gosem::proxy::{self, check_proxy_url};
use crate::model::goenv::{ProxyKind, ProxyList};
use crate::model::q_proxy::GoproxyValue;
use crate::model::{Model, Origin};
use crate::redact::redact_url_list;
use crate::report::{Applicability, Edit, Finding, Fix, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD102",
    name: "goproxy-malformed",
    family: "proxy list",
    severity: Severity::Error,
    security_severity: None,
    summary: "a GOPROXY entry Go rejects or reads differently from what was meant",
    tags: &["goproxy", "correctness"],
    precision: "very-high",
    check,
    docs: r#"Finds GOPROXY values that Go rejects or misreads: a list without entries (`,`), a single
word without a scheme (`athens`, and the keywords in the wrong case: `DIRECT`, `Off`), an absolute
path instead of a `file://` URL, a scheme other than `https`, `http` and `file`, a `file://` URL
with a host, a URL Go cannot parse, a `|` separator for a Go release older than 1.15, and quotes
that a go env file keeps as part of the value. It also warns about a `host:port` entry without a
scheme (`athens:3000`): Go talks HTTPS to it, while a proxy on such a port usually serves plain
HTTP. Every place where the value is in effect counts (Docker stages and images, CI jobs, env and
go env files); entries after `direct` or `off` are GPD103's.

## Why it matters
Go parses the whole list once, before the first lookup, and one bad entry fails every download
with an error such as `invalid proxy URL missing scheme: DIRECT` — entries before it are not used either.
The keywords are case-sensitive, a go env file is read without any quote removal, and before Go
1.15 `|` was not a separator at all, so these mistakes are easy to make and look right in review.
A `host:port` entry without a scheme gets `https://`, so an Athens on `athens:3000` fails with a
TLS error (`http: server gave HTTP response to HTTPS client`) rather than being used over HTTP.

## Example
```dockerfile
FROM golang:1.23
ENV GOPROXY=https://athens.corp.example,DIRECT
```

## Use instead
```dockerfile
FROM golang:1.23
ENV GOPROXY=https://athens.corp.example,direct
```

## Fix safety
Lower-casing a keyword (`DIRECT` → `direct`, `Off` → `off`) and removing the quotes around a go
env file value are safe fixes: they give Go the value that was evidently meant. Turning an
absolute path into a `file://` URL and `|` into `,` for Go before 1.15 are unsafe: they change
where modules come from or how errors fall through.

## Go behaviour
`modfetch.proxyList` splits GOPROXY on `,` and `|` (Go ≥ 1.15; only `,` in 1.13–1.14), trims
each element, recognises exactly `off` and `direct`, prefixes `https://` to an element that
contains `.`, `:` or `/` but no `:/` and is not an absolute path, and then requires `url.Parse`
to succeed with scheme `https`, `http` or `file` (a `file` URL with a path only):
`invalid proxy URL missing scheme`, `invalid proxy URL scheme (must be https, http, file)`,
`invalid file:// proxy URL with non-path elements`, and `GOPROXY list is not the empty string,
but contains no entries`. `cfg.readEnvFile` takes everything after `=` literally. See
`go help goproxy`, `go help environment` and go-semantics §1.2, §2.1, §2.5, §12 items 1–3.
"#,
};

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    for gv in model.goproxy_values() {
        if gv.value.is_empty() {
            // an empty go env file entry is GPD101's
            continue;
        }
        if quoted(model, &gv, findings) || no_entries(model, &gv, findings) {
            continue;
        }
        if pipe_before_115(model, &gv, findings) {
            continue;
        }
        entries(model, &gv, findings);
    }
}

/// `"https://proxy.example"`: the quotes are part of the value.
fn quoted(model: &Model<'_>, gv: &GoproxyValue<'_>, findings: &mut Vec<Finding>) -> bool {
    let a = gv.assignment;
    let v = gv.value.as_str();
    let quote = v.chars().next().filter(|c| *c == '"' || *c == '\'');
    let Some(q) = quote.filter(|q| v.len() >= 2 && v.ends_with(*q)) else {
        return false;
    };
    let inner = &v[1..v.len() - 1];
    let error = proxy::hops(v, "").err().unwrap_or_default();
    let why = if a.origin == Origin::GoEnvWrite {
        "the go env file is read literally, so the quotes are part of the value"
    } else {
        "the quotes are part of the value"
    };
    let mut message = format!("GOPROXY value `{}` is quoted: {why}", redact_url_list(v));
    if !error.is_empty() {
        message.push_str(&format!(
            " and Go fails every download with `{}`",
            redact_url_list(&error)
        ));
    }
    let fix = model.exact_value_range(a, 0..v.len()).and_then(|r| {
        edit_fix(
            model,
            a,
            r,
            inner,
            format!("remove the {q} quotes"),
            Applicability::Safe,
        )
    });
    findings.push(
        RULE.finding(
            message,
            model.location(
                a,
                model.value_range(a, 0..v.len()),
                "the quotes are part of the value",
            ),
        )
        .help(format!(
            "write the value without quotes: `GOPROXY={}`",
            redact_url_list(inner)
        ))
        .fix(fix)
        .build(),
    );
    true
}

/// `,` or blanks: no entries at all.
fn no_entries(model: &Model<'_>, gv: &GoproxyValue<'_>, findings: &mut Vec<Finding>) -> bool {
    let a = gv.assignment;
    let v = gv.value.as_str();
    if !ProxyList::parse(v).entries.is_empty() {
        return false;
    }
    findings.push(
        RULE.finding(
            format!(
                "GOPROXY `{v}` lists no proxy: Go fails every download with `GOPROXY list is not \
                 the empty string, but contains no entries`"
            ),
            model.location(a, a.range.clone(), "no entries"),
        )
        .help(
            "remove it to get Go's default `https://proxy.golang.org,direct`, or list the proxies \
             you want",
        )
        .build(),
    );
    true
}

/// `|` for a Go release that does not know it (1.13, 1.14).
fn pipe_before_115(model: &Model<'_>, gv: &GoproxyValue<'_>, findings: &mut Vec<Finding>) -> bool {
    let a = gv.assignment;
    let v = gv.value.as_str();
    let Some(first) = v.find('|') else {
        return false;
    };
    let Some(ctx) = gv.contexts.iter().find(|c| model.release_before(c, 15)) else {
        return false;
    };
    let Some(release) = ctx.go_version.as_ref() else {
        return false;
    };
    let version = release
        .version
        .as_ref()
        .map_or_else(|| release.source.clone(), ToString::to_string);
    let element = v.split(',').find(|e| e.contains('|')).unwrap_or(v).trim();
    let pipes: Vec<usize> = v.match_indices('|').map(|(i, _)| i).collect();
    let edits: Option<Vec<Edit>> = pipes
        .iter()
        .map(|&i| {
            model.exact_value_range(a, i..i + 1).map(|r| Edit {
                path: model.file(a).path.clone(),
                span: model.file(a).span(r.start, r.end),
                replacement: ",".to_owned(),
            })
        })
        .collect();
    let fix = edits.filter(|_| !model.file(a).lossy).map(|edits| Fix {
        description: "separate the entries with `,`".to_owned(),
        applicability: Applicability::Unsafe,
        edits,
    });
    findings.push(
        RULE.finding(
            format!(
                "GOPROXY uses `|`, which Go {version} does not know (it is a separator from Go \
                 1.15): it reads `{}` as one proxy URL and fails",
                redact_url_list(element)
            ),
            model.location(
                a,
                model.value_range(a, first..first + 1),
                "a separator only from Go 1.15",
            ),
        )
        .related(model.ctx_location(
            ctx,
            release.range.clone(),
            format!("Go {version} runs here"),
        ))
        .help("separate the entries with `,`, or use Go 1.15 or later")
        .fix(fix)
        .build(),
    );
    true
}

/// Entries Go rejects, and `host:port` entries that get `https://`.
fn entries(model: &Model<'_>, gv: &GoproxyValue<'_>, findings: &mut Vec<Finding>) {
    let a = gv.assignment;
    let list = ProxyList::parse(gv.value.as_str());
    for e in &list.entries {
        let ProxyKind::Url(url) = &e.kind else {
            continue;
        };
        let shown = redact_url_list(&e.text);
        let location =
            |label: &str| model.location(a, model.value_range(a, e.range.clone()), label);
        match check_proxy_url(url) {
            Err(error) => {
                let error = redact_url_list(&error);
                let lower = e.text.to_ascii_lowercase();
                let (message, help, fix) = if lower == "direct" || lower == "off" {
                    (
                        format!(
                            "GOPROXY entry `{}` is not the keyword `{lower}` (keywords are \
                             case-sensitive): Go fails every download with `{error}`",
                            e.text
                        ),
                        format!("write `{lower}` in lower case"),
                        fix_entry(model, gv, e.range.clone(), &lower, Applicability::Safe),
                    )
                } else if e.text.starts_with('/') {
                    let file_url = format!("file://{}", e.text);
                    (
                        format!(
                            "GOPROXY entry `{shown}` is a path, not a URL: Go fails every download \
                             with `{error}`"
                        ),
                        format!("write a file URL: `{file_url}`"),
                        fix_entry(model, gv, e.range.clone(), &file_url, Applicability::Unsafe),
                    )
                } else {
                    let help = if error.starts_with("invalid proxy URL missing scheme") {
                        "write the proxy's full URL, e.g. `https://athens.corp.example` or \
                         `http://athens:3000`"
                    } else if error.starts_with("invalid proxy URL scheme") {
                        "use an `https://`, `http://` or `file:///` URL"
                    } else if error.starts_with("invalid file://") {
                        "a file:// proxy takes a local path only: `file:///path/to/dir`"
                    } else {
                        "correct the URL"
                    };
                    (
                        format!(
                            "GOPROXY entry `{shown}` is rejected by Go, which fails every download \
                             with `{error}`"
                        ),
                        help.to_owned(),
                        None,
                    )
                };
                findings.push(
                    RULE.finding(message, location("Go rejects this entry"))
                        .help(help)
                        .fix(fix)
                        .build(),
                );
            }
            Ok(parsed) => {
                // `athens:3000`: Go adds `https://`
                if e.text.contains("://") {
                    continue;
                }
                let Some(port) = port_of(&parsed.host).filter(|p| !matches!(*p, "443" | "8443"))
                else {
                    continue;
                };
                let https = redact_url_list(url);
                let http = https.replacen("https://", "http://", 1);
                let mut f = RULE
                    .finding(
                        format!(
                            "GOPROXY entry `{shown}` has no scheme, so Go talks HTTPS to it \
                             (`{https}`), while a proxy on port {port} usually serves plain HTTP"
                        ),
                        location("Go adds `https://` here"),
                    )
                    .help(format!(
                        "write the scheme: `{http}` if the proxy serves plain HTTP, else `{https}`"
                    ))
                    .build();
                f.severity = Severity::Warning;
                findings.push(f);
            }
        }
    }
}

/// The explicit port of a URL host (`athens:3000` → `3000`).
fn port_of(host: &str) -> Option<&str> {
    let after = match host.rfind(']') {
        Some(i) => &host[i + 1..],
        None => host,
    };
    after
        .rfind(':')
        .map(|i| &after[i + 1..])
        .filter(|p| !p.is_empty())
}

fn fix_entry(
    model: &Model<'_>,
    gv: &GoproxyValue<'_>,
    range: std::ops::Range<usize>,
    replacement: &str,
    applicability: Applicability,
) -> Option<Fix> {
    let a = gv.assignment;
    let r = model.exact_value_range(a, range)?;
    edit_fix(
        model,
        a,
        r,
        replacement,
        format!("replace with `{replacement}`"),
        applicability,
    )
}

#[cfg(test)]
mod tests {
    use crate::report::{Applicability, Severity};
    use crate::rules::test_support::{apply_fix, check, spanned};

    fn df(value: &str) -> String {
        format!("FROM golang:1.23\nENV GOPROXY={value}\nRUN go build\n")
    }

    #[test]
    fn keywords_in_the_wrong_case() {
        let d = df("https://athens.corp.example,DIRECT");
        let f = check("GPD102", &[("Dockerfile", &d)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(&d, &f[0].primary), "DIRECT");
        assert_eq!(
            f[0].message,
            "GOPROXY entry `DIRECT` is not the keyword `direct` (keywords are case-sensitive): Go \
             fails every download with `invalid proxy URL missing scheme: DIRECT`"
        );
        assert_eq!(f[0].fixes[0].applicability, Applicability::Safe);
        assert_eq!(
            apply_fix(&d, &f[0]),
            df("https://athens.corp.example,direct")
        );

        let env = "GOPROXY=\"Off\"\n";
        let f = check("GPD102", &[(".env", env)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(env, &f[0].primary), "Off");
        assert_eq!(apply_fix(env, &f[0]), "GOPROXY=\"off\"\n");
    }

    #[test]
    fn words_paths_schemes_and_file_hosts() {
        let cases = [
            (
                "athens",
                "athens",
                "invalid proxy URL missing scheme: athens",
            ),
            (
                "/srv/goproxy",
                "/srv/goproxy",
                "invalid proxy URL missing scheme: /srv/goproxy",
            ),
            (
                "ftp://x.example,direct",
                "ftp://x.example",
                "invalid proxy URL scheme (must be https, http, file): ftp://x.example",
            ),
            (
                "file://host/x",
                "file://host/x",
                "invalid file:// proxy URL with non-path elements: file://host/x",
            ),
            (
                "https://[::1",
                "https://[::1",
                "parse \"https://[::1\": missing ']' in host",
            ),
        ];
        for (value, span, error) in cases {
            let d = df(value);
            let f = check("GPD102", &[("Dockerfile", &d)]);
            assert_eq!(f.len(), 1, "{value}");
            assert_eq!(spanned(&d, &f[0].primary), span);
            assert!(
                f[0].message.ends_with(&format!("`{error}`")),
                "{}",
                f[0].message
            );
        }
        let d = df("/srv/goproxy");
        let f = check("GPD102", &[("Dockerfile", &d)]);
        assert_eq!(f[0].fixes[0].applicability, Applicability::Unsafe);
        assert_eq!(apply_fix(&d, &f[0]), df("file:///srv/goproxy"));
        // every bad entry is a place to fix
        assert_eq!(
            check("GPD102", &[("Dockerfile", &df("athens,DIRECT"))]).len(),
            2
        );
    }

    #[test]
    fn credentials_never_appear_in_messages() {
        let d = df("https://bob:s3cret@[::1");
        let f = check("GPD102", &[("Dockerfile", &d)]);
        assert_eq!(f.len(), 1);
        assert!(!f[0].message.contains("s3cret"), "{}", f[0].message);
        assert!(f[0].message.contains("bob:xxxxx@"), "{}", f[0].message);
        let d = df("ghp_t0ken@athens");
        let f = check("GPD102", &[("Dockerfile", &d)]);
        assert_eq!(f.len(), 1);
        assert!(!f[0].message.contains("ghp_t0ken"), "{}", f[0].message);
        assert!(
            f[0].message
                .ends_with("`invalid proxy URL missing scheme: xxxxx@athens`"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn host_port_without_scheme_is_a_warning() {
        let d = df("athens:3000,direct");
        let f = check("GPD102", &[("Dockerfile", &d)]);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(spanned(&d, &f[0].primary), "athens:3000");
        assert!(
            f[0].message.contains("(`https://athens:3000`)"),
            "{}",
            f[0].message
        );
        assert!(
            f[0].help
                .as_deref()
                .unwrap()
                .contains("`http://athens:3000`")
        );
        for ok in [
            "proxy.corp.example",
            "proxy.corp.example:443",
            "http://athens:3000",
        ] {
            assert!(
                check("GPD102", &[("Dockerfile", &df(ok))]).is_empty(),
                "{ok}"
            );
        }
    }

    #[test]
    fn quotes_kept_by_the_go_env_file() {
        let goenv = "GOPROXY=\"https://proxy.corp.example,direct\"\n";
        let f = check("GPD102", &[("go.env", goenv)]);
        assert_eq!(f.len(), 1);
        assert_eq!(
            f[0].message,
            "GOPROXY value `\"https://proxy.corp.example,direct\"` is quoted: the go env file is \
             read literally, so the quotes are part of the value and Go fails every download \
             with `parse \"\\\"https://proxy.corp.example\": first path segment in URL cannot \
             contain colon`"
        );
        assert_eq!(
            spanned(goenv, &f[0].primary),
            "\"https://proxy.corp.example,direct\""
        );
        assert_eq!(f[0].fixes[0].applicability, Applicability::Safe);
        assert_eq!(
            apply_fix(goenv, &f[0]),
            "GOPROXY=https://proxy.corp.example,direct\n"
        );
        // `go env -w` in a RUN: the shell removes the quotes
        let d =
            "FROM golang:1.23\nRUN go env -w GOPROXY=\"https://proxy.corp.example\" && go build\n";
        assert!(check("GPD102", &[("Dockerfile", d)]).is_empty());
    }

    #[test]
    fn no_entries() {
        let d = df("\",\"");
        let f = check("GPD102", &[("Dockerfile", &d)]);
        assert_eq!(f.len(), 1);
        assert!(f[0].message.starts_with("GOPROXY `,` lists no proxy"));
        assert_eq!(spanned(&d, &f[0].primary), "GOPROXY=\",\"");
        // empty in the environment means unset
        assert!(check("GPD102", &[("Dockerfile", &df(""))]).is_empty());
    }

    #[test]
    fn pipe_before_go_115() {
        let d = "FROM golang:1.14\nENV GOPROXY=https://a.example|https://b.example|direct\nRUN go build\n";
        let f = check("GPD102", &[("Dockerfile", d)]);
        assert_eq!(f.len(), 1);
        assert_eq!(
            f[0].message,
            "GOPROXY uses `|`, which Go 1.14 does not know (it is a separator from Go 1.15): it \
             reads `https://a.example|https://b.example|direct` as one proxy URL and fails"
        );
        assert_eq!(spanned(d, &f[0].primary), "|");
        assert_eq!(spanned(d, &f[0].related[0]), "golang:1.14");
        assert_eq!(f[0].fixes[0].applicability, Applicability::Unsafe);
        assert_eq!(
            apply_fix(d, &f[0]),
            "FROM golang:1.14\nENV GOPROXY=https://a.example,https://b.example,direct\nRUN go build\n"
        );
        // Go 1.15 and later, or a release we cannot tell
        for image in ["golang:1.15", "golang", "golang:latest", "alpine"] {
            let d = format!("FROM {image}\nENV GOPROXY=https://a.example|direct\nRUN go build\n");
            assert!(check("GPD102", &[("Dockerfile", &d)]).is_empty(), "{image}");
        }
    }

    #[test]
    fn in_ci_and_not_when_unread() {
        let wf = "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n      GOPROXY: athens\n    steps:\n      - run: go build\n";
        let f = check("GPD102", &[(".github/workflows/ci.yml", wf)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(wf, &f[0].primary), "athens");
        let gl = "variables:\n  GOPROXY: DIRECT\nbuild:\n  script:\n    - go build\n";
        let f = check("GPD102", &[(".gitlab-ci.yml", gl)]);
        assert_eq!(f.len(), 1);
        assert_eq!(apply_fix(gl, &f[0]), gl.replace("DIRECT", "direct"));
        for d in [
            // after `direct`: GPD103's
            df("direct,athens"),
            // overridden, global ARG, build-time value, comment
            "FROM golang\nENV GOPROXY=athens\nENV GOPROXY=direct\nRUN go build\n".to_owned(),
            "ARG GOPROXY=athens\nFROM golang\nRUN go build\n".to_owned(),
            "FROM golang\nARG P\nENV GOPROXY=$P\nRUN go build\n".to_owned(),
            "FROM golang\n# ENV GOPROXY=athens\nRUN go build\n".to_owned(),
            df("https://proxy.golang.org,direct"),
            df("file:///srv/goproxy|off"),
        ] {
            assert!(check("GPD102", &[("Dockerfile", &d)]).is_empty(), "{d}");
        }
    }
}
