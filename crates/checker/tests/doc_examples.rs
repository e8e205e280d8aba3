//! Every static rule's page shows an `## Example` that the rule reports and a `## Use instead`
//! that it does not; this test runs both through `analyze`.
//!
//! How the examples are read (keep the rule docs to these conventions):
//!
//! * Every fenced code block of a section (up to the next `## ` heading) is one input file; the
//!   prose between blocks is ignored.
//! * A block names its file with a first line that is a comment holding only a path:
//!   `# .dockerignore`, `# .github/workflows/ci.yml`, `// go.mod`, `# lib/go.mod`. The line stays
//!   in the file (it is a comment in every format). Without such a line the fence language
//!   decides: `dockerfile` → `Dockerfile`, `dockerignore` → `.dockerignore`, `gomod` → `go.mod`,
//!   `gowork` → `go.work`, `gosum` → `go.sum` (which has no comments), `dotenv`/`sh`/`env` → `.env`, `yaml` → `.gitlab-ci.yml` when the
//!   content looks like GitLab CI (no `jobs:` and a `script:`), else `.github/workflows/ci.yml`.
//! * `## Use instead` starts from the Example's files: a block replaces the file of the same
//!   path, and the files it does not show stay as in the Example (so a go.mod shown once serves
//!   both sections).
//!
//! The Example must produce at least one finding of the rule, Use instead none.

use std::collections::BTreeMap;

use goproxy_doctor_checker::{Options, analyze};

struct Block {
    lang: String,
    text: String,
}

/// The fenced blocks of the section that starts with `heading`.
fn section_blocks(markdown: &str, heading: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut in_section = false;
    let mut fence: Option<Block> = None;
    for line in markdown.lines() {
        if let Some(block) = fence.as_mut() {
            if line.trim_end() == "```" {
                blocks.push(fence.take().expect("open fence"));
            } else {
                block.text.push_str(line);
                block.text.push('\n');
            }
            continue;
        }
        if line.starts_with("## ") {
            in_section = line.trim_end() == heading;
            continue;
        }
        if in_section && let Some(lang) = line.strip_prefix("```") {
            fence = Some(Block {
                lang: lang.trim().to_owned(),
                text: String::new(),
            });
        }
    }
    assert!(fence.is_none(), "unterminated code block in {heading}");
    blocks
}

/// A first line such as `# .dockerignore` or `// go.mod`: the path it names.
fn marker_path(text: &str) -> Option<String> {
    let first = text.lines().next()?.trim();
    let rest = first
        .strip_prefix("//")
        .or_else(|| first.strip_prefix('#'))?
        .trim();
    let plausible = !rest.is_empty()
        && !rest.contains(char::is_whitespace)
        && !rest.contains(['=', ':'])
        && (rest.contains(['.', '/']) || rest.ends_with("Dockerfile"));
    plausible.then(|| rest.to_owned())
}

fn block_path(rule: &str, block: &Block) -> String {
    if let Some(path) = marker_path(&block.text) {
        return path;
    }
    match block.lang.as_str() {
        "dockerfile" => "Dockerfile".to_owned(),
        "dockerignore" => ".dockerignore".to_owned(),
        "gomod" | "go.mod" => "go.mod".to_owned(),
        "gowork" | "go.work" => "go.work".to_owned(),
        "gosum" | "go.sum" => "go.sum".to_owned(),
        "dotenv" | "sh" | "env" | "shell" | "bash" => ".env".to_owned(),
        "yaml" | "yml" => {
            let gitlab = !block
                .text
                .lines()
                .any(|l| l.trim_start().starts_with("jobs:"))
                && block.text.contains("script:");
            if gitlab {
                ".gitlab-ci.yml".to_owned()
            } else {
                ".github/workflows/ci.yml".to_owned()
            }
        }
        other => panic!(
            "{rule}: a ```{other} block needs a first line naming its file (`# path` or `// path`)"
        ),
    }
}

fn files_of(
    rule: &str,
    blocks: &[Block],
    base: &BTreeMap<String, String>,
) -> BTreeMap<String, String> {
    let mut files = base.clone();
    for block in blocks {
        files.insert(block_path(rule, block), block.text.clone());
    }
    files
}

fn findings_of(rule: &str, files: &BTreeMap<String, String>) -> Vec<String> {
    let inputs = files
        .iter()
        .map(|(p, t)| (p.clone(), t.as_bytes().to_vec()))
        .collect();
    analyze(inputs, &Options::default())
        .findings
        .into_iter()
        .filter(|f| f.rule == rule)
        .map(|f| {
            format!(
                "{}:{}: {}",
                f.primary.path, f.primary.span.start_line, f.message
            )
        })
        .collect()
}

fn show(files: &BTreeMap<String, String>) -> String {
    files.iter().map(|(p, t)| format!("--- {p}\n{t}")).collect()
}

#[test]
fn examples_fire_and_use_instead_does_not() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for rule in goproxy_doctor_checker::rules::infos() {
        if rule.live {
            continue;
        }
        let id = rule.id.as_str();
        let example = section_blocks(&rule.help_markdown, "## Example");
        let instead = section_blocks(&rule.help_markdown, "## Use instead");
        if example.is_empty() || instead.is_empty() {
            failures.push(format!("{id}: Example or Use instead has no code block"));
            continue;
        }
        let example_files = files_of(id, &example, &BTreeMap::new());
        let instead_files = files_of(id, &instead, &example_files);
        if findings_of(id, &example_files).is_empty() {
            failures.push(format!(
                "{id}: the Example is not reported\n{}",
                show(&example_files)
            ));
        }
        let wrong = findings_of(id, &instead_files);
        if !wrong.is_empty() {
            failures.push(format!(
                "{id}: Use instead is reported: {wrong:#?}\n{}",
                show(&instead_files)
            ));
        }
        checked += 1;
    }
    assert!(checked >= 38, "only {checked} rules checked");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn markers_and_languages_name_files() {
    let block = |lang: &str, text: &str| Block {
        lang: lang.to_owned(),
        text: text.to_owned(),
    };
    assert_eq!(
        block_path("T", &block("dockerfile", "FROM x\n")),
        "Dockerfile"
    );
    assert_eq!(
        block_path(
            "T",
            &block("dockerfile", "# syntax=docker/dockerfile:1\nFROM x\n")
        ),
        "Dockerfile"
    );
    assert_eq!(
        block_path(
            "T",
            &block("dockerfile", "# go.mod says: go 1.24.0\nFROM x\n")
        ),
        "Dockerfile"
    );
    assert_eq!(
        block_path("T", &block("gomod", "// go.mod\nmodule a.b\n")),
        "go.mod"
    );
    assert_eq!(
        block_path("T", &block("gomod", "// lib/go.mod\nmodule a.b/lib\n")),
        "lib/go.mod"
    );
    assert_eq!(
        block_path("T", &block("yaml", "build:\n  script:\n    - go build\n")),
        ".gitlab-ci.yml"
    );
    assert_eq!(
        block_path(
            "T",
            &block("yaml", "on: push\njobs:\n  b:\n    steps: []\n")
        ),
        ".github/workflows/ci.yml"
    );
    assert_eq!(
        block_path("T", &block("text", "# .netrc\nmachine x\n")),
        ".netrc"
    );
}
