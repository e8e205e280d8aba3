//! Property tests: plausible repositories (Dockerfiles, env files, go.mod/go.work, GitHub and
//! GitLab CI, .dockerignore) assembled from a vocabulary of real constructs and Go settings,
//! mixed with hostile bytes (CR, lone CR, BOM, NUL, invalid UTF-8, backslashes, quotes, heredoc
//! markers). For every generated repository:
//! * every finding's primary and related spans and fix edits lie inside their file, on character
//!   boundaries, with the line/column the file gives (the fuzz targets' checks, `fuzzing.rs`);
//! * analysing twice, and with the files in another order, renders the same bytes in every format;
//! * JSON and SARIF output is valid JSON, SARIF with version 2.1.0 and one run.
//!
//! The cases are the same on every run (a fixed seed): `PROPTEST_CASES=N` runs more of them and
//! `GPD_PROPTEST_SEED=N` explores others.

use goproxy_doctor_checker::fuzzing::{check_finding, check_json_output};
use goproxy_doctor_checker::render::{Format, RenderOptions, render};
use goproxy_doctor_checker::{Options, SourceFile, analyze};
use proptest::prelude::*;

/// Cases per property unless PROPTEST_CASES says otherwise (debug builds: a few seconds each).
const CASES: u32 = 48;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(CASES);
    let seed = std::env::var("GPD_PROPTEST_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x676f_7072_6f78_7921);
    ProptestConfig {
        cases,
        failure_persistence: None,
        rng_seed: proptest::test_runner::RngSeed::Fixed(seed),
        ..ProptestConfig::default()
    }
}

fn proxy_value() -> impl Strategy<Value = String> {
    let entry = prop::sample::select(vec![
        "https://proxy.golang.org",
        "direct",
        "off",
        "http://athens.corp.example:3000",
        "https://user:s3cret@goproxy.corp.example",
        "file:///srv/goproxy",
        "https://goproxy.io/",
        "",
        "noscheme.example",
    ]);
    let sep = prop::sample::select(vec![",", "|", ", "]);
    prop::collection::vec((entry, sep), 1..4).prop_map(|parts| {
        let mut s = String::new();
        for (i, (e, sep)) in parts.iter().enumerate() {
            if i > 0 {
                s.push_str(sep);
            }
            s.push_str(e);
        }
        s
    })
}

fn setting() -> impl Strategy<Value = (String, String)> {
    prop_oneof![
        proxy_value().prop_map(|v| ("GOPROXY".to_owned(), v)),
        prop::sample::select(vec![
            "off",
            "sum.golang.org",
            "sum.golang.org https://sum.golang.google.cn",
            "gosum.io+ce6e7565+AY5qEHUk/qmHc5btzW45JVoENfazw8LielDsaI+lEbq6",
            "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ydg4yqP7Zx2ZBa8y",
            "bad+key",
        ])
        .prop_map(|v| ("GOSUMDB".to_owned(), v.to_owned())),
        prop::sample::select(vec!["GOPRIVATE", "GONOPROXY", "GONOSUMDB", "GOINSECURE"])
            .prop_flat_map(|name| {
                prop::sample::select(vec![
                    "*.corp.example",
                    "github.com/acme/*",
                    "git.corp.example,github.com/acme-internal",
                    "*",
                    "[bad",
                    "x.example/lib",
                ])
                .prop_map(move |v| (name.to_owned(), v.to_owned()))
            }),
        prop::sample::select(vec![
            "-mod=mod",
            "-mod=vendor -modcacherw",
            "-insecure",
            "-mod=readonly -x",
            "--mod=mod",
            "-tags=a,b",
        ])
        .prop_map(|v| ("GOFLAGS".to_owned(), v.to_owned())),
        prop::sample::select(vec!["local", "auto", "go1.22.0", "go1.21.0+auto", "path"])
            .prop_map(|v| ("GOTOOLCHAIN".to_owned(), v.to_owned())),
        prop::sample::select(vec!["off", "on", "auto"])
            .prop_map(|v| ("GO111MODULE".to_owned(), v.to_owned())),
        Just(("GOPROXI".to_owned(), "direct".to_owned())),
    ]
}

