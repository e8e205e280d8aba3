use std::collections::BTreeMap;

use super::Rule;
use crate::gosem::govcs;
use crate::gosem::pattern::match_prefix_patterns;
use crate::model::q_private::{FirstStop, PrivateRequirement, list_names};
use crate::model::{Assignment, Context, ContextKind, Model};
use crate::report::{Applicability, Edit, Finding, Fix, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD307",
    name: "govcs-blocks-private",
    family: "private modules",
    severity: Severity::Error,
    security_severity: None,
    summary: "GOVCS forbids the version control tool that private modules fetched directly need",
    tags: &["private-modules", "correctness"],
    precision: "high",
    check,
    docs: r#"Finds a GOVCS setting that forbids the version control tool a private requirement needs when
the go command fetches it directly (GONOPROXY matches it, or GOPROXY reaches `direct` first):
`GOVCS=*:off`, `private:off`, `*:hg` while the repository is git, a host rule that leaves git out.
Git is assumed unless the module path names another tool (`.hg`, `.svn`, `.fossil`). Go commands
that download modules and env files are checked.

## Why it matters
The fetch fails with `GOVCS disallows using git for private git.corp.example/team/lib; see 'go
help vcs'` — for a host Go knows (github.com, bitbucket.org) before any network access, for
other hosts right after the `?go-get=1` discovery request — and since GOVCS is often set once in a base image
or a shared env file, the cause is far from the failing build.

## Example
```dockerfile
FROM golang:1.23
ENV GOPRIVATE=git.corp.example GOVCS=*:off
COPY go.mod go.sum ./
RUN go mod download
```
```gomod
// go.mod
module github.com/acme/app

go 1.23

require git.corp.example/team/lib v1.2.0
```

## Use instead
```dockerfile
FROM golang:1.23
ENV GOPRIVATE=git.corp.example GOVCS=git.corp.example:git,*:off
COPY go.mod go.sum ./
RUN go mod download
```

## Fix safety
The fix puts a rule for the module's pattern and tool first in GOVCS (`git.corp.example:git,…`).
It is unsafe: it allows running that tool for those paths, which the GOVCS author may have wanted
to forbid (then the module should come from a proxy instead).

## Go behaviour
`vcs.checkGOVCS` runs only for direct VCS fetches: the rules of GOVCS are tried in order, followed
by the defaults `private:all,public:git|hg`; the first whose pattern matches the repository root
decides (`private`/`public` by GOPRIVATE, not GONOPROXY), and a VCS name it does not list, such as
`off`, denies. See `go help vcs` and go-semantics §5.
"#,
};

/// The repository root GOVCS matches and the tool that fetches it.
fn repo_root(module: &str) -> (String, &'static str) {
    let elems: Vec<&str> = module.split('/').collect();
    for (i, e) in elems.iter().enumerate().skip(1) {
        for (suffix, vcs) in [
            (".git", "git"),
            (".hg", "hg"),
            (".svn", "svn"),
            (".fossil", "fossil"),
        ] {
            if e.ends_with(suffix) {
                return (elems[..=i].join("/"), vcs);
            }
        }
    }
    if matches!(elems[0], "github.com" | "bitbucket.org") && elems.len() >= 3 {
        return (elems[..3].join("/"), "git");
    }
    (module.to_owned(), "git")
}

