use std::collections::BTreeSet;

use super::Rule;
use crate::model::files::dir_of;
use crate::model::{Context, ContextKind, ImageCopy, Model};
use crate::parse::dockerfile::Kind;
use crate::report::{Applicability, Edit, Finding, Fix, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD401",
    name: "module-download-not-cached",
    family: "Docker build",
    severity: Severity::Warning,
    security_severity: None,
    summary: "modules are downloaded after `COPY . .`, so every source change downloads them again",
    tags: &["docker", "performance"],
    precision: "high",
    check,
    docs: r#"Finds a Dockerfile `RUN` whose go command downloads modules (`go mod download`, or `go build`, `go test`… not building from `vendor/`) after a `COPY . .` that brought the whole build context into the image, when no earlier step of the stage (or of the stage it is built FROM) downloaded the modules with only go.mod (and go.sum) copied, and no `COPY --from=<stage>` brought a module cache in.

## Why it matters
Docker reuses a layer only while everything before it is unchanged. After `COPY . .`, any edit
to any source file invalidates the layers that follow, so every build downloads every module
again: slow builds, load on the proxy (and rate limits on a private one), and a build that fails
whenever the network or the proxy has a bad moment. Copying go.mod and go.sum first and running
`go mod download` in its own layer keeps the modules cached until the dependencies change.

## Example
```dockerfile
FROM golang:1.23
WORKDIR /src
COPY . .
RUN go build -o /app ./cmd/app
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
COPY . .
RUN go build -o /app ./cmd/app
```

## Fix safety
The fix inserts `COPY go.mod go.sum <dest>` (go.mod alone when the build context has no go.sum)
and `RUN go mod download` (with the `--mount` flags of the downloading RUN, so secret and cache
mounts still apply) before the `COPY . .`. It is offered only when the go.mod the build uses is
at the root of the build context and has no directory `replace` and no go.work is in use (those
need more than go.mod to download, see GPD403). It is unsafe: the new step runs with the
environment before the `COPY . .`, and an `ENV` or `ARG` between that COPY and the RUN does not
reach it.

## Go behaviour
`go mod download` without arguments downloads the modules needed to build and test the main
module's packages — the modules its go.mod requires explicitly when it says `go 1.17` or later,
the whole build list before — reading only go.mod (and go.sum to verify); it needs no package
sources. Modules land in the
module cache (`GOMODCACHE`, `/go/pkg/mod` in the official images), which later go commands read
without the network. See `go help mod download` and go-semantics §10.3.
"#,
};

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    let mut seen = BTreeSet::new();
    for ctx in &model.contexts {
        if ctx.kind != ContextKind::DockerRun || !model.fetches_modules(ctx) {
            continue;
        }
        let Some(whole) = ctx.copies.iter().position(ImageCopy::whole_context) else {
            continue;
        };
        let Some(go_mod) = model.modules_in_scope(ctx).go_mod else {
            continue;
        };
        if primed_before(model, ctx, whole) || cache_from_stage(model, ctx, whole) {
            continue;
        }
        let copy = &ctx.copies[whole];
        if !seen.insert((ctx.file, copy.range.start)) {
            continue;
        }
        let Some(go) = &ctx.go else { continue };
        let file = &model.files[ctx.file];
        let written = &file.text[copy.range.clone()];
        let start = copy.range.start + (written.len() - written.trim_start().len());
        let copy_text = written.trim();
        let copy_text = copy_text.lines().next().unwrap_or(copy_text).trim_end();
        let command = format!("go {}", go.subcommand);
        let message = format!(
            "`{command}` downloads modules after `{copy_text}`: any change to any file in the build context downloads every module again"
        );
        let primary = file.location(
            start,
            start + copy_text.len(),
            "the whole build context is copied here",
        );
        let related = file.location(
            go.range.start,
            go.range.end,
            "modules are downloaded here, in a layer that is rebuilt on every source change",
        );
        findings.push(
            RULE.finding(message, primary)
                .related(related)
                .help(
                    "copy go.mod and go.sum first and download the modules in their own layer: \
                     `COPY go.mod go.sum ./` and `RUN go mod download` before `COPY . .`",
                )
                .fix(fix(model, ctx, copy, go_mod))
                .build(),
        );
    }
}

