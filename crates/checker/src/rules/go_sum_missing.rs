use std::collections::BTreeMap;

use super::Rule;
use crate::model::files::dir_of;
use crate::model::{Context, ContextKind, ImageCopy, Model};
use crate::report::{Applicability, Edit, Finding, Fix, Location, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD205",
    name: "go-sum-missing",
    family: "checksum verification",
    severity: Severity::Warning,
    security_severity: None,
    summary: "modules are downloaded for a go.mod without its go.sum",
    tags: &["checksum", "reproducibility"],
    precision: "high",
    check,
    docs: r#"Finds go commands that download modules for a go.mod with requirements but without the
go.sum that pins their checksums: in a Dockerfile, a COPY that brings go.mod into the image but
not go.sum (a `.dockerignore` that leaves go.sum out of the build context is GPD404's); in CI and for the
shell an env file configures, a repository whose go.mod has no go.sum next to it. It looks at
contexts that download modules (not building from `vendor/`) and at env files. Workspaces
(go.work, with go.work.sum) are not checked.

## Why it matters
go.sum is the module's own record of the exact content of every dependency version: with it, a
download that differs from what the developers built and reviewed is a fatal `SECURITY ERROR`,
whatever the proxy serves and even with `GOSUMDB=off` or GONOSUMDB. Without it the build trusts
whatever the proxy and the checksum database say at build time — and nothing at all for modules
that skip the checksum database (GOPRIVATE, GONOSUMDB). Build commands also fail in the default
`-mod=readonly` mode with `missing go.sum entry`, which invites `-mod=mod` or `go mod tidy` in
the build, where versions can drift.

## Example
```dockerfile
FROM golang:1.23
WORKDIR /src
COPY go.mod ./
RUN go mod download
```
```gomod
// go.mod
module github.com/acme/app

go 1.23

require github.com/google/uuid v1.6.0
```

## Use instead
```dockerfile
FROM golang:1.23
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
```
```gosum
github.com/google/uuid v1.6.0 h1:NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0=
github.com/google/uuid v1.6.0/go.mod h1:TIyPZe4MgqvfeYDBFedMoGGpEw/LqOeaOT+nhxU+yHo=
```

## Fix safety
When the COPY names go.mod explicitly and copies into a directory, the fix adds go.sum to it.
It is safe: the build downloads the same versions, now checked against the repository's own
checksums.

## Go behaviour
`modfetch.checkModSum` (`src/cmd/go/internal/modfetch/fetch.go`) checks every downloaded zip and
go.mod against go.sum first: a different hash is fatal (`checksum mismatch … SECURITY ERROR`),
a missing one is looked up in the checksum database only when `useSumDB` says so, then recorded.
With `-mod=readonly` (the default of build commands since Go 1.16) a missing go.sum entry is an
error. See `go help module-auth` and go-semantics §4.1.
"#,
};

fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_owned()
    } else {
        format!("{dir}/{name}")
    }
}

/// A go.mod without go.sum in the repository: where it is, and the first go command that
/// downloads for it.
struct RepoMissing<'c> {
    go_mod: usize,
    ctx: &'c Context,
}

