//! GitHub Actions workflows (`.github/workflows/*.yml`, `*.yaml`) and composite actions
//! (`action.yml`, `action.yaml`): what decides the environment a `go` command sees in a `run:`
//! step. Environment variables at workflow, job and step level (and a job container's and
//! services' separately), `defaults.run`, the `run:` scripts with their shell and working
//! directory, `uses:` steps with `actions/setup-go` recognised, `runs-on`, the job container's
//! image and the matrix.
//!
//! Values keep their exact spans (see [`super::yaml`]). A value containing a `${{ … }}`
//! expression is marked dynamic: the runner substitutes it before the step runs. GitHub does
//! not expand `$VAR` in `env:` values (the shell may, later), so that alone is not dynamic.

use super::yaml::{self, Node, Spanned, Text};
use super::{Problem, Range};

/// Whether `path` is a file this module reads: a workflow or a composite action's metadata.
pub fn applies_to(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let in_workflows = path
        .strip_suffix(name)
        .is_some_and(|dir| dir == ".github/workflows/" || dir.ends_with("/.github/workflows/"));
    (in_workflows && (name.ends_with(".yml") || name.ends_with(".yaml")))
        || name == "action.yml"
        || name == "action.yaml"
}

#[derive(Debug, Clone, Default)]
pub struct Workflow {
    /// Workflow-level `env:`.
    pub env: Env,
    /// Workflow-level `defaults.run`.
    pub defaults: RunDefaults,
    pub jobs: Vec<Job>,
    /// A composite action's `runs.steps` (an `action.yml` with `runs.using: composite`).
    pub action_steps: Vec<Step>,
}

/// An `env:` mapping.
#[derive(Debug, Clone, Default)]
pub struct Env {
    pub entries: Vec<EnvEntry>,
    /// `env: ${{ … }}`: the whole mapping comes from an expression; its entries are not known.
    pub expression: Option<Range>,
}

/// One `NAME: value` of an `env:` mapping.
#[derive(Debug, Clone)]
pub struct EnvEntry {
    pub name: String,
    pub name_range: Range,
    /// The value as the runner sets it (non-string scalars as written: `on`, `1.22`); an empty
    /// or `null` value is the empty string.
    pub value: Text,
    /// The whole `NAME: value` entry, for fixes that remove it.
    pub range: Range,
}

/// `defaults: run: {shell, working-directory}`.
#[derive(Debug, Clone, Default)]
pub struct RunDefaults {
    pub shell: Option<Text>,
    pub working_directory: Option<Text>,
}

#[derive(Debug, Clone)]
pub struct Job {
    pub id: Spanned<String>,
    /// The whole `id: {…}` entry.
    pub range: Range,
    pub name: Option<Text>,
    /// `runs-on` labels (a string, a list, or the `labels` of a `{group, labels}` mapping).
    pub runs_on: Vec<Text>,
    pub env: Env,
    pub defaults: RunDefaults,
    /// The job runs its steps in this container (`container: image` or `container.image`): the
    /// Go toolchain may come from a `golang:` image.
    pub container: Option<Container>,
    /// `services.<id>`: their `env` is set inside the service containers, not for the steps.
    pub services: Vec<Service>,
    /// `strategy.matrix` axes whose values are listed, for `${{ matrix.<name> }}`.
    pub matrix: Vec<MatrixAxis>,
    /// A job that calls a reusable workflow (`jobs.<id>.uses`) instead of running steps.
    pub uses: Option<Text>,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone)]
pub struct Container {
    pub image: Option<Text>,
    /// `container.env`: set in the container the steps run in.
    pub env: Env,
    pub range: Range,
}

#[derive(Debug, Clone)]
pub struct Service {
    pub id: Spanned<String>,
    pub image: Option<Text>,
    pub env: Env,
}

#[derive(Debug, Clone)]
pub struct MatrixAxis {
    pub name: Spanned<String>,
    /// The scalar values listed for it (`include` entries are not merged in).
    pub values: Vec<Text>,
}

#[derive(Debug, Clone)]
pub struct Step {
    pub id: Option<Text>,
    pub name: Option<Text>,
    /// The whole step (the mapping after its `-`).
    pub range: Range,
    pub env: Env,
    pub kind: StepKind,
}

