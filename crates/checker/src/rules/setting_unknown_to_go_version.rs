use std::collections::BTreeMap;

use super::{Rule, edit_fix};
use crate::model::{Assignment, Context, Model, Origin};
use crate::report::{Applicability, Finding, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD605",
    name: "setting-unknown-to-go-version",
    family: "toolchain and module mode",
    severity: Severity::Warning,
    security_severity: None,
    summary: "a Go setting that the context's Go release does not read yet",
    tags: &["correctness", "version"],
    precision: "high",
    check,
    docs: r#"Finds Go settings given to a Go release that predates them: `GOAUTH` or `GOFIPS140` before Go 1.24,
`GOTOOLCHAIN` before 1.21, `GOWORK` before 1.18, `GOVCS` before 1.16,
`GOMODCACHE` before 1.15, `GOINSECURE` before 1.14, `GOPRIVATE`, `GONOPROXY`, `GONOSUMDB`,
`GOSUMDB` and `GOENV` before 1.13, and `GOPROXY`, `GOFLAGS`, `GO111MODULE` before 1.11. It fires
only where the Go release is known (an image tag, setup-go's `go-version`, an explicit download).
It also finds `go env -w` of a variable the release knows but refuses to write (`GOWORK`, `GOENV`,
`GOTELEMETRY` from Go 1.23, `GOMOD`): that command fails, e.g. `go: GOWORK cannot be modified`.
(`GOTELEMETRY` is not among them: no release reads it from the environment; `go env` only reports
the mode that `go telemetry on|off|local` sets.)

## Why it matters
An old go command silently ignores variables it does not know, so the setting does nothing:
`GOPRIVATE` on Go 1.12 does not keep private modules away from a proxy, `GOTOOLCHAIN=local` on Go
1.20 pins nothing, `GOAUTH` on Go 1.23 supplies no credentials. The configuration reads as if it
protects or fixes something it does not. Written with `go env -w` it is worse: the command fails
(`go: unknown go command variable GOTOOLCHAIN`) and stops the build.

## Example
```dockerfile
FROM golang:1.20
ENV GOTOOLCHAIN=local
RUN go build ./...
```

## Use instead
```dockerfile
FROM golang:1.20
RUN go build ./...
```

## Fix safety
The fix deletes the assignment, and is offered as safe when every Go release the assignment
reaches is known and ignores it: deleting it removes only what Go never reads. Upgrading Go is
often the better change; the help says from which release the setting works.

## Go behaviour
The go command reads its settings through `cfg.Getenv` (`src/cmd/go/internal/cfg/cfg.go`) and the
`KnownEnv` list of its release (`src/internal/cfg/cfg.go`); a name a release does not know is neither
read from the environment nor accepted by `go env -w` (`unknown go command variable`); `checkEnvWrite`
(`src/cmd/go/internal/envcmd/env.go`) refuses computed and environment-only variables
(`cannot be modified`, `can only be set using the OS environment`). The release history is
in the release notes (`doc/go1.N`): modules, GOPROXY and GOFLAGS in 1.11; GOPRIVATE, GONOPROXY,
GONOSUMDB, GOSUMDB and `go env -w` in 1.13; GOINSECURE in 1.14; GOMODCACHE in 1.15; GOVCS in
1.16; GOWORK in 1.18; GOTOOLCHAIN in 1.21; GOAUTH and GOFIPS140 in 1.24. See
go-semantics §11.
"#,
};

/// Settings and the first minor release of Go 1 that reads them (go-semantics.md §11).
const ADDED_IN: &[(&str, u64)] = &[
    ("GO111MODULE", 11),
    ("GOFLAGS", 11),
    ("GOPROXY", 11),
    ("GOENV", 13),
    ("GONOPROXY", 13),
    ("GONOSUMDB", 13),
    ("GOPRIVATE", 13),
    ("GOSUMDB", 13),
    ("GOINSECURE", 14),
    ("GOMODCACHE", 15),
    ("GOVCS", 16),
    ("GOWORK", 18),
    ("GOTOOLCHAIN", 21),
    ("GOAUTH", 24),
    ("GOFIPS140", 24),
];

/// Variables Go only reports (`go env`), never reads from the environment, with the first minor
/// release that knows them: only `go env -w` of them is judged (before that release it fails as
/// an unknown variable).
const REPORTED_SINCE: &[(&str, u64)] = &[("GOTELEMETRY", 23), ("GOTELEMETRYDIR", 23)];

/// Variables that `go env -w` refuses to write in the releases that know them (`checkEnvWrite`
/// in `src/cmd/go/internal/envcmd/env.go`): the name, the first minor release that knows it,
/// and Go's error after the name. Checked with go1.19.8, go1.21.13 and go1.27.3.
const NOT_WRITABLE: &[(&str, u64, &str)] = &[
    ("GOENV", 13, "can only be set using the OS environment"),
    ("GOMOD", 11, "cannot be modified"),
    ("GOWORK", 18, "cannot be modified"),
    ("GOTELEMETRY", 23, "cannot be modified"),
    ("GOTELEMETRYDIR", 23, "cannot be modified"),
];

/// A context an assignment reaches: the Go release there, when known.
struct Reach<'m> {
    ctx: &'m Context,
    /// The release is known and predates the setting.
    ignores: bool,
}

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    not_writable(model, findings);
    let mut reached: BTreeMap<(usize, usize), (&Assignment, u64, Vec<Reach<'_>>)> = BTreeMap::new();
    // few, and looked for once per go command and variable
    let go_env_writes: Vec<&Assignment> = model
        .assignments
        .iter()
        .filter(|a| a.origin == Origin::GoEnvWrite)
        .collect();
    for ctx in &model.contexts {
        let local = model.local_go(ctx);
        for &(name, since) in ADDED_IN.iter().chain(REPORTED_SINCE) {
            let mut hits: Vec<&Assignment> = Vec::new();
            if !REPORTED_SINCE.iter().any(|(n, _)| *n == name)
                && let Some((a, _)) = model.effective(ctx, name).known()
            {
                hits.push(a);
            }
            // `go env -w NAME=…` fails in the command itself
            if let Some(go) = &ctx.go {
                hits.extend(go_env_writes.iter().copied().filter(|a| {
                    a.name == name
                        && a.file == ctx.file
                        && go.range.start <= a.range.start
                        && a.range.end <= go.range.end
                }));
            }
            for a in hits {
                let ignores = local
                    .as_ref()
                    .is_some_and(|l| l.newest.major == 1 && !l.newest.at_least(since));
                reached
                    .entry((a.file, a.range.start))
                    .or_insert((a, since, Vec::new()))
                    .2
                    .push(Reach { ctx, ignores });
            }
        }
    }
    for (a, since, reach) in reached.into_values() {
        let Some(first) = reach.iter().find(|r| r.ignores) else {
            continue;
        };
        let ctx = first.ctx;
        let (Some(local), Some(release)) = (model.local_go(ctx), ctx.go_version.as_ref()) else {
            continue;
        };
        let go_env_w = a.origin == Origin::GoEnvWrite && local.newest.at_least(13);
        let message = if go_env_w {
            format!(
                "Go {} (`{}`) does not know {}: `go env -w` fails with `go: unknown go command variable {}` (it was added in Go 1.{since})",
                local.display, release.source, a.name, a.name
            )
        } else {
            format!(
                "Go {} (`{}`) does not read {}, added in Go 1.{since}: `{}` has no effect",
                local.display,
                release.source,
                a.name,
                model.written(a)
            )
        };
        let all_ignore = reach.iter().all(|r| r.ignores);
        let finding = RULE
            .finding(
                message,
                model.location(a, a.range.clone(), format!("{} set here", a.name)),
            )
            .related(model.files[ctx.file].location(
                release.range.start,
                release.range.end,
                format!("Go {} comes from here", local.display),
            ))
            .help(format!(
                "use Go 1.{since} or newer for {} to take effect, or remove it",
                a.name
            ))
            .fix(a.removal.clone().filter(|_| all_ignore).and_then(|r| {
                let description = format!("remove `{}`", model.written(a));
                edit_fix(model, a, r, "", description, Applicability::Safe)
            }));
        findings.push(finding.build());
    }
}

