//! GitLab CI/CD configuration (`.gitlab-ci.yml` and the `*.gitlab-ci.yml` files it includes):
//! global and per-job `variables`, `default` (image, before/after script), each job's image
//! and scripts, with `extends` (single, list, chained), YAML anchors, aliases and merge keys,
//! and `!reference [job, key]` tags resolved within the file.
//!
//! Values keep their exact spans (see [`super::yaml`]); a value that came from a template, an
//! anchor or a `!reference` points at where it is written. A variable value or image name that
//! refers to a variable (`$VAR`, `${VAR}`, `%VAR%`; `$$` is a literal `$`) is marked dynamic:
//! GitLab expands it (unless `expand: false`). Script lines are never marked dynamic: the shell,
//! not GitLab, expands them.
//!
//! Templates named in `extends` or `!reference` that are not in this file (they may come from
//! an `include`) are reported as problems and their settings are unknown.

use std::collections::HashMap;

use super::yaml::{self, Entry, Node, Spanned, Text, Value};
use super::{Mapped, Problem, Range};

/// Whether `path` is a GitLab CI file this module reads.
pub fn applies_to(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.ends_with(".gitlab-ci.yml") || name.ends_with(".gitlab-ci.yaml")
}

/// Top-level keys that are not jobs. `image`, `services`, `cache`, `before_script` and
/// `after_script` at the top level are the deprecated form of `default:`.
const RESERVED: &[&str] = &[
    "default",
    "include",
    "stages",
    "variables",
    "workflow",
    "spec",
    "image",
    "services",
    "cache",
    "before_script",
    "after_script",
    "types",
];

/// `extends` chains longer than this are refused (GitLab allows 11 levels).
const MAX_EXTENDS: usize = 11;

#[derive(Debug, Clone, Default)]
pub struct Pipeline {
    /// Global `variables:`.
    pub variables: Vec<Variable>,
    /// `default:` (or the deprecated top-level `image`, `before_script`, `after_script`).
    pub default: Defaults,
    /// Jobs in file order, hidden ones (`.name`, templates) included, each with its `extends`
    /// and `!reference`s resolved and `default:` applied.
    pub jobs: Vec<Job>,
    /// `include:` entries that name a file of this repository (`local:`, or a plain path).
    pub includes: Vec<Text>,
}

#[derive(Debug, Clone, Default)]
pub struct Defaults {
    pub image: Option<Text>,
    pub before_script: Vec<Text>,
    pub after_script: Vec<Text>,
}

/// One variable: `NAME: value` or `NAME: {value: …, description: …, expand: …}`.
#[derive(Debug, Clone)]
pub struct Variable {
    pub name: String,
    pub name_range: Range,
    /// The value (non-string scalars as written: `1.22`, `true`); dynamic when GitLab expands a
    /// variable reference in it.
    pub value: Text,
    /// The whole `NAME: …` entry, for fixes that remove it.
    pub range: Range,
}