#[derive(Debug, Clone)]
pub enum StepKind {
    Run {
        /// The script, each line mapped to its source line.
        script: Text,
        shell: Option<Text>,
        working_directory: Option<Text>,
    },
    Uses {
        /// `owner/repo@ref`, `./path` or `docker://image`.
        action: Text,
        /// The `with:` inputs, in order.
        with: Vec<(Spanned<String>, Text)>,
        /// Set when the action is `actions/setup-go`.
        setup_go: Option<SetupGo>,
    },
    /// A step with neither `run` nor `uses` (reported as a problem).
    Invalid,
}

/// The inputs of `actions/setup-go` that decide which Go runs.
#[derive(Debug, Clone, Default)]
pub struct SetupGo {
    pub go_version: Option<Text>,
    pub go_version_file: Option<Text>,
    pub check_latest: Option<Text>,
    pub cache: Option<Text>,
}

/// Parse a workflow or a composite action. Problems: invalid YAML, and shapes GitHub would
/// reject where they hide settings (a non-mapping root, `jobs` or `env` that are not mappings,
/// a step with neither `run` nor `uses`).
pub fn parse(text: &str, problems: &mut Vec<Problem>) -> Workflow {
    let loaded = yaml::load(text, problems);
    // Shape problems in a document cut short by a syntax error would only repeat that error.
    let mut shape = Vec::new();
    let wf = workflow(loaded.docs.first(), &mut shape);
    if !loaded.truncated {
        problems.append(&mut shape);
    }
    wf
}

fn workflow(root: Option<&Node>, problems: &mut Vec<Problem>) -> Workflow {
    let mut wf = Workflow::default();
    let Some(root) = root else {
        return wf;
    };
    if root.as_mapping().is_none() {
        if !root.is_null() {
            problems.push(Problem::at(
                root.range.clone(),
                "a workflow must be a mapping",
            ));
        }
        return wf;
    }
    wf.env = env(root.get("env"), problems);
    wf.defaults = defaults(root.get("defaults"));
    if let Some(jobs) = root.get("jobs") {
        match jobs.as_mapping() {
            Some(entries) => {
                for e in entries {
                    if let Some(job) = job(e, problems) {
                        wf.jobs.push(job);
                    }
                }
            }
            None if jobs.is_null() => {}
            None => problems.push(Problem::at(jobs.range.clone(), "`jobs` must be a mapping")),
        }
    }
    if let Some(steps) = root.get("runs").and_then(|r| r.get("steps")) {
        wf.action_steps = self::steps(steps, problems);
    }
    wf
}

fn text(node: &Node) -> Option<Text> {
    let s = node.scalar()?;
    let text = if node.is_null() {
        super::Mapped::new()
    } else {
        s.text.clone()
    };
    Some(Text {
        dynamic: text.as_str().contains("${{"),
        text,
        range: node.range.clone(),
    })
}

fn get_text(node: &Node, key: &str) -> Option<Text> {
    node.get(key).and_then(text)
}

fn spanned_key(e: &yaml::Entry) -> Option<Spanned<String>> {
    Some(Spanned {
        value: e.key_str()?.to_owned(),
        range: e.key.range.clone(),
    })
}

fn env(node: Option<&Node>, problems: &mut Vec<Problem>) -> Env {
    let mut out = Env::default();
    let Some(node) = node else { return out };
    if let Some(entries) = node.as_mapping() {
        for e in entries {
            let Some(name) = e.key_str() else { continue };
            match text(&e.value) {
                Some(value) => out.entries.push(EnvEntry {
                    name: name.to_owned(),
                    name_range: e.key.range.clone(),
                    value,
                    range: e.range.clone(),
                }),
                None => problems.push(Problem::at(
                    e.value.range.clone(),
                    format!("the value of `{name}` must be a string"),
                )),
            }
        }
    } else if node.as_str().is_some_and(|s| s.contains("${{")) {
        out.expression = Some(node.range.clone());
    } else if !node.is_null() {
        problems.push(Problem::at(node.range.clone(), "`env` must be a mapping"));
    }
    out
}

fn defaults(node: Option<&Node>) -> RunDefaults {
    let Some(run) = node.and_then(|d| d.get("run")) else {
        return RunDefaults::default();
    };
    RunDefaults {
        shell: get_text(run, "shell"),
        working_directory: get_text(run, "working-directory"),
    }
}

