use super::{Rule, edit_fix};
use crate::model::Model;
use crate::model::goenv::{ProxyKind, ProxyList};
use crate::report::{Applicability, Finding, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD101",
    name: "goproxy-off",
    family: "proxy list",
    severity: Severity::Error,
    security_severity: None,
    summary: "GOPROXY=off (or an empty GOPROXY entry in the go env file) where go must download public modules or a toolchain",
    tags: &["goproxy", "correctness"],
    precision: "high",
    check,
    docs: r#"Finds `GOPROXY=off`, or an empty `GOPROXY=` entry in the go env file (`go env -w GOPROXY=`,
a `go.env`), in a place where go has to download modules that GONOPROXY does not match, or a
toolchain that `GOTOOLCHAIN=auto` switches to. It looks at go commands that download (Docker
`RUN`s and CI steps that are not building from `vendor/`) and at env files, which configure every
go command of a developer's shell; a go command after an earlier download in the same stage or
job (a deliberate offline build from the module cache) is left alone.

## Why it matters
With `GOPROXY=off` the go command refuses to look up any module that GONOPROXY does not match:
the build fails with `module lookup disabled by GOPROXY=off` as soon as a public module is not in
the module cache, which in a fresh container or CI runner is always. It does not mean "no
network" either: modules GONOPROXY (or GOPRIVATE) matches are still fetched directly from their
VCS, and the checksum database may still be contacted. An empty `GOPROXY=` written to the go env
file is worse: from Go 1.21 the empty value is used as is (it hides the default of
`$GOROOT/go.env`) and every download fails with the confusing
`GOPROXY list is not the empty string, but contains no entries` (an empty value in the
environment, by contrast, just means "unset").

## Example
```dockerfile
FROM golang:1.23
WORKDIR /src
COPY go.mod go.sum ./
ENV GOPROXY=off
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
# builds from the module cache only from here on
ENV GOPROXY=off
COPY . .
RUN go build ./...
```

## Fix safety
For an empty `GOPROXY=` entry of a go env file the fix deletes the entry, so the default list
(`https://proxy.golang.org,direct`) applies again. It is unsafe: the build starts downloading from
the public proxy. `GOPROXY=off` has no automatic fix: which proxy to use, or whether to download
in an earlier step, is for you to decide.

