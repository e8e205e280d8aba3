//! Secrets are never echoed. Known credentials, each with a unique marker, go through every
//! output of the real binary: every format (text with and without colour, JSON, SARIF, GitHub,
//! Markdown), `--diff`, `--fix`, `--show-config`, a configuration error, `--plan`, and a live
//! run against a loopback proxy that fails. No marker may appear in standard output, standard
//! error or an output file; and each output must show the masked place (`xxxxx`), so that a
//! marker missing because its line was never shown does not pass for a redaction.
#![allow(clippy::unwrap_used)]

mod support;

use support::binary::run_with_env as run;

use support::servers::{self, Reply};

/// Every credential of the fixture, by the part of it that must never be printed.
const MARKERS: &[&str] = &[
    "SECRETMARKER1",      // ghp_ token as a build argument's default
    "s3cr3tPASSWORD42",   // GOPROXY user information
    "LONEUSERMARKER7",    // an overridden GOPROXY's user name (a token), quoted by GPD702
    "NAMEDMARKER88",      // ENV NPM_TOKEN=…
    "GITCFGMARKER77",     // git config url."https://x-access-token:…@github.com/".insteadOf
    "NETRCMARKER55",      // echo "machine … password …" > /root/.netrc
    "QkFTSUNNQVJLRVI5OQ", // git config http.extraheader "AUTHORIZATION: basic …"
    "GOAUTHMARKER33",     // GOAUTH printing "Authorization: Bearer …"
    "WORKFLOWMARKER45",   // a workflow's GOPROXY user information
    "WFTOKENMARKER46",    // a workflow's GH_PAT
    "ENVFILEMARKER31",    // .env GOPROXY user information
    "GOENVMARKER19",      // go.env quoted GOPROXY: its fix keeps the URL
    "PUBLICMARKER21",     // .goproxy-doctor.toml [live] public-proxy user information
    "LIVEMARKER52",       // the live run's GOPROXY user information
    "PROXYMARKER64",      // HTTP_PROXY of the host's environment
    "CFGERRMARKER99",     // a configuration error quoting the value
];

/// No marker in `text`.
fn assert_clean(what: &str, text: &str) {
    for m in MARKERS {
        assert!(!text.contains(m), "{what} shows {m}:\n{text}");
    }
}

/// `text` shows each of `masked` (the masked places), and no marker.
fn assert_masked(what: &str, text: &str, masked: &[&str]) {
    assert_clean(what, text);
    for m in masked {
        assert!(text.contains(m), "{what} does not show `{m}`:\n{text}");
    }
}

const DOCKERFILE: &str = r#"FROM golang:1.22 AS build
ARG GITHUB_TOKEN=ghp_SECRETMARKER1aaaaaaaaaaaaaaaaaaaa
ENV GOPROXY=https://LONEUSERMARKER7@mirror.corp.example
ENV GOPROXY=https://ci:s3cr3tPASSWORD42@athens.corp.example,https://proxy.golang.org,direct
ENV NPM_TOKEN=NAMEDMARKER88value
WORKDIR /src
COPY go.mod go.sum ./
RUN git config --global url."https://x-access-token:GITCFGMARKER77token@github.com/".insteadOf "https://github.com/"
RUN echo "machine github.com login me password NETRCMARKER55pass" > /root/.netrc
RUN git config --global http.extraheader "AUTHORIZATION: basic QkFTSUNNQVJLRVI5OQ==" && \
    GOAUTH="printf 'https://corp.example\n\nAuthorization: Bearer GOAUTHMARKER33bearer\n\n'" go mod download
RUN go build ./...
"#;

const WORKFLOW: &str = r#"on: push
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      GOPROXY: "https://wf:WORKFLOWMARKER45@athens.corp.example"
      GH_PAT: WFTOKENMARKER46abc
    steps:
      - uses: actions/setup-go@v5
        with:
          go-version: '1.22'
      - run: go mod download
"#;

const GO_MOD: &str =
    "module corp.example/app\n\ngo 1.22\n\nrequire github.com/BurntSushi/toml v1.3.2\n";

/// A repository with every kind of credential the checker knows.
fn fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::create_dir_all(p.join(".github/workflows")).unwrap();
    for (path, text) in [
        ("Dockerfile", DOCKERFILE),
        (".github/workflows/ci.yml", WORKFLOW),
        ("go.mod", GO_MOD),
        ("go.sum", ""),
        (
            ".env",
            "GOPROXY=\"https://e:ENVFILEMARKER31@proxy.corp.example\"\n",
        ),
        (
            "go.env",
            "GOPROXY=\"https://ge:GOENVMARKER19@proxy.corp.example,direct\"\n",
        ),
        (
            ".goproxy-doctor.toml",
            "[live]\npublic-proxy = \"http://pp:PUBLICMARKER21@127.0.0.1:9\"\n",
        ),
    ] {
        std::fs::write(p.join(path), text).unwrap();
    }
    dir
}