fn job(e: &yaml::Entry, problems: &mut Vec<Problem>) -> Option<Job> {
    let id = spanned_key(e)?;
    let node = &e.value;
    if node.as_mapping().is_none() {
        problems.push(Problem::at(
            node.range.clone(),
            format!("job `{}` must be a mapping", id.value),
        ));
        return None;
    }
    let runs_on = match node.get("runs-on") {
        Some(r) => match r.as_sequence() {
            Some(items) => items.iter().filter_map(text).collect(),
            None => match r.get("labels") {
                Some(l) => match l.as_sequence() {
                    Some(items) => items.iter().filter_map(text).collect(),
                    None => text(l).into_iter().collect(),
                },
                None => text(r).into_iter().collect(),
            },
        },
        None => Vec::new(),
    };
    let container = node.get("container").and_then(|c| {
        if c.is_null() {
            None
        } else if c.as_mapping().is_some() {
            Some(Container {
                image: get_text(c, "image"),
                env: env(c.get("env"), problems),
                range: c.range.clone(),
            })
        } else {
            Some(Container {
                image: text(c),
                env: Env::default(),
                range: c.range.clone(),
            })
        }
    });
    let services = node
        .get("services")
        .and_then(Node::as_mapping)
        .unwrap_or_default()
        .iter()
        .filter_map(|s| {
            let id = spanned_key(s)?;
            let (image, env) = if s.value.as_mapping().is_some() {
                (
                    get_text(&s.value, "image"),
                    env(s.value.get("env"), problems),
                )
            } else {
                (text(&s.value), Env::default())
            };
            Some(Service { id, image, env })
        })
        .collect();
    let matrix = node
        .get("strategy")
        .and_then(|s| s.get("matrix"))
        .and_then(Node::as_mapping)
        .unwrap_or_default()
        .iter()
        .filter(|a| !matches!(a.key_str(), Some("include" | "exclude")))
        .filter_map(|a| {
            let name = spanned_key(a)?;
            let values = a.value.as_sequence()?.iter().filter_map(text).collect();
            Some(MatrixAxis { name, values })
        })
        .collect();
    Some(Job {
        range: e.range.clone(),
        name: get_text(node, "name"),
        runs_on,
        env: env(node.get("env"), problems),
        defaults: defaults(node.get("defaults")),
        container,
        services,
        matrix,
        uses: get_text(node, "uses"),
        steps: node
            .get("steps")
            .map_or_else(Vec::new, |s| steps(s, problems)),
        id,
    })
}

fn steps(node: &Node, problems: &mut Vec<Problem>) -> Vec<Step> {
    let Some(items) = node.as_sequence() else {
        if !node.is_null() {
            problems.push(Problem::at(node.range.clone(), "`steps` must be a list"));
        }
        return Vec::new();
    };
    let mut out = Vec::new();
    for s in items {
        if s.as_mapping().is_none() {
            problems.push(Problem::at(s.range.clone(), "a step must be a mapping"));
            continue;
        }
        let kind = if let Some(script) = get_text(s, "run") {
            StepKind::Run {
                script,
                shell: get_text(s, "shell"),
                working_directory: get_text(s, "working-directory"),
            }
        } else if let Some(action) = get_text(s, "uses") {
            let with: Vec<(Spanned<String>, Text)> = s
                .get("with")
                .and_then(Node::as_mapping)
                .unwrap_or_default()
                .iter()
                .filter_map(|w| Some((spanned_key(w)?, text(&w.value)?)))
                .collect();
            let input = |name: &str| {
                with.iter()
                    .find(|(k, _)| k.value == name)
                    .map(|(_, v)| v.clone())
            };
            let setup_go = is_setup_go(action.as_str()).then(|| SetupGo {
                go_version: input("go-version"),
                go_version_file: input("go-version-file"),
                check_latest: input("check-latest"),
                cache: input("cache"),
            });
            StepKind::Uses {
                action,
                with,
                setup_go,
            }
        } else {
            problems.push(Problem::at(
                s.range.clone(),
                "a step needs `run` or `uses`: ignored",
            ));
            StepKind::Invalid
        };
        out.push(Step {
            id: get_text(s, "id"),
            name: get_text(s, "name"),
            range: s.range.clone(),
            env: env(s.get("env"), problems),
            kind,
        });
    }
    out
}