/// `NAME=value` with optional quoting.
fn assignment() -> impl Strategy<Value = String> {
    (setting(), prop::sample::select(vec!["", "\"", "'"]))
        .prop_map(|((n, v), q)| format!("{n}={q}{v}{q}"))
}

/// Pieces that break parsers: line ends, BOM, NUL, invalid UTF-8, escapes, quotes, heredocs.
fn hostile() -> impl Strategy<Value = Vec<u8>> {
    prop::sample::select(vec![
        &b"\r\n"[..],
        b"\r",
        b"\xef\xbb\xbf",
        b"\0",
        b"\xff",
        b"\xc3",
        b"\xe2\x82",
        b"\\",
        b"\\\n",
        b"`",
        b"\"",
        b"'",
        b"<<EOF\n",
        b"<<-'EOF'\n",
        b"EOF\n",
        b"${{ ",
        b"$(",
        b"${",
        b"\t",
        b"#",
        b"\xc3\xa9",
    ])
    .prop_map(<[u8]>::to_vec)
}

/// Lines from `vocabulary`, each possibly followed by a hostile piece.
fn lines(
    vocabulary: impl Strategy<Value = String> + Clone,
    max: usize,
) -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(
        (
            vocabulary,
            prop::option::weighted(0.2, hostile()),
            prop::option::weighted(0.1, hostile()),
        ),
        0..max,
    )
    .prop_map(|lines| {
        let mut out = Vec::new();
        for (line, after, before) in lines {
            if let Some(b) = before {
                out.extend(b);
            }
            out.extend(line.as_bytes());
            if let Some(a) = after {
                out.extend(a);
            }
            out.push(b'\n');
        }
        out
    })
}

fn dockerfile_line() -> impl Strategy<Value = String> + Clone {
    prop_oneof![
        prop::sample::select(vec![
            "FROM golang:1.22 AS build",
            "FROM golang:1.21.5-alpine",
            "FROM build",
            "FROM scratch",
            "# syntax=docker/dockerfile:1",
            "# escape=`",
            "ARG GO_VERSION=1.23",
            "FROM golang:${GO_VERSION}",
            "WORKDIR /src",
            "COPY go.mod go.sum ./",
            "COPY . .",
            "COPY --from=build /out /app",
            "RUN go mod download",
            "RUN --mount=type=cache,target=/go/pkg/mod go build ./...",
            "RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download",
            "RUN go env -w GOPRIVATE=*.corp.example",
            "RUN git config --global url.\"https://${TOKEN}@github.com/\".insteadOf https://github.com/",
            "RUN echo \"machine github.com login x password $TOKEN\" > ~/.netrc",
            "RUN <<EOF",
            "go build ./...",
            "EOF",
            "RUN [\"go\", \"build\"]",
            "ONBUILD RUN go mod download",
            "ARG GITHUB_TOKEN",
            "  && go test ./... \\",
            "",
        ])
        .prop_map(str::to_owned),
        assignment().prop_map(|a| format!("ENV {a}")),
        assignment().prop_map(|a| format!("ARG {a}")),
        assignment().prop_map(|a| format!("RUN {a} go build")),
        (assignment(), assignment()).prop_map(|(a, b)| format!("ENV {a} \\\n    {b}")),
    ]
}

fn env_line() -> impl Strategy<Value = String> + Clone {
    prop_oneof![
        assignment(),
        assignment().prop_map(|a| format!("export {a}")),
        assignment().prop_map(|a| format!("{a} # comment")),
        Just("# comment".to_owned()),
        Just("NOT AN ASSIGNMENT".to_owned()),
        Just("A=${B:-c}".to_owned()),
        Just(String::new()),
    ]
}

