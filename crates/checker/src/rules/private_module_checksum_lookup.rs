use std::collections::BTreeMap;

use super::Rule;
use crate::gosem::pattern::glob_matches;
use crate::model::private::PrivateReason;
use crate::model::q_private::{FirstStop, PrivateRequirement, is_public_proxy, list_names};
use crate::model::{Assignment, Context, Model};
use crate::report::{Applicability, Finding, Location, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD302",
    name: "private-module-checksum-lookup",
    family: "private modules",
    severity: Severity::Error,
    security_severity: Some("6.5"),
    summary: "a private module kept away from the proxy is still looked up in the public checksum database",
    tags: &["private-modules", "information-disclosure", "checksum"],
    precision: "high",
    check,
    docs: r#"Finds private requirements that a build fetches directly (GONOPROXY matches them, or GOPROXY is
`direct`) or from its own proxy, but whose checksums it looks up in the public checksum database
`sum.golang.org` because GONOSUMDB — by default GOPRIVATE — does not match them. The usual cause:
GONOPROXY set without GONOSUMDB, or GONOSUMDB set for one host, which replaces GOPRIVATE for
every other. Go commands that download modules and env files are checked; private modules sent to
a public proxy are GPD301's finding.

## Why it matters
`sum.golang.org` is asked for `lookup/<module>@<version>`: the private path is disclosed to a
third party, and the public database has never seen the module, so the download fails with
`verifying module: … 404 Not Found` (or `410 Gone`). It happens whenever go.sum does not already
list the version — every `go get`, upgrade or new private dependency — so a build can pass today
and fail on the next dependency change.

## Example
```dockerfile
FROM golang:1.23
ENV GONOPROXY=git.corp.example
COPY go.mod go.sum ./
RUN go mod download
```
```gomod
// go.mod
module github.com/acme/app

go 1.23

require (
	git.corp.example/platform/auth v1.4.0
	github.com/google/uuid v1.6.0
)
```

## Use instead
```dockerfile
FROM golang:1.23
ENV GOPRIVATE=git.corp.example
COPY go.mod go.sum ./
RUN go mod download
```

## Fix safety
When the context has a GONOSUMDB assignment (or, when GONOSUMDB is unset, a GOPRIVATE assignment
that does not change how the module is fetched), the fix appends the pattern GONOPROXY matched (or
the pattern that makes the module private). It is unsafe: it turns off the checksum-database
check for those paths; that check can only fail for a truly private module, but the fix relies on
the module really being private.

## Go behaviour
`modfetch.useSumDB` consults the checksum database for every module not listed in go.sum unless
GOSUMDB is `off` or `module.MatchPrefixPatterns(GONOSUMDB, path)` matches. GONOSUMDB defaults to
GOPRIVATE when unset or empty, independently of GONOPROXY; setting it replaces GOPRIVATE for this
decision. `GOPROXY=direct` does not turn the database off. See `go help module-auth`,
`go help private` and go-semantics §3.1, §4.1, §12 item 14.
"#,
};

struct Group<'m> {
    place: Option<&'m Assignment>,
    ctx: &'m Context,
    pattern: String,
    how: String,
    modules: Vec<PrivateRequirement<'m>>,
}

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    let mut groups: BTreeMap<(usize, usize, String), Group<'_>> = BTreeMap::new();
    for ctx in model.private_scope_contexts() {
        if model.any_dynamic(
            ctx,
            &["GOPROXY", "GONOPROXY", "GOPRIVATE", "GONOSUMDB", "GOSUMDB"],
        ) {
            continue;
        }
        let s = model.go_env(ctx).settings(&model.go_version(ctx));
        let public_db =
            crate::gosem::sumdb::parse(&s.gosumdb).is_ok_and(|db| db.name == "sum.golang.org");
        if !public_db {
            continue;
        }
        let gonosumdb = model.effective(ctx, "GONOSUMDB").known().map(|(a, _)| a);
        let gonoproxy = model.effective(ctx, "GONOPROXY").known().map(|(a, _)| a);
        let goprivate = model.effective(ctx, "GOPRIVATE").known().map(|(a, _)| a);
        for pr in model.private_requirements(ctx) {
            let module = pr.require.path.value.as_str();
            let stop = model.first_stop(ctx, module);
            let how = match &stop {
                FirstStop::Direct => "fetched directly".to_owned(),
                FirstStop::Proxy(base) if !is_public_proxy(base) => {
                    format!("fetched through `{base}`")
                }
                _ => continue,
            };
            let route = model.route(ctx, module);
            if !route.checksum_db {
                continue;
            }
            let pattern = if route.direct {
                s.gonoproxy
                    .split(',')
                    .find(|p| glob_matches(p, module))
                    .map(str::to_owned)
            } else {
                None
            }
            .unwrap_or_else(|| model.suggested_private_pattern(module, &pr.reason));
            let place = gonosumdb
                .or(goprivate.filter(|_| gonoproxy.is_some() || stop == FirstStop::Direct));
            if let (Some(a), PrivateReason::RepoPattern { assignment, .. }) = (place, &pr.reason)
                && std::ptr::eq(&model.assignments[*assignment], a)
            {
                continue;
            }
            let key = match place.or(gonoproxy) {
                Some(a) => (a.file, a.range.start, pattern.clone()),
                None => (ctx.file, usize::MAX, pattern.clone()),
            };
            let g = groups.entry(key).or_insert_with(|| Group {
                place,
                ctx,
                pattern,
                how,
                modules: Vec::new(),
            });
            crate::model::q_private::add_module(&mut g.modules, pr);
        }
    }
    for g in groups.into_values() {
        findings.push(crate::model::q_private::dedup_related(finding(model, g)));
    }
}

