use super::*;
use crate::parse;

fn model_of(files: &[(&str, &str)]) -> (Vec<SourceFile>, Vec<Parsed>) {
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
    assert_eq!(runs[1].description, "stage `build`, RUN on line 10");
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