/// `actions/setup-go`, at any ref (GitHub matches owner and repository names case-insensitively).
fn is_setup_go(action: &str) -> bool {
    let name = action.split('@').next().unwrap_or(action).trim();
    name.eq_ignore_ascii_case("actions/setup-go")
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORKFLOW: &str = r#"name: ci
on: [push]
env:
  GOPROXY: "https://proxy.corp.example|direct"
  GOPRIVATE: git.corp.example/*
  GOFLAGS: ${{ vars.GOFLAGS }}
  GO111MODULE: on
  EMPTY:
defaults:
  run:
    shell: bash
jobs:
  build:
    name: Build ${{ matrix.go }}
    runs-on: ubuntu-latest
    strategy:
      matrix:
        go: ['1.22', "1.23"]
        include:
          - go: stable
    env:
      GONOSUMDB: git.corp.example
    container:
      image: golang:1.22-bookworm
      env:
        CGO_ENABLED: 0
    services:
      db:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: pw
    steps:
      - uses: actions/checkout@v4
      - name: Set up Go
        uses: actions/setup-go@v5
        with:
          go-version: ${{ matrix.go }}
          check-latest: true
          cache: false
      - name: Build
        id: b
        working-directory: ./svc
        env:
          GOSUMDB: off
        run: |
          go version
          GOFLAGS=-mod=mod go build ./...
  lint:
    runs-on: [self-hosted, linux]
    container: golang:1.23
    steps:
      - uses: Actions/Setup-Go@main
        with:
          go-version-file: go.mod
      - run: go vet ./...
        shell: sh
  call:
    uses: ./.github/workflows/reusable.yml
"#;

    fn parsed(text: &str) -> Workflow {
        let mut problems = Vec::new();
        let wf = parse(text, &mut problems);
        assert_eq!(problems, vec![], "{text}");
        wf
    }

    #[test]
    fn recognises_the_file_names() {
        for p in [
            ".github/workflows/ci.yml",
            "x/.github/workflows/release.yaml",
            "action.yml",
            "tools/setup/action.yaml",
        ] {
            assert!(applies_to(p), "{p}");
        }
        for p in [
            ".github/workflows/sub/ci.yml",
            ".github/ci.yml",
            "workflows/ci.yml",
            ".github/workflows/README.md",
            "myaction.yml",
        ] {
            assert!(!applies_to(p), "{p}");
        }
    }

    #[test]
    fn workflow_env_with_exact_spans_and_dynamic_values() {
        let wf = parsed(WORKFLOW);
        let names: Vec<_> = wf.env.entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(
            names,
            ["GOPROXY", "GOPRIVATE", "GOFLAGS", "GO111MODULE", "EMPTY"]
        );
        let proxy = &wf.env.entries[0];
        assert_eq!(proxy.value.as_str(), "https://proxy.corp.example|direct");
        assert_eq!(&WORKFLOW[proxy.name_range.clone()], "GOPROXY");
        assert_eq!(
            &WORKFLOW[proxy.value.range.clone()],
            "\"https://proxy.corp.example|direct\""
        );
        assert_eq!(
            &WORKFLOW[proxy.range.clone()],
            "GOPROXY: \"https://proxy.corp.example|direct\""
        );
        let at = proxy.value.as_str().find("direct").expect("direct");
        let r = proxy.value.text.source_range(at..at + 6).expect("mapped");
        assert_eq!(&WORKFLOW[r], "direct");
        assert!(!proxy.value.dynamic);
        assert!(wf.env.entries[2].value.dynamic);
        assert_eq!(wf.env.entries[3].value.as_str(), "on");
        assert_eq!(wf.env.entries[4].value.as_str(), "");
        assert_eq!(wf.defaults.shell.as_ref().map(Text::as_str), Some("bash"));
    }

    #[test]
    fn jobs_with_container_services_matrix_and_runs_on() {
        let wf = parsed(WORKFLOW);
        let ids: Vec<_> = wf.jobs.iter().map(|j| j.id.value.as_str()).collect();
        assert_eq!(ids, ["build", "lint", "call"]);
        let build = &wf.jobs[0];
        assert_eq!(&WORKFLOW[build.id.range.clone()], "build");
        assert!(build.name.as_ref().is_some_and(|n| n.dynamic));
        assert_eq!(
            build.runs_on.iter().map(Text::as_str).collect::<Vec<_>>(),
            ["ubuntu-latest"]
        );
        assert_eq!(build.env.entries[0].name, "GONOSUMDB");
        let c = build.container.as_ref().expect("container");
        let image = c.image.as_ref().expect("image");
        assert_eq!(image.as_str(), "golang:1.22-bookworm");
        assert_eq!(&WORKFLOW[image.range.clone()], "golang:1.22-bookworm");
        assert_eq!(c.env.entries[0].value.as_str(), "0");
        assert_eq!(build.services[0].id.value, "db");
        assert_eq!(build.services[0].env.entries[0].name, "POSTGRES_PASSWORD");
        assert_eq!(build.matrix.len(), 1);
        assert_eq!(build.matrix[0].name.value, "go");
        let versions: Vec<_> = build.matrix[0].values.iter().map(Text::as_str).collect();
        assert_eq!(versions, ["1.22", "1.23"]);
        let lint = &wf.jobs[1];
        assert_eq!(lint.runs_on.len(), 2);
        assert_eq!(
            lint.container
                .as_ref()
                .and_then(|c| c.image.as_ref())
                .map(Text::as_str),
            Some("golang:1.23")
        );
        let call = &wf.jobs[2];
        assert!(call.steps.is_empty());
        assert_eq!(
            call.uses.as_ref().map(Text::as_str),
            Some("./.github/workflows/reusable.yml")
        );
    }

    #[test]
    fn run_steps_map_the_script_to_the_source() {
        let wf = parsed(WORKFLOW);
        let step = &wf.jobs[0].steps[2];
        assert_eq!(step.name.as_ref().map(Text::as_str), Some("Build"));
        assert_eq!(step.id.as_ref().map(Text::as_str), Some("b"));
        assert_eq!(step.env.entries[0].name, "GOSUMDB");
        assert_eq!(step.env.entries[0].value.as_str(), "off");
        let StepKind::Run {
            script,
            shell,
            working_directory,
        } = &step.kind
        else {
            panic!("not a run step: {step:?}");
        };
        assert!(shell.is_none());
        assert_eq!(working_directory.as_ref().map(Text::as_str), Some("./svc"));
        assert_eq!(
            script.as_str(),
            "go version\nGOFLAGS=-mod=mod go build ./...\n"
        );
        let cmd = "GOFLAGS=-mod=mod go build";
        let at = script.as_str().find(cmd).expect("cmd");
        let r = script
            .text
            .source_range(at..at + cmd.len())
            .expect("mapped");
        assert_eq!(r.start, WORKFLOW.find(cmd).expect("in source"));
        assert_eq!(&WORKFLOW[r], cmd);
        assert!(WORKFLOW[step.range.clone()].starts_with("name: Build"));
        assert!(WORKFLOW[step.range.clone()].ends_with("go build ./..."));
        let StepKind::Run { shell, .. } = &wf.jobs[1].steps[1].kind else {
            panic!("run");
        };
        assert_eq!(shell.as_ref().map(Text::as_str), Some("sh"));
    }

    #[test]
    fn setup_go_inputs_are_recognised() {
        let wf = parsed(WORKFLOW);
        let StepKind::Uses {
            action,
            with,
            setup_go,
        } = &wf.jobs[0].steps[1].kind
        else {
            panic!("uses");
        };
        assert_eq!(action.as_str(), "actions/setup-go@v5");
        assert_eq!(with.len(), 3);
        let sg = setup_go.as_ref().expect("setup-go");
        let v = sg.go_version.as_ref().expect("go-version");
        assert!(v.dynamic);
        assert_eq!(&WORKFLOW[v.range.clone()], "${{ matrix.go }}");
        assert_eq!(sg.check_latest.as_ref().map(Text::as_str), Some("true"));
        assert_eq!(sg.cache.as_ref().map(Text::as_str), Some("false"));
        let StepKind::Uses { setup_go, .. } = &wf.jobs[0].steps[0].kind else {
            panic!("uses");
        };
        assert!(setup_go.is_none(), "checkout is not setup-go");
        let StepKind::Uses { setup_go, .. } = &wf.jobs[1].steps[0].kind else {
            panic!("uses");
        };
        let file = setup_go.as_ref().and_then(|s| s.go_version_file.as_ref());
        assert_eq!(file.map(Text::as_str), Some("go.mod"));
    }

    #[test]
    fn numbers_keep_their_text_as_written() {
        // GitHub reads an unquoted `1.20` as the number 1.2: the text as written lets a rule
        // see the trailing zero and that it is not quoted.
        let text = "jobs:\n  a:\n    steps:\n      - uses: actions/setup-go@v5\n        with:\n          go-version: 1.20\n";
        let wf = parsed(text);
        let StepKind::Uses { setup_go, .. } = &wf.jobs[0].steps[0].kind else {
            panic!("uses");
        };
        let v = setup_go
            .as_ref()
            .and_then(|s| s.go_version.as_ref())
            .expect("go-version");
        assert_eq!(v.as_str(), "1.20");
        assert_eq!(&text[v.range.clone()], "1.20");
    }

    #[test]
    fn composite_actions_give_their_steps() {
        let text = "name: setup\nruns:\n  using: composite\n  steps:\n    - run: go env -w GOPROXY=direct\n      shell: bash\n      env:\n        GOFLAGS: -mod=mod\n";
        let wf = parsed(text);
        assert!(wf.jobs.is_empty());
        assert_eq!(wf.action_steps.len(), 1);
        assert_eq!(wf.action_steps[0].env.entries[0].name, "GOFLAGS");
        let StepKind::Run { script, .. } = &wf.action_steps[0].kind else {
            panic!("run");
        };
        assert_eq!(&text[script.range.clone()], "go env -w GOPROXY=direct");
    }

    #[test]
    fn env_from_an_expression_and_anchors() {
        let text = "env: ${{ fromJSON(vars.ENV) }}\njobs:\n  a:\n    runs-on: x\n    env: &e\n      GOPROXY: off\n    steps: []\n  b:\n    runs-on: x\n    env: *e\n    steps:\n      - run: echo\n";
        let wf = parsed(text);
        assert!(wf.env.expression.is_some());
        let b = &wf.jobs[1];
        let e = &b.env.entries[0];
        assert_eq!(e.value.as_str(), "off");
        // The alias' entries point at the anchor's definition.
        assert_eq!(e.name_range.start, text.find("GOPROXY").expect("GOPROXY"));
    }

    #[test]
    fn crlf_bom_and_non_ascii() {
        let text = "\u{feff}env:\r\n  NOTE: \"héllo wörld\"\r\n  GOPROXY: https://é.example\r\njobs: {}\r\n";
        let wf = parsed(text);
        let e = &wf.env.entries[1];
        assert_eq!(&text[e.name_range.clone()], "GOPROXY");
        assert_eq!(&text[e.value.range.clone()], "https://é.example");
    }

    #[test]
    fn bad_shapes_are_problems_not_panics() {
        for (text, want) in [
            ("- a\n- b\n", "a workflow must be a mapping"),
            ("jobs: [a]\n", "`jobs` must be a mapping"),
            ("jobs:\n  a: 1\n", "job `a` must be a mapping"),
            ("env: [A]\n", "`env` must be a mapping"),
            ("env:\n  A: [1]\n", "the value of `A` must be a string"),
            (
                "jobs:\n  a:\n    steps:\n      - name: x\n",
                "a step needs `run` or `uses`",
            ),
            ("jobs:\n  a:\n    steps: x\n", "`steps` must be a list"),
            ("env:\n  A: 1\n  A: 2\n", "duplicate key `A`"),
            ("jobs:\n  a:\n\tsteps: []\n", "invalid YAML"),
        ] {
            let mut problems = Vec::new();
            parse(text, &mut problems);
            assert_eq!(problems.len(), 1, "{text:?}: {problems:?}");
            assert!(problems[0].message.contains(want), "{text:?}: {problems:?}");
        }
        let mut problems = Vec::new();
        let wf = parse("", &mut problems);
        assert!(wf.jobs.is_empty() && problems.is_empty());
    }

    #[test]
    fn mutated_and_truncated_workflows_never_panic() {
        let small = &WORKFLOW[WORKFLOW.find("jobs:").expect("jobs")..];
        let small = &small[..small.find("  lint:").expect("lint")];
        for input in yaml::tests::mutations(small) {
            let mut problems = Vec::new();
            let wf = parse(&input, &mut problems);
            yaml::tests::assert_problems_in(&input, &problems);
            for step in wf.jobs.iter().flat_map(|j| &j.steps) {
                assert!(step.range.end <= input.len());
            }
        }
    }
}
