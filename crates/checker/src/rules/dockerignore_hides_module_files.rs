use std::collections::BTreeMap;

use super::Rule;
use crate::model::files::dir_of;
use crate::model::q_docker::resolve;
use crate::model::{Context, ContextKind, Model};
use crate::parse::dockerignore::{self, DockerIgnore};
use crate::parse::gomod::ModKind;
use crate::report::{Applicability, Edit, Finding, Fix, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD404",
    name: "dockerignore-hides-module-files",
    family: "Docker build",
    severity: Severity::Error,
    security_severity: None,
    summary: "a .dockerignore pattern leaves out go.mod, go.sum, vendor/ or a replaced module that the build copies and needs",
    tags: &["docker", "go.mod"],
    precision: "high",
    check,
    docs: r#"Finds a `.dockerignore` pattern that leaves out of the build context a file that a Dockerfile `COPY` would otherwise bring in and the go command after it needs: the go.mod of the module it runs in, the go.sum beside it, `vendor/` when the command builds with `-mod=vendor`, or the directory of a `replace … => ./dir` (its go.mod).

The finding is on the deciding pattern (the last one that matches, as BuildKit decides), with
the go command that needs the file as a related location. A replacement directory that no `COPY`
brings in at all is GPD403.

## Why it matters
`.dockerignore` is applied before any instruction runs, silently: `COPY . .` succeeds and the
file is just not there. A broad pattern (`*` followed by a list of `!` exceptions, `*.sum`,
`**/vendor`) then breaks the build far from its cause: `go: go.mod file not found in current
directory or any parent directory`, `missing go.sum entry for module providing package …`,
`inconsistent vendoring`, or `reading lib/go.mod: no such file or directory`.

## Example
```dockerignore
*
!cmd
!internal
!go.mod
```
```dockerfile
FROM golang:1.23
WORKDIR /src
COPY . .
RUN go build ./cmd/app
```
```gomod
// go.mod
module github.com/acme/app

go 1.23

require github.com/google/uuid v1.6.0
```
```gosum
github.com/google/uuid v1.6.0 h1:NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0=
github.com/google/uuid v1.6.0/go.mod h1:TIyPZe4MgqvfeYDBFedMoGGpEw/LqOeaOT+nhxU+yHo=
```

## Use instead
```dockerignore
*
!cmd
!internal
!go.mod
!go.sum
```

## Fix safety
The fix deletes the pattern when it names exactly the needed file or directory, and otherwise
appends a `!path` exception for each needed path at the end of the `.dockerignore` (checked to
re-include it). It is unsafe: the build context and so the image change.

## Go behaviour
The go command finds the main module by looking for go.mod in the working directory and its
parents, verifies every module it loads against go.sum (a missing entry is an error since Go
1.16 with `-mod=readonly`, the default), reads `vendor/modules.txt` with `-mod=vendor`, and reads
the go.mod of each directory replacement. See `go help modules`, `go help module-auth`,
`go help mod vendor` and go-semantics §10.3.
"#,
};

