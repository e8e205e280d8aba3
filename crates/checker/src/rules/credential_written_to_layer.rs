use super::Rule;
use crate::model::Model;
use crate::model::q_credentials::{DockerRun, DockerStage, RunMount, secret_value, userinfo_in};
use crate::model::shell::{self as script, Effects};
use crate::parse::dockerfile::Kind;
use crate::parse::{Mapped, Parsed, Range};
use crate::report::{Finding, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD502",
    name: "credential-written-to-layer",
    family: "credentials and proxies in images",
    severity: Severity::Error,
    security_severity: Some("8.0"),
    summary: "a RUN or COPY that leaves credentials in an image layer (.netrc, .git-credentials, a git insteadOf URL with a token, a credential store)",
    tags: &["credentials", "docker"],
    precision: "high",
    check,
    docs: r#"Finds Dockerfile instructions that leave credentials in an image layer: a `RUN` that writes `.netrc`/`_netrc`/`.git-credentials` (or a `.gitconfig` with a URL holding user information), runs `git config … url."https://<token>@host/".insteadOf …`, `git config credential.helper store` or an `http.extraHeader` with an `Authorization` header, or `go env -w` a value holding a credential — unless the same `RUN` deletes it again (`rm ~/.netrc`, `git config --unset …`, `go env -u …`) — and a `COPY`/`ADD` of a `.netrc` or `.git-credentials` file.

## Why it matters
Every `RUN` and `COPY` produces a layer, and layers are immutable: a file written in one `RUN` and
deleted in a later one is still in the earlier layer, where `docker save`, `dive` or any registry
client reads it. A token that fetches private Go modules usually reads the organisation's
whole code base. A builder stage of a multi-stage build is not pushed, but its layers stay in the
build cache (exported with `--cache-to … mode=max`) and in any image built with `--target`, so
builder stages are checked too. Writing the file from a secret mount (`cp /run/secrets/netrc
~/.netrc`) copies the secret out of the mount into the layer, which is what the mount was meant
to avoid.

## Example
```dockerfile
FROM golang:1.23
ARG GITHUB_TOKEN
RUN echo "machine github.com login x password ${GITHUB_TOKEN}" > /root/.netrc
RUN go mod download
```

## Use instead
```dockerfile
# syntax=docker/dockerfile:1
FROM golang:1.23
RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download
```
with `docker build --secret id=netrc,src=$HOME/.netrc .`; or, when a file has to be written,
write it, use it and delete it in one `RUN`.

## Fix safety
There is no automatic fix: the credential has to come from a build secret, and one that was
pushed in an image must be revoked.

## Go behaviour
The go command adds credentials to its HTTPS requests from `.netrc` (`$NETRC`, else `~/.netrc`;
from Go 1.24 through GOAUTH, whose default is `netrc`); the `git` it runs for direct fetches reads
git's configuration (`url.<base>.insteadOf`, credential helpers such as `store`, which reads and
writes `~/.git-credentials`). A file mounted with `--mount=type=secret,target=/root/.netrc` exists
only while that `RUN` runs and serves both. `go env -w` writes to the user's go env file
(`$HOME/.config/go/env`), which is part of the layer. See `go help goauth`, `go help private`,
go-semantics §9.2–9.3.
"#,
};

/// A credential a RUN writes.
struct Write {
    /// Where, in the script's coordinates.
    range: Range,
    script: usize,
    what: String,
    /// How to recognise a later removal.
    undo: Undo,
}

enum Undo {
    /// `rm` of a path with this base name.
    File(String),
    /// `git config --unset[-all] <key>` / `--remove-section`, or `rm` of `.gitconfig`.
    GitKey(String),
    /// `go env -u NAME` (or a later `go env -w NAME=` without a credential).
    GoEnv(String),
}

const CREDENTIAL_FILES: &[&str] = &[".netrc", "_netrc", ".git-credentials"];

fn base_name(path: &str) -> &str {
    path.trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or(path)
}

