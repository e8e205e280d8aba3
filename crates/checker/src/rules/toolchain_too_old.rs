use std::collections::BTreeMap;

use super::Rule;
use crate::gosem::GoVersion;
use crate::model::q_toolchain::{Toolchain, ToolchainOutcome, ToolchainSource};
use crate::model::{Context, Model};
use crate::report::{Applicability, Edit, Finding, Fix, Location, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD602",
    name: "toolchain-too-old",
    family: "toolchain and module mode",
    severity: Severity::Error,
    security_severity: None,
    summary: "the build's Go is older than go.mod requires and may not switch: every go command fails",
    tags: &["correctness", "toolchain"],
    precision: "high",
    check,
    docs: r#"Finds builds whose Go release is older than the main module's go.mod (or the go.work) requires
while GOTOOLCHAIN forbids switching: `GOTOOLCHAIN=local`, which the official `golang:1.21+`
images set and `actions/setup-go` v6 exports to the job's later steps, or a pinned `GOTOOLCHAIN=go1.N.P` older than the `go` line. It also finds go.mod files
that a Go 1.20 or older image cannot read at all (a `toolchain` line, a three-part `go 1.N.P`
line) and `go 1.22`+ lines that Go 1.19.13+/1.20.8+ refuse. The Go release comes from the image
tag, setup-go's `go-version` or an explicit download; unknown releases are not judged.

## Why it matters
The build stops before it does anything: `go mod download`, `go build`, `go test`, every command
that loads the module prints `go: go.mod requires go >= 1.23.0 (running go 1.22.12;
GOTOOLCHAIN=local)` and exits. It typically appears when someone bumps go.mod (or a dependency
update does it through `go get`) and the Dockerfile's `FROM golang:1.22` stays behind: the
official images deliberately set `GOTOOLCHAIN=local`, so no newer toolchain is fetched.

## Example
```dockerfile
FROM golang:1.22
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
```
```gomod
// go.mod
module example.com/app

go 1.23.0
```

## Use instead
```dockerfile
FROM golang:1.23
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
```

## Fix safety
The fix raises the image tag (or setup-go's `go-version`) to the Go release go.mod requires. It
is unsafe: the build then runs a newer compiler and standard library.

## Go behaviour
From Go 1.21 the `go` line is a minimum: `toolchain.Select` (`src/cmd/go/internal/toolchain/select.go`)
switches to a newer toolchain only when GOTOOLCHAIN allows it (`auto`, `path`, `…+auto`); with
`local` or a pinned `go1.N.P` the running Go loads the module and fails with `gover.TooNewError`.
The `toolchain` line alone never fails a build: it only names a preferred toolchain. Before Go
1.21 the main go.mod is parsed strictly: `toolchain` is an unknown directive and the `go` line
must match `1.N`; Go 1.19.13 and 1.20.8 and later patch releases refuse `go 1.22` and later.
See https://go.dev/doc/toolchain and go-semantics §7 and §11.
"#,
};

/// A finding's key: the Go release reference (file, start) and the go.mod/go.work file.
type Key = (usize, usize, usize);

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    let mut seen: BTreeMap<Key, ()> = BTreeMap::new();
    for ctx in &model.contexts {
        let Some((
            lines,
            ToolchainOutcome::Fails {
                message,
                verbatim,
                needs,
                line,
                gotoolchain,
            },
        )) = model.toolchain_outcome(ctx)
        else {
            continue;
        };
        let Some(release) = ctx.go_version.as_ref() else {
            continue;
        };
        if seen
            .insert((ctx.file, release.range.start, lines.file), ())
            .is_some()
        {
            continue;
        }
        let local = model.local_go(ctx).map(|l| l.display).unwrap_or_default();
        let mod_file = &model.files[lines.file];
        let old_syntax = gotoolchain.is_none();
        let why = match &gotoolchain {
            Some(tc) => format!(", and {}", describe_gotoolchain(model, tc)),
            None => String::new(),
        };
        let command = ctx.go.as_ref().map_or("go", |g| g.subcommand.as_str());
        let message = if !verbatim {
            format!(
                "`{}` runs Go {local}, which cannot load {}: `go {command}` fails because {message}",
                release.source, mod_file.path
            )
        } else if old_syntax {
            format!(
                "`{}` runs Go {local}, which cannot load {}: `go {command}` fails with `{message}`",
                release.source, mod_file.path
            )
        } else {
            format!(
                "`{}` runs Go {local}, older than {} requires{why}: `go {command}` fails with `go: {message}`",
                release.source, mod_file.path
            )
        };
        let primary = model.files[ctx.file].location(
            release.range.start,
            release.range.end,
            format!("Go {local} comes from here"),
        );
        let mut finding = RULE
            .finding(message, primary)
            .related(mod_file.location(
                line.start,
                line.end,
                if old_syntax {
                    format!("Go {local} cannot read this line")
                } else {
                    format!("{} requires go {needs} here", mod_file.path)
                },
            ))
            .help(format!(
                "use Go {needs} or newer here (e.g. `{}`), or lower the requirement in {}",
                suggested_tag(release.source.as_str(), &needs)
                    .unwrap_or_else(|| format!("go{needs}")),
                mod_file.path
            ))
            .fix(bump_fix(model, ctx, &needs));
        if let Some(tc) = &gotoolchain
            && let Some(l) = gotoolchain_location(model, tc)
        {
            finding = finding.related(l);
        }
        if let Some(l) = go_runs_here(model, ctx) {
            finding = finding.related(l);
        }
        findings.push(finding.build());
    }
}

