use std::collections::{BTreeMap, BTreeSet};

use super::Rule;
use crate::model::{Assignment, Context, ContextKind, Effective, Model, Origin};
use crate::report::{Applicability, Edit, Finding, Fix, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD406",
    name: "setting-not-passed-to-build",
    family: "Docker build",
    severity: Severity::Warning,
    security_severity: None,
    summary: "the repository configures a module-download setting that the Docker build never sees",
    tags: &["docker", "configuration"],
    precision: "medium",
    check,
    docs: r#"Finds a Dockerfile go command that downloads modules without GOPROXY, GOPRIVATE, GONOPROXY, GONOSUMDB, GOSUMDB or GOFLAGS while the repository sets that variable for its builds elsewhere — in an env file (`.env`, `.envrc`), a CI `env:`/`variables:` entry, or a `go.env` file — and the Dockerfile neither declares it (`ARG`) nor sets it (`ENV`, `go env -w`, a shell prefix).

## Why it matters
`docker build` passes nothing from the calling environment into the build: a variable reaches a
`RUN` only through `ENV`, or through an `ARG` that the build command fills with `--build-arg`.
The CI job or the developer's shell that configures GOPRIVATE or a corporate GOPROXY therefore
configures every go command except the ones in the Dockerfile, which go to the public proxy and
checksum database: private modules fail to download (and their paths leak to public services),
or the build bypasses the mirror it is meant to use.

## Example
```yaml
# .github/workflows/ci.yml
on: push
env:
  GOPRIVATE: github.com/acme
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version: '1.23'
      - run: go test ./...
```
```dockerfile
FROM golang:1.23
COPY . .
RUN go mod download
```
```gomod
// go.mod
module github.com/acme/app

go 1.23

require github.com/acme/private v1.0.0
```

## Use instead
```dockerfile
FROM golang:1.23
ARG GOPRIVATE
COPY . .
RUN go mod download
```
and `docker build --build-arg GOPRIVATE .` (the docker CLI takes the value from its own
environment when `--build-arg` names no value).

## Fix safety
The fix declares `ARG NAME` after the `FROM` of each stage that needs it. It is safe: a declared
argument that the build command does not pass leaves the variable unset, as before; the build
command still has to pass it. It is unsafe when the Dockerfile has a global `ARG NAME` with a
default before the first `FROM`: redeclaring it in the stage brings that default into the RUNs.

## Go behaviour
Go reads these settings from the process environment first, then from its env file (`go env -w`)
and `$GOROOT/go.env`; without any of them it uses the defaults (`GOPROXY=https://proxy.golang.org,direct`,
`GOSUMDB=sum.golang.org`, no private patterns). In the official images nothing sets them. See
`go help environment`, `go help private` and go-semantics §1.4–1.5.
"#,
};

/// The settings whose absence changes where modules come from.
const NAMES: &[&str] = &[
    "GOPROXY",
    "GOPRIVATE",
    "GONOPROXY",
    "GONOSUMDB",
    "GOSUMDB",
    "GOFLAGS",
];

/// Go's own default: setting a variable to it changes nothing.
/// Values not worth passing into the build: Go's defaults, and `GOSUMDB=off` (the build is
/// safer without it; GPD201 reports it where it is set).
fn is_default(name: &str, value: &str) -> bool {
    matches!(
        (name, value),
        ("GOPROXY", "https://proxy.golang.org,direct")
            | ("GOSUMDB", "sum.golang.org")
            | ("GOSUMDB", "off")
    )
}