## Go behaviour
`modfetch.proxyList` turns the element `off` into a sentinel whose lookups fail with
`module lookup disabled by GOPROXY=off` (a not-found error); the implicit `noproxy` entry that a
non-empty GONOPROXY adds first still sends matching modules to a direct VCS fetch
(`modfetch/repo.go` `lookup`). An empty GOPROXY list is rejected with
`GOPROXY list is not the empty string, but contains no entries`; since Go 1.21 `cfg.Getenv` takes
a present-but-empty go env file entry over `$GOROOT/go.env`. Toolchain switches download module
`golang.org/toolchain` through GOPROXY. See `go help goproxy`, `go help environment`,
https://go.dev/doc/toolchain and go-semantics §2.1, §2.2, §2.5, §7.
"#,
};

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    for gv in model.goproxy_values() {
        let a = gv.assignment;
        let value = gv.value.as_str();
        let empty = value.is_empty();
        let off = ProxyList::parse(value)
            .entries
            .first()
            .is_some_and(|e| e.kind == ProxyKind::Off);
        if !off && !empty {
            continue;
        }
        let Some((ctx, download)) = gv.contexts.iter().find_map(|ctx| {
            if empty && !model.go_version(ctx).at_least(21) {
                return None;
            }
            if model.downloaded_before(ctx) {
                return None;
            }
            model.proxied_download(ctx).map(|d| (*ctx, d))
        }) else {
            continue;
        };
        let written = model.written(a);
        let gonoproxy = model.go_env(ctx).settings(&model.go_version(ctx)).gonoproxy;
        let direct_note = if gonoproxy.is_empty() {
            "nothing is fetched directly either, as GONOPROXY is empty".to_owned()
        } else {
            format!("only modules matching GONOPROXY `{gonoproxy}` are still fetched directly")
        };
        let (message, help, fix) = if empty {
            (
                format!(
                    "the empty `{written}` entry of the go env file makes every download fail \
                     (`GOPROXY list is not the empty string, but contains no entries`), and {} \
                     needs `{}`",
                    ctx.description, download.what
                ),
                "delete the entry to get the default `https://proxy.golang.org,direct` from \
                 $GOROOT/go.env, or write the proxy list you want"
                    .to_owned(),
                a.removal.clone().and_then(|r| {
                    edit_fix(
                        model,
                        a,
                        r,
                        "",
                        format!("remove `{written}`"),
                        Applicability::Unsafe,
                    )
                }),
            )
        } else {
            (
                format!(
                    "`{written}` disables module downloads, but {} needs `{}` from a proxy; \
                     {direct_note}",
                    ctx.description, download.what
                ),
                "remove it or set your proxy (Go's default is `https://proxy.golang.org,direct`); \
                 to build without network, download in an earlier step (`go mod download`) or \
                 vendor the modules (`go mod vendor`)"
                    .to_owned(),
                None,
            )
        };
        let label = if empty {
            "empty proxy list set here"
        } else {
            "downloads disabled here"
        };
        let mut finding = RULE
            .finding(message, model.location(a, a.range.clone(), label))
            .help(help)
            .fix(fix);
        if let Some(go) = &ctx.go {
            finding = finding.related(model.ctx_location(ctx, go.range.clone(), "go runs here"));
        }
        if let Some(l) = download.location {
            finding = finding.related(l);
        }
        findings.push(finding.build());
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{apply_fix, check, spanned};

    const GO_MOD: &str =
        "module example.com/app\n\ngo 1.22\n\nrequire github.com/pkg/errors v0.9.1\n";

    fn docker(env: &str, run: &str) -> String {
        format!("FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum ./\n{env}\n{run}\n")
    }

    #[test]
    fn fires_in_a_run_that_downloads() {
        let df = docker("ENV GOPROXY=off", "RUN go mod download");
        let f = check("GPD101", &[("Dockerfile", &df), ("go.mod", GO_MOD)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(&df, &f[0].primary), "GOPROXY=off");
        assert_eq!(
            (f[0].primary.span.start_line, f[0].primary.span.start_column),
            (4, 5)
        );
        assert_eq!(
            f[0].message,
            "`GOPROXY=off` disables module downloads, but the stage, `go mod download` on line 5 \
             needs `github.com/pkg/errors` from a proxy; nothing is fetched directly either, as \
             GONOPROXY is empty"
        );
        assert_eq!(f[0].related.len(), 2);
        assert_eq!(spanned(&df, &f[0].related[0]), "go mod download");
        assert_eq!(f[0].related[1].path, "go.mod");
        assert_eq!(f[0].related[1].span.start_line, 5);
        assert!(f[0].fixes.is_empty());
    }

    #[test]
    fn names_the_private_patterns_that_still_go_direct() {
        let go_mod = "module example.com/app\n\nrequire (\n\tgit.corp.example/lib v1.0.0\n\tgithub.com/pkg/errors v0.9.1\n)\n";
        let df = docker(
            "ENV GOPROXY=off GOPRIVATE=git.corp.example",
            "RUN go build ./...",
        );
        let f = check("GPD101", &[("Dockerfile", &df), ("go.mod", go_mod)]);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.contains("needs `github.com/pkg/errors`")
                && f[0].message.ends_with(
                    "only modules matching GONOPROXY `git.corp.example` are still fetched directly"
                ),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn fires_for_a_toolchain_switch() {
        let df = "FROM golang:1.22\nWORKDIR /src\nCOPY go.mod ./\nENV GOTOOLCHAIN=auto GOPROXY=off\nRUN go build\n";
        let go_mod = "module example.com/app\n\ngo 1.23.4\n";
        let f = check("GPD101", &[("Dockerfile", df), ("go.mod", go_mod)]);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message
                .contains("needs `golang.org/toolchain (go1.23.4)`"),
            "{}",
            f[0].message
        );
        assert_eq!(spanned(go_mod, &f[0].related[1]), "1.23.4");
        // the official image runs its own Go (GOTOOLCHAIN=local): nothing to download
        let df = "FROM golang:1.22\nWORKDIR /src\nCOPY go.mod ./\nENV GOPROXY=off\nRUN go build\n";
        assert!(check("GPD101", &[("Dockerfile", df), ("go.mod", go_mod)]).is_empty());
    }

    #[test]
    fn fires_for_go_install_arguments() {
        let df = "FROM golang:1.23\nENV GOPROXY=off\nRUN go install golang.org/x/tools/cmd/stringer@v0.20.0\n";
        let f = check("GPD101", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("`golang.org/x/tools/cmd/stringer`"));
    }

    #[test]
    fn empty_go_env_entry_and_env_files() {
        let goenv = "GOPROXY=\nGOSUMDB=sum.golang.org\n";
        let f = check("GPD101", &[("go.env", goenv), ("go.mod", GO_MOD)]);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.starts_with(
                "the empty `GOPROXY=` entry of the go env file makes every download fail"
            ),
            "{}",
            f[0].message
        );
        assert_eq!(spanned(goenv, &f[0].primary), "GOPROXY=");
        assert_eq!(apply_fix(goenv, &f[0]), "GOSUMDB=sum.golang.org\n");

        let env = "GOPROXY=off\n";
        let f = check("GPD101", &[(".env", env), ("go.mod", GO_MOD)]);
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("the shell this env file configures"));
        // a vendored module builds without downloads
        assert!(
            check(
                "GPD101",
                &[
                    (".env", env),
                    ("go.mod", GO_MOD),
                    ("vendor/modules.txt", "# github.com/pkg/errors v0.9.1\n")
                ]
            )
            .is_empty()
        );
    }

    #[test]
    fn fires_in_ci() {
        let wf = "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n      GOPROXY: off\n    steps:\n      - run: go build ./...\n";
        let f = check(
            "GPD101",
            &[(".github/workflows/ci.yml", wf), ("go.mod", GO_MOD)],
        );
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(wf, &f[0].related[0]), "go build ./...");

        let gl = "build:\n  image: golang:1.23\n  variables:\n    GOPROXY: \"off\"\n  script:\n    - go test ./...\n";
        let f = check("GPD101", &[(".gitlab-ci.yml", gl), ("go.mod", GO_MOD)]);
        assert_eq!(f.len(), 1);

        // downloaded by an earlier step of the same job: an offline build from the cache
        let wf = "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: go mod download\n      - run: go build ./...\n        env:\n          GOPROXY: off\n";
        assert!(
            check(
                "GPD101",
                &[(".github/workflows/ci.yml", wf), ("go.mod", GO_MOD)]
            )
            .is_empty()
        );
        // ... but not by another job, which runs on a fresh runner
        let wf = "on: push\njobs:\n  deps:\n    runs-on: ubuntu-latest\n    steps:\n      - run: go mod download\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: go build ./...\n        env:\n          GOPROXY: off\n";
        let f = check(
            "GPD101",
            &[(".github/workflows/ci.yml", wf), ("go.mod", GO_MOD)],
        );
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("job `build`"), "{}", f[0].message);
        // go env -w in one RUN, read by the next
        let df = "FROM golang:1.23\nWORKDIR /src\nCOPY go.mod ./\nRUN go env -w GOPROXY=off\nRUN go build\n";
        let f = check("GPD101", &[("Dockerfile", df), ("go.mod", GO_MOD)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(df, &f[0].primary), "GOPROXY=off");
    }

    #[test]
    fn near_misses() {
        let private = "module example.com/app\n\nrequire git.corp.example/lib v1.0.0\n";
        for (df, go_mod) in [
            // every requirement is fetched directly
            (
                docker(
                    "ENV GOPROXY=off GOPRIVATE=git.corp.example",
                    "RUN go mod download",
                ),
                private,
            ),
            // downloaded first: a deliberate offline build
            (
                "FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nENV GOPROXY=off\nCOPY . .\nRUN go build ./...\n".to_owned(),
                GO_MOD,
            ),
            (
                docker("", "RUN go mod download && GOPROXY=off go build ./..."),
                GO_MOD,
            ),
            // empty in the environment means unset
            (docker("ENV GOPROXY=", "RUN go mod download"), GO_MOD),
            // known only at build time
            (
                docker("ARG P\nENV GOPROXY=$P", "RUN go mod download"),
                GO_MOD,
            ),
            // a proxy first: off only ends the list
            (
                docker("ENV GOPROXY=https://proxy.corp.example,off", "RUN go build"),
                GO_MOD,
            ),
            // overridden
            (
                docker("ENV GOPROXY=off\nENV GOPROXY=direct", "RUN go build"),
                GO_MOD,
            ),
            // a global ARG not redeclared
            (
                "ARG GOPROXY=off\nFROM golang:1.23\nWORKDIR /src\nCOPY go.mod ./\nRUN go build\n"
                    .to_owned(),
                GO_MOD,
            ),
            // does not download
            (docker("ENV GOPROXY=off", "RUN go version"), GO_MOD),
            (docker("ENV GOPROXY=off", "RUN go build -mod=vendor"), GO_MOD),
            // text in a comment
            (docker("# ENV GOPROXY=off", "RUN go build"), GO_MOD),
        ] {
            assert!(
                check("GPD101", &[("Dockerfile", &df), ("go.mod", go_mod)]).is_empty(),
                "{df}"
            );
        }
        // Go before 1.21 reads an empty go env entry as unset
        let df =
            "FROM golang:1.20\nWORKDIR /src\nCOPY go.mod ./\nRUN go env -w GOPROXY= && go build\n";
        assert!(check("GPD101", &[("Dockerfile", df), ("go.mod", GO_MOD)]).is_empty());
        let df =
            "FROM golang:1.22\nWORKDIR /src\nCOPY go.mod ./\nRUN go env -w GOPROXY= && go build\n";
        assert_eq!(
            check("GPD101", &[("Dockerfile", df), ("go.mod", GO_MOD)]).len(),
            1
        );
    }
}