/// A COPY that put go.mod into an image without go.sum.
struct NotCopied<'c> {
    ctx: &'c Context,
    copy: ImageCopy,
    go_mod_path: String,
    sum_path: String,
}

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    let mut missing: BTreeMap<usize, RepoMissing<'_>> = BTreeMap::new();
    let mut not_copied: BTreeMap<(usize, usize), NotCopied<'_>> = BTreeMap::new();
    for ctx in &model.contexts {
        if !(model.fetches_modules(ctx) || ctx.kind == ContextKind::EnvFile) {
            continue;
        }
        let scope = model.modules_in_scope(ctx);
        if scope.go_work.is_some() {
            continue;
        }
        let Some(go_mod) = scope.go_mod else { continue };
        if model.requirements(ctx).is_empty() {
            continue;
        }
        let go_mod_path = model.files[go_mod].path.clone();
        let sum_path = join(dir_of(&go_mod_path), "go.sum");
        if !model.has_file(&sum_path) {
            // point at a go command rather than at an env file's shell, when there is one
            let slot = missing.entry(go_mod).or_insert(RepoMissing { go_mod, ctx });
            if slot.ctx.go.is_none() && ctx.go.is_some() {
                slot.ctx = ctx;
            }
            continue;
        }
        if !matches!(ctx.kind, ContextKind::DockerRun) || model.image_path(ctx, &sum_path).is_some()
        {
            continue;
        }
        let Some(copy) = copy_of(model, ctx, &go_mod_path) else {
            continue;
        };
        // a .dockerignore that leaves go.sum out is GPD404's (dockerignore-hides-module-files)
        let rel = sum_path
            .strip_prefix(model.build_context_dir(ctx.file))
            .map_or(sum_path.as_str(), |r| r.trim_start_matches('/'));
        if model
            .dockerignore(ctx.file)
            .is_some_and(|(_, ignore)| ignore.decision(rel).0)
        {
            continue;
        }
        not_copied
            .entry((ctx.file, copy.range.start))
            .or_insert(NotCopied {
                ctx,
                copy,
                go_mod_path: go_mod_path.clone(),
                sum_path,
            });
    }
    for m in missing.into_values() {
        let path = &model.files[m.go_mod].path;
        let file = &model.files[m.go_mod];
        let module_range = match &model.parsed[m.go_mod] {
            crate::parse::Parsed::GoMod(f) => f.module.as_ref().map(|s| s.range.clone()),
            _ => None,
        }
        .unwrap_or(0..0);
        let primary = file.location(
            module_range.start,
            module_range.end,
            "no go.sum next to this go.mod",
        );
        findings.push(
            RULE.finding(
                format!(
                    "{path} has requirements but no go.sum next to it: go downloads them without the checksums that pin them ({})",
                    m.ctx.description
                ),
                primary,
            )
            .related(go_location(
                model,
                m.ctx,
                if m.ctx.go.is_some() {
                    "modules are downloaded here"
                } else {
                    "go commands of this shell download modules"
                },
            ))
            .help("run `go mod tidy` and commit go.sum")
            .build(),
        );
    }
    for n in not_copied.into_values() {
        let primary = go_location(model, n.ctx, "go downloads modules here without go.sum");
        let file = &model.files[n.ctx.file];
        let copy_loc = file.location(
            n.copy.range.start,
            n.copy.range.end,
            format!("{} is copied here, {} is not", n.go_mod_path, n.sum_path),
        );
        let why = format!("{} is not copied into the image", n.sum_path);
        let help = "copy go.sum with go.mod, e.g. `COPY go.mod go.sum ./`";
        let fix = add_go_sum(model, &n);
        let finding = RULE
            .finding(
                format!(
                    "{}: go downloads the requirements of {} without the checksums that pin them ({})",
                    why, n.go_mod_path, n.ctx.description
                ),
                primary,
            )
            .related(copy_loc)
            .help(help)
            .fix(fix);
        findings.push(finding.build());
    }
}

/// The go command of a context (its anchor when it has none).
fn go_location(model: &Model<'_>, ctx: &Context, label: &str) -> Location {
    let r = ctx
        .go
        .as_ref()
        .map_or(ctx.anchor.clone(), |g| g.range.clone());
    model.files[ctx.file].location(r.start, r.end, label)
}

/// The last COPY of `ctx` that puts `go_mod` into the image.
fn copy_of(model: &Model<'_>, ctx: &Context, go_mod: &str) -> Option<ImageCopy> {
    let mut found = None;
    for copy in &ctx.copies {
        let mut one = ctx.clone();
        one.copies = vec![copy.clone()];
        if model.image_path(&one, go_mod).is_some() {
            found = Some(copy.clone());
        }
    }
    found
}

