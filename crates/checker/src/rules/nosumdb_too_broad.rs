use std::collections::BTreeMap;

use super::Rule;
use crate::gosem::pattern::match_prefix_patterns;
use crate::model::goenv::{ProxyKind, ProxyList};
use crate::model::private::{covered_public_host, covers, module_host};
use crate::model::{Assignment, Context, Effective, Model};
use crate::report::{Applicability, Edit, Finding, Fix, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD202",
    name: "nosumdb-too-broad",
    family: "checksum verification",
    severity: Severity::Error,
    security_severity: Some("6.5"),
    summary: "a GONOSUMDB, GOPRIVATE or GONOPROXY pattern covers a whole public code host",
    tags: &["supply-chain", "checksum", "private-modules"],
    precision: "high",
    check,
    docs: r#"Finds GONOSUMDB, GOPRIVATE and GONOPROXY patterns that cover every module of a public
code host — `*`, `github.com`, `github.com/*`, `*.com`, `g*` — instead of the private
organisation or repositories they were meant for. The message names the requirements in scope
that the pattern takes out of verification (or away from the proxy). Public hosts are the
well-known code hosts and the `public-hosts` of the configuration file. A pattern is reported
where it has an effect: a GOPRIVATE that GONOSUMDB and GONOPROXY both replace is not, nor a
GONOSUMDB with `GOSUMDB=off` (GPD201) or a GONOPROXY without a proxy URL in GOPROXY.

## Why it matters
A GONOSUMDB (or GOPRIVATE) pattern takes every matching module out of the checksum database:
the first download of each version is trusted blindly, so a compromised proxy, repository
mirror or network path can serve different code for thousands of public modules, not just the
private ones. `GOPRIVATE=github.com` to reach one private repository does exactly that, and also
sends every public GitHub module straight to git, bypassing the proxy and its cache. A GONOPROXY
pattern that broad does the latter only.

## Example
```dockerfile
FROM golang:1.23
ENV GOPRIVATE=github.com
RUN go mod download
```

## Use instead
```dockerfile
FROM golang:1.23
ENV GOPRIVATE=github.com/acme
RUN go mod download
```

## Fix safety
The fix deletes the pattern (or the assignment when it is the only pattern). It is unsafe: the
private modules the pattern was written for need a narrower pattern in its place.

## Go behaviour
GONOSUMDB and GONOPROXY default to GOPRIVATE when empty (`cfg.go`); each is a comma-separated
list of globs matched by `module.MatchPrefixPatterns` against path prefixes, element by element
(`path.Match`, `*` never crosses `/`): `github.com` and `github.com/*` match every module on
github.com, `*` matches everything. A matching module skips the checksum database (`useSumDB`
in `modfetch/sumdb.go`) and is fetched directly (`modfetch/repo.go`). See `go help private`,
`go help module-auth` and go-semantics §3.1–§3.2.
"#,
};