/// Which credential a redirect/cp target holds, when it is one (a `.gitconfig` only when the
/// command writes a URL with user information or an Authorization header into it).
fn credential_file(path: &str, command: &str) -> Option<String> {
    let base = base_name(path);
    if CREDENTIAL_FILES.contains(&base) {
        return Some(base.to_owned());
    }
    let lower = command.to_ascii_lowercase();
    (base == ".gitconfig" && (userinfo_in(command).is_some() || lower.contains("authorization:")))
        .then(|| base.to_owned())
}

/// The credentials one script writes.
fn writes(index: usize, text: &str, fx: &Effects) -> Vec<Write> {
    let mut out = Vec::new();
    for c in &fx.credential_files {
        let command = text.get(c.command.clone()).unwrap_or("");
        if let Some(base) = credential_file(&c.path.text, command) {
            out.push(Write {
                range: c.command.clone(),
                script: index,
                what: format!("writes `{base}`"),
                undo: Undo::File(base),
            });
        }
    }
    for g in &fx.git_configs {
        // reading or removing a setting writes nothing
        let command = text.get(g.range.clone()).unwrap_or("");
        if command.split_whitespace().any(|w| {
            w.starts_with("--unset")
                || w.starts_with("--get")
                || matches!(w, "--remove-section" | "--list" | "-l")
        }) {
            continue;
        }
        let key = g.key.text.as_str();
        let lower = key.to_ascii_lowercase();
        let value = g.value.as_ref().map_or("", |v| v.text.as_str());
        let what = if lower.starts_with("url.") && lower.ends_with(".insteadof") {
            userinfo_in(key).or_else(|| userinfo_in(value)).map(|u| {
                let shown = match u {
                    crate::model::q_credentials::SecretValue::UserInfo { redacted, .. } => redacted,
                    other => other.describe(),
                };
                format!("stores a credential in git's configuration (`url.{shown}….insteadOf`)")
            })
        } else if lower == "credential.helper" && value.trim_start().starts_with("store") {
            Some(
                "sets `credential.helper store`, which saves every credential git uses to `~/.git-credentials`"
                    .to_owned(),
            )
        } else if lower.ends_with(".extraheader")
            && value.to_ascii_lowercase().contains("authorization")
        {
            Some(
                "stores an `Authorization` header in git's configuration (`http.extraHeader`)"
                    .to_owned(),
            )
        } else {
            None
        };
        if let Some(what) = what {
            out.push(Write {
                range: g.range.clone(),
                script: index,
                what,
                undo: Undo::GitKey(lower),
            });
        }
    }
    for w in &fx.env_writes {
        let Some(v) = &w.value else { continue };
        if let Some(s) = secret_value(&v.text) {
            out.push(Write {
                range: w.range.clone(),
                script: index,
                what: format!(
                    "writes {} to the go env file with `go env -w {}`",
                    s.describe(),
                    w.name
                ),
                undo: Undo::GoEnv(w.name.clone()),
            });
        }
    }
    out
}

/// Whether a command of script `index` at `at` or later undoes `w`.
fn undone(w: &Write, scripts: &[(String, Effects)]) -> bool {
    for (i, (text, fx)) in scripts.iter().enumerate() {
        if i < w.script {
            continue;
        }
        let after = |r: &Range| i > w.script || r.start >= w.range.end;
        let (cmds, _) = crate::parse::shell::parse(text);
        for c in cmds.iter().filter(|c| after(&c.range)) {
            let words: Vec<&str> = c.words.iter().map(|w| w.text.as_str()).collect();
            let Some(&name) = words.first() else { continue };
            let name = base_name(name);
            let removes = |file: &str| {
                matches!(name, "rm" | "shred" | "unlink")
                    && words[1..]
                        .iter()
                        .any(|a| !a.starts_with('-') && base_name(a) == file)
            };
            match (&w.undo, name) {
                (Undo::File(base), _) if removes(base) => return true,
                (Undo::GitKey(_), _) if removes(".gitconfig") => return true,
                (Undo::GitKey(key), "git") => {
                    let unsets = words
                        .iter()
                        .any(|a| matches!(*a, "--unset" | "--unset-all" | "--remove-section"));
                    let section = key.rsplit_once('.').map_or(key.as_str(), |(s, _)| s);
                    if unsets
                        && words.iter().any(|a| {
                            let a = a.to_ascii_lowercase();
                            a == *key || a == section
                        })
                    {
                        return true;
                    }
                }
                _ => {}
            }
        }
        if let Undo::GoEnv(name) = &w.undo
            && fx.env_writes.iter().any(|e| {
                e.name == *name
                    && after(&e.range)
                    && e.value
                        .as_ref()
                        .is_none_or(|v| secret_value(&v.text).is_none())
            })
        {
            return true;
        }
    }
    false
}

