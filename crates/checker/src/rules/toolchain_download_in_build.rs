use std::collections::BTreeSet;

use super::Rule;
use super::toolchain_too_old::{
    bump_fix, describe_gotoolchain, go_runs_here, gotoolchain_location,
};
use crate::gosem::GoVersion;
use crate::model::Model;
use crate::model::q_toolchain::ToolchainOutcome;
use crate::report::{Finding, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD601",
    name: "toolchain-download-in-build",
    family: "toolchain and module mode",
    severity: Severity::Warning,
    security_severity: None,
    summary: "go.mod needs a newer Go than the build has, so every build downloads a toolchain",
    tags: &["reproducibility", "toolchain", "network"],
    precision: "high",
    check,
    docs: r#"Finds builds whose Go release is older than the main module's go.mod (or the go.work) requires
while GOTOOLCHAIN lets Go switch (`auto`, `go1.N+auto`): before running anything, every go
command downloads the newer toolchain as the module `golang.org/toolchain` through GOPROXY and
verifies it against GOSUMDB. The Go release comes from the image tag, setup-go's `go-version` or
an explicit download; it fires for any go command in module mode, since all of them switch.

## Why it matters
The image you pinned is not the compiler that builds your code: each fresh build (every CI run,
every Docker build without a warm module cache) first fetches a 60–100 MB toolchain, and the
build depends on the proxy serving `golang.org/toolchain` and on the checksum database being
reachable. Behind a private GOPROXY that does not mirror the toolchain module, with
`GOPROXY=off`, or with `GOSUMDB=off`, the build fails with `toolchain not available` or
`verifying module: checksum database disabled by GOSUMDB=off`. Using an image with the right Go
makes the build faster and the toolchain explicit.

## Example
```dockerfile
FROM golang:1.22
ENV GOTOOLCHAIN=auto
COPY go.mod go.sum ./
RUN go mod download
```
```gomod
// go.mod
module example.com/app

go 1.24.0
```

## Use instead
```dockerfile
FROM golang:1.24
COPY go.mod go.sum ./
RUN go mod download
```

## Fix safety
The fix raises the image tag (or setup-go's `go-version`) to the toolchain Go would download. It
is unsafe only in name: the build already runs that toolchain; the fix makes it come from the
image instead of the network.

## Go behaviour
`toolchain.Select` (`src/cmd/go/internal/toolchain/select.go`) runs at the start of every go
command in module mode (except `go env GOTOOLCHAIN`, `go env -w GOTOOLCHAIN=…`, `go env GOMOD`
and `go env GOWORK`). With GOTOOLCHAIN `auto` (the default from `$GOROOT/go.env` of the official
Go distributions; note that `actions/setup-go` v6 exports `GOTOOLCHAIN=local` to the job) or
`…+auto`, a `go` or `toolchain` line newer than the
running Go selects that toolchain (`go 1.24` → `go1.24.0`); it is looked up in PATH, then
downloaded as `golang.org/toolchain@v0.0.1-go1.24.0.<goos>-<goarch>` through GOPROXY, always
verified by the checksum database (GONOSUMDB and GOPRIVATE do not apply). The official Docker
images set `GOTOOLCHAIN=local` instead; `ENV GOTOOLCHAIN=` (empty) brings `auto` back. See
https://go.dev/doc/toolchain (there is no `go help toolchain`) and go-semantics §7.
"#,
};

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    let mut seen = BTreeSet::new();
    for ctx in &model.contexts {
        let Some((
            lines,
            ToolchainOutcome::Download {
                toolchain,
                gotoolchain,
            },
        )) = model.toolchain_outcome(ctx)
        else {
            continue;
        };
        let Some(release) = ctx.go_version.as_ref() else {
            continue;
        };
        if !seen.insert((ctx.file, release.range.start, lines.file)) {
            continue;
        }
        let local = model.local_go(ctx).map(|l| l.display).unwrap_or_default();
        let mod_file = &model.files[lines.file];
        // the line that asked for the toolchain: `toolchain go1.24.1`, else the `go` line
        let line = match &lines.mod_file.toolchain {
            Some(t) if t.value == toolchain => t,
            _ => match &lines.mod_file.go {
                Some(g) => g,
                None => continue,
            },
        };
        let message = format!(
            "{} {} {toolchain} but `{}` runs Go {local}, and {}: every build first downloads {toolchain} (module `golang.org/toolchain`) through GOPROXY, verified by GOSUMDB",
            mod_file.path,
            if lines
                .mod_file
                .toolchain
                .as_ref()
                .is_some_and(|t| std::ptr::eq(t, line))
            {
                "asks for"
            } else {
                "requires"
            },
            release.source,
            describe_gotoolchain(model, &gotoolchain)
        );
        let primary = model.files[ctx.file].location(
            release.range.start,
            release.range.end,
            format!("Go {local} comes from here"),
        );
        let needs = GoVersion::from_toolchain(&toolchain);
        let mut finding = RULE
            .finding(message, primary)
            .related(mod_file.location(
                line.range.start,
                line.range.end,
                format!("{} asks for {toolchain} here", mod_file.path),
            ))
            .help(format!(
                "build with Go {} or newer from the start (raise the image tag or setup-go's go-version); GOTOOLCHAIN=local would make the build fail instead of downloading",
                toolchain.trim_start_matches("go")
            ))
            .fix(needs.and_then(|n| {
                // a custom toolchain (`go1.24.1-bigcorp`) has no image
                (!toolchain.contains(['-', ' ', '\t']))
                    .then(|| bump_fix(model, ctx, &n))
                    .flatten()
            }));
        if let Some(l) = gotoolchain_location(model, &gotoolchain) {
            finding = finding.related(l);
        }
        if let Some(l) = go_runs_here(model, ctx) {
            finding = finding.related(l);
        }
        findings.push(finding.build());
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{apply_fix, check, spanned};

    const GO_MOD_124: &str = "module example.com/app\n\ngo 1.24\n";

    fn docker(df: &str, go_mod: &str) -> Vec<crate::Finding> {
        check("GPD601", &[("Dockerfile", df), ("go.mod", go_mod)])
    }

    #[test]
    fn auto_in_an_image_downloads() {
        let df = "FROM golang:1.22 AS build\nENV GOTOOLCHAIN=auto\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build -o /app .\n";
        let f = docker(df, GO_MOD_124);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(df, &f[0].primary), "golang:1.22");
        assert_eq!(
            f[0].message,
            "go.mod requires go1.24.0 but `golang:1.22` runs Go 1.22.x, and GOTOOLCHAIN=auto (set at Dockerfile:2): every build first downloads go1.24.0 (module `golang.org/toolchain`) through GOPROXY, verified by GOSUMDB"
        );
        assert_eq!(spanned(GO_MOD_124, &f[0].related[0]), "1.24");
        assert_eq!(spanned(df, &f[0].related[1]), "GOTOOLCHAIN=auto");
        assert_eq!(spanned(df, &f[0].related[2]), "go mod download");
        assert_eq!(
            apply_fix(df, &f[0]),
            df.replace("golang:1.22", "golang:1.24")
        );
    }

    #[test]
    fn empty_env_brings_auto_back_and_toolchain_lines_count() {
        let go_mod = "module example.com/app\n\ngo 1.22.0\n\ntoolchain go1.24.3\n";
        let df = "FROM golang:1.22.5-bookworm\nENV GOTOOLCHAIN=\nCOPY . .\nRUN go vet ./...\n";
        let f = docker(df, go_mod);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.starts_with("go.mod asks for go1.24.3 but")
                && f[0].message.contains("`GOTOOLCHAIN=` is empty"),
            "{}",
            f[0].message
        );
        assert_eq!(spanned(go_mod, &f[0].related[0]), "go1.24.3");
        assert_eq!(apply_fix(df, &f[0]), df.replace("1.22.5", "1.24.3"));
    }

    #[test]
    fn setup_go_uses_the_distribution_default() {
        let wf = "jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-go@v5\n        with:\n          go-version: \"1.23\"\n      - run: go test ./...\n";
        let f = check(
            "GPD601",
            &[(".github/workflows/ci.yml", wf), ("go.mod", GO_MOD_124)],
        );
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message
                .contains("(the default from the Go distribution's go.env)")
        );
        assert_eq!(spanned(wf, &f[0].primary), "\"1.23\"");
        assert_eq!(apply_fix(wf, &f[0]), wf.replace("\"1.23\"", "\"1.24\""));
        // an unquoted number is rewritten as a string
        let wf = wf.replace("\"1.23\"", "1.23");
        let f = check(
            "GPD601",
            &[(".github/workflows/ci.yml", &wf), ("go.mod", GO_MOD_124)],
        );
        assert_eq!(apply_fix(&wf, &f[0]), wf.replace("1.23", "'1.24'"));
    }

    #[test]
    fn go_env_file_and_gitlab() {
        let gl = "variables:\n  GOTOOLCHAIN: go1.21.0+auto\nbuild:\n  image: golang:1.21\n  script:\n    - go build\n";
        let f = check("GPD601", &[(".gitlab-ci.yml", gl), ("go.mod", GO_MOD_124)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(gl, &f[0].related[1]), "GOTOOLCHAIN: go1.21.0+auto");
    }

    #[test]
    fn near_misses_do_not_fire() {
        for (df, go_mod) in [
            // the official image's local: GPD602
            ("FROM golang:1.22\nCOPY . .\nRUN go build\n", GO_MOD_124),
            // new enough
            (
                "FROM golang:1.24\nENV GOTOOLCHAIN=auto\nCOPY . .\nRUN go build\n",
                GO_MOD_124,
            ),
            (
                "FROM golang:1.24\nENV GOTOOLCHAIN=auto\nCOPY . .\nRUN go build\n",
                "module a.example/b\n\ngo 1.24.7\n",
            ),
            // path never downloads
            (
                "FROM golang:1.22\nENV GOTOOLCHAIN=path\nCOPY . .\nRUN go build\n",
                GO_MOD_124,
            ),
            // special go env forms do not switch
            (
                "FROM golang:1.22\nENV GOTOOLCHAIN=auto\nCOPY . .\nRUN go env GOMOD\n",
                GO_MOD_124,
            ),
            (
                "FROM golang:1.22\nENV GOTOOLCHAIN=auto\nCOPY . .\nRUN go env -w GOTOOLCHAIN=local\n",
                GO_MOD_124,
            ),
            // GOPATH mode
            (
                "FROM golang:1.22\nENV GOTOOLCHAIN=auto GO111MODULE=off\nCOPY . .\nRUN go build\n",
                GO_MOD_124,
            ),
            // toolchain default pins the minimum
            (
                "FROM golang:1.22\nENV GOTOOLCHAIN=auto\nCOPY . .\nRUN go build\n",
                "module a.example/b\n\ngo 1.21.0\ntoolchain default\n",
            ),
            // value from the build command line
            (
                "FROM golang:1.22\nARG GOTOOLCHAIN\nCOPY . .\nRUN go build\n",
                GO_MOD_124,
            ),
            // Go before 1.21 never switches
            (
                "FROM golang:1.20\nENV GOTOOLCHAIN=auto\nCOPY . .\nRUN go build\n",
                "module a.example/b\n\ngo 1.20\n",
            ),
        ] {
            assert!(docker(df, go_mod).is_empty(), "{df}");
        }
    }
}