fn finding(model: &Model<'_>, g: Group<'_>) -> Finding {
    let names = crate::model::q_private::module_names(&g.modules);
    let first = &g.modules[0];
    let (noun, verb) = if names.len() == 1 {
        ("module", "is")
    } else {
        ("modules", "are")
    };
    let governing = model.deciding_setting(g.ctx, "GONOSUMDB");
    let message = format!(
        "private {noun} {} {verb} {} but looked up in the public checksum database `sum.golang.org`, which leaks the path and fails the download: {}, and {governing}",
        list_names(&names),
        g.how,
        first.reason.describe(model),
    );
    let gonoproxy = model.effective(g.ctx, "GONOPROXY").known().map(|(a, _)| a);
    let primary: Location = match (g.place, gonoproxy) {
        (Some(a), _) => model.location(
            a,
            a.range.clone(),
            format!("{} does not cover `{}`", a.name, g.pattern),
        ),
        (None, Some(a)) => model.location(
            a,
            a.range.clone(),
            "GONOPROXY set here; GONOSUMDB does not follow it",
        ),
        (None, None) => model.context_location(g.ctx, "go looks up checksums here"),
    };
    let mut b = RULE
        .finding(message, primary)
        .related(model.require_location(first.go_mod, first.require, "required here"));
    if let Some(loc) = model.reason_location(&first.reason) {
        b = b.related(loc);
    }
    if let (Some(_), Some(a)) = (g.place, gonoproxy) {
        b = b.related(model.location(a, a.range.clone(), "GONOPROXY set here"));
    }
    if let Some((a, _)) = model.effective(g.ctx, "GOSUMDB").known() {
        b = b.related(model.location(a, a.range.clone(), "GOSUMDB set here"));
    }
    if (g.place.is_some() || gonoproxy.is_some()) && g.ctx.go.is_some() {
        b = b.related(model.context_location(g.ctx, "go runs here"));
    }
    match g.place {
        Some(a) => b
            .help(format!(
                "add `{}` to {} so the go command does not ask the checksum database about it",
                g.pattern, a.name
            ))
            .fix(model.append_patterns_fix(
                a,
                std::slice::from_ref(&g.pattern),
                Applicability::Unsafe,
            ))
            .build(),
        None => b
            .help(format!(
                "set `GONOSUMDB={p}` next to GONOPROXY, or set `GOPRIVATE={p}`, which covers both decisions",
                p = g.pattern
            ))
            .build(),
    }
}

#[cfg(test)]
mod tests {
    use crate::report::Applicability;
    use crate::rules::test_support::{apply_fix, check, spanned};

    const GO_MOD: &str = "module github.com/acme/app\n\ngo 1.22\n\nrequire (\n\tgit.corp.example/platform/auth v1.0.0\n\tgithub.com/acme/private v1.0.0\n\tgithub.com/pkg/errors v0.9.1\n)\n";

    fn run(df: &str) -> Vec<crate::Finding> {
        check(
            "GPD302",
            &[("Dockerfile", df), ("go.mod", GO_MOD), ("go.sum", "")],
        )
    }

