use std::collections::BTreeMap;

use super::{Rule, edit_fix};
use crate::gosem::GoVersion;
use crate::model::{Assignment, Context, ContextKind, GoCommand, Model};
use crate::report::{Applicability, Finding, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD603",
    name: "module-mode-disabled",
    family: "toolchain and module mode",
    severity: Severity::Warning,
    security_severity: None,
    summary: "GO111MODULE=off in a module build: go ignores go.mod and go.sum",
    tags: &["correctness", "supply-chain"],
    precision: "very-high",
    check,
    docs: r#"Finds `GO111MODULE=off` where a go command (a Dockerfile `RUN`, a CI step, the shell an env
file configures) works in a directory with a go.mod: Go then runs in GOPATH mode and ignores
the module entirely; `go mod …` commands (and `go get` from Go 1.22) fail outright with
`go: modules disabled by GO111MODULE=off`. It also finds GO111MODULE values Go rejects (`OFF`,
` on`, `off\r` from a CRLF file): every go command but `go version` stops with
`go: unknown environment setting GO111MODULE=OFF`.

## Why it matters
In GOPATH mode go.mod and go.sum are not read: the versions the module requires are not the ones
built, nothing is verified against go.sum or the checksum database, GOPROXY/GOPRIVATE/GOSUMDB
settings have no effect, and `go get` clones default branches straight from version control
(Go 1.22 removed `go get` in GOPATH mode altogether; `go mod download` just fails). The setting is usually a leftover from the
Go 1.11–1.15 migration, copied into a Dockerfile and forgotten; the build then works only as
long as the right code happens to be in GOPATH.

## Example
```dockerfile
FROM golang:1.23
ENV GO111MODULE=off
WORKDIR /src
COPY . .
RUN go build ./...
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
COPY . .
RUN go build ./...
```

## Fix safety
The fix deletes the assignment. It is unsafe: the build then uses the versions go.mod requires
and downloads them, which may differ from what GOPATH held.

## Go behaviour
`modload.Init` (`src/cmd/go/internal/modload/init.go`) reads GO111MODULE: `off` selects GOPATH
mode whatever files exist, `on` or empty (the default since Go 1.16) module mode, `auto` module
mode when a go.mod is found; any other value is a fatal error. Commands that only work with
modules (`go mod download` and the other `go mod` commands, `go get` from Go 1.22) refuse to
run instead: `go: modules disabled by GO111MODULE=off; see 'go help modules'`. In GOPATH mode `toolchain.Select`
does not run either, so GOTOOLCHAIN is ignored. See `go help modules`, `go help gopath` and
go-semantics §7.1 and §11.
"#,
};

/// Go's error when `go` fails outright with GO111MODULE=off (Go `version`) rather than running
/// in GOPATH mode: every `go mod` command and, from Go 1.22, `go get`; before, a `go get` of
/// `path@version`.
fn fails_when_off(go: &GoCommand, version: &GoVersion) -> Option<&'static str> {
    if go.subcommand.starts_with("mod ") || (go.subcommand == "get" && version.at_least(22)) {
        return Some("go: modules disabled by GO111MODULE=off; see 'go help modules'");
    }
    let versioned = go
        .args
        .iter()
        .any(|a| !a.starts_with('-') && a.contains('@'));
    (go.subcommand == "get" && versioned).then_some(
        "go: can only use path@version syntax with 'go get' and 'go install' in module-aware mode",
    )
}

