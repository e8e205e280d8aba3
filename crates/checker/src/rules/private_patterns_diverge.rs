use std::collections::BTreeMap;

use super::Rule;
use crate::gosem::pattern::glob_matches;
use crate::model::q_private::{FirstStop, is_public_proxy, list_names};
use crate::model::{Assignment, Context, Model};
use crate::report::{Applicability, Finding, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD305",
    name: "private-patterns-diverge",
    family: "private modules",
    severity: Severity::Warning,
    security_severity: None,
    summary: "GONOPROXY or GONOSUMDB set explicitly so that it no longer covers GOPRIVATE",
    tags: &["private-modules", "correctness"],
    precision: "high",
    check,
    docs: r#"Finds GONOPROXY and GONOSUMDB values that leave out GOPRIVATE patterns set for the same go
command, when the left-out paths then reach a public service: GONOPROXY while the first GOPROXY
entry is a public proxy, GONOSUMDB while the checksum database is `sum.golang.org`. When a
requirement in scope is affected, GPD301 or GPD302 reports it with the module instead.

## Why it matters
GONOPROXY and GONOSUMDB default to GOPRIVATE, and setting one replaces GOPRIVATE for its decision
instead of adding to it. `GOPRIVATE=corp.example,github.com/acme` with `GONOSUMDB=github.com/acme`
looks like "skip the checksum database for acme too", but it sends every `corp.example` module
path to `sum.golang.org` — a leak of the private name and a failed download as soon as a
`corp.example` dependency is added or upgraded.

## Example
```dockerfile
FROM golang:1.23
ENV GOPRIVATE=corp.example,github.com/acme
ENV GONOSUMDB=github.com/acme
```

## Use instead
```dockerfile
FROM golang:1.23
ENV GOPRIVATE=corp.example,github.com/acme
ENV GONOSUMDB=github.com/acme,corp.example
```

## Fix safety
The fix appends the missing GOPRIVATE patterns to GONOPROXY/GONOSUMDB. It is unsafe: the paths
are then fetched directly or no longer verified by the checksum database, which is what GOPRIVATE
asked for but not what the build did. `GONOPROXY=none` with your own GOPROXY (a proxy that serves
private modules) is a deliberate setup and is not reported.

## Go behaviour
`cfg.GONOPROXY` and `cfg.GONOSUMDB` are `EnvOrAndChanged(name, GOPRIVATE)`: the GOPRIVATE value is
used only when the variable's effective value is empty. See `go help private` and
go-semantics §1.1, §3.1, §12 item 14.
"#,
};

struct Divergence<'m> {
    over: &'m Assignment,
    private: &'m Assignment,
    consequence: String,
    missing: Vec<String>,
}

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    type Key = (usize, usize, usize, usize);
    let mut found: BTreeMap<Key, Divergence<'_>> = BTreeMap::new();
    let mut concrete: std::collections::BTreeSet<(Key, String)> = Default::default();
    for ctx in &model.contexts {
        if model.any_dynamic(
            ctx,
            &["GOPROXY", "GONOPROXY", "GOPRIVATE", "GONOSUMDB", "GOSUMDB"],
        ) {
            continue;
        }
        let Some((private, pv)) = model.effective(ctx, "GOPRIVATE").known() else {
            continue;
        };
        for var in ["GONOPROXY", "GONOSUMDB"] {
            let Some((over, ov)) = model.effective(ctx, var).known() else {
                continue;
            };
            let Some(consequence) = consequence(model, ctx, var) else {
                continue;
            };
            let unused: Vec<&str> = super::private_pattern_unused::unused(model, private)
                .map(|(e, _)| e.into_iter().map(|(_, p)| p).collect())
                .unwrap_or_default();
            for p in pv.as_str().split(',') {
                // GPD303 reports a pattern that matches nothing in scope
                if !plain_pattern(p) || unused.contains(&p) {
                    continue;
                }
                let target = p.strip_suffix('/').unwrap_or(p);
                if ov.as_str().split(',').any(|q| glob_matches(q, target)) {
                    continue;
                }
                let key = (
                    over.file,
                    over.range.start,
                    private.file,
                    private.range.start,
                );
                // a requirement shows the damage: GPD301/GPD302 report it with the module (in
                // the contexts they judge, env files included)
                if model.in_private_scope(ctx)
                    && model
                        .requirements(ctx)
                        .iter()
                        .any(|(_, r)| glob_matches(p, &r.path.value))
                {
                    concrete.insert((key, p.to_owned()));
                    continue;
                }
                let d = found.entry(key).or_insert_with(|| Divergence {
                    over,
                    private,
                    consequence: consequence.clone(),
                    missing: Vec::new(),
                });
                if !d.missing.iter().any(|m| m == p) {
                    d.missing.push(p.to_owned());
                }
            }
        }
    }
    for (key, mut d) in found {
        d.missing.retain(|p| !concrete.contains(&(key, p.clone())));
        if !d.missing.is_empty() {
            findings.push(finding(model, d));
        }
    }
}