/// What the text outputs show of each credential's line.
const TEXT_MASKED: &[&str] = &[
    "ARG GITHUB_TOKEN=xxxxx",
    "ENV GOPROXY=https://ci:xxxxx@athens.corp.example,",
    "`GOPROXY=https://xxxxx@mirror.corp.example` is never used",
    "ENV NPM_TOKEN=xxxxx",
    "url.\"https://x-access-token:xxxxx@github.com/\".insteadOf",
    "login me password xxxxx\" > /root/.netrc",
    "\"AUTHORIZATION: basic xxxxx\"",
    "Authorization: Bearer xxxxx\\n",
    "GOPROXY: \"https://wf:xxxxx@athens.corp.example\"",
    "GH_PAT: xxxxx",
    "GOPROXY=\"https://e:xxxxx@proxy.corp.example\"",
    "GOPROXY=\"https://ge:xxxxx@proxy.corp.example,direct\"",
];

#[test]
fn every_format_masks_every_credential() {
    let dir = fixture();
    let out = dir.path().join("out");
    let r = run(
        dir.path(),
        &[
            "check",
            "--fail-on",
            "never",
            "--color",
            "never",
            "--format",
            "text",
            "--format",
            "json",
            "--output",
            "out/report.json",
            "--format",
            "sarif",
            "--output",
            "out/report.sarif",
            "--format",
            "github",
            "--output",
            "out/github.txt",
            "--format",
            "markdown",
            "--output",
            "out/report.md",
            ".",
        ],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_masked("text", &r.stdout, TEXT_MASKED);
    assert_clean("standard error", &r.stderr);

    let sarif = std::fs::read_to_string(out.join("report.sarif")).unwrap();
    assert_masked(
        "SARIF",
        &sarif,
        &[
            "ENV GOPROXY=https://ci:xxxxx@athens.corp.example,",
            "`GOPROXY=https://xxxxx@mirror.corp.example` is never used",
            "password xxxxx",
            "GH_PAT: xxxxx",
        ],
    );
    let json = std::fs::read_to_string(out.join("report.json")).unwrap();
    assert_masked("JSON", &json, &["https://ci:xxxxx@athens.corp.example"]);
    let github = std::fs::read_to_string(out.join("github.txt")).unwrap();
    assert_masked("GitHub", &github, &["https://wf:xxxxx@athens.corp.example"]);
    let markdown = std::fs::read_to_string(out.join("report.md")).unwrap();
    assert_masked(
        "Markdown",
        &markdown,
        &["https://ci:xxxxx@athens.corp.example"],
    );

    // The go.env fix (remove the quotes) would write the URL back: JSON and SARIF leave it
    // out, the text output still names it.
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let quoted = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "GPD102" && f["primary"]["path"] == "go.env")
        .unwrap_or_else(|| panic!("no GPD102 for go.env: {json}"));
    assert_eq!(quoted["fixes"], serde_json::json!([]), "{quoted}");
    assert!(
        r.stdout.contains("safe fix: remove the \" quotes"),
        "{}",
        r.stdout
    );

    let r = run(
        dir.path(),
        &["check", "--fail-on", "never", "--color", "always", "."],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("\u{1b}["), "{}", r.stdout);
    assert_masked("coloured text", &r.stdout, &["xxxxx"]);
    assert_clean("standard error", &r.stderr);
}

