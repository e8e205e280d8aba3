use std::collections::BTreeMap;

use super::Rule;
use crate::model::{ContextKind, ImageCopy, Model};
use crate::parse::Parsed;
use crate::parse::dockerignore;
use crate::report::{Applicability, Edit, Finding, Fix, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD405",
    name: "secrets-in-build-context",
    family: "Docker build",
    severity: Severity::Warning,
    security_severity: None,
    summary: "a whole-context `COPY` puts credential files of the build context into the image",
    tags: &["docker", "secrets"],
    precision: "high",
    check,
    docs: r#"Finds a `COPY . <dest>` (or `ADD`) of the whole build context while credential files sit in that context and `.dockerignore` does not exclude them: `.env`/`.env.*` files with entries (not `.env.example`, `.env.sample`, `.env.template`, `.env.dist`), `.netrc`/`_netrc`, `.git-credentials`, SSH private keys (`id_rsa`, `id_ecdsa`, `id_ed25519`, `id_dsa`) and `*.pem`/`*.key` files holding a private key.

The checker sees only the files the tool collects: a credential file that the repository's
`.gitignore` hides is not collected by a run on a checkout, where it does not exist either. The
message names the files but never shows their contents.

## Why it matters
Everything `COPY . .` takes ends up in a layer: pushed with the image, kept in the build cache,
readable by anyone who can pull the image or a cache export, even when a later step deletes it.
The `.netrc` or token that makes private modules download locally becomes a credential in every
copy of the image. Credentials for the build belong in secret mounts
(`RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download`), and the files belong in
`.dockerignore`.

## Example
```dockerignore
# .dockerignore
.git
```
```dockerfile
FROM golang:1.23
WORKDIR /src
COPY . .
RUN go build -o /app
```
```text
# .netrc
machine git.corp.example login ci password <token>
```

## Use instead
```dockerignore
# .dockerignore
.git
.netrc
```

## Fix safety
When the build context has a `.dockerignore`, the fix appends the files to it. It is unsafe: a
program in the image that reads one of them (an `.env` loaded at start-up) no longer finds it.

## Go behaviour
The go command reads credentials for private modules from `$NETRC` or `~/.netrc` (from Go 1.24
through `GOAUTH=netrc`, the default), and git reads `.git-credentials` through its credential helper; neither needs the
file in the image when a secret mount provides it for the one `RUN` that downloads. See
`go help goauth`, `go help private` and go-semantics §9.3.
"#,
};

/// Suffixes of env files that are templates, not configuration.
const TEMPLATES: &[&str] = &[
    "example", "sample", "template", "tmpl", "tpl", "dist", "default", "defaults", "schema",
];

