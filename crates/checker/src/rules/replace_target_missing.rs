use std::collections::BTreeSet;

use super::Rule;
use crate::model::files::dir_of;
use crate::model::q_docker::{ModuleDir, resolve};
use crate::model::{Context, ContextKind, Model};
use crate::report::{Finding, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD403",
    name: "replace-target-missing",
    family: "Docker build",
    severity: Severity::Error,
    security_severity: None,
    summary: "a go.mod `replace` or go.work `use` names a directory that is not in the image when `go` runs",
    tags: &["docker", "go.mod"],
    precision: "high",
    check,
    docs: r#"Finds a Dockerfile go command that loads modules (`go mod download`, `go build`… not building from `vendor/`) while a directory `replace` of its go.mod (`=> ./lib`, `=> ../lib`) or a `use` line of its go.work names a directory whose go.mod is not in the image at that point: no earlier `COPY` put it where the replace points, or it lies outside the build context, where no `COPY` can reach.

The finding is on the go command that fails, with the `replace`/`use` line as a related location.
A directory that a `COPY` would bring in but `.dockerignore` leaves out is reported by GPD404
instead. A directory the repository does not contain a go.mod for is left alone (the build
fails outside Docker too). The build context is taken to be the Dockerfile's directory; when
its COPY lines name files from the repository root instead (`docker build -f svc/Dockerfile .`),
a directory outside the Dockerfile's directory is not reported.

## Why it matters
The classic layer-caching pattern `COPY go.mod go.sum ./` + `RUN go mod download` copies only the
main module's go.mod; with `replace example.com/lib => ./lib` the download stops with
`reading lib/go.mod: open /src/lib/go.mod: no such file or directory`. A `replace … => ../lib`
pointing next to the service's directory works on a laptop and can never work in a build whose
context is the service's directory.

## Example
```dockerfile
FROM golang:1.23
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
```
```gomod
// go.mod
module example.com/app

go 1.23

require example.com/lib v1.0.0

replace example.com/lib => ./lib
```
```gomod
// lib/go.mod
module example.com/lib

go 1.23
```

## Use instead
```dockerfile
FROM golang:1.23
WORKDIR /src
COPY go.mod go.sum ./
COPY lib/go.mod ./lib/
RUN go mod download
```

## Go behaviour
A replacement without a version must be a directory path (`./`, `../`, or rooted) and is never
downloaded; the go command reads its `go.mod` as soon as it loads the module graph, which
`go mod download`, `go build` and `go list -m all` all do. A go.work `use` directory must contain
a go.mod too (`go: cannot load module lib listed in go.work file`). See `go help mod edit`
(replace), `go help work` and go-semantics §10.3–10.4.
"#,
};

enum Missing {
    /// Above the build context (or the repository).
    Outside,
    /// Not copied, or copied somewhere else.
    NotCopied { elsewhere: Option<String> },
}

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    let mut seen = BTreeSet::new();
    for ctx in &model.contexts {
        if ctx.kind != ContextKind::DockerRun || !model.fetches_modules(ctx) {
            continue;
        }
        for dir in model.module_dirs(ctx) {
            let Some((missing, expected)) = missing(model, ctx, &dir) else {
                continue;
            };
            if !seen.insert((ctx.file, dir.mod_file, dir.range.start)) {
                continue;
            }
            findings.push(finding(model, ctx, &dir, missing, &expected));
        }
    }
}

/// Why the directory's go.mod is not in the image where the go command looks, and where it
/// looks; None when it is there (or when this rule cannot tell, or GPD404 reports it).
fn missing(model: &Model<'_>, ctx: &Context, dir: &ModuleDir) -> Option<(Missing, String)> {
    let mod_path = &model.files[dir.mod_file].path;
    let in_image = model.image_path(ctx, mod_path)?;
    let image_dir = dir_of(&in_image);
    let expected = format!("/{}", resolve(image_dir.trim_start_matches('/'), &dir.dir)?);
    let expected_go_mod = format!("{}/go.mod", expected.trim_end_matches('/'));
    let context_dir = model.build_context_dir(ctx.file);
    let inside = dir.repo_dir.as_deref().is_some_and(|d| {
        context_dir.is_empty() || d == context_dir || d.starts_with(&format!("{context_dir}/"))
    });
    if !inside {
        // unless the COPY lines show that the build runs with a wider context
        if model.context_looks_elsewhere(ctx.file) {
            return None;
        }
        return Some((Missing::Outside, expected));
    }
    let repo_dir = dir.repo_dir.as_ref()?;
    let go_mod = if repo_dir.is_empty() {
        "go.mod".to_owned()
    } else {
        format!("{repo_dir}/go.mod")
    };
    if !model.has_file(&go_mod) {
        return None;
    }
    match model.image_path(ctx, &go_mod) {
        Some(at) if at == expected_go_mod => None,
        Some(at) => Some((
            Missing::NotCopied {
                elsewhere: Some(at),
            },
            expected,
        )),
        None if model.copied_path(ctx, &go_mod).as_deref() == Some(&expected_go_mod) => None,
        None => Some((Missing::NotCopied { elsewhere: None }, expected)),
    }
}