/// GO111MODULE values other than `on`, `off` and `auto` (exact): every go command but
/// `go version` and `go help` stops.
fn unknown_values(model: &Model<'_>, findings: &mut Vec<Finding>) {
    let mut seen: BTreeMap<(usize, usize), ()> = BTreeMap::new();
    for ctx in &model.contexts {
        let Some(go) = ctx
            .go
            .as_ref()
            // `go env -w`/`-u` do not read GO111MODULE
            .filter(|g| {
                let writes = g.subcommand == "env" && g.args.iter().any(|a| a == "-w" || a == "-u");
                !(writes || matches!(g.subcommand.as_str(), "version" | "help"))
            })
        else {
            continue;
        };
        let Some((a, v)) = model.effective(ctx, "GO111MODULE").known() else {
            continue;
        };
        let v = v.as_str();
        if matches!(v, "" | "on" | "off" | "auto")
            || seen.insert((a.file, a.range.start), ()).is_some()
        {
            continue;
        }
        let meant = v.trim().to_ascii_lowercase();
        let help = if matches!(meant.as_str(), "on" | "off" | "auto") {
            format!(
                "write exactly `{meant}` (Go compares the value as is), or remove it: module mode is the default"
            )
        } else {
            "remove it: module mode is the default since Go 1.16".to_owned()
        };
        let mut f = RULE
            .finding(
                format!(
                    "GO111MODULE {v:?} is not `on`, `off` or `auto`: `go {}` fails with `go: unknown environment setting GO111MODULE={v}`",
                    go.subcommand
                ),
                model.location(a, a.range.clone(), "Go rejects this value"),
            )
            .related(model.files[ctx.file].location(go.range.start, go.range.end, "go runs here"))
            .help(help)
            .build();
        f.severity = Severity::Error;
        findings.push(f);
    }
}

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    unknown_values(model, findings);
    // one finding per assignment, with the first context it disables
    let mut offs: BTreeMap<(usize, usize), (&Assignment, &Context, usize)> = BTreeMap::new();
    for ctx in &model.contexts {
        let shell = matches!(ctx.kind, ContextKind::EnvFile | ContextKind::GoEnvFile);
        if ctx.go.is_none() && !shell {
            continue;
        }
        let Some((a, v)) = model.effective(ctx, "GO111MODULE").known() else {
            continue;
        };
        if v.as_str() != "off" {
            continue;
        }
        let scope = model.modules_in_scope(ctx);
        let Some(go_mod) = scope.go_work.or(scope.go_mod) else {
            continue;
        };
        offs.entry((a.file, a.range.start))
            .or_insert((a, ctx, go_mod));
    }
    for (a, ctx, go_mod) in offs.into_values() {
        let mod_path = &model.files[go_mod].path;
        let module = match &model.parsed[go_mod] {
            crate::parse::Parsed::GoMod(m) => m.module.as_ref(),
            _ => None,
        };
        let what = match &ctx.go {
            Some(go) => format!("`go {}`", go.subcommand),
            None => "every go command in this shell".to_owned(),
        };
        let module_text = module.map_or(String::new(), |m| format!(" (module `{}`)", m.value));
        let message = match &ctx.go {
            Some(go) if let Some(error) = fails_when_off(go, &model.go_version(ctx)) => format!(
                "`{}` makes {what} fail with `{error}`: {mod_path}{module_text} is not used",
                model.written(a),
            ),
            _ => format!(
                "`{}` puts {what} in GOPATH mode: {mod_path}{module_text} is ignored, with its requirements and go.sum",
                model.written(a),
            ),
        };
        let mod_file = &model.files[go_mod];
        let anchor = module.map_or(0..0, |m| m.range.clone());
        let mut finding = RULE
            .finding(
                message,
                model.location(a, a.range.clone(), "module mode turned off here"),
            )
            .related(mod_file.location(anchor.start, anchor.end, "this module is ignored"))
            .help("remove it: module mode is the default since Go 1.16 (to build from vendor/, use -mod=vendor)")
            .fix(a.removal.clone().and_then(|r| {
                let description = format!("remove `{}`", model.written(a));
                edit_fix(model, a, r, "", description, Applicability::Unsafe)
            }));
        if let Some(go) = &ctx.go {
            finding = finding.related(model.files[ctx.file].location(
                go.range.start,
                go.range.end,
                "go runs here",
            ));
        }
        findings.push(finding.build());
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{apply_fix, check, spanned};

    const GO_MOD: &str = "module example.com/app\n\ngo 1.22\n";

    #[test]
    fn fires_in_dockerfiles_ci_and_env_files() {
        let df = "FROM golang:1.22\nENV GO111MODULE=off\nWORKDIR /src\nCOPY . .\nRUN go build ./...\nRUN go test ./...\n";
        let f = check("GPD603", &[("Dockerfile", df), ("go.mod", GO_MOD)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(df, &f[0].primary), "GO111MODULE=off");
        assert_eq!(
            (f[0].primary.span.start_line, f[0].primary.span.start_column),
            (2, 5)
        );
        assert!(
            f[0].message
                == "`GO111MODULE=off` puts `go build` in GOPATH mode: go.mod (module `example.com/app`) is ignored, with its requirements and go.sum",
            "{}",
            f[0].message
        );
        assert_eq!(spanned(GO_MOD, &f[0].related[0]), "example.com/app");
        assert_eq!(spanned(df, &f[0].related[1]), "go build ./...");
        assert_eq!(
            apply_fix(df, &f[0]),
            "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build ./...\nRUN go test ./...\n"
        );

        let wf = "env:\n  GO111MODULE: \"off\"\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: go build\n";
        let f = check(
            "GPD603",
            &[(".github/workflows/ci.yml", wf), ("go.mod", GO_MOD)],
        );
        assert_eq!(f.len(), 1);
        let gl = "build:\n  variables:\n    GO111MODULE: \"off\"\n  script:\n    - go vet ./...\n";
        assert_eq!(
            check("GPD603", &[(".gitlab-ci.yml", gl), ("go.mod", GO_MOD)]).len(),
            1
        );

        let env = "GO111MODULE=off\n";
        let f = check("GPD603", &[(".env", env), ("go.mod", GO_MOD)]);
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("every go command in this shell"));
        assert_eq!(apply_fix(env, &f[0]), "");
        let f = check("GPD603", &[("go.env", env), ("go.mod", GO_MOD)]);
        assert_eq!(f.len(), 1);
    }

    #[test]
    fn go_mod_commands_refuse_to_run() {
        let df =
            "FROM golang:1.22\nENV GO111MODULE=off\nWORKDIR /src\nCOPY . .\nRUN go mod download\n";
        let f = check("GPD603", &[("Dockerfile", df), ("go.mod", GO_MOD)]);
        assert_eq!(f.len(), 1);
        assert_eq!(
            f[0].message,
            "`GO111MODULE=off` makes `go mod download` fail with `go: modules disabled by \
             GO111MODULE=off; see 'go help modules'`: go.mod (module `example.com/app`) is not used"
        );
    }

    #[test]
    fn inline_assignment() {
        let df = "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN GO111MODULE=off go build\n";
        let f = check("GPD603", &[("Dockerfile", df), ("go.mod", GO_MOD)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(df, &f[0].primary), "GO111MODULE=off");
    }

    /// Checked with go1.19.8, go1.21.13 and go1.27.3 (tests/quoted_errors.rs).
    #[test]
    fn what_the_go_command_says() {
        let df = "FROM golang:1.22\nENV GO111MODULE=off\nCOPY . .\nRUN go mod download\n";
        let f = check("GPD603", &[("Dockerfile", df), ("go.mod", GO_MOD)]);
        assert_eq!(f.len(), 1);
        assert_eq!(
            f[0].message,
            "`GO111MODULE=off` makes `go mod download` fail with `go: modules disabled by GO111MODULE=off; see 'go help modules'`: go.mod (module `example.com/app`) is not used"
        );
        // GOPATH-mode `go get` exists until Go 1.21
        let old =
            "FROM golang:1.21\nENV GO111MODULE=off\nCOPY . .\nRUN go get x.example/y@v1.2.3\n";
        let f = check("GPD603", &[("Dockerfile", old), ("go.mod", GO_MOD)]);
        assert!(
            f[0].message.contains(
                "makes `go get` fail with `go: can only use path@version syntax with 'go get' and 'go install' in module-aware mode`"
            ),
            "{}",
            f[0].message
        );
        let f = check(
            "GPD603",
            &[
                (
                    "Dockerfile",
                    &old.replace("x.example/y@v1.2.3", "-u x.example/y"),
                ),
                ("go.mod", GO_MOD),
            ],
        );
        assert!(f[0].message.contains("puts `go get` in GOPATH mode"));
        let f = check(
            "GPD603",
            &[
                ("Dockerfile", &old.replace("1.21", "1.22")),
                ("go.mod", GO_MOD),
            ],
        );
        assert!(f[0].message.contains("makes `go get` fail with"));

        // values Go does not know stop every command, go.mod or not
        let df = "FROM golang:1.22\nENV GO111MODULE=OFF\nRUN go build\n";
        let f = check("GPD603", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, crate::report::Severity::Error);
        assert_eq!(spanned(df, &f[0].primary), "GO111MODULE=OFF");
        assert_eq!(
            f[0].message,
            "GO111MODULE \"OFF\" is not `on`, `off` or `auto`: `go build` fails with `go: unknown environment setting GO111MODULE=OFF`"
        );
        assert!(
            f[0].help
                .as_deref()
                .unwrap()
                .starts_with("write exactly `off`")
        );
        for run in ["go version", "go env -w GOPRIVATE=x.example"] {
            let df = format!("FROM golang:1.22\nENV GO111MODULE=bogus\nRUN {run}\n");
            assert!(check("GPD603", &[("Dockerfile", &df)]).is_empty(), "{run}");
        }
    }

    #[test]
    fn near_misses_do_not_fire() {
        for df in [
            // no go.mod in the image: a GOPATH build on purpose
            "FROM golang:1.22\nENV GO111MODULE=off\nRUN go build\n",
            "FROM golang:1.22\nENV GO111MODULE=on\nCOPY . .\nRUN go build\n",
            "FROM golang:1.22\nENV GO111MODULE=auto\nCOPY . .\nRUN go build\n",
            // overridden
            "FROM golang:1.22\nENV GO111MODULE=off\nENV GO111MODULE=on\nCOPY . .\nRUN go build\n",
            // only at build time
            "FROM golang:1.22\nARG GO111MODULE\nCOPY . .\nRUN go build\n",
            "FROM golang:1.22\n# ENV GO111MODULE=off\nCOPY . .\nRUN go build\n",
        ] {
            assert!(
                check("GPD603", &[("Dockerfile", df), ("go.mod", GO_MOD)]).is_empty(),
                "{df}"
            );
        }
        assert!(check("GPD603", &[(".env", "GO111MODULE=off\n")]).is_empty());
    }
}