/// What happens to paths the variable leaves out, when it reaches a public service.
fn consequence(model: &Model<'_>, ctx: &Context, var: &str) -> Option<String> {
    if var == "GONOPROXY" {
        // the first hop for a path GONOPROXY does not match
        match model.first_stop(ctx, "example.invalid/x") {
            FirstStop::Proxy(base) if is_public_proxy(&base) => Some(format!(
                "their module paths are sent to the public proxy `{base}`"
            )),
            _ => None,
        }
    } else {
        let s = model.go_env(ctx).settings(&model.go_version(ctx));
        crate::gosem::sumdb::parse(&s.gosumdb)
            .is_ok_and(|db| db.name == "sum.golang.org" && s.gosumdb != "off")
            .then(|| {
                "their module paths are looked up in the public checksum database `sum.golang.org`"
                    .to_owned()
            })
    }
}

/// A well-formed pattern that can match real module paths (not `none`, not GPD304's business).
fn plain_pattern(p: &str) -> bool {
    let first = p.split('/').next().unwrap_or("");
    !p.is_empty()
        && p.trim() == p
        && !p.contains([';', '"', '\''])
        && !p.contains("://")
        && (first.contains('.') || first.contains(['*', '?', '[']))
}

fn finding(model: &Model<'_>, d: Divergence<'_>) -> Finding {
    let file = model.file(d.private);
    let line = file
        .span(d.private.range.start, d.private.range.start)
        .start_line;
    let var = d.over.name.as_str();
    let (noun, them) = if d.missing.len() == 1 {
        ("pattern", "it")
    } else {
        ("patterns", "them")
    };
    let message = format!(
        "{var} `{}` leaves out GOPRIVATE {noun} {} (set in {}:{line}): setting {var} replaces GOPRIVATE for this decision, so {}",
        d.over.value.as_ref().map_or("", |v| v.as_str()),
        list_names(&d.missing),
        file.path,
        d.consequence
    );
    RULE.finding(
        message,
        model.location(
            d.over,
            d.over.range.clone(),
            format!("{var} set here replaces GOPRIVATE"),
        ),
    )
    .related(model.location(d.private, d.private.range.clone(), "GOPRIVATE set here"))
    .help(format!(
        "add {} to {var}, or remove {var} so that GOPRIVATE applies",
        if them == "it" {
            format!("`{}`", d.missing[0])
        } else {
            list_names(&d.missing)
        }
    ))
    .fix(model.append_patterns_fix(d.over, &d.missing, Applicability::Unsafe))
    .build()
}

#[cfg(test)]
mod tests {
    use crate::report::Applicability;
    use crate::rules::test_support::{apply_fix, check, spanned};