/// Mount targets whose writes do not reach the layer (`type=cache`, `type=tmpfs`, `type=bind`).
fn scratch_targets(run: &DockerRun<'_>) -> Vec<String> {
    run.instr
        .flags
        .iter()
        .filter(|f| f.name == "mount")
        .filter_map(|f| {
            let v = f.value.as_ref()?.as_str();
            let kv = |k: &str| {
                v.split(',').find_map(|p| {
                    let (a, b) = p.trim().split_once('=')?;
                    (a == k).then(|| b.to_owned())
                })
            };
            let t = kv("type").unwrap_or_else(|| "bind".into());
            if !matches!(t.as_str(), "cache" | "tmpfs" | "bind") {
                return None;
            }
            kv("target")
                .or_else(|| kv("dst"))
                .or_else(|| kv("destination"))
        })
        .collect()
}

/// How to name the layer at byte `at` of `file`; `stages` is [`Model::docker_stages`] (in
/// file and stage order, so the stage is found by bisection).
fn stage_words(stages: &[DockerStage], file: usize, at: usize) -> String {
    let n = stages.partition_point(|s| (s.file, s.from.start) <= (file, at));
    match n
        .checked_sub(1)
        .map(|i| &stages[i])
        .filter(|s| s.file == file)
    {
        Some(s) if !s.leaf => format!(
            "a layer of the builder stage{} (kept in the build cache and in any `--target` image)",
            s.name
                .as_ref()
                .map(|n| format!(" `{n}`"))
                .unwrap_or_default()
        ),
        _ => "a layer of the image".to_owned(),
    }
}

const HELP: &str = "mount the credential for the RUN that needs it instead: `RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download` \
                    with `docker build --secret id=netrc,src=$HOME/.netrc`; or write, use and delete it in one RUN";

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    let stages = model.docker_stages();
    for run in model.docker_runs() {
        let file = &model.files[run.file];
        if file.lossy {
            continue;
        }
        let scratch = scratch_targets(&run);
        let scripts: Vec<(String, Effects)> = run
            .scripts
            .iter()
            .map(|s| {
                (
                    s.as_str().to_owned(),
                    script::analyze(s.as_str(), &|_| false),
                )
            })
            .collect();
        let secret_mount: Option<&RunMount> = run
            .mounts
            .iter()
            .find(|m| m.kind == crate::model::CredentialKind::SecretMount);
        for (i, (text, fx)) in scripts.iter().enumerate() {
            for w in writes(i, text, fx) {
                if undone(&w, &scripts) {
                    continue;
                }
                // a write into a cache/tmpfs/bind mount is not in the layer
                let command = text.get(w.range.clone()).unwrap_or("");
                if scratch
                    .iter()
                    .any(|t| command.contains(&format!("{}/", t.trim_end_matches('/'))))
                {
                    continue;
                }
                let range = map(&run.scripts[i], &w.range, &run.instr.range);
                let mut message = format!(
                    "this RUN {} and leaves it in {}",
                    w.what,
                    stage_words(&stages, run.file, run.instr.range.start)
                );
                if let Some(m) = secret_mount
                    && m.target
                        .as_deref()
                        .is_some_and(|t| scripts.iter().any(|(s, _)| s.contains(t)))
                {
                    message.push_str(&format!(
                        ": it copies the secret `{}` out of its mount",
                        m.id
                    ));
                }
                let mut finding = RULE
                    .finding(
                        message,
                        file.location(range.start, range.end, "credential written here"),
                    )
                    .help(HELP);
                if let Some(m) = secret_mount {
                    finding = finding.related(file.location(
                        m.range.start,
                        m.range.end,
                        "the secret is mounted here: use it in place",
                    ));
                }
                findings.push(finding.build());
            }
        }
    }
    // COPY/ADD of a credential file
    for (fi, parsed) in model.parsed.iter().enumerate() {
        let Parsed::Dockerfile(d) = parsed else {
            continue;
        };
        let file = &model.files[fi];
        for instr in &d.instructions {
            let Kind::Copy { sources, dest } = &instr.kind else {
                continue;
            };
            let dest_base = base_name(dest.as_str());
            let hit = sources
                .iter()
                .map(|s| (base_name(s.as_str()), s.full_source_range()))
                .find(|(b, _)| CREDENTIAL_FILES.contains(b))
                .or_else(|| {
                    CREDENTIAL_FILES
                        .contains(&dest_base)
                        .then(|| (dest_base, dest.full_source_range()))
                });
            let Some((base, range)) = hit else { continue };
            let range = range.unwrap_or(instr.range.clone());
            let message = format!(
                "`{}` puts `{base}` into {}: a later `RUN rm` does not remove it from this layer",
                instr.keyword,
                stage_words(&stages, fi, instr.range.start)
            );
            findings.push(
                RULE.finding(
                    message,
                    file.location(range.start, range.end, "credential file copied here"),
                )
                .help(HELP)
                .build(),
            );
        }
    }
}