fn finding(
    model: &Model<'_>,
    ctx: &Context,
    dir: &ModuleDir,
    missing: Missing,
    expected: &str,
) -> Finding {
    let file = &model.files[ctx.file];
    let mod_file = &model.files[dir.mod_file];
    let go = ctx
        .go
        .as_ref()
        .map(|g| (g.range.clone(), g.subcommand.clone()));
    let (range, subcommand) = go.unwrap_or((ctx.anchor.clone(), "go".to_owned()));
    let context_dir = model.build_context_dir(ctx.file);
    let context_name = if context_dir.is_empty() {
        ".".to_owned()
    } else {
        context_dir.to_owned()
    };
    let needs = format!(
        "`go {subcommand}` needs `{}/go.mod` for `{}` in {}",
        dir.dir.trim_end_matches('/'),
        dir.describe,
        mod_file.path
    );
    let (message, help) = match missing {
        Missing::Outside => (
            format!(
                "{needs}, but `{}` is outside the build context `{context_name}`: no COPY can bring it into the image",
                dir.dir
            ),
            "build from a context that holds both directories (`docker build -f <dir>/Dockerfile .`), \
             or require a published version of the module instead of the directory"
                .to_owned(),
        ),
        Missing::NotCopied { elsewhere } => {
            let src = dir
                .repo_dir
                .as_deref()
                .map(|d| {
                    let rel = if context_dir.is_empty() {
                        d
                    } else {
                        d.strip_prefix(context_dir)
                            .map_or(d, |r| r.trim_start_matches('/'))
                    };
                    if rel.is_empty() { ".".to_owned() } else { rel.to_owned() }
                })
                .unwrap_or_else(|| dir.dir.clone());
            let message = match elsewhere {
                Some(at) => format!(
                    "{needs}, but it is copied to `{at}`, not `{}/go.mod` where go looks",
                    expected.trim_end_matches('/')
                ),
                None => format!(
                    "{needs}, but no COPY before this command puts it at `{}/go.mod`",
                    expected.trim_end_matches('/')
                ),
            };
            let help = format!(
                "copy the module's directory (at least its go.mod and go.sum) before this command: `COPY {src}/ {}/`",
                expected.trim_end_matches('/')
            );
            (message, help)
        }
    };
    let label = if dir.is_use() {
        "the workspace uses this directory"
    } else {
        "replaced by a local directory here"
    };
    RULE.finding(
        message,
        file.location(
            range.start,
            range.end,
            "fails here: the directory is not in the image",
        ),
    )
    .related(mod_file.location(dir.range.start, dir.range.end, label))
    .help(help)
    .build()
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{check, spanned};

    const GO_MOD: &str = "module example.com/app\n\ngo 1.22\n\nrequire example.com/lib v1.0.0\n\nreplace example.com/lib => ./lib\n";
    const LIB: &str = "module example.com/lib\n";

    #[test]
    fn fires_on_the_go_command_with_the_replace_as_related() {
        let df = "FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build\n";
        let f = check(
            "GPD403",
            &[
                ("Dockerfile", df),
                ("go.mod", GO_MOD),
                ("go.sum", ""),
                ("lib/go.mod", LIB),
            ],
        );
        assert_eq!(f.len(), 1, "the build after COPY . . has it");
        assert_eq!(spanned(df, &f[0].primary), "go mod download");
        assert_eq!(f[0].primary.span.start_line, 4);
        assert_eq!(
            f[0].message,
            "`go mod download` needs `./lib/go.mod` for `replace example.com/lib => ./lib` in go.mod, but no COPY before this command puts it at `/src/lib/go.mod`"
        );
        assert_eq!(
            spanned(GO_MOD, &f[0].related[0]),
            "example.com/lib => ./lib"
        );
        assert_eq!(f[0].related[0].path, "go.mod");
        assert_eq!(
            f[0].help.as_deref(),
            Some(
                "copy the module's directory (at least its go.mod and go.sum) before this command: `COPY lib/ /src/lib/`"
            )
        );
    }

    #[test]
    fn outside_the_build_context_and_workspaces() {
        let df = "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build ./...\n";
        let go_mod = "module example.com/svc\nreplace example.com/lib => ../lib\n";
        let f = check(
            "GPD403",
            &[
                ("svc/Dockerfile", df),
                ("svc/go.mod", go_mod),
                ("lib/go.mod", LIB),
            ],
        );
        assert_eq!(f.len(), 1);
        assert_eq!(
            f[0].message,
            "`go build` needs `../lib/go.mod` for `replace example.com/lib => ../lib` in svc/go.mod, but `../lib` is outside the build context `svc`: no COPY can bring it into the image"
        );

        // COPY lines that name files from the repository root: built with another context
        let df2 =
            "FROM golang:1.23\nWORKDIR /src\nCOPY svc/go.mod ./\nCOPY . .\nRUN go build ./...\n";
        let f = check(
            "GPD403",
            &[
                ("svc/Dockerfile", df2),
                ("svc/go.mod", go_mod),
                ("lib/go.mod", LIB),
            ],
        );
        assert!(f.is_empty());

        let df = "FROM golang:1.23\nWORKDIR /src\nCOPY go.work go.mod ./\nCOPY tools/ ./lib/\nRUN go mod download\n";
        let work = "go 1.23\n\nuse (\n\t.\n\t./lib\n)\n";
        let f = check(
            "GPD403",
            &[
                ("Dockerfile", df),
                ("go.work", work),
                ("go.mod", "module example.com/app\n"),
                ("lib/go.mod", LIB),
                ("tools/go.mod", "module example.com/tools\n"),
            ],
        );
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message
                .starts_with("`go mod download` needs `./lib/go.mod` for `use ./lib` in go.work"),
            "{}",
            f[0].message
        );
        assert_eq!(spanned(work, &f[0].related[0]), "./lib");
    }

    #[test]
    fn copied_elsewhere() {
        let df =
            "FROM golang:1.23\nWORKDIR /src\nCOPY go.mod ./\nCOPY lib /lib\nRUN go mod download\n";
        let f = check(
            "GPD403",
            &[("Dockerfile", df), ("go.mod", GO_MOD), ("lib/go.mod", LIB)],
        );
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.ends_with(
                "but it is copied to `/lib/go.mod`, not `/src/lib/go.mod` where go looks"
            ),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn near_misses_do_not_fire() {
        for df in [
            // copied first
            "FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum ./\nCOPY lib/go.mod lib/\nRUN go mod download\n",
            "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go mod download\n",
            // vendored: go reads vendor/modules.txt, not the directory
            "FROM golang:1.23\nWORKDIR /src\nCOPY go.mod ./\nRUN go build -mod=vendor\n",
            // no go command that loads modules
            "FROM golang:1.23\nWORKDIR /src\nCOPY go.mod ./\nRUN go version\n",
            "FROM golang:1.23\nWORKDIR /src\nCOPY go.mod ./\n# RUN go mod download\n",
        ] {
            let f = check(
                "GPD403",
                &[
                    ("Dockerfile", df),
                    ("go.mod", GO_MOD),
                    ("go.sum", ""),
                    ("lib/go.mod", LIB),
                ],
            );
            assert!(f.is_empty(), "{df}");
        }
        // left out by .dockerignore: GPD404 reports it
        let df = "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go mod download\n";
        let f = check(
            "GPD403",
            &[
                ("Dockerfile", df),
                ("go.mod", GO_MOD),
                ("lib/go.mod", LIB),
                (".dockerignore", "lib\n"),
            ],
        );
        assert!(f.is_empty());
        // the repository has no go.mod there: not a Docker problem
        assert!(
            check(
                "GPD403",
                &[
                    (
                        "Dockerfile",
                        "FROM golang:1.23\nWORKDIR /src\nCOPY go.mod ./\nRUN go mod download\n"
                    ),
                    ("go.mod", GO_MOD)
                ]
            )
            .is_empty()
        );
        // a module-path replacement is downloaded like any module
        let go_mod = "module example.com/app\nreplace example.com/lib => example.com/fork v1.0.0\n";
        assert!(
            check(
                "GPD403",
                &[
                    (
                        "Dockerfile",
                        "FROM golang:1.23\nWORKDIR /src\nCOPY go.mod ./\nRUN go mod download\n"
                    ),
                    ("go.mod", go_mod)
                ]
            )
            .is_empty()
        );
    }
}