    #[test]
    fn gonosumdb_for_another_host_replaces_goprivate() {
        let df = "FROM golang:1.23\nENV GOPRIVATE=git.corp.example,github.com/acme\nENV GONOSUMDB=github.com/acme\nWORKDIR /src\nCOPY . .\nRUN go mod download\n";
        let f = run(df);
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(spanned(df, &f[0].primary), "GONOSUMDB=github.com/acme");
        assert!(
            f[0].message.starts_with(
                "private module `git.corp.example/platform/auth` is fetched directly but looked up in the public checksum database"
            ),
            "{}",
            f[0].message
        );
        assert!(
            f[0].message
                .ends_with("and here GONOSUMDB is `github.com/acme` (Dockerfile:3)"),
            "{}",
            f[0].message
        );
        assert_eq!(f[0].fixes[0].applicability, Applicability::Unsafe);
        assert!(apply_fix(df, &f[0]).contains("ENV GONOSUMDB=github.com/acme,git.corp.example\n"));
        assert_eq!(
            spanned(GO_MOD, &f[0].related[0]),
            "git.corp.example/platform/auth"
        );
    }

    #[test]
    fn gonoproxy_alone_and_direct() {
        let df = "FROM golang:1.23\nENV GONOPROXY=git.corp.example,github.com/acme\nWORKDIR /src\nCOPY . .\nRUN go mod download\n";
        let f = run(df);
        assert_eq!(f.len(), 2);
        assert_eq!(
            spanned(df, &f[0].primary),
            "GONOPROXY=git.corp.example,github.com/acme"
        );
        assert!(f[0].fixes.is_empty());
        assert!(
            f[0].help
                .as_deref()
                .unwrap()
                .contains("GONOSUMDB=git.corp.example")
        );
        // GOPROXY=direct does not turn the checksum database off; GOPRIVATE is the place
        let env = "GOPROXY=direct\nGOPRIVATE=github.com/acme\nGONOPROXY=github.com/acme\n";
        let f = check(
            "GPD302",
            &[
                (".env", env),
                ("go.mod", GO_MOD),
                (
                    "Dockerfile",
                    "FROM scratch\nENV GONOPROXY=git.corp.example\n",
                ),
            ],
        );
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(spanned(env, &f[0].primary), "GOPRIVATE=github.com/acme");
        assert_eq!(
            apply_fix(env, &f[0]),
            "GOPROXY=direct\nGOPRIVATE=github.com/acme,git.corp.example\nGONOPROXY=github.com/acme\n"
        );
    }

    #[test]
    fn own_proxy_in_ci() {
        let gl = "variables:\n  GOPROXY: https://athens.corp.example\n  GOPRIVATE: github.com/acme\n  GONOPROXY: none\n  GONOSUMDB: github.com/acme/private\nbuild:\n  script:\n    - go build ./...\n";
        let f = check("GPD302", &[(".gitlab-ci.yml", gl), ("go.mod", GO_MOD)]);
        assert_eq!(f.len(), 0, "every private module is listed: {f:#?}");
        let gl = gl.replace(
            "GONOSUMDB: github.com/acme/private",
            "GONOSUMDB: github.com/acme/other",
        );
        let f = check("GPD302", &[(".gitlab-ci.yml", &gl), ("go.mod", GO_MOD)]);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message
                .contains("fetched through `https://athens.corp.example`")
        );
        assert_eq!(
            spanned(&gl, &f[0].primary),
            "GONOSUMDB: github.com/acme/other"
        );
    }

    #[test]
    fn near_misses_do_not_fire() {
        for df in [
            // GOPRIVATE covers both decisions
            "FROM golang:1.23\nENV GOPRIVATE=git.corp.example,github.com/acme\nWORKDIR /src\nCOPY . .\nRUN go mod download\n",
            // an empty GONOSUMDB falls back to GOPRIVATE
            "FROM golang:1.23\nENV GOPRIVATE=git.corp.example,github.com/acme GONOSUMDB=\nWORKDIR /src\nCOPY . .\nRUN go mod download\n",
            // checksum database off (GPD201's business) or a private one
            "FROM golang:1.23\nENV GONOPROXY=git.corp.example,github.com/acme GOSUMDB=off\nWORKDIR /src\nCOPY . .\nRUN go mod download\n",
            "FROM golang:1.23\nENV GONOPROXY=git.corp.example,github.com/acme GOSUMDB=\"sum.corp.example+01234567+AbCd https://sum.corp.example\"\nWORKDIR /src\nCOPY . .\nRUN go mod download\n",
            // build time value
            "FROM golang:1.23\nARG GONOSUMDB\nENV GONOPROXY=git.corp.example,github.com/acme\nWORKDIR /src\nCOPY . .\nRUN go mod download\n",
            // vendored
            "FROM golang:1.23\nENV GONOPROXY=git.corp.example,github.com/acme\nWORKDIR /src\nCOPY . .\nRUN go build -mod=vendor ./...\n",
            // sent to the public proxy: GPD301's finding
            "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nENV GONOSUMDB=github.com/acme\nRUN go mod download\n",
        ] {
            let f = run(df);
            assert!(f.is_empty(), "{df}\n{f:#?}");
        }
    }
}