/// "GOTOOLCHAIN=local (the official image's default)" and the like.
pub(super) fn describe_gotoolchain(model: &Model<'_>, tc: &Toolchain<'_>) -> String {
    match tc.source {
        ToolchainSource::Image(r) => format!(
            "GOTOOLCHAIN={} (the default of the official image `{}`)",
            tc.value, r.source
        ),
        ToolchainSource::GoEnv => format!(
            "GOTOOLCHAIN={} (the default from the Go distribution's go.env)",
            tc.value
        ),
        ToolchainSource::Assignment(a) if a.value.as_ref().is_none_or(|v| v.is_empty()) => {
            format!(
                "GOTOOLCHAIN={} (`{}` is empty, so the Go distribution's go.env decides)",
                tc.value,
                model.written(a)
            )
        }
        ToolchainSource::Assignment(a) => {
            let file = model.file(a);
            let line = file.span(a.range.start, a.range.start).start_line;
            format!("GOTOOLCHAIN={} (set at {}:{line})", tc.value, file.path)
        }
    }
}

/// Where GOTOOLCHAIN was set, when an assignment set it.
pub(super) fn gotoolchain_location(model: &Model<'_>, tc: &Toolchain<'_>) -> Option<Location> {
    match tc.source {
        ToolchainSource::Assignment(a) => Some(model.location(
            a,
            a.range.clone(),
            format!("GOTOOLCHAIN={} set here", tc.value),
        )),
        _ => None,
    }
}

/// The go command of a context.
pub(super) fn go_runs_here(model: &Model<'_>, ctx: &Context) -> Option<Location> {
    let go = ctx.go.as_ref()?;
    Some(model.files[ctx.file].location(go.range.start, go.range.end, "go runs here"))
}

/// The version text to write for `needs` in place of `old` (`1.22` → `1.23`, `1.22.5` →
/// `1.23.0`); None for pre-releases.
fn new_version_text(old: &str, needs: &GoVersion) -> Option<String> {
    if !needs.kind.is_empty() || needs.major != 1 {
        return None;
    }
    if old.matches('.').count() < 2 {
        return Some(format!("1.{}", needs.minor));
    }
    Some(match needs.patch {
        Some(p) => format!("1.{}.{p}", needs.minor),
        None => format!("1.{}.0", needs.minor),
    })
}

/// `golang:1.22-alpine` with Go `needs` → `golang:1.23-alpine`.
fn suggested_tag(source: &str, needs: &GoVersion) -> Option<String> {
    let (name, tag) = source.rsplit_once(':')?;
    if name.contains('@') || tag.contains('/') || source.contains('@') {
        return None;
    }
    let old = tag.split('-').next().unwrap_or(tag);
    let new = new_version_text(old, needs)?;
    Some(format!("{name}:{new}{}", &tag[old.len()..]))
}