fn gomod_line() -> impl Strategy<Value = String> + Clone {
    prop::sample::select(vec![
        "module git.corp.example/team/svc",
        "module github.com/acme/api/v2",
        "go 1.22",
        "go 1.21rc1",
        "toolchain go1.23.4",
        "require git.corp.example/team/lib v1.2.0",
        "require (",
        "\tgithub.com/google/uuid v1.6.0",
        "\tgit.corp.example/x v0.0.0-20240101000000-abcdefabcdef // indirect",
        ")",
        "replace git.corp.example/team/lib => ../lib",
        "replace github.com/a/b v1.0.0 => github.com/c/b v1.0.1",
        "exclude github.com/bad/mod v0.1.0",
        "retract [v1.0.0, v1.1.0]",
        "use ./svc",
        "use (",
        "\t./lib",
        "godebug default=go1.21",
        "// comment",
        "",
    ])
    .prop_map(str::to_owned)
}

fn workflow() -> impl Strategy<Value = Vec<u8>> {
    (
        prop::collection::vec(assignment(), 0..3),
        prop::collection::vec(assignment(), 0..3),
        prop::collection::vec(
            prop::sample::select(vec![
                "go mod download",
                "go build ./...",
                "echo \"GOFLAGS=-mod=mod\" >> $GITHUB_ENV",
                "go env -w GOPROXY=direct",
                "export GONOSUMDB=${{ secrets.PRIVATE }}",
                "git config --global url.\"https://x-access-token:${{ secrets.TOKEN }}@github.com/\".insteadOf \"https://github.com/\"",
                "cat <<EOF >> ~/.netrc",
                "EOF",
            ]),
            0..4,
        ),
        prop::sample::select(vec!["'1.22'", "1.21.x", "stable", "${{ matrix.go }}", "go.mod"]),
        prop::option::of(hostile()),
    )
        .prop_map(|(top, step_env, run, go, hostile)| {
            let mut y = String::from("name: ci\non: push\n");
            if !top.is_empty() {
                y.push_str("env:\n");
                for a in &top {
                    let (n, v) = a.split_once('=').unwrap_or((a, ""));
                    y.push_str(&format!("  {n}: {v}\n"));
                }
            }
            y.push_str(
                "jobs:\n  build:\n    runs-on: ubuntu-latest\n    container: golang:1.22\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-go@v5\n        with:\n",
            );
            y.push_str(&format!("          go-version: {go}\n"));
            y.push_str("      - run: |\n");
            for r in &run {
                y.push_str(&format!("          {r}\n"));
            }
            if run.is_empty() {
                y.push_str("          go build\n");
            }
            if !step_env.is_empty() {
                y.push_str("        env:\n");
                for a in &step_env {
                    let (n, v) = a.split_once('=').unwrap_or((a, ""));
                    y.push_str(&format!("          {n}: {v}\n"));
                }
            }
            let mut bytes = y.into_bytes();
            if let Some(h) = hostile {
                let at = bytes.len() / 2;
                bytes.splice(at..at, h);
            }
            bytes
        })
}

fn gitlab() -> impl Strategy<Value = Vec<u8>> {
    (
        prop::collection::vec(assignment(), 0..3),
        prop::collection::vec(
            prop::sample::select(vec![
                "go mod download",
                "export GOFLAGS=-mod=mod",
                "go env -w GONOSUMDB=git.corp.example",
                "echo \"machine gitlab.corp login gitlab-ci-token password ${CI_JOB_TOKEN}\" > ~/.netrc",
                "go build ./...",
            ]),
            1..4,
        ),
        any::<bool>(),
    )
        .prop_map(|(vars, script, anchors)| {
            let mut y = String::new();
            if !vars.is_empty() {
                y.push_str("variables:\n");
                for a in &vars {
                    let (n, v) = a.split_once('=').unwrap_or((a, ""));
                    y.push_str(&format!("  {n}: \"{v}\"\n"));
                }
            }
            if anchors {
                y.push_str(".base: &base\n  image: golang:1.22\n  before_script: [go version]\n");
            }
            y.push_str("build:\n");
            if anchors {
                y.push_str("  <<: *base\n  extends: .base\n");
            } else {
                y.push_str("  image: golang:1.21\n");
            }
            y.push_str("  script:\n");
            for s in &script {
                y.push_str(&format!("    - {s}\n"));
            }
            y.into_bytes()
        })
}

fn dockerignore_line() -> impl Strategy<Value = String> + Clone {
    prop::sample::select(vec![
        "**/*.md",
        "!README.md",
        "vendor/",
        "go.sum",
        "*",
        "!go.mod",
        "!go.sum",
        ".git",
        "#x",
        "**",
        "/go.mod",
        "[a-",
        "",
    ])
    .prop_map(str::to_owned)
}

