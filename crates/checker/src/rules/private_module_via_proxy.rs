use std::collections::BTreeMap;

use super::Rule;
use crate::model::private::PrivateReason;
use crate::model::q_private::{FirstStop, PrivateRequirement, is_public_proxy, list_names};
use crate::model::{Assignment, Context, Model};
use crate::report::{Applicability, Finding, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD301",
    name: "private-module-via-proxy",
    family: "private modules",
    severity: Severity::Error,
    security_severity: Some("6.5"),
    summary: "a private requirement not matched by GONOPROXY is sent to a public module proxy",
    tags: &["private-modules", "information-disclosure"],
    precision: "high",
    check,
    docs: r#"Finds private requirements that a build sends to a public module proxy (`proxy.golang.org` and
the well-known public mirrors) because GONOPROXY — by default GOPRIVATE — does not match them. It
looks at go commands that download modules (Dockerfile `RUN`s and CI steps, not builds from
`vendor/`) and at env files, which configure the shell every go command of a developer runs in.
A module is private only when the configuration file's private patterns, a GOPRIVATE/GONOPROXY/
GONOSUMDB pattern set in the repository, or the main module's non-public host say so; the message
says which.

## Why it matters
The proxy is asked for `<module>/@v/<version>.mod` (`.info`, `.zip`, and `@v/list` when a
version has to be resolved): the private module's path (organisation, project and repository
names) is disclosed to a third party on every cold build, and the public proxy cannot
fetch it, so the build fails with `404 Not Found`/`410 Gone` — or, with `,direct`, falls through
to a direct fetch after the leak. Names of private modules are also what dependency-confusion
attacks need.

## Example
```dockerfile
FROM golang:1.23
ENV GOPRIVATE=github.com/acme
COPY go.mod go.sum ./
RUN go mod download
```
```gomod
// go.mod
module git.corp.example/team/app

go 1.23

require (
	git.corp.example/platform/auth v1.4.0
	github.com/acme/metrics v0.3.1
	github.com/google/uuid v1.6.0
)
```

## Use instead
```dockerfile
FROM golang:1.23
ENV GOPRIVATE=github.com/acme,git.corp.example
COPY go.mod go.sum ./
RUN go mod download
```

## Fix safety
When the context has a GONOPROXY (or, when GONOPROXY is unset, a GOPRIVATE) assignment, the fix
appends the pattern that makes the module private. It is unsafe: the module is then fetched
directly from its VCS host, which needs network access and credentials there. Without such an
assignment there is only advice. Requirements sent to your own proxy are not reported: such
proxies are often set up to serve private modules (`--live` checks whether it does).

## Go behaviour
`modfetch.lookup` fetches a module directly only when `module.MatchPrefixPatterns(GONOPROXY,
path)` matches; otherwise it walks the GOPROXY list. GONOPROXY defaults to GOPRIVATE when unset or
empty; setting it replaces GOPRIVATE for this decision. See `go help private`,
`go help goproxy` and go-semantics §2.2, §3.1.
"#,
};

