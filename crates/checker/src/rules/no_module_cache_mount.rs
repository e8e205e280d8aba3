use std::collections::BTreeMap;

use super::Rule;
use crate::model::q_docker::CacheMount;
use crate::model::{Context, ContextKind, Model};
use crate::report::{Applicability, Edit, Finding, Fix, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD402",
    name: "no-module-cache-mount",
    family: "Docker build",
    severity: Severity::Note,
    security_severity: None,
    summary: "a BuildKit RUN downloads modules without a cache mount for the module cache",
    tags: &["docker", "performance"],
    precision: "high",
    check,
    docs: r#"Finds a `RUN` of a BuildKit Dockerfile whose go command downloads modules (`go mod download`, `go build`… not building from `vendor/`) without `--mount=type=cache` on the module cache (`GOMODCACHE`: `/go/pkg/mod` in the official images); a building command (`go build`, `go test`, `go install`, `go run`, `go vet`) is also told about the build cache (`GOCACHE`, `/root/.cache/go-build`).

A Dockerfile counts as BuildKit when it already uses something only BuildKit reads: a
`# syntax=` or `# check=` directive, `RUN --mount`/`--network`/`--security`, a heredoc, or
`COPY --link`/`--parents`/`--exclude`, `ADD --checksum`/`--keep-git-dir`. Docker ≥ 23 builds with
BuildKit by default, but Dockerfiles are also built by the legacy builder and kaniko, which
reject `RUN --mount` (later kaniko releases ignore it), so a Dockerfile without such a sign is left alone. The rule fires only where the
cache directory is known: GOMODCACHE or GOPATH set in the Dockerfile, or an official `golang`
base image.

## Why it matters
A layer cache keeps the downloaded modules only as long as nothing before the layer changes; a
cache mount keeps them across builds whatever changed, shared by every stage and Dockerfile on
the builder. Without it, a bumped dependency downloads every module again and each `go build`
compiles the whole dependency graph from scratch.

## Example
```dockerfile
# syntax=docker/dockerfile:1
FROM golang:1.23
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
```

## Use instead
```dockerfile
# syntax=docker/dockerfile:1
FROM golang:1.23
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
```

## Fix safety
The fix adds the missing `--mount=type=cache,target=…` flags to the RUN. It is unsafe: what a
cache mount holds is not part of the layer, so a later `RUN` without the same mount (or the
final image, when it is used to run go) no longer finds the modules in the image and downloads
them again, which fails where that step has no network.

## Go behaviour
The go command keeps downloaded modules in `GOMODCACHE` (default `$GOPATH/pkg/mod`; the official
images set `GOPATH=/go`) and compiled packages in `GOCACHE` (default `$XDG_CACHE_HOME/go-build`,
else `$HOME/.cache/go-build`). Both are keyed by what they hold (module path and version; a hash
of the inputs) and safe to share between builds. See
`go help environment`, `go help cache` and go-semantics §1.5.
"#,
};

/// Subcommands that compile packages (and so use the build cache).
const BUILDING: &[&str] = &["build", "install", "test", "run", "vet"];

struct Missing<'c> {
    ctx: &'c Context,
    mod_cache: Option<String>,
    build_cache: Option<String>,
}

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    // one finding per RUN, which may run several go commands
    let mut runs: BTreeMap<(usize, usize), Missing<'_>> = BTreeMap::new();
    for ctx in &model.contexts {
        if ctx.kind != ContextKind::DockerRun || !model.fetches_modules(ctx) {
            continue;
        }
        if model.buildkit_evidence(ctx.file).is_none() {
            continue;
        }
        let Some(run) = model.run_instruction(ctx) else {
            continue;
        };
        let Some(mod_cache) = model.docker_mod_cache(ctx) else {
            continue;
        };
        let mounts = model.cache_mounts(run);
        let building = ctx
            .go
            .as_ref()
            .is_some_and(|g| BUILDING.contains(&g.subcommand.as_str()));
        let entry = runs.entry((ctx.file, ctx.anchor.start)).or_insert(Missing {
            ctx,
            mod_cache: None,
            build_cache: None,
        });
        if !covered(&mounts, &mod_cache) {
            entry.mod_cache = Some(mod_cache);
        }
        if building
            && let Some(build_cache) = model.docker_build_cache(ctx)
            && !covered(&mounts, &build_cache)
        {
            entry.build_cache = Some(build_cache);
        }
    }
    for m in runs.into_values() {
        // the module cache is what this rule is about; the build cache rides along
        let Some(mod_cache) = &m.mod_cache else {
            continue;
        };
        let ctx = m.ctx;
        let file = &model.files[ctx.file];
        let Some(go) = &ctx.go else { continue };
        let (why_range, why) = model
            .buildkit_evidence(ctx.file)
            .unwrap_or((ctx.anchor.clone(), String::new()));
        let mut targets = vec![mod_cache.clone()];
        targets.extend(m.build_cache.clone());
        let message = match &m.build_cache {
            Some(b) => format!(
                "`go {}` downloads modules without a cache mount on the module cache `{mod_cache}` (nor on the build cache `{b}`)",
                go.subcommand
            ),
            None => format!(
                "`go {}` downloads modules without a cache mount on the module cache `{mod_cache}`",
                go.subcommand
            ),
        };
        let flags: Vec<String> = targets
            .iter()
            .map(|t| format!("--mount=type=cache,target={t}"))
            .collect();
        let fix = (!file.lossy).then(|| Fix {
            description: format!("add `{}`", flags.join(" ")),
            applicability: Applicability::Unsafe,
            edits: vec![Edit {
                path: file.path.clone(),
                span: file.span(ctx.anchor.end, ctx.anchor.end),
                replacement: format!(" {}", flags.join(" ")),
            }],
        });
        findings.push(
            RULE.finding(
                message,
                file.location(
                    ctx.anchor.start,
                    ctx.anchor.end,
                    "this RUN has no cache mount for the module cache",
                ),
            )
            .related(file.location(go.range.start, go.range.end, "modules are downloaded here"))
            .related(file.location(
                why_range.start,
                why_range.end,
                format!("built with BuildKit: {why}"),
            ))
            .help(format!(
                "mount the caches: `RUN {} {}`",
                flags.join(" "),
                file.text[go.range.clone()].lines().next().unwrap_or("")
            ))
            .fix(fix)
            .build(),
        );
    }
}