#[test]
fn diff_masks_the_lines_and_fix_writes_the_real_bytes() {
    let dir = fixture();
    let r = run(dir.path(), &["check", "--diff", "--unsafe-fixes", "."], &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_masked(
        "--diff",
        &r.stdout,
        &[
            "-ENV GOPROXY=https://ci:xxxxx@athens.corp.example,https://proxy.golang.org,direct",
            "+ENV GOPROXY=https://athens.corp.example|https://proxy.golang.org,direct",
            " ARG GITHUB_TOKEN=xxxxx",
            "-GOPROXY=\"https://ge:xxxxx@proxy.corp.example,direct\"",
            "+GOPROXY=https://proxy.corp.example|direct",
        ],
    );
    assert_masked("--diff summary", &r.stderr, &["would fix"]);

    // safe fixes only: the go.env quotes go, the URL with its credentials stays
    let r = run(
        dir.path(),
        &["check", "--fix", "--fail-on", "never", "."],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_masked(
        "--fix",
        &format!("{}{}", r.stdout, r.stderr),
        &["fixed go.env:1: GPD102 remove the \" quotes"],
    );
    // the fix wrote the file's own bytes, not the masks
    let goenv = std::fs::read_to_string(dir.path().join("go.env")).unwrap();
    assert_eq!(
        goenv,
        "GOPROXY=https://ge:GOENVMARKER19@proxy.corp.example,direct\n"
    );
}

#[test]
fn show_config_and_configuration_errors() {
    let dir = fixture();
    let r = run(dir.path(), &["check", "--show-config"], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_masked(
        "--show-config",
        &r.stdout,
        &["public-proxy = \"http://pp:xxxxx@127.0.0.1:9\""],
    );

    std::fs::write(
        dir.path().join(".goproxy-doctor.toml"),
        "[live]\npublic-proxy = \"ftp://u:CFGERRMARKER99@mirror.example\"\n",
    )
    .unwrap();
    for args in [&["check", "."][..], &["check", "--show-config"][..]] {
        let r = run(dir.path(), args, &[]);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert_masked(
            "a configuration error",
            &format!("{}{}", r.stdout, r.stderr),
            &["`ftp://u:xxxxx@mirror.example` is not an http(s) URL"],
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plan_and_live_run_mask_urls_and_errors() {
    // a proxy that wants credentials, a public proxy and checksum database that know nothing,
    // and an HTTP proxy (with credentials) that refuses every connection
    let proxy = servers::http(|_| Reply::status(401)).await;
    let public = servers::http(|_| Reply::status(404)).await;
    let closed = servers::closed_port().await;
    let dir = tempfile::tempdir().unwrap();
    let (port, public_port) = (proxy.addr.port(), public.addr.port());
    // the second stage's proxy has credentials in its URL: planned, never sent (the live
    // checks send none)
    let dockerfile = format!(
        "FROM golang:1.22\nWORKDIR /src\nENV GOPRIVATE=corp.example GOPROXY=http://127.0.0.1:{port},off\nCOPY go.mod go.sum ./\nRUN go mod download\n\nFROM golang:1.22 AS other\nENV GOPROXY=http://ci:LIVEMARKER52@127.0.0.1:{port},off\nCOPY go.mod go.sum ./\nRUN go mod download\n"
    );
    let go_mod = "module corp.example/app\n\ngo 1.22\n\nrequire (\n\tcorp.example/lib v1.0.0\n\tgithub.com/BurntSushi/toml v1.3.2\n)\n";
    let config = format!(
        "[live]\npublic-proxy = \"http://pp:PUBLICMARKER21@127.0.0.1:{public_port}\"\npublic-sumdb = \"http://127.0.0.1:{public_port}\"\n"
    );
    for (path, text) in [
        ("Dockerfile", dockerfile.as_str()),
        ("go.mod", go_mod),
        ("go.sum", ""),
        (".goproxy-doctor.toml", config.as_str()),
    ] {
        std::fs::write(dir.path().join(path), text).unwrap();
    }
    // `https://corp.example/lib?go-get=1` goes through it: refused on loopback, so nothing
    // leaves the machine
    let http_proxy = format!("http://pu:PROXYMARKER64@{closed}");
    let path = dir.path().to_owned();
    let (plan, live) = tokio::task::spawn_blocking(move || {
        let env = [
            ("HTTP_PROXY", http_proxy.as_str()),
            ("HTTPS_PROXY", http_proxy.as_str()),
        ];
        let base = [
            "check",
            "--live",
            "--fail-on",
            "never",
            "--live-deny",
            "sum.golang.org",
            "--live-deny",
            "proxy.golang.org",
            "--live-timeout-secs",
            "5",
        ];
        let mut plan_args = base.to_vec();
        plan_args.push("--plan");
        let plan = run(&path, &plan_args, &env);
        let mut live_args = base.to_vec();
        live_args.extend([
            "--format",
            "text",
            "--color",
            "never",
            "--format",
            "json",
            "--output",
            "out/live.json",
            "--format",
            "markdown",
            "--output",
            "out/live.md",
        ]);
        let live = run(&path, &live_args, &env);
        (plan, live)
    })
    .await
    .unwrap();
    assert_eq!(plan.code, 0, "{}", plan.stderr);
    assert_masked(
        "--plan",
        &format!("{}{}", plan.stdout, plan.stderr),
        &[
            &format!("GET http://ci:xxxxx@127.0.0.1:{port}/github.com/"),
            &format!("GET http://pp:xxxxx@127.0.0.1:{public_port}/corp.example/lib/@v/list"),
            &format!("the GOPROXY entry http://ci:xxxxx@127.0.0.1:{port} for"),
        ],
    );
    assert_eq!(live.code, 0, "{}", live.stderr);
    assert_clean("live standard error", &live.stderr);
    // the live findings name the HTTP proxy the failed request went through
    let refused = format!("proxy: http://pu:xxxxx@{closed} refused the connection");
    assert_masked(
        "live text",
        &live.stdout,
        &[
            &format!("GOPROXY=http://ci:xxxxx@127.0.0.1:{port},off"),
            &refused,
            &format!("through the HTTP proxy http://pu:xxxxx@{closed}"),
        ],
    );
    let json = std::fs::read_to_string(dir.path().join("out/live.json")).unwrap();
    assert_masked(
        "live JSON",
        &json,
        &[
            &refused,
            &format!("\"target\": \"http://ci:xxxxx@127.0.0.1:{port}\""),
        ],
    );
    let markdown = std::fs::read_to_string(dir.path().join("out/live.md")).unwrap();
    assert_masked("live Markdown", &markdown, &["ci:xxxxx@127.0.0.1"]);
}