/// Whether the repository file at index `i` holds credentials.
fn is_secret(model: &Model<'_>, i: usize) -> bool {
    let file = &model.files[i];
    let name = file.path.rsplit('/').next().unwrap_or(&file.path);
    let private_key = || file.text.contains("PRIVATE KEY-----");
    match name {
        ".netrc" | "_netrc" | ".git-credentials" => true,
        "id_rsa" | "id_dsa" | "id_ecdsa" | "id_ed25519" => true,
        _ if name.ends_with(".pem") || name.ends_with(".key") => private_key(),
        _ => {
            let env = name == ".env"
                || name.strip_prefix(".env.").is_some_and(|suffix| {
                    !TEMPLATES.contains(&suffix.to_ascii_lowercase().as_str())
                });
            env && matches!(&model.parsed[i], Parsed::EnvFile(e) if !e.entries.is_empty())
        }
    }
}

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    // each whole-context COPY once, with the secrets it takes
    let mut copies: BTreeMap<(usize, usize), (&ImageCopy, Vec<String>)> = BTreeMap::new();
    for ctx in &model.contexts {
        if !matches!(ctx.kind, ContextKind::DockerRun | ContextKind::DockerImage) {
            continue;
        }
        for copy in ctx.copies.iter().filter(|c| c.whole_context()) {
            if copies.contains_key(&(ctx.file, copy.range.start)) {
                continue;
            }
            let context_dir = model.build_context_dir(ctx.file);
            let ignore = model.dockerignore(ctx.file).map(|(_, d)| d);
            let excludes = copy_excludes(model, ctx.file, copy);
            let mut secrets = Vec::new();
            for i in 0..model.files.len() {
                let path = &model.files[i].path;
                let Some(rel) = relative(path, context_dir) else {
                    continue;
                };
                if !is_secret(model, i)
                    || ignore.is_some_and(|d| d.decision(rel).0)
                    || excludes.as_ref().is_some_and(|d| d.decision(rel).0)
                {
                    continue;
                }
                secrets.push(rel.to_owned());
            }
            secrets.sort();
            copies.insert((ctx.file, copy.range.start), (copy, secrets));
        }
    }
    for ((file_idx, _), (copy, secrets)) in copies {
        if secrets.is_empty() {
            continue;
        }
        let file = &model.files[file_idx];
        let copy_text = file.text[copy.range.clone()].trim();
        let copy_text = copy_text.lines().next().unwrap_or(copy_text);
        let ignore = model.dockerignore(file_idx);
        let listed: Vec<String> = secrets.iter().map(|s| format!("`{s}`")).collect();
        let why = match ignore {
            Some((i, _)) => format!(
                "`{}` does not exclude {}",
                model.files[i].path,
                if secrets.len() == 1 { "it" } else { "them" }
            ),
            None => "there is no .dockerignore".to_owned(),
        };
        let message = format!(
            "`{copy_text}` copies {} into the image: {why}",
            listed.join(", ")
        );
        let whole = copy
            .sources
            .iter()
            .position(|s| {
                let s = s.trim_start_matches("./").trim_end_matches('/');
                s.is_empty() || s == "."
            })
            .and_then(|k| copy.source_ranges.get(k))
            .cloned()
            .unwrap_or(copy.range.clone());
        findings.push(
            RULE.finding(
                message,
                file.location(
                    whole.start,
                    whole.end,
                    "the whole build context, credential files included",
                ),
            )
            .help(format!(
                "add {} to .dockerignore, and give the build its credentials with a secret mount \
                 (`RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download`)",
                listed.join(", ")
            ))
            .fix(ignore.and_then(|(i, _)| fix(model, i, &secrets)))
            .build(),
        );
    }
}

/// `path` relative to directory `dir` when it is inside it.
fn relative<'p>(path: &'p str, dir: &str) -> Option<&'p str> {
    if dir.is_empty() {
        return Some(path);
    }
    path.strip_prefix(dir)?.strip_prefix('/')
}

/// The `--exclude` patterns of a COPY, read as .dockerignore patterns.
fn copy_excludes(
    model: &Model<'_>,
    file: usize,
    copy: &ImageCopy,
) -> Option<dockerignore::DockerIgnore> {
    let instr = model.instruction_at(file, &copy.range)?;
    let patterns: Vec<&str> = instr
        .flags
        .iter()
        .filter(|f| f.name == "exclude")
        .filter_map(|f| f.value.as_ref().map(|v| v.as_str().trim_matches('"')))
        .collect();
    (!patterns.is_empty()).then(|| dockerignore::parse(&patterns.join("\n"), &mut Vec::new()))
}

