use super::*;
use crate::parse;

pub(crate) fn model_of(files: &[(&str, &str)]) -> (Vec<SourceFile>, Vec<Parsed>) {
    let sources: Vec<SourceFile> = files
        .iter()
        .map(|(p, t)| SourceFile::new((*p).to_owned(), t.as_bytes().to_vec()))
        .collect();
    let parsed = parse::parse_all(&sources, &mut Vec::new());
    (sources, parsed)
}

fn value_in(model: &Model<'_>, ctx: &Context, name: &str) -> String {
    match model.effective(ctx, name) {
        Effective::Value(_, v) => v.as_str().to_owned(),
        Effective::Dynamic(_) => "<dynamic>".to_owned(),
        Effective::GoEnvFile(_, v) => format!("<go env -w {}>", v.as_str()),
        Effective::Default => "<default>".to_owned(),
    }
}

#[test]
fn stages_args_env_and_inheritance() {
    let (s, p) = model_of(&[(
        "Dockerfile",
        "ARG PROXY=https://corp.example\nARG TAG\nFROM golang:1.22 AS base\nARG PROXY\nENV GOPROXY=${PROXY},direct GOFLAGS=$TAG\nRUN go build\n\
         FROM base AS build\nARG TAG\nENV GOSUMDB=off\nRUN go mod download\nFROM alpine\nRUN true\n",
    )]);
    let m = Model::build(&s, &p);
    let runs: Vec<&Context> = m
        .contexts
        .iter()
        .filter(|c| c.kind == ContextKind::DockerRun)
        .collect();
    assert_eq!(runs.len(), 3);
    assert_eq!(
        value_in(&m, runs[0], "GOPROXY"),
        "https://corp.example,direct"
    );
    assert_eq!(
        value_in(&m, runs[0], "GOFLAGS"),
        "<default>",
        "TAG is not redeclared in the stage: empty"
    );
    assert_eq!(
        value_in(&m, runs[1], "GOPROXY"),
        "https://corp.example,direct",
        "inherited from base"
    );
    assert_eq!(value_in(&m, runs[1], "GOSUMDB"), "off");
    assert_eq!(
        value_in(&m, runs[2], "GOSUMDB"),
        "<default>",
        "a new base image"
    );
    assert_eq!(
        runs[1].description,
        "stage `build`, `go mod download` on line 10"
    );
    assert_eq!(runs[2].description, "the stage, RUN on line 12");
    let images = m
        .contexts
        .iter()
        .filter(|c| c.kind == ContextKind::DockerImage)
        .count();
    assert_eq!(images, 3);
}

#[test]
fn env_values_see_the_environment_before_the_instruction() {
    let (s, p) = model_of(&[("Dockerfile", "FROM x\nENV A=1\nENV A=2 B=$A\nRUN go env\n")]);
    let m = Model::build(&s, &p);
    let run = m
        .contexts
        .iter()
        .find(|c| c.kind == ContextKind::DockerRun)
        .unwrap();
    assert_eq!(value_in(&m, run, "B"), "1");
}

#[test]
fn build_args_without_default_are_dynamic_and_env_wins_over_arg() {
    let (s, p) = model_of(&[(
        "Dockerfile",
        "FROM x\nARG GOSUMDB\nARG GOPROXY=a\nENV GOPROXY=b\nRUN go build\n",
    )]);
    let m = Model::build(&s, &p);
    let run = m
        .contexts
        .iter()
        .find(|c| c.kind == ContextKind::DockerRun)
        .unwrap();
    assert_eq!(value_in(&m, run, "GOSUMDB"), "<dynamic>");
    assert_eq!(value_in(&m, run, "GOPROXY"), "b");
}

#[test]
fn removal_ranges_keep_the_syntax_valid() {
    let text = "FROM x\nENV GOPROXY=x \\\n    GOSUMDB=off\nENV GOSUMDB=off GOFLAGS=-mod=mod\nENV GOSUMDB off\r\nRUN go build\n";
    let (s, p) = model_of(&[("Dockerfile", text)]);
    let m = Model::build(&s, &p);
    let removed: Vec<String> = m
        .assignments
        .iter()
        .filter(|a| a.name == "GOSUMDB")
        .map(|a| {
            let r = a.removal.clone().unwrap();
            format!("{}{}", &text[..r.start], &text[r.end..])
        })
        .collect();
    assert!(
        removed[0].contains("ENV GOPROXY=x\nENV GOSUMDB=off GOFLAGS"),
        "{}",
        removed[0]
    );
    assert!(
        removed[1].contains("\nENV GOFLAGS=-mod=mod\n"),
        "{}",
        removed[1]
    );
    assert!(
        removed[2].contains("GOFLAGS=-mod=mod\nRUN go build"),
        "{}",
        removed[2]
    );
}