fn map(script: &Mapped, r: &Range, fallback: &Range) -> Range {
    script.source_range(r.clone()).unwrap_or(fallback.clone())
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{check, spanned};

    #[test]
    fn netrc_written_by_run() {
        let df = "FROM golang:1.23\nARG GITHUB_TOKEN\nRUN echo \"machine github.com login x password ${GITHUB_TOKEN}\" > /root/.netrc && go mod download\n";
        let f = check("GPD502", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert_eq!(
            spanned(df, &f[0].primary),
            "echo \"machine github.com login x password ${GITHUB_TOKEN}\" > /root/.netrc"
        );
        assert_eq!(f[0].primary.span.start_line, 3);
        assert_eq!(
            f[0].message,
            "this RUN writes `.netrc` and leaves it in a layer of the image"
        );
        assert!(f[0].fixes.is_empty());
    }

    #[test]
    fn insteadof_with_token_is_redacted() {
        let df = "FROM golang:1.23\nRUN git config --global url.\"https://oauth2:glpat-abcdefghij0123456789@gitlab.com/\".insteadOf \"https://gitlab.com/\"\nRUN go mod download\n";
        let f = check("GPD502", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message
                .contains("(`url.https://oauth2:xxxxx@gitlab.com….insteadOf`)"),
            "{}",
            f[0].message
        );
        assert!(spanned(df, &f[0].primary).starts_with("git config --global url."));
        for text in [
            &f[0].message,
            &f[0].primary.label,
            f[0].help.as_ref().unwrap(),
        ] {
            assert!(!text.contains("glpat-abcdefghij0123456789"));
        }
        // an ssh rewrite holds no credential
        let df = "FROM golang\nRUN git config --global url.\"git@github.com:\".insteadOf \"https://github.com/\"\n";
        assert!(check("GPD502", &[("Dockerfile", df)]).is_empty());
    }

    #[test]
    fn credential_store_extraheader_and_go_env_w() {
        let df = "FROM golang\nRUN git config --global credential.helper store\nRUN git config --global http.https://github.com/.extraheader \"AUTHORIZATION: basic $B64\"\nARG T\nRUN go env -w GOPROXY=https://u:${T}@proxy.corp,direct\n";
        let f = check("GPD502", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 3, "{f:#?}");
        assert!(f[0].message.contains("credential.helper store"));
        assert!(f[1].message.contains("Authorization"));
        assert!(
            f[2].message.contains("`go env -w GOPROXY`"),
            "{}",
            f[2].message
        );
        assert!(f[2].message.contains("`https://u:xxxxx@proxy.corp`"));
        assert_eq!(
            spanned(df, &f[2].primary),
            "GOPROXY=https://u:${T}@proxy.corp,direct"
        );
    }

    #[test]
    fn copied_from_a_secret_mount_and_kept() {
        let df = "FROM golang AS build\nRUN --mount=type=secret,id=netrc cp /run/secrets/netrc /root/.netrc && go mod download\nRUN go build -o /app\nFROM scratch\nCOPY --from=build /app /app\n";
        let f = check("GPD502", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.contains("builder stage `build`"),
            "{}",
            f[0].message
        );
        assert!(
            f[0].message
                .ends_with("it copies the secret `netrc` out of its mount")
        );
        assert_eq!(
            spanned(df, &f[0].related[0]),
            "--mount=type=secret,id=netrc"
        );
    }

    #[test]
    fn copy_of_credential_files() {
        let df = "FROM golang\nCOPY .netrc /root/.netrc\nCOPY creds /root/.git-credentials\nCOPY <<EOF /root/_netrc\nmachine x\nEOF\nCOPY go.mod go.sum ./\n";
        let f = check("GPD502", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 3, "{f:#?}");
        assert_eq!(spanned(df, &f[0].primary), ".netrc");
        assert!(
            f[0].message
                .starts_with("`COPY` puts `.netrc` into a layer of the image")
        );
        assert_eq!(spanned(df, &f[1].primary), "/root/.git-credentials");
        assert_eq!(f[2].primary.span.start_line, 4);
    }

    #[test]
    fn deleted_in_the_same_run_does_not_fire() {
        for df in [
            "FROM golang\nRUN --mount=type=secret,id=netrc cp /run/secrets/netrc ~/.netrc && go mod download && rm -f ~/.netrc\n",
            "FROM golang\nARG T\nRUN echo \"machine h password $T\" > /root/.netrc; go mod download; rm /root/.netrc\n",
            "FROM golang\nARG T\nRUN git config --global url.\"https://x:${T}@github.com/\".insteadOf https://github.com/ && go mod download && git config --global --unset url.\"https://x:${T}@github.com/\".insteadOf\n",
            "FROM golang\nARG T\nRUN git config --global url.\"https://x:${T}@github.com/\".insteadOf https://github.com/ && go mod download && rm ~/.gitconfig\n",
            "FROM golang\nARG T\nRUN go env -w GOPROXY=https://u:${T}@p.corp && go mod download && go env -u GOPROXY\n",
            // mounted in place: nothing written
            "FROM golang\nRUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download\n",
            // a .gitconfig without credentials
            "FROM golang\nRUN printf '[url \"git@github.com:\"]\\n\\tinsteadOf = https://github.com/\\n' >> /root/.gitconfig\n",
            // into a tmpfs mount
            "FROM golang\nRUN --mount=type=tmpfs,target=/tmp/auth echo x > /tmp/auth/.netrc && NETRC=/tmp/auth/.netrc go mod download\n",
            // heredoc/comment text
            "FROM golang\n# RUN echo x > ~/.netrc\nCOPY <<EOF /README\ncopy .netrc somewhere\nEOF\n",
        ] {
            assert!(check("GPD502", &[("Dockerfile", df)]).is_empty(), "{df}");
        }
    }

    #[test]
    fn heredoc_scripts() {
        let df = "FROM golang\nARG T\nRUN <<EOF\nset -e\nprintf 'machine h login x password %s\\n' \"$T\" > /root/.netrc\ngo mod download\nEOF\n";
        let f = check("GPD502", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(f[0].primary.span.start_line, 5);
        assert!(spanned(df, &f[0].primary).starts_with("printf 'machine h"));
        let df = "FROM golang\nARG T\nRUN <<EOF\nprintf 'machine h password %s' \"$T\" > /root/.netrc\ngo mod download\nrm -f /root/.netrc\nEOF\n";
        assert!(check("GPD502", &[("Dockerfile", df)]).is_empty());
    }

    #[test]
    fn deleted_in_a_later_run_still_fires() {
        let df = "FROM golang\nARG T\nRUN echo \"machine h password $T\" > /root/.netrc\nRUN go mod download\nRUN rm /root/.netrc\n";
        assert_eq!(check("GPD502", &[("Dockerfile", df)]).len(), 1);
    }
}