struct Group<'m> {
    place: Option<&'m Assignment>,
    ctx: &'m Context,
    proxy: String,
    pattern: String,
    modules: Vec<PrivateRequirement<'m>>,
}

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    let mut groups: BTreeMap<(usize, usize, String), Group<'_>> = BTreeMap::new();
    for ctx in model.private_scope_contexts() {
        if model.any_dynamic(ctx, &["GOPROXY", "GONOPROXY", "GOPRIVATE"]) {
            continue;
        }
        let place = model
            .effective(ctx, "GONOPROXY")
            .known()
            .or_else(|| model.effective(ctx, "GOPRIVATE").known())
            .map(|(a, _)| a);
        for pr in model.private_requirements(ctx) {
            let FirstStop::Proxy(base) = model.first_stop(ctx, &pr.require.path.value) else {
                continue;
            };
            if !is_public_proxy(&base) {
                continue;
            }
            // the pattern is already in the list, but broken: GPD304's finding
            if let (Some(a), PrivateReason::RepoPattern { assignment, .. }) = (place, &pr.reason)
                && std::ptr::eq(&model.assignments[*assignment], a)
            {
                continue;
            }
            let pattern = model.suggested_private_pattern(&pr.require.path.value, &pr.reason);
            let key = match place {
                Some(a) => (a.file, a.range.start, pattern.clone()),
                None => (ctx.file, usize::MAX, pattern.clone()),
            };
            let g = groups.entry(key).or_insert_with(|| Group {
                place,
                ctx,
                proxy: base.clone(),
                pattern,
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
    let governing = model.deciding_setting(g.ctx, "GONOPROXY");
    let message = format!(
        "private {noun} {} {verb} sent to the public proxy `{}`, which leaks the path and cannot fetch it: {}, and {governing}",
        list_names(&names),
        g.proxy,
        first.reason.describe(model),
    );
    let primary = match g.place {
        Some(a) => model.location(
            a,
            a.range.clone(),
            format!("{} does not cover `{}`", a.name, g.pattern),
        ),
        None => match g.ctx.kind {
            crate::model::ContextKind::EnvFile | crate::model::ContextKind::GoEnvFile => model
                .context_location(
                    g.ctx,
                    "the go commands this file configures fetch through the public proxy",
                ),
            _ => model.context_location(g.ctx, "go fetches through the public proxy here"),
        },
    };
    let mut b = RULE
        .finding(message, primary)
        .related(model.require_location(first.go_mod, first.require, "required here"));
    if let Some(loc) = model.reason_location(&first.reason) {
        b = b.related(loc);
    }
    if let Some((a, _)) = model.effective(g.ctx, "GOPROXY").known() {
        b = b.related(model.location(a, a.range.clone(), "GOPROXY set here"));
    }
    if g.place.is_some() && g.ctx.go.is_some() {
        b = b.related(model.context_location(g.ctx, "go runs here"));
    }
    match g.place {
        Some(a) => b
            .help(format!(
                "add `{}` to {} so the go command fetches {} directly{}",
                g.pattern,
                a.name,
                if names.len() == 1 { "it" } else { "them" },
                if a.name == "GONOPROXY" {
                    " (and to GONOSUMDB, which does not follow an explicit GONOPROXY)"
                } else {
                    ""
                }
            ))
            .fix(model.append_patterns_fix(a, std::slice::from_ref(&g.pattern), Applicability::Unsafe))
            .build(),
        None => b
            .help(format!(
                "set `GOPRIVATE={}` where this go command runs (e.g. `ENV GOPRIVATE={}` before it, or in the job's environment)",
                g.pattern, g.pattern
            ))
            .build(),
    }
}

#[cfg(test)]
mod tests {
    use crate::report::Applicability;
    use crate::rules::test_support::{apply_fix, check, spanned};

    const GO_MOD: &str = "module github.com/acme/app\n\ngo 1.22\n\nrequire (\n\tgit.corp.example/platform/auth v1.0.0\n\tgit.corp.example/platform/log v1.0.0\n\tgithub.com/acme/private v1.0.0\n\tgithub.com/pkg/errors v0.9.1\n)\n";

    fn files(df: &str) -> Vec<(&str, &str)> {
        vec![("Dockerfile", df), ("go.mod", GO_MOD), ("go.sum", "")]
    }

    #[test]
    fn dockerfile_goprivate_missing_a_host_grouped_with_fix() {
        let df = "FROM golang:1.23\nENV GOPRIVATE=github.com/acme\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nRUN go build ./...\n\
                  FROM golang:1.23 AS other\nENV GOPRIVATE=git.corp.example/platform\nRUN echo\n";
        // git.corp.example is private because another GOPRIVATE in the repository says so
        let f = check("GPD301", &files(df));
        assert_eq!(f.len(), 1, "{f:#?}");
        let f = &f[0];
        assert_eq!(spanned(df, &f.primary), "GOPRIVATE=github.com/acme");
        assert_eq!(f.primary.span.start_line, 2);
        assert!(
            f.message.starts_with(
                "private modules `git.corp.example/platform/auth`, `git.corp.example/platform/log` are sent to the public proxy `https://proxy.golang.org`"
            ),
            "{}",
            f.message
        );
        assert!(
            f.message.contains(
                "it matches the GOPRIVATE pattern `git.corp.example/platform` set in Dockerfile:8"
            ),
            "{}",
            f.message
        );
        assert!(
            f.message
                .contains("GOPRIVATE is `github.com/acme` (Dockerfile:2)")
        );
        assert_eq!(
            spanned(GO_MOD, &f.related[0]),
            "git.corp.example/platform/auth"
        );
        assert_eq!(f.related[1].span.start_line, 8);
        assert_eq!(f.fixes[0].applicability, Applicability::Unsafe);
        assert!(
            apply_fix(df, f).contains("ENV GOPRIVATE=github.com/acme,git.corp.example/platform\n")
        );
    }

    #[test]
    fn main_module_host_without_goprivate_anywhere() {
        let go_mod = "module git.corp.example/team/app\n\ngo 1.22\n\nrequire git.corp.example/team/lib v1.2.0\n";
        let df = "FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nRUN go build\n";
        let f = check(
            "GPD301",
            &[("Dockerfile", df), ("go.mod", go_mod), ("go.sum", "")],
        );
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(df, &f[0].primary), "go mod download");
        assert!(
            f[0].message
                .contains("neither GONOPROXY nor GOPRIVATE is set here")
        );
        assert!(
            f[0].message
                .contains("the host of the main module of go.mod")
        );
        assert!(f[0].fixes.is_empty());
        assert!(
            f[0].help
                .as_deref()
                .unwrap()
                .contains("GOPRIVATE=git.corp.example")
        );
    }

    #[test]
    fn explicit_gonoproxy_env_file_and_ci() {
        let env = "GOPRIVATE=git.corp.example,github.com/acme\nGONOPROXY=git.corp.example\n";
        let f = check("GPD301", &[(".env", env), ("go.mod", GO_MOD)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(env, &f[0].primary), "GONOPROXY=git.corp.example");
        assert!(
            f[0].message
                .starts_with("private module `github.com/acme/private`")
        );
        assert_eq!(
            apply_fix(env, &f[0]),
            "GOPRIVATE=git.corp.example,github.com/acme\nGONOPROXY=git.corp.example,github.com/acme\n"
        );
        let wf = "env:\n  GOPRIVATE: github.com/acme\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: go build ./...\n";
        let mut fs = vec![(".github/workflows/ci.yml", wf), ("go.mod", GO_MOD)];
        fs.push((
            "Dockerfile",
            "FROM scratch\nENV GONOSUMDB=git.corp.example\n",
        ));
        let f = check("GPD301", &fs);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(wf, &f[0].primary), "GOPRIVATE: github.com/acme");
        let gl =
            "variables:\n  GOPRIVATE: github.com/acme\nbuild:\n  script:\n    - go mod download\n";
        let mut fs = vec![(".gitlab-ci.yml", gl), ("go.mod", GO_MOD)];
        fs.push((
            "Dockerfile",
            "FROM scratch\nENV GONOSUMDB=git.corp.example\n",
        ));
        let f = check("GPD301", &fs);
        assert_eq!(f.len(), 1);
        assert_eq!(
            apply_fix(gl, &f[0]),
            "variables:\n  GOPRIVATE: github.com/acme,git.corp.example\nbuild:\n  script:\n    - go mod download\n"
        );
    }

    #[test]
    fn go_env_w_in_a_run_and_config_patterns() {
        let df = "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go env -w GOPRIVATE=github.com/acme && go mod download\n";
        let go_mod = "module github.com/acme/app\n\ngo 1.22\n\nrequire (\n\tgithub.com/acme/private v1.0.0\n\tgo.corp.example/x v1.0.0\n)\n";
        let (s, p) = crate::model::tests::model_of(&[
            ("Dockerfile", df),
            ("go.mod", go_mod),
            ("go.sum", ""),
        ]);
        let mut m = crate::model::Model::build(&s, &p);
        let mut f = Vec::new();
        (super::RULE.check)(&m, &mut f);
        assert!(
            f.is_empty(),
            "go.corp.example is not known to be private: {f:#?}"
        );
        m.config.private = vec!["*.corp.example".into()];
        (super::RULE.check)(&m, &mut f);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.contains(
                "it matches the private pattern `*.corp.example` of the configuration file"
            ),
            "{}",
            f[0].message
        );
        assert_eq!(spanned(df, &f[0].primary), "GOPRIVATE=github.com/acme");
        assert!(
            apply_fix(df, &f[0])
                .contains("go env -w GOPRIVATE=github.com/acme,*.corp.example && go mod download")
        );
    }

    #[test]
    fn a_host_wide_pattern_does_not_make_public_modules_private() {
        // GPD202 reports the pattern; the proxy serves github.com/google/uuid all the same
        let go_mod =
            "module github.com/acme/app\n\ngo 1.23\n\nrequire github.com/google/uuid v1.6.0\n";
        let wf = "env:\n  GONOSUMDB: github.com\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: go test ./...\n";
        let files = [
            (".github/workflows/ci.yml", wf),
            ("go.mod", go_mod),
            ("go.sum", ""),
        ];
        assert!(check("GPD301", &files).is_empty());
        assert_eq!(check("GPD202", &files).len(), 1);
    }

    #[test]
    fn a_module_replaced_by_a_directory_is_never_fetched() {
        let go_mod = "module git.corp.example/platform/api\n\ngo 1.23\n\nrequire (\n\tgit.corp.example/platform/shim v0.0.0\n\tgit.corp.example/platform/auth v1.0.0\n)\n\nreplace git.corp.example/platform/shim => ./internal/shim\n";
        let df = "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build ./...\n";
        let f = check(
            "GPD301",
            &[
                ("Dockerfile", df),
                ("go.mod", go_mod),
                ("go.sum", ""),
                (
                    "internal/shim/go.mod",
                    "module git.corp.example/platform/shim\n",
                ),
            ],
        );
        assert_eq!(f.len(), 1, "{f:#?}");
        assert!(f[0].message.contains("`git.corp.example/platform/auth`"));
        assert!(!f[0].message.contains("shim"), "{}", f[0].message);
        // a replace of another version leaves this one fetched
        let go_mod = go_mod.replace("shim =>", "shim v0.0.1 =>");
        let f = check(
            "GPD301",
            &[("Dockerfile", df), ("go.mod", &go_mod), ("go.sum", "")],
        );
        assert!(f.iter().any(|f| f.message.contains("shim")), "{f:#?}");
    }

    #[test]
    fn near_misses_do_not_fire() {
        let other = (
            "Dockerfile.other",
            "FROM scratch\nENV GONOSUMDB=git.corp.example\n",
        );
        for df in [
            // covered; trailing slash is trimmed by Go
            "FROM golang:1.23\nENV GOPRIVATE=github.com/acme,git.corp.example/\nWORKDIR /src\nCOPY . .\nRUN go mod download\n",
            // vendored build: nothing is fetched
            "FROM golang:1.23\nENV GOPRIVATE=github.com/acme\nWORKDIR /src\nCOPY . .\nRUN go build -mod=vendor\n",
            // their own proxy: may well serve private modules
            "FROM golang:1.23\nENV GOPROXY=https://athens.corp.example GOPRIVATE=github.com/acme\nWORKDIR /src\nCOPY . .\nRUN go mod download\n",
            // direct: no proxy sees the path
            "FROM golang:1.23\nENV GOPROXY=direct GOPRIVATE=github.com/acme\nWORKDIR /src\nCOPY . .\nRUN go mod download\n",
            // known only at build time
            "FROM golang:1.23\nARG GOPRIVATE\nWORKDIR /src\nCOPY . .\nRUN go mod download\n",
            // go.mod not in the image yet
            "FROM golang:1.23\nENV GOPRIVATE=github.com/acme\nRUN go mod download\n",
            // not a go command that downloads
            "FROM golang:1.23\nENV GOPRIVATE=github.com/acme\nWORKDIR /src\nCOPY . .\nRUN go version\n",
        ] {
            let f = check(
                "GPD301",
                &[
                    ("Dockerfile", df),
                    ("go.mod", GO_MOD),
                    ("go.sum", ""),
                    other,
                ],
            );
            assert!(f.is_empty(), "{df}\n{f:#?}");
        }
        // an env file that does not configure the go command
        let go_mod = "module git.corp.example/team/app\n\ngo 1.22\n\nrequire git.corp.example/team/lib v1.2.0\n";
        let files = [(".env", "DATABASE_URL=postgres://db\n"), ("go.mod", go_mod)];
        assert!(check("GPD301", &files).is_empty());
        let files = [(".env", "GOFLAGS=-mod=mod\n"), ("go.mod", go_mod)];
        let f = check("GPD301", &files);
        assert_eq!(f.len(), 1);
        assert_eq!(
            (f[0].primary.path.as_str(), f[0].primary.span.start),
            (".env", 0)
        );
        // the GOPRIVATE pattern is there but broken: GPD304 reports it
        let env = "GOPRIVATE=github.com/acme, git.corp.example\n";
        assert!(check("GPD301", &[(".env", env), ("go.mod", GO_MOD)]).is_empty());
    }
}