/// Whether a go command of the same Dockerfile already downloaded the modules with go.mod in
/// the image but before the whole-context COPY (its copies are a prefix of ours, short of it).
fn primed_before(model: &Model<'_>, ctx: &Context, whole: usize) -> bool {
    model.contexts.iter().any(|o| {
        o.file == ctx.file
            && o.kind == ContextKind::DockerRun
            && !o.copies.is_empty()
            && o.copies.len() <= whole
            && o.copies[..] == ctx.copies[..o.copies.len()]
            && model.fetches_modules(o)
            && model.modules_in_scope(o).go_mod.is_some()
    })
}

/// Whether an earlier `COPY --from=<stage>` brings a module cache into the image (the
/// modules were downloaded in another stage).
fn cache_from_stage(model: &Model<'_>, ctx: &Context, whole: usize) -> bool {
    let cache = model.docker_mod_cache(ctx);
    ctx.copies[..whole].iter().any(|c| {
        c.from.is_some()
            && (c
                .sources
                .iter()
                .any(|s| s.trim_end_matches('/').ends_with("/pkg/mod"))
                || cache.as_deref().is_some_and(|m| {
                    c.dest == m || m.starts_with(&format!("{}/", c.dest.trim_end_matches('/')))
                }))
    })
}

/// `COPY go.mod go.sum <dest>` + `RUN go mod download` before the whole-context COPY.
fn fix(model: &Model<'_>, ctx: &Context, copy: &ImageCopy, go_mod: usize) -> Option<Fix> {
    let file = &model.files[ctx.file];
    if file.lossy || copy.sources.len() != 1 {
        return None;
    }
    let context_dir = model.build_context_dir(ctx.file);
    let join = |name: &str| {
        if context_dir.is_empty() {
            name.to_owned()
        } else {
            format!("{context_dir}/{name}")
        }
    };
    // only the go.mod at the root of the build context, landing in the COPY's destination
    let go_mod_path = &model.files[go_mod].path;
    if *go_mod_path != join("go.mod") || dir_of(go_mod_path) != context_dir {
        return None;
    }
    let at = model.image_path(ctx, go_mod_path)?;
    if at != format!("{}/go.mod", copy.dest.trim_end_matches('/')) {
        return None;
    }
    let scope = model.modules_in_scope(ctx);
    let replaces_dirs = match &model.parsed[go_mod] {
        crate::parse::Parsed::GoMod(m) => m.replaces.iter().any(|r| r.is_directory),
        _ => true,
    };
    if scope.go_work.is_some() || replaces_dirs {
        return None;
    }
    let instr = model.instruction_at(ctx.file, &copy.range)?;
    let Kind::Copy { dest, .. } = &instr.kind else {
        return None;
    };
    // keep ownership and permission flags; anything else (--exclude, --parents…) is not ours
    let mut flags = String::new();
    for f in &instr.flags {
        if !matches!(f.name.as_str(), "chown" | "chmod" | "link") {
            return None;
        }
        flags.push_str(&file.text[f.range.clone()]);
        flags.push(' ');
    }
    let dest = dest.as_str();
    let dest = if dest == "." {
        "./".to_owned()
    } else if dest.ends_with('/') {
        dest.to_owned()
    } else {
        format!("{dest}/")
    };
    let go_sum = join("go.sum");
    let with_sum = model.has_file(&go_sum) && model.image_path(ctx, &go_sum).is_some();
    let sources = if with_sum { "go.mod go.sum" } else { "go.mod" };
    let mut mounts = String::new();
    if let Some(run) = model.run_instruction(ctx) {
        for f in run.flags.iter().filter(|f| f.name == "mount") {
            mounts.push_str(&file.text[f.range.clone()]);
            mounts.push(' ');
        }
    }
    let line_start = copy.range.start;
    let indent_len = file.text[line_start..].len() - file.text[line_start..].trim_start().len();
    let indent = &file.text[line_start..line_start + indent_len];
    let insert_at = line_start + indent_len;
    let text =
        format!("COPY {flags}{sources} {dest}\n{indent}RUN {mounts}go mod download\n{indent}");
    Some(Fix {
        description: format!(
            "download modules in their own layer: `COPY {sources} {dest}` and `RUN go mod download` first"
        ),
        applicability: Applicability::Unsafe,
        edits: vec![Edit {
            path: file.path.clone(),
            span: file.span(insert_at, insert_at),
            replacement: text,
        }],
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{apply_fix, check, spanned};

    const GO_MOD: &str =
        "module example.com/app\n\ngo 1.22\n\nrequire github.com/pkg/errors v0.9.1\n";

    #[test]
    fn fires_on_the_whole_context_copy_with_a_fix() {
        let df = "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /app ./cmd/app\n";
        let files = [("Dockerfile", df), ("go.mod", GO_MOD), ("go.sum", "")];
        let f = check("GPD401", &files);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(df, &f[0].primary), "COPY . .");
        assert_eq!(
            (f[0].primary.span.start_line, f[0].primary.span.start_column),
            (3, 1)
        );
        assert_eq!(spanned(df, &f[0].related[0]), "go build -o /app ./cmd/app");
        assert!(
            f[0].message
                .starts_with("`go build` downloads modules after `COPY . .`"),
            "{}",
            f[0].message
        );
        assert_eq!(
            apply_fix(df, &f[0]),
            "FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build -o /app ./cmd/app\n"
        );
        assert_eq!(
            f[0].fixes[0].applicability,
            crate::report::Applicability::Unsafe
        );
    }

    #[test]
    fn fix_keeps_flags_mounts_and_destination() {
        let df = "# syntax=docker/dockerfile:1\nFROM golang:1.23 AS build\n  COPY --chown=app . /src\n  WORKDIR /src\n  RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download && go build\n";
        // no go.sum in the repository: go.mod alone
        let f = check("GPD401", &[("Dockerfile", df), ("go.mod", GO_MOD)]);
        assert_eq!(f.len(), 1, "one finding per COPY, however many go commands");
        assert_eq!(spanned(df, &f[0].primary), "COPY --chown=app . /src");
        assert_eq!(
            apply_fix(df, &f[0]),
            "# syntax=docker/dockerfile:1\nFROM golang:1.23 AS build\n  COPY --chown=app go.mod /src/\n  RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download\n  COPY --chown=app . /src\n  WORKDIR /src\n  RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download && go build\n"
        );
    }

    #[test]
    fn ci_and_env_files_are_not_docker_builds() {
        let wf = "jobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: go build\n";
        assert!(
            check(
                "GPD401",
                &[(".github/workflows/ci.yml", wf), ("go.mod", GO_MOD)]
            )
            .is_empty()
        );
    }

    #[test]
    fn no_fix_with_directory_replaces_or_a_workspace() {
        let df = "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build\n";
        let go_mod = "module example.com/app\nreplace example.com/lib => ./lib\n";
        let f = check(
            "GPD401",
            &[
                ("Dockerfile", df),
                ("go.mod", go_mod),
                ("lib/go.mod", "module example.com/lib\n"),
            ],
        );
        assert_eq!(f.len(), 1);
        assert!(f[0].fixes.is_empty());
    }

    #[test]
    fn near_misses_do_not_fire() {
        for df in [
            // the good pattern
            "FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build\n",
            // downloaded in the parent stage
            "FROM golang:1.23 AS deps\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nFROM deps AS build\nCOPY . .\nRUN go build\n",
            // building from vendor/
            "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -mod=vendor\n",
            // no whole-context copy
            "FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum main.go ./\nRUN go build\n",
            // a go command that does not download
            "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go version\n",
            // copied from another stage, not the build context
            "FROM golang:1.23\nWORKDIR /src\nCOPY --from=src . .\nRUN go build\n",
            // the module cache comes from a stage that downloaded it
            "FROM golang:1.23 AS deps\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nFROM golang:1.23\nCOPY --from=deps /go/pkg/mod /go/pkg/mod\nWORKDIR /src\nCOPY . .\nRUN go build\n",
            // go.mod is not where go runs
            "FROM golang:1.23\nWORKDIR /src\nCOPY . /other\nRUN go build\n",
            "FROM golang:1.23\nWORKDIR /src\nCOPY . .\n# RUN go build\n",
        ] {
            let f = check(
                "GPD401",
                &[("Dockerfile", df), ("go.mod", GO_MOD), ("go.sum", "")],
            );
            assert!(f.is_empty(), "{df}");
        }
        // vendored by Go's default (vendor/modules.txt, go ≥ 1.14)
        let df = "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build\n";
        let f = check(
            "GPD401",
            &[
                ("Dockerfile", df),
                ("go.mod", GO_MOD),
                ("vendor/modules.txt", ""),
            ],
        );
        assert!(f.is_empty());
    }
}