struct Group<'m> {
    govcs: &'m Assignment,
    ctx: &'m Context,
    pattern: String,
    vcs: &'static str,
    root: String,
    private: bool,
    rule: Option<String>,
    modules: Vec<PrivateRequirement<'m>>,
}

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    let mut groups: BTreeMap<(usize, usize, String, &'static str), Group<'_>> = BTreeMap::new();
    for ctx in model.private_scope_contexts() {
        if model.any_dynamic(ctx, &["GOPROXY", "GONOPROXY", "GOPRIVATE", "GOVCS"]) {
            continue;
        }
        let Some((a, _)) = model.effective(ctx, "GOVCS").known() else {
            continue;
        };
        let s = model.go_env(ctx).settings(&model.go_version(ctx));
        let Ok(rules) = govcs::parse(&s.govcs) else {
            continue;
        };
        for pr in model.private_requirements(ctx) {
            let module = pr.require.path.value.as_str();
            if model.first_stop(ctx, module) != FirstStop::Direct {
                continue;
            }
            let (root, vcs) = repo_root(module);
            let private = govcs::is_private(&s.goprivate, &root);
            if govcs::allowed(&rules, &root, private, vcs) {
                continue;
            }
            let deciding = rules
                .iter()
                .find(|r| match r.pattern.as_str() {
                    "private" => private,
                    "public" => !private,
                    p => match_prefix_patterns(p, &root),
                })
                .map(|r| format!("{}:{}", r.pattern, r.vcs.join("|")));
            let pattern = model.suggested_private_pattern(module, &pr.reason);
            let g = groups
                .entry((a.file, a.range.start, pattern.clone(), vcs))
                .or_insert_with(|| Group {
                    govcs: a,
                    ctx,
                    pattern,
                    vcs,
                    root,
                    private,
                    rule: deciding,
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
    let value = g.govcs.value.as_ref().map_or("", |v| v.as_str());
    let kind = if g.private { "private" } else { "public" };
    let why = match &g.rule {
        Some(r) => format!("its rule `{r}` decides"),
        None => format!(
            "no rule matches, and Go's default for {kind} paths does not allow {}",
            g.vcs
        ),
    };
    let message = format!(
        "GOVCS `{value}` forbids {} for {} fetched directly ({why}), so the go command fails with `GOVCS disallows using {} for {kind} {}`: {}",
        g.vcs,
        list_names(&names),
        g.vcs,
        g.root,
        first.reason.describe(model)
    );
    let mut b = RULE
        .finding(
            message,
            model.location(g.govcs, g.govcs.range.clone(), "GOVCS set here"),
        )
        .related(model.require_location(first.go_mod, first.require, "required here"));
    if let Some(loc) = model.reason_location(&first.reason) {
        b = b.related(loc);
    }
    if g.ctx.kind != ContextKind::EnvFile && g.ctx.kind != ContextKind::GoEnvFile {
        b = b.related(model.context_location(g.ctx, "go fetches it directly here"));
    }
    let rule = format!("{}:{}", g.pattern, g.vcs);
    b = b.help(format!(
        "allow {} for these paths first in GOVCS (`GOVCS={rule},{value}`), or fetch them through a proxy that serves them",
        g.vcs
    ));
    let duplicate = govcs::parse(value)
        .map(|rules| rules.iter().any(|r| r.pattern == g.pattern))
        .unwrap_or(true);
    let fix = if duplicate || g.pattern.contains([',', ':', '|']) {
        None
    } else {
        let v = g.govcs.value.as_ref();
        let lead = v.map_or(0, |v| v.len() - v.as_str().trim_start().len());
        v.and_then(|v| {
            let c = v.as_str()[lead..].chars().next()?.len_utf8();
            model.exact_value_range(g.govcs, lead..lead + c)
        })
        .filter(|_| !model.file(g.govcs).lossy)
        .map(|src| {
            let file = model.file(g.govcs);
            Fix {
                description: format!("allow `{rule}` first in GOVCS"),
                applicability: Applicability::Unsafe,
                edits: vec![Edit {
                    path: file.path.clone(),
                    span: file.span(src.start, src.start),
                    replacement: format!("{rule},"),
                }],
            }
        })
    };
    b.fix(fix).build()
}

#[cfg(test)]
mod tests {
    use super::repo_root;
    use crate::report::Applicability;
    use crate::rules::test_support::{apply_fix, check, spanned};

    const GO_MOD: &str = "module github.com/acme/app\n\ngo 1.22\n\nrequire (\n\tgit.corp.example/team/lib v1.0.0\n\tgithub.com/acme/private/v2 v2.0.0\n\tsvn.corp.example/repo.svn/pkg v1.0.0\n\tgithub.com/pkg/errors v0.9.1\n)\n";

    fn run(df: &str) -> Vec<crate::Finding> {
        check(
            "GPD307",
            &[("Dockerfile", df), ("go.mod", GO_MOD), ("go.sum", "")],
        )
    }

    #[test]
    fn roots_and_tools() {
        assert_eq!(
            repo_root("github.com/acme/private/v2"),
            ("github.com/acme/private".into(), "git")
        );
        assert_eq!(
            repo_root("svn.corp.example/repo.svn/pkg"),
            ("svn.corp.example/repo.svn".into(), "svn")
        );
        assert_eq!(
            repo_root("git.corp.example/team/lib"),
            ("git.corp.example/team/lib".into(), "git")
        );
    }

    #[test]
    fn govcs_off_for_everything() {
        let df = "FROM golang:1.23\nENV GOPRIVATE=git.corp.example GOVCS=*:off\nWORKDIR /src\nCOPY . .\nRUN go mod download\n";
        let f = run(df);
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(spanned(df, &f[0].primary), "GOVCS=*:off");
        assert_eq!(
            f[0].message,
            "GOVCS `*:off` forbids git for `git.corp.example/team/lib` fetched directly (its rule `*:off` decides), so the go command fails with `GOVCS disallows using git for private git.corp.example/team/lib`: it matches the GOPRIVATE pattern `git.corp.example` set in Dockerfile:2"
        );
        assert_eq!(f[0].fixes[0].applicability, Applicability::Unsafe);
        assert!(apply_fix(df, &f[0]).contains("GOVCS=git.corp.example:git,*:off\n"));
    }

    #[test]
    fn private_off_hg_only_and_svn_env_and_ci() {
        let env = "GOPRIVATE=github.com/acme,svn.corp.example\nGOVCS=private:hg\n";
        let f = check("GPD307", &[(".env", env), ("go.mod", GO_MOD)]);
        assert_eq!(f.len(), 2, "{f:#?}");
        let svn = f
            .iter()
            .find(|f| f.message.contains("forbids svn"))
            .unwrap();
        assert!(svn.message.contains("for `svn.corp.example/repo.svn/pkg`"));
        let f: Vec<_> = f
            .iter()
            .filter(|f| f.message.contains("forbids git"))
            .collect();
        assert!(
            f[0].message
                .contains("forbids git for `github.com/acme/private/v2`")
        );
        assert!(f[0].message.contains("private github.com/acme/private`"));
        assert_eq!(
            apply_fix(env, f[0]),
            "GOPRIVATE=github.com/acme,svn.corp.example\nGOVCS=github.com/acme:git,private:hg\n"
        );
        // GONOPROXY alone: the path is public for GOVCS, whose default forbids svn
        let wf = "env:\n  GONOPROXY: svn.corp.example\n  GONOSUMDB: svn.corp.example\n  GOVCS: public:git\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: go mod download\n";
        let f = check(
            "GPD307",
            &[(".github/workflows/ci.yml", wf), ("go.mod", GO_MOD)],
        );
        assert_eq!(f.len(), 1, "{f:#?}");
        assert!(
            f[0].message
                .contains("GOVCS disallows using svn for public svn.corp.example/repo.svn")
        );
        assert_eq!(spanned(wf, &f[0].primary), "GOVCS: public:git");
    }

    #[test]
    fn near_misses_do_not_fire() {
        for df in [
            // private:all first
            "FROM golang:1.23\nENV GOPRIVATE=git.corp.example GOVCS=private:all,*:off\nWORKDIR /src\nCOPY . .\nRUN go mod download\n",
            // defaults appended after the user's rules
            "FROM golang:1.23\nENV GOPRIVATE=git.corp.example GOVCS=public:off\nWORKDIR /src\nCOPY . .\nRUN go mod download\n",
            // through a proxy: GOVCS is not consulted
            "FROM golang:1.23\nENV GOPROXY=https://athens.corp.example GOPRIVATE=git.corp.example GONOPROXY=none GOVCS=*:off\nWORKDIR /src\nCOPY . .\nRUN go mod download\n",
            // a malformed GOVCS is another problem
            "FROM golang:1.23\nENV GOPRIVATE=git.corp.example GOVCS=off\nWORKDIR /src\nCOPY . .\nRUN go mod download\n",
            // vendored, and build time values
            "FROM golang:1.23\nENV GOPRIVATE=git.corp.example GOVCS=*:off\nWORKDIR /src\nCOPY . .\nRUN go build -mod=vendor\n",
            "FROM golang:1.23\nARG GOVCS\nENV GOPRIVATE=git.corp.example\nWORKDIR /src\nCOPY . .\nRUN go mod download\n",
        ] {
            let f = run(df);
            assert!(f.is_empty(), "{df}\n{f:#?}");
        }
    }
}