#[test]
fn env_file_is_one_context_where_empty_means_default() {
    let (s, p) = model_of(&[(
        ".env",
        "GOPROXY=\nGOSUMDB=off\nGOSUMDB=sum.golang.org\nGOFLAGS=$X\n",
    )]);
    let m = Model::build(&s, &p);
    let ctx = &m.contexts[0];
    assert_eq!(value_in(&m, ctx, "GOPROXY"), "<default>");
    assert_eq!(
        value_in(&m, ctx, "GOSUMDB"),
        "sum.golang.org",
        "the last one wins"
    );
    assert_eq!(value_in(&m, ctx, "GOFLAGS"), "<dynamic>");
}

#[test]
fn go_commands_in_run_get_their_script_environment() {
    let text = "FROM golang:1.22-alpine AS build\nENV GOPROXY=https://corp.example\n\
                RUN export GOFLAGS=-mod=mod && GONOSUMDB=corp.example go mod download && go env -w GOPRIVATE=corp.example && unset GOPROXY; go build\n\
                RUN --mount=type=secret,id=netrc go list -m all\n";
    let (s, p) = model_of(&[("Dockerfile", text)]);
    let m = Model::build(&s, &p);
    let go: Vec<&Context> = m.contexts.iter().filter(|c| c.go.is_some()).collect();
    assert_eq!(go.len(), 4, "mod download, env -w, build, list");
    let dl = go[0];
    assert_eq!(dl.go.as_ref().unwrap().subcommand, "mod download");
    assert_eq!(value_in(&m, dl, "GOFLAGS"), "-mod=mod");
    assert_eq!(value_in(&m, dl, "GONOSUMDB"), "corp.example");
    let Effective::Value(a, v) = m.effective(dl, "GONOSUMDB") else {
        panic!("set inline")
    };
    assert_eq!(a.origin, Origin::Shell);
    assert_eq!(&text[v.full_source_range().unwrap()], "corp.example");
    assert_eq!(&text[a.range.clone()], "GONOSUMDB=corp.example");
    let build = go[2];
    assert_eq!(value_in(&m, build, "GOPROXY"), "<default>", "unset");
    assert_eq!(value_in(&m, build, "GONOSUMDB"), "<default>", "inline only");
    assert_eq!(value_in(&m, build, "GOFLAGS"), "-mod=mod", "exported");
    assert_eq!(
        value_in(&m, build, "GOPRIVATE"),
        "<go env -w corp.example>",
        "written by go env -w earlier in the RUN"
    );
    let list = go[3];
    assert_eq!(value_in(&m, list, "GOPRIVATE"), "<go env -w corp.example>");
    assert_eq!(
        value_in(&m, list, "GOFLAGS"),
        "<default>",
        "a new RUN, a new shell"
    );
    assert_eq!(value_in(&m, list, "GOPROXY"), "https://corp.example");
    assert_eq!(list.credentials.len(), 1);
    assert_eq!(list.credentials[0].kind, CredentialKind::SecretMount);
    let release = list.go_version.as_ref().unwrap();
    assert_eq!(release.version, GoVersion::parse("1.22"));
    assert!(release.official_image);
    assert_eq!(&text[release.range.clone()], "golang:1.22-alpine");
    // the gosem view of a context
    let env = m.go_env(list);
    let settings = env.settings(&m.go_version(list));
    assert_eq!(settings.goprivate, "corp.example");
    assert_eq!(settings.gonosumdb, "corp.example");
    assert_eq!(settings.goproxy, "https://corp.example");
}