/// What a pattern does in the contexts it reaches.
#[derive(Default)]
struct Effects {
    no_sumdb: bool,
    no_proxy: bool,
    /// Requirements on the public host the pattern covers: (path, go.mod file, range).
    requirements: Vec<(String, usize, crate::parse::Range)>,
}

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    // (assignment file, assignment start, pattern start) → (assignment, pattern range, host, effects)
    type Key = (usize, usize, usize);
    let mut hits: BTreeMap<Key, (&Assignment, std::ops::Range<usize>, String, Effects)> =
        BTreeMap::new();
    for ctx in &model.contexts {
        for name in ["GONOSUMDB", "GONOPROXY", "GOPRIVATE"] {
            let Some((a, v)) = model.effective(ctx, name).known() else {
                continue;
            };
            let (no_sumdb, no_proxy) = match name {
                "GONOSUMDB" => (true, false),
                "GONOPROXY" => (false, true),
                _ => (
                    falls_back(model, ctx, "GONOSUMDB"),
                    falls_back(model, ctx, "GONOPROXY"),
                ),
            };
            // the pattern matters only where there is a database to skip (GOSUMDB=off is
            // GPD201's) and a proxy to bypass
            let settings = model.go_env(ctx).settings(&model.go_version(ctx));
            let no_sumdb = no_sumdb && settings.gosumdb != "off";
            let no_proxy = no_proxy
                && ProxyList::parse(&settings.goproxy)
                    .entries
                    .iter()
                    .any(|e| matches!(e.kind, ProxyKind::Url(_)));
            if !no_sumdb && !no_proxy {
                continue;
            }
            for (range, pattern) in elements(v.as_str()) {
                let Some(host) = covered_public_host(model, pattern) else {
                    continue;
                };
                let entry = hits
                    .entry((a.file, a.range.start, range.start))
                    .or_insert_with(|| (a, range.clone(), host.clone(), Effects::default()));
                let fx = &mut entry.3;
                fx.no_sumdb |= no_sumdb;
                fx.no_proxy |= no_proxy;
                for (go_mod, r) in model.requirements(ctx) {
                    let path = &r.path.value;
                    if match_prefix_patterns(pattern, path)
                        && model.is_public_host(module_host(path))
                        && !otherwise_private(model, path)
                        && !fx.requirements.iter().any(|(p, _, _)| p == path)
                    {
                        fx.requirements
                            .push((path.clone(), go_mod, r.path.range.clone()));
                    }
                }
            }
        }
    }
    for (a, range, host, fx) in hits.into_values() {
        let value = a.value.as_ref().map_or("", |v| v.as_str());
        let pattern = &value[range.clone()];
        // name the host of a covered requirement when there is one (`*.org`: golang.org)
        let host = fx
            .requirements
            .first()
            .map(|(p, _, _)| module_host(p).to_owned())
            .filter(|h| covers(pattern, h))
            .unwrap_or(host);
        let primary = model.location(
            a,
            model.value_range(a, range.clone()),
            format!("covers every module on {host}"),
        );
        let effect = match (fx.no_sumdb, fx.no_proxy) {
            (true, true) => {
                "their checksums are never checked against the checksum database, and they bypass the module proxy"
            }
            (true, false) => "their checksums are never checked against the checksum database",
            _ => "they are fetched directly from their repositories, bypassing the module proxy",
        };
        let examples = match fx.requirements.as_slice() {
            [] => String::new(),
            reqs => {
                let names: Vec<String> = reqs
                    .iter()
                    .take(3)
                    .map(|(p, _, _)| format!("`{p}`"))
                    .collect();
                let more = if reqs.len() > 3 {
                    format!(" and {} more", reqs.len() - 3)
                } else {
                    String::new()
                };
                format!(
                    ", including the public requirements {}{more}",
                    names.join(", ")
                )
            }
        };
        let message = format!(
            "{} pattern `{pattern}` covers every module on the public host `{host}`{examples}: {effect}",
            a.name
        );
        let mut finding = RULE
            .finding(message, primary)
            .help(format!(
                "list only the private organisations or repositories, e.g. `{}=git.corp.example,{host}/your-org`",
                a.name
            ))
            .fix(remove_pattern(model, a, value, range));
        if let Some((path, go_mod, r)) = fx.requirements.first() {
            finding = finding.related(model.files[*go_mod].location(
                r.start,
                r.end,
                format!("`{path}` is required here"),
            ));
        }
        findings.push(finding.build());
    }
}

/// GONOSUMDB/GONOPROXY is empty in `ctx`, so Go uses GOPRIVATE for it.
fn falls_back(model: &Model<'_>, ctx: &Context, name: &str) -> bool {
    match model.effective(ctx, name) {
        Effective::Default => true,
        Effective::GoEnvFile(_, v) | Effective::Value(_, v) => v.is_empty(),
        Effective::Dynamic(_) => false,
    }
}

/// The elements of a pattern list with their byte ranges (empty elements skipped; no trimming,
/// like Go).
fn elements(list: &str) -> Vec<(std::ops::Range<usize>, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for part in list.split(',') {
        if !part.is_empty() {
            out.push((start..start + part.len(), part));
        }
        start += part.len() + 1;
    }
    out
}

/// Private for a reason other than a host-wide pattern: a private pattern of the configuration
/// or a narrower repository pattern.
fn otherwise_private(model: &Model<'_>, module: &str) -> bool {
    model
        .config
        .private
        .iter()
        .any(|p| match_prefix_patterns(p, module))
        || model.repo_private_patterns().into_iter().any(|(_, _, p)| {
            covered_public_host(model, p).is_none() && match_prefix_patterns(p, module)
        })
}