struct Gap<'m> {
    /// The first go command that runs without it.
    ctx: &'m Context,
    /// The FROM lines of the stages that lack it.
    stages: BTreeSet<(usize, usize)>,
}

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    let configured = repository_settings(model);
    if configured.is_empty() {
        return;
    }
    let mut gaps: BTreeMap<(usize, &str), Gap<'_>> = BTreeMap::new();
    for ctx in &model.contexts {
        if ctx.kind != ContextKind::DockerRun || !model.fetches_modules(ctx) {
            continue;
        }
        let dockerfile_dir = crate::model::files::dir_of(&model.files[ctx.file].path);
        for (&name, sources) in &configured {
            if !matches!(model.effective(ctx, name), Effective::Default)
                || ctx.unset.iter().any(|n| n == name)
            {
                continue;
            }
            // only settings of this Dockerfile's project: an env file or go.env in its
            // directory or above it, or the repository's CI
            if !sources.iter().any(|a| applies_to(model, a, dockerfile_dir)) {
                continue;
            }
            // GOFLAGS matters only when one of its flags is one this go command takes
            if name == "GOFLAGS" && !sources.iter().any(|a| goflags_reach(model, ctx, a)) {
                continue;
            }
            let Some(from) = model.stage_from(ctx.file, ctx.anchor.start) else {
                continue;
            };
            gaps.entry((ctx.file, name))
                .or_insert(Gap {
                    ctx,
                    stages: BTreeSet::new(),
                })
                .stages
                .insert((from.range.start, from.range.end));
        }
    }
    for ((file_idx, name), gap) in gaps {
        let file = &model.files[file_idx];
        let Some(go) = &gap.ctx.go else { continue };
        let sources = &configured[name];
        let mut places: Vec<String> = Vec::new();
        for a in sources {
            let p = model.file(a).path.clone();
            if !places.contains(&p) {
                places.push(p);
            }
        }
        let places: Vec<String> = places.iter().map(|p| format!("`{p}`")).collect();
        let message = format!(
            "the repository sets {name} for builds ({}), but this Dockerfile neither declares nor sets it: `go {}` runs without it",
            places.join(", "),
            go.subcommand
        );
        let mut finding = RULE
            .finding(
                message,
                file.location(go.range.start, go.range.end, format!("runs without {name}")),
            )
            .help(format!(
                "declare `ARG {name}` in the stage and pass it with `docker build --build-arg {name}`, or set it with `ENV`"
            ));
        for a in sources.iter().take(5) {
            finding = finding.related(model.location(
                a,
                a.range.clone(),
                format!("{name} set here, outside the Docker build"),
            ));
        }
        let global_default = model.assignments.iter().any(|a| {
            a.file == file_idx
                && a.origin == Origin::DockerGlobalArg
                && a.name == name
                && a.value.is_some()
        });
        let fix = (!file.lossy).then(|| Fix {
            description: format!("declare `ARG {name}` in the stage"),
            applicability: if global_default {
                Applicability::Unsafe
            } else {
                Applicability::Safe
            },
            edits: gap
                .stages
                .iter()
                .map(|&(_, end)| Edit {
                    path: file.path.clone(),
                    span: file.span(end, end),
                    replacement: format!("\nARG {name}"),
                })
                .collect(),
        });
        findings.push(finding.fix(fix).build());
    }
}

/// Whether a setting made by `a` is meant for builds in `dir`: CI configuration is the whole
/// repository's; an env file or go.env applies to its directory and below.
fn applies_to(model: &Model<'_>, a: &Assignment, dir: &str) -> bool {
    if a.origin == Origin::CiEnv {
        return true;
    }
    let own = crate::model::files::dir_of(&model.file(a).path);
    own.is_empty() || dir == own || dir.starts_with(&format!("{own}/"))
}

/// Whether the GOFLAGS value of `a` has a flag the go command of `ctx` takes (a value known
/// only at build time might).
fn goflags_reach(model: &Model<'_>, ctx: &Context, a: &Assignment) -> bool {
    use crate::gosem::goflags;
    // gosem knows the flag set of `go mod download`; build commands take nearly every flag
    let (Some(go), Some(v), false) = (&ctx.go, &a.value, a.dynamic) else {
        return true;
    };
    if go.subcommand != "mod download" {
        return true;
    }
    let version = model.go_version(ctx);
    goflags::parse(v.as_str(), &version)
        .and_then(|flags| goflags::apply(&flags, &go.subcommand))
        .map_or(true, |used| !used.is_empty())
}