#[test]
fn go_releases_from_images() {
    let cases = [
        ("FROM golang:1.22.5-bookworm", Some("1.22.5")),
        (
            "FROM docker.io/library/golang:1.21@sha256:abc",
            Some("1.21"),
        ),
        ("ARG GO=1.23\nFROM golang:${GO}-alpine", Some("1.23")),
        ("FROM golang:alpine", None),
        ("FROM golang", None),
    ];
    for (text, want) in cases {
        let (s, p) = model_of(&[("Dockerfile", &format!("{text}\nRUN go build\n"))]);
        let m = Model::build(&s, &p);
        let ctx = m.contexts.iter().find(|c| c.go.is_some()).unwrap();
        let release = ctx.go_version.as_ref().expect(text);
        assert_eq!(release.version, want.and_then(GoVersion::parse), "{text}");
    }
    let (s, p) = model_of(&[("Dockerfile", "FROM alpine\nRUN go build\n")]);
    let m = Model::build(&s, &p);
    assert!(m.contexts.iter().all(|c| c.go_version.is_none()));
    assert_eq!(
        m.go_version(&m.contexts[0]).minor,
        crate::gosem::NEWEST_MINOR
    );
}

#[test]
fn credentials_left_by_earlier_runs_and_json_form() {
    let text = "FROM golang:1.24\nRUN echo \"machine corp.example login x password y\" > /root/.netrc\n\
                RUN git config --global url.\"git@corp.example:\".insteadOf https://corp.example/\n\
                RUN [\"go\", \"mod\", \"download\"]\n";
    let (s, p) = model_of(&[("Dockerfile", text)]);
    let m = Model::build(&s, &p);
    let ctx = m.contexts.iter().find(|c| c.go.is_some()).unwrap();
    let kinds: Vec<_> = ctx.credentials.iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [CredentialKind::CredentialFile, CredentialKind::GitInsteadOf]
    );
    assert_eq!(ctx.go.as_ref().unwrap().subcommand, "mod download");
}

#[test]
fn what_each_value_overrode() {
    let text = "FROM golang:1.24\nARG GOPROXY=https://arg.example\nENV GOPROXY=https://env.example\n\
                RUN go env -w GOFLAGS=-mod=mod GOPROXY=https://file.example && GOPROXY=https://inline.example go build\n";
    let (s, p) = model_of(&[("Dockerfile", text)]);
    let m = Model::build(&s, &p);
    let build = m
        .contexts
        .iter()
        .find(|c| c.go.as_ref().is_some_and(|g| g.subcommand == "build"))
        .unwrap();
    assert_eq!(value_in(&m, build, "GOPROXY"), "https://inline.example");
    let over: Vec<&str> = m
        .overridden(build, "GOPROXY")
        .iter()
        .map(|a| m.written(a))
        .collect();
    assert_eq!(
        over,
        [
            "GOPROXY=https://env.example",
            "GOPROXY=https://arg.example",
            "GOPROXY=https://file.example"
        ]
    );
    assert!(m.overridden(build, "GOFLAGS").is_empty());
    assert!(m.may_be_set_by_build(build, "HTTPS_PROXY"));
    assert!(!m.may_be_set_by_build(build, "GOPROXY"));
}

#[test]
fn explicit_go_installs() {
    let text = "FROM debian:12\nRUN curl -fsSL https://go.dev/dl/go1.22.5.linux-amd64.tar.gz | tar -C /usr/local -xz\nRUN go build\n\
                FROM alpine AS other\nCOPY --from=golang:1.23-alpine /usr/local/go /usr/local/go\nRUN go build\n";
    let (s, p) = model_of(&[("Dockerfile", text)]);
    let m = Model::build(&s, &p);
    let runs: Vec<&Context> = m.contexts.iter().filter(|c| c.go.is_some()).collect();
    let first = runs[0].go_version.as_ref().unwrap();
    assert_eq!(first.version, GoVersion::parse("1.22.5"));
    assert_eq!(&text[first.range.clone()], "go1.22.5");
    assert!(!first.official_image);
    let second = runs[1].go_version.as_ref().unwrap();
    assert_eq!(second.version, GoVersion::parse("1.23"));
    assert!(
        !second.official_image,
        "GOTOOLCHAIN=local is not copied with the files"
    );
}

#[test]
fn a_script_read_in_part_is_reported_where_it_stops() {
    let files = vec![(
        "Dockerfile".to_owned(),
        b"FROM golang:1.22\nRUN GOFLAGS=-mod=mod go build && echo \"unterminated\n".to_vec(),
    )];
    let report = crate::analyze(files, &crate::Options::default());
    let messages: Vec<&str> = report
        .diagnostics
        .iter()
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(
        messages,
        ["2:39: unterminated double quote in this script: the commands after it are not read"]
    );
}