/// Append the files to the .dockerignore, when that does exclude them.
fn fix(model: &Model<'_>, ignore_file: usize, secrets: &[String]) -> Option<Fix> {
    let file = &model.files[ignore_file];
    if file.lossy {
        return None;
    }
    let mut addition = String::new();
    if !file.text.is_empty() && !file.text.ends_with('\n') {
        addition.push('\n');
    }
    for s in secrets {
        // a leading `!`, `#` or white space would change the meaning: quote it away
        if s.starts_with(['!', '#', ' ']) || s.contains(['*', '?', '[', '\\']) {
            return None;
        }
        addition.push_str(s);
        addition.push('\n');
    }
    let after = format!("{}{addition}", file.text);
    let check = dockerignore::parse(&after, &mut Vec::new());
    if secrets.iter().any(|s| !check.decision(s).0) {
        return None;
    }
    let end = file.text.len();
    Some(Fix {
        description: format!("add {} to {}", secrets.join(", "), file.path),
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

    const DF: &str = "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /app\n";
    const KEY: &str =
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn\n-----END OPENSSH PRIVATE KEY-----\n";

    #[test]
    fn fires_with_the_files_named_and_a_fix() {
        let ignore = ".git";
        let f = check(
            "GPD405",
            &[
                ("Dockerfile", DF),
                (".dockerignore", ignore),
                (".netrc", "machine github.com login x password ghp_secret\n"),
                (".env", "GITHUB_TOKEN=ghp_secret\n"),
                ("deploy/id_ed25519", KEY),
                ("certs/ca.pem", "-----BEGIN CERTIFICATE-----\n"),
                (".env.example", "GITHUB_TOKEN=\n"),
            ],
        );
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(DF, &f[0].primary), ".");
        assert_eq!(
            (f[0].primary.span.start_line, f[0].primary.span.start_column),
            (3, 6)
        );
        assert_eq!(
            f[0].message,
            "`COPY . .` copies `.env`, `.netrc`, `deploy/id_ed25519` into the image: `.dockerignore` does not exclude them"
        );
        assert!(
            f[0].related.is_empty(),
            "never point into a credential file"
        );
        assert!(!format!("{f:?}").contains("ghp_secret"));
        assert_eq!(
            apply_fix(ignore, &f[0]),
            ".git\n.env\n.netrc\ndeploy/id_ed25519\n"
        );
    }

    #[test]
    fn subdirectory_contexts_and_no_dockerignore() {
        let f = check(
            "GPD405",
            &[
                ("svc/Dockerfile", "FROM golang:1.23\nCOPY ./ /src/\n"),
                ("svc/.git-credentials", "https://x:y@github.com\n"),
                (".netrc", "outside the build context\n"),
            ],
        );
        assert_eq!(f.len(), 1);
        assert_eq!(
            f[0].message,
            "`COPY ./ /src/` copies `.git-credentials` into the image: there is no .dockerignore"
        );
        assert!(f[0].fixes.is_empty());
    }

    #[test]
    fn near_misses_do_not_fire() {
        let netrc = (".netrc", "machine x\n");
        for (df, ignore) in [
            // excluded
            (DF, ".netrc\n"),
            (DF, "**/.netrc\n"),
            (DF, "*\n!go.mod\n!*.go\n"),
            // not the whole context
            (
                "FROM golang:1.23\nCOPY go.mod go.sum ./\nCOPY cmd/ ./cmd/\n",
                "",
            ),
            // excluded by the COPY itself
            (
                "# syntax=docker/dockerfile:1.7-labs\nFROM golang:1.23\nCOPY --exclude=.netrc . .\n",
                "",
            ),
            // from another stage
            ("FROM golang:1.23\nCOPY --from=build . .\n", ""),
            ("FROM golang:1.23\n# COPY . .\n", ""),
        ] {
            let f = check(
                "GPD405",
                &[("Dockerfile", df), (".dockerignore", ignore), netrc],
            );
            assert!(f.is_empty(), "{df} {ignore}");
        }
        // a certificate, an empty .env and templates are not credentials
        let f = check(
            "GPD405",
            &[
                ("Dockerfile", DF),
                ("ca.pem", "-----BEGIN CERTIFICATE-----\n"),
                (".env", "# nothing\n"),
                (".env.sample", "TOKEN=x\n"),
            ],
        );
        assert!(f.is_empty());
    }
}