/// Add go.sum after go.mod in a COPY that names go.mod and copies into a directory.
fn add_go_sum(model: &Model<'_>, n: &NotCopied<'_>) -> Option<Fix> {
    let file = &model.files[n.ctx.file];
    if file.lossy || !n.copy.dest_is_dir {
        return None;
    }
    let rel = n
        .go_mod_path
        .strip_prefix(model.build_context_dir(n.ctx.file))
        .map_or(n.go_mod_path.as_str(), |r| r.trim_start_matches('/'));
    let k = n
        .copy
        .sources
        .iter()
        .position(|s| s.trim_start_matches("./") == rel)?;
    let range = n.copy.source_ranges.get(k)?.clone();
    let written = file.text.get(range.clone())?;
    let sum = written.strip_suffix("go.mod")?;
    Some(Fix {
        description: "copy go.sum with go.mod".into(),
        applicability: Applicability::Safe,
        edits: vec![Edit {
            path: file.path.clone(),
            span: file.span(range.end, range.end),
            replacement: format!(" {sum}go.sum"),
        }],
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{apply_fix, check, spanned};

    const GO_MOD: &str =
        "module example.com/app\n\ngo 1.23\n\nrequire github.com/pkg/errors v0.9.1\n";

    #[test]
    fn docker_copy_without_go_sum() {
        let df = "FROM golang:1.23\nWORKDIR /src\nCOPY go.mod ./\nRUN go mod download\nCOPY . .\nRUN go build\n";
        let files = [("Dockerfile", df), ("go.mod", GO_MOD), ("go.sum", "")];
        let f = check("GPD205", &files);
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(spanned(df, &f[0].primary), "go mod download");
        assert_eq!(spanned(df, &f[0].related[0]), "COPY go.mod ./");
        assert!(
            f[0].message.starts_with(
                "go.sum is not copied into the image: go downloads the requirements of go.mod without"
            ),
            "{}",
            f[0].message
        );
        assert_eq!(
            apply_fix(df, &f[0]),
            "FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build\n"
        );
    }

    #[test]
    fn dockerignore_leaves_go_sum_out() {
        let df = "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build ./...\n";
        let ignore = "*.md\ngo.sum\n";
        let files = [
            ("Dockerfile", df),
            ("go.mod", GO_MOD),
            ("go.sum", ""),
            (".dockerignore", ignore),
        ];
        // reported once, by GPD404, at the pattern
        assert!(check("GPD205", &files).is_empty());
        let f = check("GPD404", &files);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(ignore, &f[0].primary), "go.sum");
    }

    #[test]
    fn repository_without_go_sum_in_ci_and_env_files() {
        let wf = "jobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: go build ./...\n      - run: go test ./...\n";
        let f = check(
            "GPD205",
            &[(".github/workflows/ci.yml", wf), ("go.mod", GO_MOD)],
        );
        assert_eq!(f.len(), 1, "one finding for the go.mod");
        assert_eq!(spanned(GO_MOD, &f[0].primary), "example.com/app");
        assert!(
            f[0].message
                .starts_with("go.mod has requirements but no go.sum next to it")
        );
        assert_eq!(spanned(wf, &f[0].related[0]), "go build ./...");

        let f = check(
            "GPD205",
            &[(".env", "GOFLAGS=-mod=mod\n"), ("go.mod", GO_MOD)],
        );
        assert_eq!(f.len(), 1);
        assert_eq!(
            f[0].related[0].label,
            "go commands of this shell download modules"
        );
        // a go command is a better place to point at than the env file
        let f = check(
            "GPD205",
            &[
                (".env", "GOFLAGS=-mod=mod\n"),
                ("go.mod", GO_MOD),
                (".github/workflows/ci.yml", wf),
            ],
        );
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].related[0].path, ".github/workflows/ci.yml");
        let ci = "build:\n  script:\n    - go mod download\n";
        assert_eq!(
            check("GPD205", &[(".gitlab-ci.yml", ci), ("go.mod", GO_MOD)]).len(),
            1
        );
    }

    #[test]
    fn near_misses_do_not_fire() {
        let no_reqs = "module example.com/app\n\ngo 1.23\n";
        for (df, extra) in [
            // go.sum copied too
            (
                "FROM golang\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\n",
                None,
            ),
            (
                "FROM golang\nWORKDIR /src\nCOPY go.* ./\nRUN go mod download\n",
                None,
            ),
            // nothing downloads: building from vendor/
            (
                "FROM golang\nWORKDIR /src\nCOPY go.mod vendor ./\nRUN go build -mod=vendor\n",
                None,
            ),
            // no go command
            ("FROM golang\nWORKDIR /src\nCOPY go.mod ./\nRUN ls\n", None),
            // a go.mod without requirements needs no go.sum
            (
                "FROM golang\nWORKDIR /src\nCOPY go.mod ./\nRUN go build\n",
                Some(no_reqs),
            ),
        ] {
            let go_mod = extra.unwrap_or(GO_MOD);
            let files = [("Dockerfile", df), ("go.mod", go_mod), ("go.sum", "")];
            assert!(check("GPD205", &files).is_empty(), "{df}");
        }
        let wf = "jobs:\n  b:\n    steps:\n      - run: go build\n";
        assert!(
            check(
                "GPD205",
                &[
                    (".github/workflows/ci.yml", wf),
                    ("go.mod", GO_MOD),
                    ("go.sum", "")
                ]
            )
            .is_empty()
        );
        assert!(
            check(
                "GPD205",
                &[(".github/workflows/ci.yml", wf), ("go.mod", "module m\n")]
            )
            .is_empty()
        );
    }
}