/// A file a go command needs that a pattern leaves out.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Needed {
    /// What to re-include, relative to the build context (a file or a directory).
    target: String,
    /// A path under it that must come back (the file itself, or the directory's go.mod).
    probe: String,
    /// Why go needs it.
    why: &'static str,
}

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    // (dockerignore file, pattern) → what it hides and the first go command that needs it
    let mut hits: BTreeMap<(usize, usize), (Vec<Needed>, &Context)> = BTreeMap::new();
    for ctx in &model.contexts {
        if ctx.kind != ContextKind::DockerRun || ctx.go.is_none() {
            continue;
        }
        let vendor = model.mod_mode(ctx).as_deref() == Some("vendor");
        if !model.fetches_modules(ctx) && !vendor {
            continue;
        }
        let Some((ignore_file, ignore)) = model.dockerignore(ctx.file) else {
            continue;
        };
        for n in needed(model, ctx, ignore, vendor) {
            let (true, Some(pattern)) = ignore.decision(&n.probe) else {
                continue;
            };
            let entry = hits
                .entry((ignore_file, pattern))
                .or_insert((Vec::new(), ctx));
            if !entry.0.contains(&n) {
                entry.0.push(n);
            }
        }
    }
    for ((ignore_file, pattern), (mut needed, ctx)) in hits {
        needed.sort();
        let ignore_src = &model.files[ignore_file];
        let Some((_, ignore)) = model.dockerignore(ctx.file) else {
            continue;
        };
        let p = &ignore.patterns[pattern];
        let written = &ignore_src.text[p.range.clone()];
        let file = &model.files[ctx.file];
        let Some(go) = &ctx.go else { continue };
        let targets: Vec<String> = needed.iter().map(|n| format!("`{}`", n.target)).collect();
        let whys: Vec<&str> = needed.iter().map(|n| n.why).collect();
        let message = format!(
            "`{}` pattern `{written}` leaves {} out of the build context, but `go {}` in {} needs {}: {}",
            ignore_src.path,
            targets.join(", "),
            go.subcommand,
            file.path,
            if needed.len() == 1 { "it" } else { "them" },
            whys.join("; ")
        );
        findings.push(
            RULE.finding(
                message,
                ignore_src.location(p.range.start, p.range.end, "leaves module files out"),
            )
            .related(file.location(
                go.range.start,
                go.range.end,
                format!("needs {} here", targets.join(", ")),
            ))
            .help(format!(
                "re-include {} (`!{}` after this pattern) or narrow the pattern",
                targets.join(", "),
                needed[0].target
            ))
            .fix(fix(model, ignore_file, ignore, pattern, &needed))
            .build(),
        );
    }
}

/// What the go command of `ctx` needs from the build context that a COPY would bring in but
/// `.dockerignore` drops: go.mod of the module it runs in, the go.sum beside it, vendor/ for
/// `-mod=vendor`, directory replacements.
fn needed(model: &Model<'_>, ctx: &Context, ignore: &DockerIgnore, vendor: bool) -> Vec<Needed> {
    let context_dir = model.build_context_dir(ctx.file);
    let rel = |p: &str| -> Option<String> {
        if context_dir.is_empty() {
            Some(p.to_owned())
        } else {
            p.strip_prefix(context_dir)?
                .strip_prefix('/')
                .map(str::to_owned)
        }
    };
    let Some(cwd) = ctx.workdir.as_deref() else {
        return Vec::new();
    };
    // the go.mod go would use were nothing ignored: the deepest one above the working directory
    let mut best: Option<(usize, String)> = None;
    for (i, _) in model.mod_files(ModKind::GoMod) {
        let Some(at) = model.copied_path(ctx, &model.files[i].path) else {
            continue;
        };
        let dir = dir_of(&at);
        let dir = if dir.is_empty() { "/" } else { dir };
        let above = cwd == dir || cwd.starts_with(&format!("{}/", dir.trim_end_matches('/')));
        if above && best.as_ref().is_none_or(|(_, d)| dir.len() > d.len()) {
            best = Some((i, dir.to_owned()));
        }
    }
    let Some((go_mod, image_dir)) = best else {
        return Vec::new();
    };
    let go_mod_path = &model.files[go_mod].path;
    let repo_dir = dir_of(go_mod_path);
    let beside = |name: &str| {
        if repo_dir.is_empty() {
            name.to_owned()
        } else {
            format!("{repo_dir}/{name}")
        }
    };
    let mut out = Vec::new();
    let mut hidden = |repo_path: &str, target: Option<String>, why: &'static str| {
        if let Some(r) = rel(repo_path)
            && model.copied_path(ctx, repo_path).is_some()
            && ignore.decision(&r).0
        {
            out.push(Needed {
                target: target.unwrap_or_else(|| r.clone()),
                probe: r,
                why,
            });
        }
    };
    hidden(
        go_mod_path,
        None,
        "without go.mod go finds no main module (`go.mod file not found`)",
    );
    let go_sum = beside("go.sum");
    if model.has_file(&go_sum) {
        hidden(
            &go_sum,
            None,
            "without go.sum every module fails verification (`missing go.sum entry`)",
        );
    }
    let modules_txt = beside("vendor/modules.txt");
    if vendor && model.has_file(&modules_txt) {
        hidden(
            &modules_txt,
            rel(&beside("vendor")),
            "`-mod=vendor` builds from vendor/ (`inconsistent vendoring` without it)",
        );
    }
    // directory replacements of that go.mod
    if let crate::parse::Parsed::GoMod(m) = &model.parsed[go_mod] {
        for r in m.replaces.iter().filter(|r| r.is_directory) {
            let Some(dir) = resolve(repo_dir, &r.new_path.value) else {
                continue;
            };
            let Some(expected) = resolve(image_dir.trim_start_matches('/'), &r.new_path.value)
            else {
                continue;
            };
            let dir_go_mod = if dir.is_empty() {
                "go.mod".to_owned()
            } else {
                format!("{dir}/go.mod")
            };
            if !model.has_file(&dir_go_mod)
                || model.copied_path(ctx, &dir_go_mod) != Some(format!("/{expected}/go.mod"))
            {
                continue;
            }
            hidden(
                &dir_go_mod,
                rel(&dir),
                "go reads the go.mod of each directory replacement",
            );
        }
    }
    out
}