/// `go env -w GOWORK=off`: a release that knows the variable refuses to write it.
fn not_writable(model: &Model<'_>, findings: &mut Vec<Finding>) {
    let mut seen: BTreeMap<(usize, usize), ()> = BTreeMap::new();
    let go_env_writes: Vec<&Assignment> = model
        .assignments
        .iter()
        .filter(|a| a.origin == Origin::GoEnvWrite)
        .collect();
    for ctx in &model.contexts {
        let Some(go) = &ctx.go else {
            continue;
        };
        let version = model.go_version(ctx);
        for a in go_env_writes.iter().copied().filter(|a| {
            a.file == ctx.file && go.range.start <= a.range.start && a.range.end <= go.range.end
        }) {
            let Some(&(name, since, why)) = NOT_WRITABLE.iter().find(|(n, _, _)| *n == a.name)
            else {
                continue;
            };
            if !version.at_least(since) || seen.insert((a.file, a.range.start), ()).is_some() {
                continue;
            }
            let release = match (model.local_go(ctx), ctx.go_version.as_ref()) {
                (Some(l), Some(r)) => format!("Go {} (`{}`)", l.display, r.source),
                _ => "Go".to_owned(),
            };
            let help = match name {
                "GOTELEMETRY" | "GOTELEMETRYDIR" => {
                    "change the telemetry mode with `go telemetry off` (or `local`, `on`)"
                        .to_owned()
                }
                _ => {
                    format!("set {name} in the environment of the go commands that need it instead")
                }
            };
            findings.push(
                RULE.finding(
                    format!(
                        "{release} does not let `go env -w` write {name}: it fails with `go: {name} {why}`"
                    ),
                    model.location(a, a.range.clone(), format!("{name} written here")),
                )
                .help(help)
                .build(),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::report::Applicability;
    use crate::rules::test_support::{apply_fix, check, spanned};

    #[test]
    fn fires_with_the_image_release() {
        let df = "FROM golang:1.20-alpine\nENV GOTOOLCHAIN=local GOFLAGS=-mod=mod\nRUN go build\n";
        let f = check("GPD605", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(df, &f[0].primary), "GOTOOLCHAIN=local");
        assert_eq!(
            f[0].message,
            "Go 1.20.x (`golang:1.20-alpine`) does not read GOTOOLCHAIN, added in Go 1.21: `GOTOOLCHAIN=local` has no effect"
        );
        assert_eq!(spanned(df, &f[0].related[0]), "golang:1.20-alpine");
        assert_eq!(f[0].fixes[0].applicability, Applicability::Safe);
        assert_eq!(
            apply_fix(df, &f[0]),
            "FROM golang:1.20-alpine\nENV GOFLAGS=-mod=mod\nRUN go build\n"
        );
        let df = "FROM golang:1.23.4\nARG GOAUTH=\"git /src\"\nRUN go mod download\n";
        let f = check("GPD605", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("added in Go 1.24"));
    }

    #[test]
    fn ci_releases() {
        let wf = "jobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      GOPRIVATE: corp.example\n    steps:\n      - uses: actions/setup-go@v5\n        with:\n          go-version: '1.12'\n      - run: go build\n";
        let f = check("GPD605", &[(".github/workflows/ci.yml", wf)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(wf, &f[0].primary), "GOPRIVATE: corp.example");
        assert_eq!(spanned(wf, &f[0].related[0]), "'1.12'");
        let gl = "b:\n  image: golang:1.15\n  variables:\n    GOVCS: \"*:git\"\n  script:\n    - go build\n";
        assert_eq!(check("GPD605", &[(".gitlab-ci.yml", gl)]).len(), 1);
    }

    #[test]
    fn go_env_w_fails() {
        let df = "FROM golang:1.19\nRUN go env -w GOTOOLCHAIN=local && go build\n";
        let f = check("GPD605", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(df, &f[0].primary), "GOTOOLCHAIN=local");
        assert!(
            f[0].message
                .contains("`go env -w` fails with `go: unknown go command variable GOTOOLCHAIN`"),
            "{}",
            f[0].message
        );
    }

    /// `go env -w` of a variable it refuses to write (tests/quoted_errors.rs).
    #[test]
    fn go_env_w_of_a_variable_go_does_not_write() {
        let df = "FROM golang:1.21.13\nRUN go env -w GOWORK=off GOTELEMETRY=off\n";
        let f = check("GPD605", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 2);
        assert_eq!(spanned(df, &f[0].primary), "GOWORK=off");
        assert_eq!(
            f[0].message,
            "Go 1.21.13 (`golang:1.21.13`) does not let `go env -w` write GOWORK: it fails with `go: GOWORK cannot be modified`"
        );
        // Go 1.21 does not know GOTELEMETRY yet
        assert!(
            f[1].message
                .contains("fails with `go: unknown go command variable GOTELEMETRY`"),
            "{}",
            f[1].message
        );
        let df = "FROM golang:1.27\nRUN go env -w GOTELEMETRY=off GOENV=/x\n";
        let f = check("GPD605", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 2);
        assert!(
            f[0].message
                .ends_with("`go: GOTELEMETRY cannot be modified`")
        );
        assert!(
            f[1].message
                .ends_with("`go: GOENV can only be set using the OS environment`")
        );
        // in the environment they are read as usual
        assert!(
            check(
                "GPD605",
                &[(
                    "Dockerfile",
                    "FROM golang:1.21\nENV GOWORK=off\nRUN go build\n"
                )]
            )
            .is_empty()
        );
    }

    #[test]
    fn unsafe_to_remove_when_a_newer_go_reads_it() {
        let df = "FROM golang:1.20 AS old\nENV GOTOOLCHAIN=local\nRUN go build\nFROM old\nCOPY --from=golang:1.22 /usr/local/go /usr/local/go\nRUN go build\n";
        let f = check("GPD605", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert!(f[0].fixes.is_empty());
    }

    #[test]
    fn near_misses_do_not_fire() {
        for df in [
            "FROM golang:1.21\nENV GOTOOLCHAIN=local\nRUN go build\n",
            "FROM golang:1.24\nENV GOAUTH=netrc\nRUN go build\n",
            // the release is unknown
            "FROM golang\nENV GOAUTH=netrc\nRUN go build\n",
            "FROM alpine\nENV GOAUTH=netrc\nRUN go build\n",
            "ARG V=1.20\nFROM golang:1.20\nARG GOTOOLCHAIN\nRUN go build\n",
            // empty is unset
            "FROM golang:1.20\nENV GOTOOLCHAIN=\nRUN go build\n",
            "FROM golang:1.20\n# ENV GOTOOLCHAIN=local\nRUN go build\n",
        ] {
            assert!(check("GPD605", &[("Dockerfile", df)]).is_empty(), "{df}");
        }
        assert!(check("GPD605", &[(".env", "GOAUTH=netrc\n")]).is_empty());
    }
}