/// A fix raising the Go release of `ctx` to `needs`: the version in a `golang:` image tag or in
/// setup-go's `go-version`, when it is written out in the file (not through a variable).
pub(super) fn bump_fix(model: &Model<'_>, ctx: &Context, needs: &GoVersion) -> Option<Fix> {
    let release = ctx.go_version.as_ref()?;
    let version = release.version.as_ref()?;
    let file = &model.files[ctx.file];
    if file.lossy || release.source.contains('@') || release.source.ends_with(" download") {
        return None;
    }
    let written = file.text.get(release.range.clone())?;
    // the version as written: after the image name's `:`, or setup-go's whole value
    let tag_start = match release.source.rfind(':') {
        Some(colon) if release.official_image || release.source.contains("golang") => {
            let in_written = written.find(release.source.as_str())?;
            in_written + colon + 1
        }
        Some(_) => return None,
        None => written.find(release.source.as_str())?,
    };
    let rest = &written[tag_start..];
    let start = tag_start + rest.find(version.as_str())?;
    if start > tag_start + 1 {
        // only a `v`/`^`/`~` may precede the version
        return None;
    }
    let old = version.as_str();
    let new = new_version_text(old, needs)?;
    let yaml = file.path.ends_with(".yml") || file.path.ends_with(".yaml");
    let (range, replacement) = if yaml && !written.starts_with(['\'', '"']) && release.source == old
    {
        // a plain YAML scalar `1.20` is a number: write the new one as a string
        (release.range.clone(), format!("'{new}'"))
    } else {
        let s = release.range.start + start;
        (s..s + old.len(), new.clone())
    };
    Some(Fix {
        description: format!("use Go {new} (`{old}` → `{new}`)"),
        applicability: Applicability::Unsafe,
        edits: vec![Edit {
            path: file.path.clone(),
            span: file.span(range.start, range.end),
            replacement,
        }],
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{apply_fix, check, spanned};

    const GO_MOD_123: &str = "module example.com/app\n\ngo 1.23.0\n";

    fn docker(df: &str, go_mod: &str) -> Vec<crate::Finding> {
        check("GPD602", &[("Dockerfile", df), ("go.mod", go_mod)])
    }

    #[test]
    fn official_image_defaults_to_local() {
        let df = "FROM golang:1.22-alpine\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build ./...\n";
        let f = docker(df, GO_MOD_123);
        assert_eq!(f.len(), 1, "one finding for the image, not one per RUN");
        assert_eq!(spanned(df, &f[0].primary), "golang:1.22-alpine");
        assert_eq!(
            f[0].message,
            "`golang:1.22-alpine` runs Go 1.22.x, older than go.mod requires, and GOTOOLCHAIN=local (the default of the official image `golang:1.22-alpine`): `go mod download` fails with `go: go.mod requires go >= 1.23.0 (running go 1.22.x; GOTOOLCHAIN=local)`"
        );
        assert_eq!(f[0].related[0].path, "go.mod");
        assert_eq!(spanned(GO_MOD_123, &f[0].related[0]), "1.23.0");
        assert_eq!(f[0].related[0].span.start_line, 3);
        assert_eq!(spanned(df, &f[0].related[1]), "go mod download");
        assert_eq!(
            apply_fix(df, &f[0]),
            df.replace("golang:1.22-alpine", "golang:1.23-alpine")
        );
        assert_eq!(
            f[0].fixes[0].applicability,
            crate::report::Applicability::Unsafe
        );
    }

    #[test]
    fn explicit_local_and_pinned_toolchains() {
        let df = "FROM golang:1.22.5\nENV GOTOOLCHAIN=local\nCOPY . .\nRUN go test ./...\n";
        let f = docker(df, GO_MOD_123);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message
                .contains(", and GOTOOLCHAIN=local (set at Dockerfile:2)"),
            "{}",
            f[0].message
        );
        assert!(
            f[0].message
                .contains("(running go 1.22.5; GOTOOLCHAIN=local)")
        );
        assert_eq!(spanned(df, &f[0].related[1]), "GOTOOLCHAIN=local");
        assert_eq!(apply_fix(df, &f[0]), df.replace("1.22.5", "1.23.0"));

        let df = "FROM golang:1.24\nENV GOTOOLCHAIN=go1.22.3\nCOPY . .\nRUN go build\n";
        let f = docker(df, GO_MOD_123);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.ends_with(
                "`go: go.mod requires go >= 1.23.0 (running go 1.22.3; GOTOOLCHAIN=go1.22.3)`"
            ),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn ci_setup_go_and_container_images() {
        let wf = "jobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n      GOTOOLCHAIN: local\n    steps:\n      - uses: actions/setup-go@v5\n        with:\n          go-version: '1.21.x'\n      - run: go build ./...\n";
        let f = check(
            "GPD602",
            &[(".github/workflows/ci.yml", wf), ("go.mod", GO_MOD_123)],
        );
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(wf, &f[0].primary), "'1.21.x'");
        assert_eq!(apply_fix(wf, &f[0]), wf.replace("'1.21.x'", "'1.23.x'"));

        let gl = "build:\n  image: golang:1.22\n  script:\n    - go mod download\n";
        let f = check("GPD602", &[(".gitlab-ci.yml", gl), ("go.mod", GO_MOD_123)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(gl, &f[0].primary), "golang:1.22");
        assert_eq!(
            apply_fix(gl, &f[0]),
            gl.replace("golang:1.22", "golang:1.23")
        );
    }

    #[test]
    fn old_go_cannot_read_new_syntax() {
        let df = "FROM golang:1.20\nCOPY . .\nRUN go mod download\n";
        let f = docker(df, "module example.com/app\n\ngo 1.21.0\n");
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.ends_with(
                "fails with `go.mod:3: invalid go version '1.21.0': must match format 1.23`"
            ),
            "{}",
            f[0].message
        );
        assert_eq!(apply_fix(df, &f[0]), df.replace("1.20", "1.21"));

        let go_mod = "module example.com/app\n\ngo 1.20\n\ntoolchain go1.21.3\n";
        let f = docker(df, go_mod);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message
                .contains("`go.mod:5: unknown directive: toolchain`")
        );
        assert_eq!(spanned(go_mod, &f[0].related[0]), "go1.21.3");

        // 1.20.8+ refuse go 1.22; go1.19.8 did not
        let f = docker(df, "module example.com/app\n\ngo 1.22\n");
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.ends_with("fails because it declares go 1.22, and Go 1.20.8+ refuses go 1.22 and later (as every release since 1.19.13 and 1.20.8 does)"),
            "{}",
            f[0].message
        );
        let old = "FROM golang:1.19.8\nCOPY . .\nRUN go mod download\n";
        assert!(docker(old, "module example.com/app\n\ngo 1.22\n").is_empty());
    }

    #[test]
    fn near_misses_do_not_fire() {
        for (df, go_mod) in [
            // auto may switch: GPD601's business
            (
                "FROM golang:1.22\nENV GOTOOLCHAIN=auto\nCOPY . .\nRUN go build\n",
                GO_MOD_123,
            ),
            // an empty ENV hides the image's local: go.env's auto applies
            (
                "FROM golang:1.22\nENV GOTOOLCHAIN=\nCOPY . .\nRUN go build\n",
                GO_MOD_123,
            ),
            // the newest 1.23 patch satisfies go 1.23.4
            (
                "FROM golang:1.23\nCOPY . .\nRUN go build\n",
                "module m.example/a\n\ngo 1.23.4\n",
            ),
            // the toolchain line alone is a preference
            (
                "FROM golang:1.23\nCOPY . .\nRUN go build\n",
                "module m.example/a\n\ngo 1.22.0\ntoolchain go1.24.1\n",
            ),
            // go version does not load the module
            ("FROM golang:1.22\nCOPY . .\nRUN go version\n", GO_MOD_123),
            // go.mod not copied into this stage
            ("FROM golang:1.22\nRUN go build\n", GO_MOD_123),
            // GOPATH mode ignores go.mod
            (
                "FROM golang:1.22\nENV GO111MODULE=off\nCOPY . .\nRUN go build\n",
                GO_MOD_123,
            ),
            // the release is unknown
            ("FROM golang:latest\nCOPY . .\nRUN go build\n", GO_MOD_123),
            (
                "ARG GO\nFROM golang:${GO}\nCOPY . .\nRUN go build\n",
                GO_MOD_123,
            ),
            // known only at build time
            (
                "FROM golang:1.22\nARG GOTOOLCHAIN\nCOPY . .\nRUN go build\n",
                GO_MOD_123,
            ),
        ] {
            assert!(docker(df, go_mod).is_empty(), "{df}");
        }
    }

    #[test]
    fn setup_go_v6_exports_gotoolchain_local() {
        let wf = |uses: &str, step_env: &str| {
            format!(
                "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: {uses}\n        with:\n          go-version: '1.22.5'\n      - run: go build ./...\n{step_env}"
            )
        };
        let go_mod = "module example.com/app\n\ngo 1.24.0\n";
        let run = |text: &str, rule: &str| {
            check(
                rule,
                &[(".github/workflows/ci.yml", text), ("go.mod", go_mod)],
            )
        };
        // v6: the build fails, it does not download
        let v6 = wf("actions/setup-go@v6", "");
        let f = run(&v6, "GPD602");
        assert_eq!(f.len(), 1, "{f:#?}");
        assert!(
            f[0].message
                .contains("GOTOOLCHAIN=local (set at .github/workflows/ci.yml:6)"),
            "{}",
            f[0].message
        );
        assert!(run(&v6, "GPD601").is_empty());
        assert_eq!(run(&wf("actions/setup-go@v6.1.0", ""), "GPD602").len(), 1);
        // v5 leaves GOTOOLCHAIN alone: go switches (GPD601)
        let v5 = wf("actions/setup-go@v5", "");
        assert!(run(&v5, "GPD602").is_empty());
        assert_eq!(run(&v5, "GPD601").len(), 1);
        // a step's own env wins over what setup-go exported
        let auto = wf(
            "actions/setup-go@v6",
            "        env:\n          GOTOOLCHAIN: auto\n",
        );
        assert!(run(&auto, "GPD602").is_empty());
        assert_eq!(run(&auto, "GPD601").len(), 1);
    }
}