    #[test]
    fn gonosumdb_for_one_host() {
        let df = "FROM golang:1.23\nENV GOPRIVATE=corp.example,github.com/acme\nENV GONOSUMDB=github.com/acme\nRUN go build\n";
        let f = check("GPD305", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(spanned(df, &f[0].primary), "GONOSUMDB=github.com/acme");
        assert_eq!(
            f[0].message,
            "GONOSUMDB `github.com/acme` leaves out GOPRIVATE pattern `corp.example` (set in Dockerfile:2): setting GONOSUMDB replaces GOPRIVATE for this decision, so their module paths are looked up in the public checksum database `sum.golang.org`"
        );
        assert_eq!(
            spanned(df, &f[0].related[0]),
            "GOPRIVATE=corp.example,github.com/acme"
        );
        assert_eq!(f[0].fixes[0].applicability, Applicability::Unsafe);
        assert_eq!(
            apply_fix(df, &f[0]),
            "FROM golang:1.23\nENV GOPRIVATE=corp.example,github.com/acme\nENV GONOSUMDB=github.com/acme,corp.example\nRUN go build\n"
        );
    }

    #[test]
    fn gonoproxy_none_with_the_public_proxy_env_file_and_ci() {
        let env = "GOPRIVATE=corp.example,*.corp.example\nGONOPROXY=none\n";
        let f = check("GPD305", &[(".env", env)]);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message
                .contains("patterns `corp.example`, `*.corp.example`"),
            "{}",
            f[0].message
        );
        assert!(f[0].message.contains("`https://proxy.golang.org`"));
        assert_eq!(
            apply_fix(env, &f[0]),
            "GOPRIVATE=corp.example,*.corp.example\nGONOPROXY=none,corp.example,*.corp.example\n"
        );
        let wf = "env:\n  GOPRIVATE: corp.example\njobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      GONOSUMDB: other.example\n    steps:\n      - run: go build\n";
        let f = check("GPD305", &[(".github/workflows/ci.yml", wf)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(wf, &f[0].primary), "GONOSUMDB: other.example");
        assert_eq!(spanned(wf, &f[0].related[0]), "GOPRIVATE: corp.example");
    }

    #[test]
    fn env_file_with_a_requirement_is_left_to_gpd302() {
        // GPD302 judges env files too: the same GONOSUMDB must not be reported twice
        let env = "GOPRIVATE=git.corp.example,gitlab.corp.example\nGONOSUMDB=git.corp.example\n";
        let go_mod = "module github.com/acme/app\n\ngo 1.23\n\nrequire gitlab.corp.example/infra/metrics v0.3.0\n";
        let files = [(".env", env), ("go.mod", go_mod)];
        assert!(check("GPD305", &files).is_empty());
        assert_eq!(check("GPD302", &files).len(), 1);
    }

    #[test]
    fn near_misses_do_not_fire() {
        for df in [
            // covering patterns, also broader ones; a trailing slash Go trims
            "FROM golang\nENV GOPRIVATE=git.corp.example/team/ GONOSUMDB=git.corp.example\nRUN go build\n",
            "FROM golang\nENV GOPRIVATE=corp.example,*.corp.example GONOPROXY=corp.example,*.example\nRUN go build\n",
            // deliberate: their own proxy serves private modules
            "FROM golang\nENV GOPROXY=https://athens.corp.example GOPRIVATE=corp.example GONOPROXY=none\nRUN go build\n",
            // checksum database off: GPD201's business
            "FROM golang\nENV GOPRIVATE=corp.example GONOSUMDB=none GOSUMDB=off\nRUN go build\n",
            // an empty GONOSUMDB falls back to GOPRIVATE
            "FROM golang\nENV GOPRIVATE=corp.example GONOSUMDB=\nRUN go build\n",
            // known only at build time
            "FROM golang\nARG GONOSUMDB\nENV GOPRIVATE=corp.example\nRUN go build\n",
            // overridden GOPRIVATE
            "FROM golang\nENV GOPRIVATE=corp.example\nENV GOPRIVATE=other.example GONOSUMDB=other.example\nRUN go build\n",
            // malformed patterns are GPD304's
            "FROM golang\nENV GOPRIVATE=\"other.example, corp.example\" GONOSUMDB=other.example\nRUN go build\n",
        ] {
            let f = check("GPD305", &[("Dockerfile", df)]);
            assert!(f.is_empty(), "{df}\n{f:#?}");
        }
        // a pattern that matches nothing in scope: GPD303 reports it instead
        let go_mod =
            "module github.com/acme/app\n\ngo 1.22\n\nrequire git.corp.example/lib v1.0.0\n";
        let env = "GOPRIVATE=git.corp.example,old.corp.example\nGONOPROXY=git.corp.example\n";
        let files = [(".env", env), ("go.mod", go_mod)];
        assert!(check("GPD305", &files).is_empty());
        assert_eq!(check("GPD303", &files).len(), 1);
        assert_eq!(check("GPD305", &files[..1]).len(), 1, "no go.mod: unknown");
        // a requirement shows the damage: GPD302 reports it instead
        let go_mod = "module github.com/acme/app\n\ngo 1.22\n\nrequire corp.example/lib v1.0.0\n";
        let df = "FROM golang:1.23\nENV GOPRIVATE=corp.example,github.com/acme GONOSUMDB=github.com/acme\nWORKDIR /src\nCOPY . .\nRUN go mod download\n";
        let files = [("Dockerfile", df), ("go.mod", go_mod), ("go.sum", "")];
        assert!(check("GPD305", &files).is_empty());
        assert_eq!(check("GPD302", &files).len(), 1);
    }
}