/// Where the repository sets each setting for its builds, outside Dockerfiles: env files, CI
/// environments, go.env files. Sorted by file and position.
fn repository_settings<'m>(model: &'m Model<'_>) -> BTreeMap<&'static str, Vec<&'m Assignment>> {
    let mut out: BTreeMap<&'static str, BTreeMap<(usize, usize), &'m Assignment>> = BTreeMap::new();
    for ctx in &model.contexts {
        if !matches!(
            ctx.kind,
            ContextKind::EnvFile | ContextKind::GoEnvFile | ContextKind::CiJob
        ) {
            continue;
        }
        for &name in NAMES {
            let a = match model.effective(ctx, name) {
                Effective::Dynamic(a) => a,
                e => match e.known() {
                    Some((a, v)) if !v.is_empty() && !is_default(name, v.as_str()) => a,
                    _ => continue,
                },
            };
            if !matches!(
                a.origin,
                Origin::EnvFile | Origin::CiEnv | Origin::GoEnvWrite
            ) {
                continue;
            }
            out.entry(name)
                .or_default()
                .insert((a.file, a.range.start), a);
        }
    }
    out.into_iter()
        .map(|(k, v)| (k, v.into_values().collect()))
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::report::{Applicability, Finding};
    use crate::rules::test_support::{apply_fix, check, spanned};

    const GO_MOD: &str =
        "module example.com/app\n\ngo 1.22\n\nrequire github.com/acme/lib v1.0.0\n";
    const DF: &str = "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go mod download\n";

    #[test]
    fn fires_for_a_ci_setting_with_a_safe_fix() {
        let wf = "env:\n  GOPRIVATE: github.com/acme\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker build .\n";
        let f = check(
            "GPD406",
            &[
                ("Dockerfile", DF),
                ("go.mod", GO_MOD),
                (".github/workflows/ci.yml", wf),
            ],
        );
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(DF, &f[0].primary), "go mod download");
        assert_eq!(
            f[0].message,
            "the repository sets GOPRIVATE for builds (`.github/workflows/ci.yml`), but this Dockerfile neither declares nor sets it: `go mod download` runs without it"
        );
        assert_eq!(spanned(wf, &f[0].related[0]), "GOPRIVATE: github.com/acme");
        assert_eq!(f[0].fixes[0].applicability, Applicability::Safe);
        assert_eq!(
            apply_fix(DF, &f[0]),
            "FROM golang:1.23\nARG GOPRIVATE\nWORKDIR /src\nCOPY . .\nRUN go mod download\n"
        );
        // after the fix the value comes from the build command: nothing to say
        let fixed = apply_fix(DF, &f[0]);
        assert!(
            check(
                "GPD406",
                &[
                    ("Dockerfile", &fixed),
                    ("go.mod", GO_MOD),
                    (".github/workflows/ci.yml", wf)
                ],
            )
            .is_empty()
        );
    }

    #[test]
    fn env_files_go_env_and_gitlab_each_stage_gets_an_arg() {
        let df = "ARG GOPROXY=https://athens.example.com\nFROM golang:1.23 AS a\nCOPY . .\nRUN go mod download\nFROM golang:1.23 AS b\nCOPY . .\nRUN go build\n";
        let files = [
            ("Dockerfile", df),
            ("go.mod", GO_MOD),
            (".env", "GOPROXY=https://athens.example.com\n"),
            ("go.env", "GOFLAGS=-mod=mod\n"),
            (
                ".gitlab-ci.yml",
                "variables:\n  GONOSUMDB: github.com/acme\nb:\n  script: [make]\n",
            ),
        ];
        let f = check("GPD406", &files);
        let name = |f: &Finding| f.message.split_whitespace().nth(3).unwrap_or("").to_owned();
        let mut names: Vec<String> = f.iter().map(name).collect();
        names.sort();
        assert_eq!(names, ["GOFLAGS", "GONOSUMDB", "GOPROXY"]);
        // GOFLAGS=-mod=mod reaches `go build` (stage b), not `go mod download`
        let goflags = f.iter().find(|f| name(f) == "GOFLAGS").unwrap();
        assert_eq!(goflags.primary.span.start_line, 7);
        let goproxy = f.iter().find(|f| name(f) == "GOPROXY").unwrap();
        assert!(goproxy.message.contains("(`.env`)"), "{}", goproxy.message);
        // a global ARG with a default: redeclaring it changes the build
        assert_eq!(goproxy.fixes[0].applicability, Applicability::Unsafe);
        assert_eq!(
            apply_fix(df, goproxy),
            "ARG GOPROXY=https://athens.example.com\nFROM golang:1.23 AS a\nARG GOPROXY\nCOPY . .\nRUN go mod download\nFROM golang:1.23 AS b\nARG GOPROXY\nCOPY . .\nRUN go build\n"
        );
    }

    #[test]
    fn only_the_projects_settings_and_only_flags_the_command_takes() {
        let df = "FROM golang:1.23\nCOPY . .\nRUN go mod download\n";
        // an env file of another project does not configure this Dockerfile
        let files = [
            ("svc/Dockerfile", df),
            ("svc/go.mod", GO_MOD),
            ("other/.env", "GOPRIVATE=github.com/acme\n"),
        ];
        assert!(check("GPD406", &files).is_empty());
        let files = [
            ("svc/Dockerfile", df),
            ("svc/go.mod", GO_MOD),
            (".env", "GOPRIVATE=github.com/acme\n"),
        ];
        assert_eq!(
            check("GPD406", &files).len(),
            1,
            "the repository root's applies"
        );
        // the build is better off without GOSUMDB=off
        let files = [
            ("Dockerfile", df),
            ("go.mod", GO_MOD),
            (".env", "GOSUMDB=off\n"),
        ];
        assert!(check("GPD406", &files).is_empty());
        // `go mod download` takes no -mod flag: GOFLAGS=-mod=mod changes nothing for it
        let files = [
            ("Dockerfile", df),
            ("go.mod", GO_MOD),
            (".env", "GOFLAGS=-mod=mod\n"),
        ];
        assert!(check("GPD406", &files).is_empty());
        let files = [
            ("Dockerfile", df),
            ("go.mod", GO_MOD),
            (".env", "GOFLAGS=-modcacherw\n"),
        ];
        assert_eq!(check("GPD406", &files).len(), 1);
    }

    #[test]
    fn near_misses_do_not_fire() {
        let env = (".env", "GOPRIVATE=github.com/acme\n");
        for df in [
            // declared
            "FROM golang:1.23\nARG GOPRIVATE\nCOPY . .\nRUN go mod download\n",
            // set
            "FROM golang:1.23\nENV GOPRIVATE=github.com/acme\nCOPY . .\nRUN go mod download\n",
            "FROM golang:1.23\nCOPY . .\nRUN go env -w GOPRIVATE=github.com/acme && go mod download\n",
            "FROM golang:1.23\nCOPY . .\nRUN GOPRIVATE=github.com/acme go mod download\n",
            // no download: vendored
            "FROM golang:1.23\nCOPY . .\nRUN go build -mod=vendor\n",
            "FROM golang:1.23\nCOPY . .\n# RUN go mod download\n",
        ] {
            assert!(
                check("GPD406", &[("Dockerfile", df), ("go.mod", GO_MOD), env]).is_empty(),
                "{df}"
            );
        }
        // the repository sets nothing, or only Go's defaults
        assert!(check("GPD406", &[("Dockerfile", DF), ("go.mod", GO_MOD)]).is_empty());
        let env = (
            ".env",
            "GOPROXY=https://proxy.golang.org,direct\nGOPRIVATE=\n",
        );
        assert!(check("GPD406", &[("Dockerfile", DF), ("go.mod", GO_MOD), env]).is_empty());
    }
}