#[derive(Debug, Clone)]
pub struct Job {
    pub name: Spanned<String>,
    /// The whole `name: {…}` entry as written.
    pub range: Range,
    /// A hidden job (`.name`): a template that never runs by itself.
    pub hidden: bool,
    /// `extends:` as written.
    pub extends: Vec<Spanned<String>>,
    /// The job's variables, templates' first, overridden by the job's own (GitLab's merge).
    /// Global variables are in [`Pipeline::variables`] (see `inherit_global_variables`).
    pub variables: Vec<Variable>,
    /// Which global variables the job receives (`inherit: variables:`).
    pub inherit_global_variables: Inherit,
    /// The job's image, from the job, its templates or `default:`.
    pub image: Option<Text>,
    pub before_script: Vec<Text>,
    /// Script lines, nested lists flattened.
    pub script: Vec<Text>,
    pub after_script: Vec<Text>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inherit {
    All,
    None,
    Only(Vec<String>),
}

/// Parse one GitLab CI file. Problems: invalid YAML, shapes GitLab rejects where they hide
/// settings, `extends` and `!reference` targets missing from this file, cycles.
pub fn parse(text: &str, problems: &mut Vec<Problem>) -> Pipeline {
    let loaded = yaml::load(text, problems);
    // A file with a `spec:` header has its configuration in the second document.
    let root = match loaded.docs.as_slice() {
        [header, config, ..] if header.get("spec").is_some() => Some(config),
        [first, ..] => Some(first),
        [] => None,
    };
    let mut shape = Vec::new();
    let pipeline = root.map(|r| pipeline(r, &mut shape)).unwrap_or_default();
    if !loaded.truncated {
        // A template is resolved for every job that extends it: report each problem once
        // (a set, so that a file of thousands of jobs is not quadratic).
        let mut seen: std::collections::HashSet<Problem> = problems.iter().cloned().collect();
        for p in shape {
            if seen.insert(p.clone()) {
                problems.push(p);
            }
        }
    }
    pipeline
}

fn pipeline(root: &Node, problems: &mut Vec<Problem>) -> Pipeline {
    let mut out = Pipeline::default();
    let Some(entries) = root.as_mapping() else {
        if !root.is_null() {
            problems.push(Problem::at(
                root.range.clone(),
                "a GitLab CI file must be a mapping",
            ));
        }
        return out;
    };
    let resolver = Resolver {
        root,
        top: entries
            .iter()
            .filter_map(|e| Some((e.key_str()?, &e.value)))
            .collect(),
    };
    out.variables = variables(resolver.deref(root.get("variables"), problems), problems);
    let default = root.get("default");
    let top = |key: &str| default.and_then(|d| d.get(key)).or_else(|| root.get(key));
    out.default = Defaults {
        image: top("image").and_then(image),
        before_script: top("before_script")
            .map_or_else(Vec::new, |n| script(&resolver, n, problems)),
        after_script: top("after_script").map_or_else(Vec::new, |n| script(&resolver, n, problems)),
    };
    out.includes = includes(root.get("include"));
    for e in entries {
        let Some(name) = e.key_str() else { continue };
        if RESERVED.contains(&name) {
            continue;
        }
        let hidden = name.starts_with('.');
        if e.value.as_mapping().is_none() {
            if !hidden {
                problems.push(Problem::at(
                    e.value.range.clone(),
                    format!("job `{name}` must be a mapping"),
                ));
            }
            continue;
        }
        let mut chain = Vec::new();
        let merged = resolver.extended(name, &e.value, &mut chain, problems);
        out.jobs
            .push(job(&resolver, e, hidden, &merged, &out.default, problems));
    }
    out
}

fn job(
    resolver: &Resolver<'_>,
    e: &Entry,
    hidden: bool,
    merged: &Node,
    default: &Defaults,
    problems: &mut Vec<Problem>,
) -> Job {
    let name = e.key_str().unwrap_or_default().to_owned();
    let inherit = merged.get("inherit");
    let inherit_default = inherit.and_then(|i| i.get("default"));
    let uses_default = |key: &str| match inherit_default {
        None => true,
        Some(d) => match d.as_sequence() {
            Some(keys) => keys.iter().any(|k| k.as_str() == Some(key)),
            None => d.as_str() != Some("false"),
        },
    };
    let scripts = |key: &str, problems: &mut Vec<Problem>, fallback: &[Text]| match merged.get(key)
    {
        Some(n) => script(resolver, n, problems),
        None if uses_default(key) => fallback.to_vec(),
        None => Vec::new(),
    };
    Job {
        range: e.range.clone(),
        hidden,
        extends: names(e.value.get("extends")),
        variables: variables(resolver.deref(merged.get("variables"), problems), problems),
        inherit_global_variables: match inherit.and_then(|i| i.get("variables")) {
            None => Inherit::All,
            Some(v) => match v.as_sequence() {
                Some(list) => Inherit::Only(
                    list.iter()
                        .filter_map(|n| n.as_str().map(str::to_owned))
                        .collect(),
                ),
                None if v.as_str() == Some("false") => Inherit::None,
                None => Inherit::All,
            },
        },
        image: match merged.get("image") {
            Some(n) => image(n),
            None if uses_default("image") => default.image.clone(),
            None => None,
        },
        before_script: scripts("before_script", problems, &default.before_script),
        script: scripts("script", problems, &[]),
        after_script: scripts("after_script", problems, &default.after_script),
        name: Spanned {
            value: name,
            range: e.key.range.clone(),
        },
    }
}

/// GitLab expands `$VAR`, `${VAR}` and `%VAR%` in variable values and image names; `$$` is a
/// literal `$`.
fn references_variable(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'$' if b.get(i + 1) == Some(&b'$') => i += 2,
            b'$' if b
                .get(i + 1)
                .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_' || *c == b'{') =>
            {
                return true;
            }
            b'%' => {
                let name = b[i + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
                    .count();
                if name > 0 && b.get(i + 1 + name) == Some(&b'%') {
                    return true;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    false
}

fn text(node: &Node, expands: bool) -> Option<Text> {
    let s = node.scalar()?;
    let text = if node.is_null() {
        Mapped::new()
    } else {
        s.text.clone()
    };
    Some(Text {
        dynamic: expands && references_variable(text.as_str()),
        text,
        range: node.range.clone(),
    })
}

fn image(node: &Node) -> Option<Text> {
    match node.as_mapping() {
        Some(_) => node.get("name").and_then(|n| text(n, true)),
        None => text(node, true),
    }
}

/// A key that takes one value or a list of them.
fn one_or_many(node: Option<&Node>) -> Vec<&Node> {
    match node {
        None => Vec::new(),
        Some(node) => match node.as_sequence() {
            Some(items) => items.iter().collect(),
            None => vec![node],
        },
    }
}

fn names(node: Option<&Node>) -> Vec<Spanned<String>> {
    one_or_many(node)
        .into_iter()
        .filter_map(|n| {
            Some(Spanned {
                value: n.as_str()?.to_owned(),
                range: n.range.clone(),
            })
        })
        .collect()
}

fn includes(node: Option<&Node>) -> Vec<Text> {
    one_or_many(node)
        .into_iter()
        .filter_map(|n| match n.as_mapping() {
            Some(_) => n.get("local").and_then(|l| text(l, false)),
            None => text(n, false).filter(|t| !t.as_str().contains("://")),
        })
        .collect()
}

fn variables(node: Option<&Node>, problems: &mut Vec<Problem>) -> Vec<Variable> {
    let Some(node) = node else { return Vec::new() };
    let Some(entries) = node.as_mapping() else {
        if !node.is_null() {
            problems.push(Problem::at(
                node.range.clone(),
                "`variables` must be a mapping",
            ));
        }
        return Vec::new();
    };
    let mut out = Vec::new();
    for e in entries {
        let Some(name) = e.key_str() else { continue };
        let value = match e.value.as_mapping() {
            Some(_) => {
                let expand = e.value.get("expand").and_then(Node::as_str) != Some("false");
                match e.value.get("value") {
                    Some(v) => text(v, expand),
                    // `{description: …}` alone: a pipeline input left empty.
                    None => Some(Text {
                        text: Mapped::new(),
                        range: e.value.range.clone(),
                        dynamic: false,
                    }),
                }
            }
            None => text(&e.value, true),
        };
        match value {
            Some(value) => out.push(Variable {
                name: name.to_owned(),
                name_range: e.key.range.clone(),
                value,
                range: e.range.clone(),
            }),
            None => problems.push(Problem::at(
                e.value.range.clone(),
                format!("the value of variable `{name}` must be a string or a number"),
            )),
        }
    }
    out
}

/// Script lines: a string, or a list whose items are strings, nested lists or `!reference`s.
fn script(resolver: &Resolver<'_>, node: &Node, problems: &mut Vec<Problem>) -> Vec<Text> {
    let mut out = Vec::new();
    resolver.flatten(node, 0, &mut out, problems);
    out
}

struct Resolver<'a> {
    root: &'a Node,
    /// The top-level entries by name.
    top: HashMap<&'a str, &'a Node>,
}

impl Resolver<'_> {
    fn flatten(&self, node: &Node, depth: usize, out: &mut Vec<Text>, problems: &mut Vec<Problem>) {
        if depth > MAX_EXTENDS {
            problems.push(Problem::at(
                node.range.clone(),
                "`!reference` nested too deeply (a cycle?)",
            ));
            return;
        }
        if node.tag.as_deref() == Some("!reference") {
            if let Some(target) = self.reference(node, problems) {
                self.flatten(target, depth + 1, out, problems);
            }
            return;
        }
        match &node.value {
            Value::Scalar(_) if node.is_null() => {}
            Value::Scalar(_) => out.extend(text(node, false)),
            Value::Sequence(items) => {
                for item in items {
                    self.flatten(item, depth + 1, out, problems);
                }
            }
            Value::Mapping(_) => problems.push(Problem::at(
                node.range.clone(),
                "a script line must be a string",
            )),
        }
    }

    /// `node`, or what it points at when it is a `!reference`.
    fn deref<'n>(
        &'n self,
        node: Option<&'n Node>,
        problems: &mut Vec<Problem>,
    ) -> Option<&'n Node> {
        let node = node?;
        if node.tag.as_deref() == Some("!reference") {
            self.reference(node, problems)
        } else {
            Some(node)
        }
    }

    /// The node a `!reference [job, key, …]` points at.
    fn reference<'n>(&'n self, node: &Node, problems: &mut Vec<Problem>) -> Option<&'n Node> {
        let path: Vec<&str> = node
            .as_sequence()
            .unwrap_or_default()
            .iter()
            .filter_map(Node::as_str)
            .collect();
        let mut at = self.root;
        for (i, key) in path.iter().enumerate() {
            let next = if i == 0 {
                self.top.get(key).copied()
            } else {
                at.get(key)
            };
            match next {
                Some(next) => at = next,
                None => {
                    let msg = if i == 0 {
                        format!(
                            "`!reference` to `{key}`, which is not in this file: its lines are not known"
                        )
                    } else {
                        format!("`!reference`: `{}` has no `{key}`", path[..i].join("."))
                    };
                    problems.push(Problem::at(node.range.clone(), msg));
                    return None;
                }
            }
        }
        (!path.is_empty()).then_some(at)
    }

    /// A job's mapping with its `extends` merged in: templates in order, later ones and then the
    /// job itself overriding (mappings merged deeply, everything else replaced).
    fn extended(
        &self,
        name: &str,
        job: &Node,
        chain: &mut Vec<String>,
        problems: &mut Vec<Problem>,
    ) -> Node {
        let parents = names(job.get("extends"));
        if parents.is_empty() {
            return job.clone();
        }
        chain.push(name.to_owned());
        let mut base: Option<Node> = None;
        for p in &parents {
            if chain.contains(&p.value) {
                problems.push(Problem::at(
                    p.range.clone(),
                    format!("`extends` cycle: {} → {}", chain.join(" → "), p.value),
                ));
                continue;
            }
            if chain.len() > MAX_EXTENDS {
                problems.push(Problem::at(
                    p.range.clone(),
                    format!("`extends` nested more than {MAX_EXTENDS} levels"),
                ));
                continue;
            }
            let Some(template) = self
                .top
                .get(p.value.as_str())
                .copied()
                .filter(|t| t.as_mapping().is_some())
            else {
                problems.push(Problem::at(
                    p.range.clone(),
                    format!(
                        "`extends: {}` is not in this file (an include?): its settings are not known",
                        p.value
                    ),
                ));
                continue;
            };
            let resolved = self.extended(&p.value, template, chain, problems);
            base = Some(match base {
                None => resolved,
                Some(b) => deep_merge(&b, &resolved),
            });
        }
        chain.pop();
        match base {
            Some(b) => {
                let mut merged = deep_merge(&b, job);
                if let Value::Mapping(entries) = &mut merged.value {
                    // `extends` of templates must not leak into the job.
                    entries.retain(|e| e.key_str() != Some("extends"));
                    if let Some(own) = job.entry("extends") {
                        entries.push(own.clone());
                    }
                }
                merged
            }
            None => job.clone(),
        }
    }
}