/// Delete the pattern with one adjacent comma, or the whole assignment when it is the only one.
fn remove_pattern(
    model: &Model<'_>,
    a: &Assignment,
    value: &str,
    range: std::ops::Range<usize>,
) -> Option<Fix> {
    let file = model.file(a);
    if file.lossy {
        return None;
    }
    let description = format!("remove the pattern `{}`", &value[range.clone()]);
    let others = elements(value).into_iter().any(|(r, _)| r != range);
    let src = if others {
        let with_comma = if range.end < value.len() {
            range.start..range.end + 1
        } else {
            range.start - 1..range.end
        };
        let src = a.value.as_ref()?.source_range(with_comma.clone())?;
        // only when the source spells the value out (no expansion in between)
        if src.len() != with_comma.len() {
            return None;
        }
        src
    } else {
        a.removal.clone()?
    };
    Some(Fix {
        description,
        applicability: Applicability::Unsafe,
        edits: vec![Edit {
            path: file.path.clone(),
            span: file.span(src.start, src.end),
            replacement: String::new(),
        }],
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{apply_fix, check, spanned};

    const GO_MOD: &str = "module github.com/acme/api\n\ngo 1.23\n\nrequire (\n\tgithub.com/acme/private v1.0.0\n\tgithub.com/pkg/errors v0.9.1\n\tgolang.org/x/text v0.3.0\n)\n";

    #[test]
    fn goprivate_covering_github_names_public_requirements() {
        let df = "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nENV GOPRIVATE=git.corp.example,github.com\nRUN go mod download\n";
        let f = check("GPD202", &[("Dockerfile", df), ("go.mod", GO_MOD)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(df, &f[0].primary), "github.com");
        assert_eq!(
            f[0].message,
            "GOPRIVATE pattern `github.com` covers every module on the public host `github.com`, including the \
             public requirements `github.com/acme/private`, `github.com/pkg/errors`: their checksums are never \
             checked against the checksum database, and they bypass the module proxy"
        );
        assert_eq!(spanned(GO_MOD, &f[0].related[0]), "github.com/acme/private");
        assert_eq!(
            apply_fix(df, &f[0]),
            "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nENV GOPRIVATE=git.corp.example\nRUN go mod download\n"
        );
    }

    #[test]
    fn a_narrower_pattern_elsewhere_keeps_its_modules_private() {
        let df =
            "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nENV GONOSUMDB=github.com/*\nRUN go build\n";
        let env = "GOPRIVATE=github.com/acme\n";
        let f = check(
            "GPD202",
            &[("Dockerfile", df), ("go.mod", GO_MOD), (".env", env)],
        );
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message
                .contains("public requirements `github.com/pkg/errors`:"),
            "{}",
            f[0].message
        );
        assert!(
            f[0].message
                .ends_with("never checked against the checksum database")
        );
        assert_eq!(
            apply_fix(df, &f[0]),
            "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build\n"
        );
    }

    #[test]
    fn wildcards_and_ci_and_go_env_files() {
        for (p, host) in [
            ("*", "github.com"),
            ("*.com", "github.com"),
            ("*/*", "github.com"),
            ("golang.org/", "golang.org"),
        ] {
            let env = format!("GONOSUMDB={p}\n");
            let f = check("GPD202", &[(".env", &env)]);
            assert_eq!(f.len(), 1, "{p}");
            assert!(
                f[0].message.contains(&format!("public host `{host}`")),
                "{p}: {}",
                f[0].message
            );
        }
        let wf = "jobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      GONOPROXY: gitlab.com\n    steps:\n      - run: go build\n";
        let f = check("GPD202", &[(".github/workflows/ci.yml", wf)]);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.ends_with("bypassing the module proxy"),
            "{}",
            f[0].message
        );
        let f = check("GPD202", &[("go.env", "GOPRIVATE=*\n")]);
        assert_eq!(f.len(), 1);
        // the host named is the one of a covered requirement
        let go_mod = "module example.com/m\n\nrequire golang.org/x/text v0.3.0\n";
        let f = check(
            "GPD202",
            &[(".env", "GONOSUMDB=*.org\n"), ("go.mod", go_mod)],
        );
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.starts_with(
                "GONOSUMDB pattern `*.org` covers every module on the public host `golang.org`, including the \
                 public requirements `golang.org/x/text`:"
            ),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn near_misses_do_not_fire() {
        for v in [
            "GOPRIVATE=github.com/acme",
            "GOPRIVATE=github.com/acme/*",
            "GOPRIVATE=*.corp.example",
            "GOPRIVATE=git.corp.example/*",
            // Go does not trim: the element never matches anything
            "GOPRIVATE=git.corp.example, github.com",
            // malformed globs are ignored by Go
            "GOPRIVATE=github.com/[a-",
            // GOPRIVATE overridden for both decisions
            "GOPRIVATE=github.com GONOSUMDB=corp.example GONOPROXY=corp.example",
            "GOINSECURE=github.com",
            // nothing to skip or bypass
            "GONOSUMDB=github.com GOSUMDB=off",
            "GONOPROXY=github.com GOPROXY=direct",
            "GOPRIVATE=* GOPROXY=off GOSUMDB=off",
        ] {
            let df = format!("FROM golang\nENV {v}\nRUN go build\n");
            assert!(check("GPD202", &[("Dockerfile", &df)]).is_empty(), "{v}");
        }
        assert!(
            check(
                "GPD202",
                &[("Dockerfile", "FROM golang\nARG GONOSUMDB\nRUN go build\n")]
            )
            .is_empty()
        );
        assert!(
            check(
                "GPD202",
                &[("Dockerfile", "ARG GONOSUMDB=*\nFROM golang\nRUN go build\n")]
            )
            .is_empty()
        );
    }
}