/// Whether a cache mount holds `dir` (mounted on it or on a directory above it). A target
/// that uses a variable is taken to cover it.
fn covered(mounts: &[CacheMount], dir: &str) -> bool {
    mounts.iter().any(|m| {
        let t = m.target.trim_end_matches('/');
        t.contains('$') || dir == t || dir.starts_with(&format!("{t}/")) || t.is_empty()
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{apply_fix, check, spanned};

    const GO_MOD: &str =
        "module example.com/app\n\ngo 1.22\n\nrequire github.com/pkg/errors v0.9.1\n";

    fn run(df: &str) -> Vec<crate::Finding> {
        check(
            "GPD402",
            &[("Dockerfile", df), ("go.mod", GO_MOD), ("go.sum", "")],
        )
    }

    #[test]
    fn fires_in_a_buildkit_dockerfile_with_a_fix() {
        let df = "# syntax=docker/dockerfile:1\nFROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build -o /app\n";
        let f = run(df);
        assert_eq!(f.len(), 2);
        assert_eq!(spanned(df, &f[0].primary), "RUN");
        assert_eq!(f[0].primary.span.start_line, 5);
        assert_eq!(
            f[0].message,
            "`go mod download` downloads modules without a cache mount on the module cache `/go/pkg/mod`"
        );
        assert_eq!(spanned(df, &f[0].related[0]), "go mod download");
        assert_eq!(
            spanned(df, &f[0].related[1]),
            "# syntax=docker/dockerfile:1"
        );
        assert!(
            apply_fix(df, &f[0])
                .contains("\nRUN --mount=type=cache,target=/go/pkg/mod go mod download\n")
        );
        assert!(
            f[1].message
                .contains("nor on the build cache `/root/.cache/go-build`")
        );
        assert!(apply_fix(df, &f[1]).ends_with(
            "\nRUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build go build -o /app\n"
        ));
    }

    #[test]
    fn follows_gomodcache_and_gopath() {
        let df = "FROM golang:1.23\nENV GOPATH=/work\nRUN --network=default go mod download\n";
        let f = run(df);
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("`/work/pkg/mod`"), "{}", f[0].message);
        assert_eq!(spanned(df, &f[0].related[1]), "--network=default");
        let df = "FROM golang:1.23\nENV GOMODCACHE=/cache/mod\nRUN <<EOF\ngo mod download\nEOF\n";
        let f = run(df);
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("`/cache/mod`"), "{}", f[0].message);
    }

    #[test]
    fn one_finding_per_run() {
        let df = "# syntax=docker/dockerfile:1\nFROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go mod download && go build\n";
        assert_eq!(run(df).len(), 1);
    }

    #[test]
    fn near_misses_do_not_fire() {
        for df in [
            // no sign of BuildKit: kaniko and the classic builder reject --mount
            "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build\n",
            // mounted
            "# syntax=docker/dockerfile:1\nFROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN --mount=type=cache,target=/go/pkg/mod go mod download\n",
            // mounted above it
            "# syntax=docker/dockerfile:1\nFROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN --mount=type=cache,id=gomod,dst=/go/pkg/ go mod download\n",
            // a variable target
            "# syntax=docker/dockerfile:1\nFROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN --mount=type=cache,target=$GOMODCACHE go mod download\n",
            // vendored
            "# syntax=docker/dockerfile:1\nFROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -mod=vendor\n",
            // the cache directory is unknown (not an official image, no GOPATH)
            "# syntax=docker/dockerfile:1\nFROM alpine\nWORKDIR /src\nCOPY . .\nRUN go build\n",
            // known only at build time
            "# syntax=docker/dockerfile:1\nFROM golang:1.23\nARG GOMODCACHE\nWORKDIR /src\nCOPY . .\nRUN go build\n",
            // not a go command
            "# syntax=docker/dockerfile:1\nFROM golang:1.23\nRUN echo go mod download\n",
        ] {
            assert!(run(df).is_empty(), "{df}");
        }
    }
}