/// `overlay` merged over `base`: keys of both mappings merged recursively, other values of
/// `overlay` replacing those of `base`. The result has `overlay`'s range.
fn deep_merge(base: &Node, overlay: &Node) -> Node {
    let (Some(b), Some(o)) = (base.as_mapping(), overlay.as_mapping()) else {
        return overlay.clone();
    };
    let mut entries: Vec<Entry> = b.to_vec();
    let mut index: HashMap<String, usize> = entries
        .iter()
        .enumerate()
        .filter_map(|(i, e)| Some((e.key_str()?.to_owned(), i)))
        .collect();
    for oe in o {
        let found = oe.key_str().and_then(|k| index.get(k).copied());
        match found.and_then(|i| entries.get_mut(i)) {
            Some(e) => {
                let value = deep_merge(&e.value, &oe.value);
                *e = Entry {
                    key: oe.key.clone(),
                    value,
                    range: oe.range.clone(),
                };
            }
            None => {
                if let Some(k) = oe.key_str() {
                    index.insert(k.to_owned(), entries.len());
                }
                entries.push(oe.clone());
            }
        }
    }
    Node {
        value: Value::Mapping(entries),
        ..overlay.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PIPELINE: &str = r#"include:
  - local: ci/go.gitlab-ci.yml
  - project: group/templates
    file: go.yml
  - https://example.com/x.yml
stages: [build, test]
variables:
  GOPROXY: "https://proxy.corp.example,direct"
  GOPRIVATE:
    value: gitlab.corp.example/*
    description: private modules
  GOFLAGS: -mod=mod -tags=$BUILD_TAGS
  LITERAL:
    value: $NOT_EXPANDED
    expand: false
  GO_VERSION: 1.22
default:
  image: golang:${GO_VERSION}
  before_script:
    - go version
workflow:
  rules:
    - when: always
.go-env: &go-env
  GONOSUMDB: gitlab.corp.example
  GOSUMDB: sum.golang.org
.base:
  variables:
    <<: *go-env
    CGO_ENABLED: "0"
  before_script:
    - echo base
  script:
    - go build ./...
.setup:
  script:
    - export GOFLAGS=-mod=vendor
build:
  extends: .base
  stage: build
  variables:
    GOSUMDB: "off"
  script:
    - !reference [.setup, script]
    - - GOFLAGS=-mod=mod go build ./...
      - go test ./...
test:
  image:
    name: golang:1.23
    entrypoint: [""]
  inherit:
    default: false
    variables: [GOPROXY]
  script: go test ./...
lint:
  extends: [.base, .setup]
  script: |
    golangci-lint run
    GOFLAGS=-mod=mod go vet ./...
"#;

    fn parsed(text: &str) -> Pipeline {
        let mut problems = Vec::new();
        let p = parse(text, &mut problems);
        assert_eq!(problems, vec![], "{text}");
        p
    }

    fn job<'a>(p: &'a Pipeline, name: &str) -> &'a Job {
        p.jobs
            .iter()
            .find(|j| j.name.value == name)
            .unwrap_or_else(|| panic!("no job {name}"))
    }

    fn var<'a>(vars: &'a [Variable], name: &str) -> &'a Variable {
        vars.iter()
            .find(|v| v.name == name)
            .unwrap_or_else(|| panic!("no variable {name}"))
    }

    fn lines(t: &[Text]) -> Vec<&str> {
        t.iter().map(Text::as_str).collect()
    }

    #[test]
    fn recognises_the_file_names() {
        assert!(applies_to(".gitlab-ci.yml"));
        assert!(applies_to("ci/go.gitlab-ci.yml"));
        assert!(applies_to("x.gitlab-ci.yaml"));
        assert!(!applies_to("gitlab-ci.yml.bak"));
        assert!(!applies_to(".github/workflows/ci.yml"));
    }

    #[test]
    fn global_variables_with_spans_and_expansion() {
        let p = parsed(PIPELINE);
        let names: Vec<_> = p.variables.iter().map(|v| v.name.as_str()).collect();
        assert_eq!(
            names,
            ["GOPROXY", "GOPRIVATE", "GOFLAGS", "LITERAL", "GO_VERSION"]
        );
        let proxy = var(&p.variables, "GOPROXY");
        assert_eq!(&PIPELINE[proxy.name_range.clone()], "GOPROXY");
        assert_eq!(
            &PIPELINE[proxy.value.range.clone()],
            "\"https://proxy.corp.example,direct\""
        );
        assert_eq!(
            &PIPELINE[proxy.range.clone()],
            "GOPROXY: \"https://proxy.corp.example,direct\""
        );
        assert!(!proxy.value.dynamic);
        let private = var(&p.variables, "GOPRIVATE");
        assert_eq!(private.value.as_str(), "gitlab.corp.example/*");
        assert_eq!(
            &PIPELINE[private.value.range.clone()],
            "gitlab.corp.example/*"
        );
        assert!(var(&p.variables, "GOFLAGS").value.dynamic);
        let literal = var(&p.variables, "LITERAL");
        assert_eq!(literal.value.as_str(), "$NOT_EXPANDED");
        assert!(!literal.value.dynamic, "expand: false");
        assert_eq!(var(&p.variables, "GO_VERSION").value.as_str(), "1.22");
        let includes: Vec<_> = p.includes.iter().map(Text::as_str).collect();
        assert_eq!(includes, ["ci/go.gitlab-ci.yml"]);
    }

    #[test]
    fn reserved_keys_are_not_jobs_and_hidden_jobs_are_marked() {
        let p = parsed(PIPELINE);
        let names: Vec<_> = p
            .jobs
            .iter()
            .map(|j| (j.name.value.as_str(), j.hidden))
            .collect();
        assert_eq!(
            names,
            [
                (".go-env", true),
                (".base", true),
                (".setup", true),
                ("build", false),
                ("test", false),
                ("lint", false),
            ]
        );
        assert_eq!(&PIPELINE[job(&p, "build").name.range.clone()], "build");
    }

    #[test]
    fn extends_merges_variables_and_the_job_wins() {
        let p = parsed(PIPELINE);
        let build = job(&p, "build");
        assert_eq!(build.extends[0].value, ".base");
        let names: Vec<_> = build.variables.iter().map(|v| v.name.as_str()).collect();
        assert_eq!(names, ["GONOSUMDB", "GOSUMDB", "CGO_ENABLED"]);
        let sumdb = var(&build.variables, "GOSUMDB");
        assert_eq!(sumdb.value.as_str(), "off");
        // The job's own value, where the job writes it.
        let own = PIPELINE.find("GOSUMDB: \"off\"").expect("own");
        assert_eq!(sumdb.name_range.start, own);
        // From the template, through the merge key, at the anchor's definition.
        let nosumdb = var(&build.variables, "GONOSUMDB");
        assert_eq!(
            nosumdb.name_range.start,
            PIPELINE.find("GONOSUMDB").expect("anchor")
        );
        assert_eq!(lines(&build.before_script), ["echo base"]);
        assert_eq!(
            lines(&build.script),
            [
                "export GOFLAGS=-mod=vendor",
                "GOFLAGS=-mod=mod go build ./...",
                "go test ./..."
            ]
        );
        // A `!reference` line points at the referenced job's text.
        assert_eq!(
            build.script[0].range.start,
            PIPELINE.find("export GOFLAGS").expect("setup")
        );
        assert_eq!(
            build.image.as_ref().map(Text::as_str),
            Some("golang:${GO_VERSION}")
        );
        assert!(build.image.as_ref().is_some_and(|i| i.dynamic));
        assert_eq!(build.inherit_global_variables, Inherit::All);
    }

    #[test]
    fn chained_and_listed_extends() {
        let p = parsed(PIPELINE);
        let lint = job(&p, "lint");
        // .setup comes later in the list: its script overrides .base's, then the job's own.
        assert_eq!(
            lines(&lint.script),
            ["golangci-lint run\nGOFLAGS=-mod=mod go vet ./...\n"]
        );
        let s = &lint.script[0];
        let cmd = "GOFLAGS=-mod=mod go vet";
        let at = s.as_str().find(cmd).expect("cmd");
        let r = s.text.source_range(at..at + cmd.len()).expect("mapped");
        assert_eq!(&PIPELINE[r.clone()], cmd);
        assert_eq!(r.start, PIPELINE.find(cmd).expect("src"));

        let text = ".a:\n  variables: {A: a, X: a}\n  image: img-a\n.b:\n  extends: .a\n  variables: {B: b, X: b}\nc:\n  extends: .b\n  variables: {X: c}\n  script: [make]\n";
        let p = parsed(text);
        let c = job(&p, "c");
        let vars: Vec<_> = c
            .variables
            .iter()
            .map(|v| format!("{}={}", v.name, v.value.as_str()))
            .collect();
        assert_eq!(vars, ["A=a", "X=c", "B=b"]);
        assert_eq!(c.image.as_ref().map(Text::as_str), Some("img-a"));
        assert_eq!(c.extends.len(), 1);
    }

    #[test]
    fn image_forms_inherit_and_string_scripts() {
        let p = parsed(PIPELINE);
        let test = job(&p, "test");
        assert_eq!(test.image.as_ref().map(Text::as_str), Some("golang:1.23"));
        assert!(test.before_script.is_empty(), "inherit: default: false");
        assert_eq!(
            test.inherit_global_variables,
            Inherit::Only(vec!["GOPROXY".into()])
        );
        assert_eq!(lines(&test.script), ["go test ./..."]);
        assert_eq!(
            p.default.image.as_ref().map(Text::as_str),
            Some("golang:${GO_VERSION}")
        );
        assert_eq!(lines(&p.default.before_script), ["go version"]);
        // A job without before_script gets default's.
        let text = "default:\n  before_script: [a]\nimage: top\nj:\n  script: [b]\n";
        let p = parsed(text);
        let j = job(&p, "j");
        assert_eq!(lines(&j.before_script), ["a"]);
        assert_eq!(j.image.as_ref().map(Text::as_str), Some("top"));
    }

    #[test]
    fn variable_reference_forms() {
        for (s, dynamic) in [
            ("$A", true),
            ("${A}", true),
            ("x$_y", true),
            ("%WIN%", true),
            ("$$A", false),
            ("50%", false),
            ("$", false),
            ("a$1", false),
            ("plain", false),
        ] {
            assert_eq!(references_variable(s), dynamic, "{s}");
        }
    }

    #[test]
    fn spec_header_documents_are_skipped() {
        let text = "spec:\n  inputs:\n    v:\n      default: x\n---\nj:\n  variables:\n    GOPROXY: direct\n  script: [go build]\n";
        let p = parsed(text);
        assert_eq!(p.jobs.len(), 1);
        assert_eq!(p.jobs[0].variables[0].value.as_str(), "direct");
    }

    #[test]
    fn problems_for_bad_shapes_and_unknown_templates() {
        for (text, want) in [
            ("- a\n", "must be a mapping"),
            ("j: [a]\n", "job `j` must be a mapping"),
            ("variables: [a]\n", "`variables` must be a mapping"),
            ("variables:\n  A: [1]\n", "variable `A` must be a string"),
            (
                "j:\n  extends: .nowhere\n",
                "`extends: .nowhere` is not in this file",
            ),
            (
                ".a:\n  extends: .b\n.b:\n  extends: .a\nj:\n  extends: .a\n",
                "cycle",
            ),
            (
                "j:\n  script: [!reference [.x, script]]\n",
                "`!reference` to `.x`",
            ),
            (
                "j:\n  script:\n    - {a: b}\n",
                "a script line must be a string",
            ),
            ("j:\n  script: 'x\n", "invalid YAML"),
            ("a: 1\na: 2\n", "duplicate key"),
        ] {
            let mut problems = Vec::new();
            parse(text, &mut problems);
            assert!(
                problems.iter().any(|p| p.message.contains(want)),
                "{text:?}: {problems:?}"
            );
            yaml::tests::assert_problems_in(text, &problems);
        }
        // A hidden key may hold anything (anchors for later use).
        let p = parsed(".list: &l [a, b]\n.s: &s x\nj:\n  script: *l\n");
        assert_eq!(lines(&job(&p, "j").script), ["a", "b"]);
        let mut problems = Vec::new();
        parse(
            ".a:\n  extends: .nowhere\nj:\n  extends: .a\nk:\n  extends: .a\n",
            &mut problems,
        );
        assert_eq!(problems.len(), 1, "{problems:?}");
        let mut problems = Vec::new();
        let p = parse(
            ".a:\n  extends: .b\n.b:\n  extends: .a\nj:\n  extends: .a\n",
            &mut problems,
        );
        assert_eq!(p.jobs.len(), 3, "cycles do not lose jobs");
    }

    /// Found by a scale run of the ci_yaml fuzz target: 60 000 top-level scalars took 5 s, as
    /// each problem was looked up in the list of those before it.
    #[test]
    fn problems_of_many_jobs_are_kept_once_each() {
        let text: String = (0..3000).map(|i| format!("j{i}: x\n")).collect();
        let mut problems = Vec::new();
        parse(&text, &mut problems);
        assert_eq!(problems.len(), 3000);
        assert!(
            problems[2999]
                .message
                .contains("job `j2999` must be a mapping")
        );
        let mut problems = Vec::new();
        parse(
            ".a:\n  extends: .x\n.b:\n  extends: .y\nj:\n  extends: [.a, .b]\nk:\n  extends: [.b, .a]\n",
            &mut problems,
        );
        assert_eq!(problems.len(), 2, "{problems:?}");
    }

    #[test]
    fn crlf_tabs_and_non_ascii() {
        let text = "variables:\r\n  NOTE: \"ünïcødé\"\r\n  GOPROXY: https://é.example\r\nj:\r\n  script:\r\n    - \"echo\\tgo build\"\r\n";
        let p = parsed(text);
        let v = var(&p.variables, "GOPROXY");
        assert_eq!(&text[v.value.range.clone()], "https://é.example");
        assert_eq!(job(&p, "j").script[0].as_str(), "echo\tgo build");
    }

    #[test]
    fn mutated_and_truncated_pipelines_never_panic() {
        let small = &PIPELINE[PIPELINE.find(".go-env").expect("go-env")..];
        let small = &small[..small.find("test:").expect("test")];
        for input in yaml::tests::mutations(small) {
            let mut problems = Vec::new();
            parse(&input, &mut problems);
            yaml::tests::assert_problems_in(&input, &problems);
        }
    }
}