/// Files as the checker gets them, shown as escaped text when a case fails.
#[derive(Clone)]
struct Repo(Vec<(String, Vec<u8>)>);

impl std::fmt::Debug for Repo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut m = f.debug_map();
        for (path, bytes) in &self.0 {
            m.entry(path, &bytes.escape_ascii().to_string());
        }
        m.finish()
    }
}

/// A repository: some of the known paths, each with generated contents.
fn repository() -> impl Strategy<Value = Repo> {
    (
        prop::option::of(lines(dockerfile_line(), 14)),
        prop::option::weighted(0.4, lines(dockerfile_line(), 8)),
        prop::option::of(lines(env_line(), 6)),
        prop::option::weighted(0.4, lines(env_line(), 4)),
        prop::option::of(lines(gomod_line(), 10)),
        prop::option::weighted(0.3, lines(gomod_line(), 5)),
        prop::option::weighted(0.5, workflow()),
        prop::option::weighted(0.4, gitlab()),
        prop::option::weighted(0.4, lines(dockerignore_line(), 5)),
        any::<bool>(),
    )
        .prop_map(
            |(df, df2, env, goenv, gomod, gowork, gha, glab, ignore, gosum)| {
                let mut files = Vec::new();
                let mut add = |path: &str, bytes: Option<Vec<u8>>| {
                    if let Some(b) = bytes {
                        files.push((path.to_owned(), b));
                    }
                };
                add("Dockerfile", df);
                add("tools/Dockerfile", df2);
                add(".env", env);
                add("go.env", goenv);
                add("go.mod", gomod);
                add("go.work", gowork);
                add(".github/workflows/ci.yml", gha);
                add(".gitlab-ci.yml", glab);
                add(".dockerignore", ignore);
                add("go.sum", gosum.then(|| b"x v1.0.0 h1:abc=\n".to_vec()));
                Repo(files)
            },
        )
}

fn renders(files: Vec<(String, Vec<u8>)>) -> Vec<String> {
    let report = analyze(files, &Options::default());
    let mut out: Vec<String> = Format::ALL
        .iter()
        .map(|&f| render(&report, f, &RenderOptions::default()))
        .collect();
    out.push(render(
        &report,
        Format::Text,
        &RenderOptions {
            color: true,
            automation_id: None,
        },
    ));
    out
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn spans_and_fix_edits_stay_inside_their_files(files in repository()) {
        let files = files.0;
        let sources: Vec<SourceFile> = files
            .iter()
            .map(|(p, b)| SourceFile::new(p.clone(), b.clone()))
            .collect();
        let report = analyze(files, &Options::default());
        for f in &report.findings {
            check_finding(&sources, f);
        }
    }

    #[test]
    fn output_is_the_same_whatever_the_run_or_file_order(
        files in repository(),
        rotate in 0usize..10,
    ) {
        let files = files.0;
        let first = renders(files.clone());
        prop_assert_eq!(&first, &renders(files.clone()), "second run differs");
        let mut reordered = files;
        reordered.reverse();
        let n = reordered.len().max(1);
        reordered.rotate_left(rotate % n);
        let other = renders(reordered);
        for (format, (a, b)) in ["text", "json", "sarif", "github", "markdown", "text+colour"]
            .iter()
            .zip(first.iter().zip(&other))
        {
            prop_assert_eq!(a, b, "{} output depends on the order of the files", format);
        }
    }

    #[test]
    fn json_and_sarif_are_valid(files in repository()) {
        let report = analyze(files.0, &Options::default());
        check_json_output(Format::Json, &render(&report, Format::Json, &RenderOptions::default()));
        let sarif = render(&report, Format::Sarif, &RenderOptions::default());
        check_json_output(Format::Sarif, &sarif);
        let value: serde_json::Value = serde_json::from_str(&sarif).expect("checked above");
        prop_assert_eq!(&value["version"], "2.1.0");
        prop_assert_eq!(value["runs"].as_array().map(Vec::len), Some(1));
    }
}