/// Delete the pattern when it names exactly what is needed, else append `!path` exceptions;
/// only when the result re-includes everything.
fn fix(
    model: &Model<'_>,
    ignore_file: usize,
    ignore: &DockerIgnore,
    pattern: usize,
    needed: &[Needed],
) -> Option<Fix> {
    let file = &model.files[ignore_file];
    if file.lossy {
        return None;
    }
    let p = &ignore.patterns[pattern];
    let works = |text: &str| {
        let after = dockerignore::parse(text, &mut Vec::new());
        needed.iter().all(|n| !after.decision(&n.probe).0)
    };
    if needed.iter().all(|n| n.target == p.pattern) && !p.exception {
        let mut after = file.text.clone();
        after.replace_range(p.line_range.clone(), "");
        if works(&after) {
            return Some(Fix {
                description: format!("remove `{}`", &file.text[p.range.clone()]),
                applicability: Applicability::Unsafe,
                edits: vec![Edit {
                    path: file.path.clone(),
                    span: file.span(p.line_range.start, p.line_range.end),
                    replacement: String::new(),
                }],
            });
        }
    }
    let mut addition = String::new();
    if !file.text.is_empty() && !file.text.ends_with('\n') {
        addition.push('\n');
    }
    let mut targets: Vec<&str> = needed.iter().map(|n| n.target.as_str()).collect();
    targets.dedup();
    for t in &targets {
        if t.starts_with(['#', ' ']) || t.contains(['*', '?', '[', '\\']) {
            return None;
        }
        addition.push_str(&format!("!{t}\n"));
    }
    if !works(&format!("{}{addition}", file.text)) {
        return None;
    }
    let end = file.text.len();
    let listed: Vec<String> = targets.iter().map(|t| format!("`!{t}`")).collect();
    Some(Fix {
        description: format!("add {} to {}", listed.join(", "), file.path),
        applicability: Applicability::Unsafe,
        edits: vec![Edit {
            path: file.path.clone(),
            span: file.span(end, end),
            replacement: addition,
        }],
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{apply_fix, check, spanned};

    const GO_MOD: &str =
        "module example.com/app\n\ngo 1.22\n\nrequire github.com/pkg/errors v0.9.1\n";
    const DF: &str = "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build ./cmd/app\n";

    fn run(ignore: &str, extra: &[(&'static str, &'static str)]) -> Vec<crate::Finding> {
        let mut files = vec![
            ("Dockerfile", DF),
            ("go.mod", GO_MOD),
            ("go.sum", ""),
            (".dockerignore", ignore),
        ];
        files.extend_from_slice(extra);
        check("GPD404", &files)
    }

    #[test]
    fn allowlist_without_go_sum() {
        let ignore = "*\n!cmd\n!internal\n!go.mod\n";
        let f = run(ignore, &[]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(ignore, &f[0].primary), "*");
        assert_eq!(f[0].primary.path, ".dockerignore");
        assert_eq!(
            f[0].message,
            "`.dockerignore` pattern `*` leaves `go.sum` out of the build context, but `go build` in Dockerfile needs it: without go.sum every module fails verification (`missing go.sum entry`)"
        );
        assert_eq!(spanned(DF, &f[0].related[0]), "go build ./cmd/app");
        assert_eq!(
            apply_fix(ignore, &f[0]),
            "*\n!cmd\n!internal\n!go.mod\n!go.sum\n"
        );
    }

    #[test]
    fn exact_pattern_is_removed_and_several_files_share_a_finding() {
        let ignore = "# build outputs\nbin/\ngo.sum\n";
        let f = run(ignore, &[]);
        assert_eq!(f.len(), 1);
        assert_eq!(
            (f[0].primary.span.start_line, f[0].primary.span.start_column),
            (3, 1)
        );
        assert_eq!(apply_fix(ignore, &f[0]), "# build outputs\nbin/\n");

        let ignore = "go.*";
        let f = run(ignore, &[]);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.contains("leaves `go.mod`, `go.sum` out"),
            "{}",
            f[0].message
        );
        assert!(f[0].message.contains("needs them"), "{}", f[0].message);
        assert_eq!(apply_fix(ignore, &f[0]), "go.*\n!go.mod\n!go.sum\n");
    }

    #[test]
    fn vendor_and_replaced_directories() {
        let df = "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -mod=vendor\n";
        let f = check(
            "GPD404",
            &[
                ("Dockerfile", df),
                ("go.mod", GO_MOD),
                ("vendor/modules.txt", "# github.com/pkg/errors v0.9.1\n"),
                (".dockerignore", "**/vendor\n"),
            ],
        );
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.contains("leaves `vendor` out"),
            "{}",
            f[0].message
        );
        assert_eq!(apply_fix("**/vendor\n", &f[0]), "**/vendor\n!vendor\n");

        let go_mod = "module example.com/app\nreplace example.com/lib => ./lib\n";
        let f = check(
            "GPD404",
            &[
                ("Dockerfile", DF),
                ("go.mod", go_mod),
                ("lib/go.mod", "module example.com/lib\n"),
                (".dockerignore", "lib\n"),
            ],
        );
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.contains("leaves `lib` out"),
            "{}",
            f[0].message
        );
        assert_eq!(apply_fix("lib\n", &f[0]), "");
    }

    #[test]
    fn go_mod_itself() {
        let f = run("**/go.mod\n", &[]);
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("`go.mod` out"), "{}", f[0].message);
        assert!(
            f[0].message.contains("go finds no main module"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn near_misses_do_not_fire() {
        for ignore in [
            ".git\nbin/\n",
            // re-included by a later exception
            "*\n!go.mod\n!go.sum\n!cmd\n",
            "go.sum\n!go.sum\n",
            // vendor/ left out while building in module mode: go downloads instead
            "vendor\n",
            // another module's files
            "tools/go.sum\n",
        ] {
            assert!(
                run(
                    ignore,
                    &[
                        ("tools/go.mod", "module x\n"),
                        ("tools/go.sum", ""),
                        ("vendor/modules.txt", ""),
                    ]
                )
                .is_empty(),
                "{ignore}"
            );
        }
        // nothing copies the file anyway
        let df = "FROM golang:1.23\nWORKDIR /src\nCOPY go.mod ./\nRUN go mod download\n";
        let f = check(
            "GPD404",
            &[
                ("Dockerfile", df),
                ("go.mod", GO_MOD),
                ("go.sum", ""),
                (".dockerignore", "go.sum\n"),
            ],
        );
        assert!(f.is_empty());
        // no go command that needs modules
        let df = "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go version\n";
        let f = check(
            "GPD404",
            &[
                ("Dockerfile", df),
                ("go.mod", GO_MOD),
                ("go.sum", ""),
                (".dockerignore", "go.sum\n"),
            ],
        );
        assert!(f.is_empty());
    }
}
