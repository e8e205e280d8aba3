use super::Rule;
use super::private_pattern_invalid::{diagnose, diagnose_against};
use crate::gosem::pattern::glob_matches;
use crate::model::q_private::PATTERN_VARIABLES;
use crate::model::{Assignment, Context, ContextKind, Model};
use crate::report::{Applicability, Edit, Finding, Fix, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD303",
    name: "private-pattern-unused",
    family: "private modules",
    severity: Severity::Warning,
    security_severity: None,
    summary: "a GOPRIVATE/GONOPROXY/GONOSUMDB/GOINSECURE pattern that matches no module in scope",
    tags: &["private-modules", "maintainability"],
    precision: "medium",
    check,
    docs: r#"Finds GOPRIVATE, GONOPROXY, GONOSUMDB and GOINSECURE patterns that match no module the go
commands they reach use: no requirement, no `replace` target and no main module of the go.mod
(or go.work) in scope. It only judges patterns that reach go commands that download modules, or
env files, and only when every such place has a go.mod in scope that lists every module its
packages need (`go 1.17` or later, with module graph pruning); otherwise what the pattern is for
is unknown and nothing is reported. `none` and other words without a dot, the documented way to
match nothing, are left alone, and patterns GPD304 reports as malformed are its business.

## Why it matters
A pattern that matches nothing is usually a pattern that was meant to match something: a module
that moved host, a misspelled organisation, a copy from another repository. The modules it was
written for then go to the public proxy and checksum database, or lose the exemption they needed.
A stale entry also widens what future dependencies are silently treated as private (fetched
directly, never checked against the checksum database).

## Example
```dockerfile
FROM golang:1.23
ENV GOPRIVATE=git.corp.example,gitlab.corp.example/legacy
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
The fix removes the pattern (or the whole assignment when it is the only one). It is unsafe: the
pattern may be meant for modules the go.mod files do not list (`go install tool@version`, a
dependency about to be added); removing the only GONOPROXY/GONOSUMDB pattern also makes the
variable fall back to GOPRIVATE.

## Go behaviour
`module.MatchPrefixPatterns` matches each comma-separated glob against the leading path elements
of a module path (one trailing `/` is trimmed, so `git.corp.example/team/` matches
`git.corp.example/team/x`). Since Go 1.17 the main module's go.mod lists every module needed to
build its packages (module graph pruning). See `go help private`, `go help modules` and
go-semantics §3.2.
"#,
};

fn judged(model: &Model<'_>, c: &Context) -> bool {
    model.fetches_modules(c) || matches!(c.kind, ContextKind::EnvFile | ContextKind::GoEnvFile)
}

/// The elements of a pattern list assignment that match no module in scope of any go
/// command it reaches, with the go.mod/go.work files read; None when that is unknown.
pub(crate) type Unused<'m> = (Vec<(std::ops::Range<usize>, &'m str)>, Vec<usize>);

pub(crate) fn unused<'m>(model: &Model<'_>, a: &'m Assignment) -> Option<Unused<'m>> {
    if !PATTERN_VARIABLES.contains(&a.name.as_str()) || a.dynamic {
        return None;
    }
    let reached: Vec<&Context> = model
        .readers(a)
        .into_iter()
        .filter(|c| judged(model, c))
        .collect();
    if reached.is_empty() || !reached.iter().all(|c| model.requirements_complete(c)) {
        return None;
    }
    let mut modules: Vec<String> = reached
        .iter()
        .flat_map(|c| model.module_paths_in_scope(c))
        .collect();
    modules.sort();
    modules.dedup();
    let mut go_mods: Vec<usize> = reached
        .iter()
        .flat_map(|c| {
            let s = model.modules_in_scope(c);
            let used: Vec<usize> = model.requirements(c).iter().map(|(i, _)| *i).collect();
            s.go_work.into_iter().chain(s.go_mod).chain(used)
        })
        .collect();
    go_mods.sort_unstable();
    go_mods.dedup();
    let list = a.value.as_ref().map_or("", |v| v.as_str());
    let elements = model
        .pattern_elements(a)
        .into_iter()
        .filter(|(_, elem)| {
            let first = elem.split('/').next().unwrap_or("");
            let meaningful = first.contains('.') || first.contains(['*', '?', '[']);
            meaningful
                && diagnose(elem).problems.is_empty()
                && diagnose_against(elem, list, &modules).is_none()
                && !modules.iter().any(|m| glob_matches(elem, m))
        })
        .collect();
    Some((elements, go_mods))
}

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    for a in &model.assignments {
        let Some((elements, go_mods)) = unused(model, a) else {
            continue;
        };
        let count = model.pattern_elements(a).len();
        for (range, elem) in elements {
            findings.push(finding(model, a, range, elem, count, &go_mods));
        }
    }
}

fn finding(
    model: &Model<'_>,
    a: &Assignment,
    range: std::ops::Range<usize>,
    elem: &str,
    count: usize,
    go_mods: &[usize],
) -> Finding {
    let paths: Vec<&str> = go_mods
        .iter()
        .map(|&i| model.files[i].path.as_str())
        .collect();
    let message = format!(
        "{} pattern `{elem}` matches no module required in scope ({})",
        a.name,
        paths.join(", ")
    );
    let span = model.value_range(a, range.clone());
    let mut b = RULE
        .finding(
            message,
            model.location(a, span, "matches no requirement, replace target or main module"),
        )
        .help(format!(
            "check the pattern against the module paths in go.mod (a typo or a moved host?), or remove it from {}",
            a.name
        ));
    let modules = go_mods.iter().filter_map(|&i| match model.parsed.get(i) {
        Some(crate::parse::Parsed::GoMod(m)) => m.module.as_ref().map(|m| (i, m.range.clone())),
        _ => None,
    });
    for (i, range) in modules.take(3) {
        let file = &model.files[i];
        b = b.related(file.location(range.start, range.end, "module paths read from here"));
    }
    let v = a.value.as_ref().map_or("", |v| v.as_str());
    let fix = if count == 1 {
        a.removal.clone().and_then(|r| {
            super::edit_fix(
                model,
                a,
                r,
                "",
                format!("remove `{}`", model.written(a)),
                Applicability::Unsafe,
            )
        })
    } else {
        let cut = if range.start > 0 {
            range.start - 1..range.end
        } else if v[range.end..].starts_with(',') {
            range.start..range.end + 1
        } else {
            range.clone()
        };
        model
            .exact_value_range(a, cut)
            .filter(|_| !model.file(a).lossy)
            .map(|src| {
                let file = model.file(a);
                Fix {
                    description: format!("remove `{elem}` from {}", a.name),
                    applicability: Applicability::Unsafe,
                    edits: vec![Edit {
                        path: file.path.clone(),
                        span: file.span(src.start, src.end),
                        replacement: String::new(),
                    }],
                }
            })
    };
    b.fix(fix).build()
}

#[cfg(test)]
mod tests {
    use crate::report::Applicability;
    use crate::rules::test_support::{apply_fix, check, spanned};

    const GO_MOD: &str = "module github.com/acme/app\n\ngo 1.22\n\nrequire (\n\tgit.corp.example/platform/auth v1.0.0\n\tgithub.com/pkg/errors v0.9.1\n)\n\nreplace github.com/pkg/errors => gitlab.corp.example/fork/errors v0.9.2\n";

    fn run(df: &str) -> Vec<crate::Finding> {
        check(
            "GPD303",
            &[("Dockerfile", df), ("go.mod", GO_MOD), ("go.sum", "")],
        )
    }

    #[test]
    fn unused_pattern_in_a_list() {
        let df = "FROM golang:1.23\nENV GOPRIVATE=git.corp.example,bitbucket.corp.example/legacy\nWORKDIR /src\nCOPY . .\nRUN go mod download\n";
        let f = run(df);
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(spanned(df, &f[0].primary), "bitbucket.corp.example/legacy");
        assert_eq!(
            f[0].message,
            "GOPRIVATE pattern `bitbucket.corp.example/legacy` matches no module required in scope (go.mod)"
        );
        assert_eq!(f[0].related[0].path, "go.mod");
        assert_eq!(f[0].fixes[0].applicability, Applicability::Unsafe);
        assert!(apply_fix(df, &f[0]).contains("ENV GOPRIVATE=git.corp.example\n"));
    }

    #[test]
    fn only_pattern_env_file_and_ci() {
        let env = "GOINSECURE=insecure.corp.example\nGOPRIVATE=git.corp.example\n";
        let f = check("GPD303", &[(".env", env), ("go.mod", GO_MOD)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(env, &f[0].primary), "insecure.corp.example");
        assert_eq!(apply_fix(env, &f[0]), "GOPRIVATE=git.corp.example\n");
        let wf = "jobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      GONOSUMDB: old.corp.example,git.corp.example\n    steps:\n      - run: go build ./...\n";
        let f = check(
            "GPD303",
            &[(".github/workflows/ci.yml", wf), ("go.mod", GO_MOD)],
        );
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(wf, &f[0].primary), "old.corp.example");
        assert!(apply_fix(wf, &f[0]).contains("GONOSUMDB: git.corp.example\n"));
    }

    #[test]
    fn near_misses_do_not_fire() {
        for df in [
            // trailing slash trimmed by Go; replace targets and the main module count
            "FROM golang:1.23\nENV GOPRIVATE=git.corp.example/platform/,gitlab.corp.example,github.com/acme\nWORKDIR /src\nCOPY . .\nRUN go mod download\n",
            // `none`: the documented way to match nothing
            "FROM golang:1.23\nENV GOPRIVATE=git.corp.example GONOPROXY=none\nWORKDIR /src\nCOPY . .\nRUN go mod download\n",
            // no go.mod in scope: unknown
            "FROM golang:1.23\nENV GOPRIVATE=other.example\nRUN go mod download\n",
            // no go command that downloads
            "FROM golang:1.23\nENV GOPRIVATE=other.example\nWORKDIR /src\nCOPY . .\nRUN go version\n",
            // known only at build time
            "FROM golang:1.23\nARG P\nENV GOPRIVATE=other.example,$P\nWORKDIR /src\nCOPY . .\nRUN go mod download\n",
            // malformed: GPD304's
            "FROM golang:1.23\nENV GOPRIVATE=\"git.corp.example, other.example\"\nWORKDIR /src\nCOPY . .\nRUN go mod download\n",
        ] {
            let f = run(df);
            assert!(f.is_empty(), "{df}\n{f:#?}");
        }
        // a go.mod before Go 1.17 does not list indirect dependencies
        let old = "module github.com/acme/app\n\ngo 1.16\n\nrequire github.com/pkg/errors v0.9.1\n";
        let env = "GOPRIVATE=other.example\n";
        assert!(check("GPD303", &[(".env", env), ("go.mod", old)]).is_empty());
    }
}
