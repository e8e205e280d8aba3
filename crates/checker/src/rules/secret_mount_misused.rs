use super::Rule;
use crate::model::q_credentials::{DockerRun, RunMount};
use crate::model::{CredentialKind, Model};
use crate::report::{Finding, Location, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD504",
    name: "secret-mount-misused",
    family: "credentials and proxies in images",
    severity: Severity::Warning,
    security_severity: None,
    summary: "a secret or ssh mount on a RUN that does not use it, while a later RUN needs it",
    tags: &["credentials", "docker", "private-modules"],
    precision: "medium",
    check,
    docs: r#"Finds a `RUN --mount=type=secret` or `--mount=type=ssh` whose command does not use the mount, while a later `RUN` of the same stage needs it: it reads the secret's file or variable, uses git over SSH, or fetches private modules without credentials of its own.

## Why it matters
A secret or SSH agent mount exists only for the `RUN` that declares it. Put on the wrong
instruction — typically a `go env -w GOPRIVATE=…` or `COPY`-adjacent setup step instead of the
`go mod download` that follows — it does nothing, and the download fails with `terminal prompts
disabled`, `could not read Username`, `Permission denied (publickey)` or a 404/410 from the
proxy; the usual "fix" is then to bake the token into the image. A RUN counts as using a secret
when its script names the secret's file or `env=` variable; a secret mounted where tools look by
themselves (`target=/root/.netrc`, `~/.git-credentials`, `~/.ssh/…`, an `env=` of a variable
such as `GOPROXY` or `GITHUB_TOKEN`) and an SSH mount count as used by any command that may go
to the network (anything but the usual file and package-manager utilities, and go commands that
download no modules). Private modules come from the repository's GOPRIVATE/GONOPROXY/GONOSUMDB,
the configuration file, or the main module's non-public host.

## Example
```dockerfile
# syntax=docker/dockerfile:1
FROM golang:1.23
ENV GOPRIVATE=git.corp.example
COPY go.mod go.sum ./
RUN --mount=type=secret,id=netrc,target=/root/.netrc go env GOPRIVATE
RUN go mod download
```
```gomod
// go.mod
module github.com/acme/app

go 1.23

require git.corp.example/platform/auth v1.4.0
```

## Use instead
```dockerfile
# syntax=docker/dockerfile:1
FROM golang:1.23
ENV GOPRIVATE=git.corp.example
COPY go.mod go.sum ./
RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download
```

## Fix safety
There is no automatic fix: move the `--mount` flag to the `RUN` that needs it (the help names it).

## Go behaviour
The go command fetches modules that match GONOPROXY (default: GOPRIVATE) directly from their
version control hosts; `git` then authenticates with its credential helpers, `~/.git-credentials`,
`url.<base>.insteadOf` rewrites to `git@host:` and the SSH agent (`SSH_AUTH_SOCK`, which
`--mount=type=ssh` sets), and the go command's own HTTPS requests use `.netrc`/GOAUTH. Without
them git cannot prompt (`GIT_TERMINAL_PROMPT=0`) and the fetch fails. Go commands such as
`go env`, `go version` or a build from `vendor/` download nothing. See `go help private`,
`go help goauth`, go-semantics §9.2–9.3.
"#,
};

/// Commands that read no credentials and do not fetch Go modules.
const NEUTRAL: &[&str] = &[
    "echo",
    "printf",
    "mkdir",
    "cp",
    "mv",
    "rm",
    "chmod",
    "chown",
    "chgrp",
    "ln",
    "cd",
    "export",
    "unset",
    "set",
    "true",
    "false",
    "test",
    "[",
    "ls",
    "cat",
    "touch",
    "apk",
    "apt-get",
    "apt",
    "yum",
    "dnf",
    "microdnf",
    "adduser",
    "addgroup",
    "useradd",
    "groupadd",
    "tar",
    "gzip",
    "gunzip",
    "unzip",
    "sed",
    "awk",
    "grep",
    "tee",
    "install",
    "which",
    "whoami",
    "id",
    "pwd",
    "sleep",
    ":",
    "update-ca-certificates",
    "ldconfig",
    "go",
];

const WRAPPERS: &[&str] = &["env", "sudo", "exec", "command", "time", "nice", "nohup"];

/// Environment variables tools read by themselves.
const TOOL_VARIABLES: &[&str] = &[
    "GOPROXY",
    "GOAUTH",
    "NETRC",
    "GOFLAGS",
    "GITHUB_TOKEN",
    "GH_TOKEN",
    "GITLAB_TOKEN",
    "CI_JOB_TOKEN",
    "GIT_ASKPASS",
    "GIT_CONFIG_PARAMETERS",
    "SSH_AUTH_SOCK",
];

/// Whether the RUN may go to the network with credentials: a command that is not a plain
/// utility, or a go command that downloads modules.
fn active(model: &Model<'_>, run: &DockerRun<'_>) -> bool {
    if model
        .run_contexts(run)
        .iter()
        .any(|c| model.fetches_modules(c))
    {
        return true;
    }
    run.commands().iter().any(|(_, c)| {
        let name = c
            .words
            .iter()
            .map(|w| w.text.as_str())
            .find(|w| !WRAPPERS.contains(w) && !w.starts_with('-') && !w.contains('='));
        name.is_some_and(|n| !NEUTRAL.contains(&n.rsplit('/').next().unwrap_or(n)))
    })
}

/// Whether a secret's target is a place tools read by themselves.
fn implicit_target(target: &str) -> bool {
    let base = target.rsplit('/').next().unwrap_or(target);
    matches!(
        base,
        ".netrc" | "_netrc" | ".git-credentials" | ".gitconfig" | "credentials"
    ) || target.contains("/.ssh/")
        || target.contains("/.config/git/")
}

fn references_var(text: &str, name: &str) -> bool {
    text.contains(&format!("${name}")) || text.contains(&format!("${{{name}}}"))
}

/// Whether `run` uses mount `m`.
fn uses(model: &Model<'_>, run: &DockerRun<'_>, m: &RunMount) -> bool {
    let text = run.text();
    match m.kind {
        CredentialKind::SshMount => active(model, run),
        _ => {
            if m.target.as_deref().is_some_and(|t| text.contains(t))
                || m.env.as_deref().is_some_and(|e| references_var(&text, e))
            {
                return true;
            }
            let implicit = m.target.as_deref().is_some_and(implicit_target)
                || m.env
                    .as_deref()
                    .is_some_and(|e| TOOL_VARIABLES.contains(&e))
                || m.target
                    .as_deref()
                    .is_some_and(|t| env_mentions(model, run, t));
            implicit && active(model, run)
        }
    }
}

/// A variable of the RUN's environment (`ENV NETRC=/run/secrets/netrc`) names `path`.
fn env_mentions(model: &Model<'_>, run: &DockerRun<'_>, path: &str) -> bool {
    model.run_contexts(run).iter().any(|c| {
        c.env.values().any(|b| {
            model.assignments[b.assignment()]
                .value
                .as_ref()
                .is_some_and(|v| v.as_str().contains(path))
        })
    })
}

/// Why a later RUN needs the mount, and where.
struct Need {
    why: String,
    at: Location,
}

fn private_fetch(model: &Model<'_>, run: &DockerRun<'_>, ssh: bool) -> Option<Need> {
    for c in model.run_contexts(run) {
        if !model.fetches_modules(c) {
            continue;
        }
        // other credentials are in place (a netrc, a git rewrite written by an earlier RUN)
        let own = c.credentials.iter().any(|k| match k.kind {
            CredentialKind::CredentialFile => true,
            CredentialKind::GitInsteadOf => !ssh,
            _ => false,
        });
        if own {
            continue;
        }
        for (go_mod, req) in model.requirements(c) {
            if let Some(reason) = model.private_reason(&req.path.value, Some(go_mod)) {
                let go = c.go.as_ref().map_or(c.anchor.clone(), |g| g.range.clone());
                return Some(Need {
                    why: format!(
                        "fetches the private module `{}` ({}) without it",
                        req.path.value,
                        reason.describe(model)
                    ),
                    at: model.files[run.file].location(go.start, go.end, "needs the mount here"),
                });
            }
        }
    }
    None
}

fn needs(model: &Model<'_>, run: &DockerRun<'_>, m: &RunMount) -> Option<Need> {
    let file = &model.files[run.file];
    let at = || {
        let r = &run.instr.keyword_range;
        file.location(r.start, r.end, "needs the mount here")
    };
    let text = run.text();
    match m.kind {
        CredentialKind::SshMount => {
            if run
                .mounts
                .iter()
                .any(|o| o.kind == CredentialKind::SshMount)
            {
                return None;
            }
            let over_ssh = text.contains("git@")
                || text.contains("ssh://")
                || run.commands().iter().any(|(_, c)| {
                    matches!(
                        c.name().map(|n| n.rsplit('/').next().unwrap_or(n)),
                        Some("ssh" | "scp")
                    )
                });
            if over_ssh {
                return Some(Need {
                    why: "uses git over SSH without it".to_owned(),
                    at: at(),
                });
            }
            private_fetch(model, run, true)
        }
        _ => {
            let same = |o: &RunMount| {
                o.kind == CredentialKind::SecretMount
                    && (o.id == m.id || (o.target.is_some() && o.target == m.target))
            };
            if run.mounts.iter().any(same) {
                return None;
            }
            if let Some(t) = m.target.as_deref()
                && text.contains(t)
            {
                return Some(Need {
                    why: format!("reads `{t}` without it"),
                    at: at(),
                });
            }
            if let Some(e) = m.env.as_deref()
                && references_var(&text, e)
                && !model
                    .run_contexts(run)
                    .iter()
                    .any(|c| c.env.contains_key(e))
            {
                return Some(Need {
                    why: format!("uses `${e}` without it"),
                    at: at(),
                });
            }
            let implicit = m.target.as_deref().is_some_and(implicit_target)
                || m.env
                    .as_deref()
                    .is_some_and(|e| TOOL_VARIABLES.contains(&e));
            if implicit {
                return private_fetch(model, run, false);
            }
            None
        }
    }
}

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    let runs = model.docker_runs();
    for (i, run) in runs.iter().enumerate() {
        if model.files[run.file].lossy {
            continue;
        }
        for m in &run.mounts {
            if uses(model, run, m) {
                continue;
            }
            let Some((later, need)) = runs[i + 1..]
                .iter()
                .filter(|r| r.file == run.file && r.stage == run.stage)
                .find_map(|r| needs(model, r, m).map(|n| (r, n)))
            else {
                continue;
            };
            let file = &model.files[run.file];
            let line = |at: usize| file.span(at, at).start_line;
            let (what, flag) = match m.kind {
                CredentialKind::SshMount => {
                    ("the SSH agent".to_owned(), "--mount=type=ssh".to_owned())
                }
                _ => (
                    format!("the secret `{}`", m.id),
                    format!("--mount=type=secret,id={}", m.id),
                ),
            };
            let later_line = line(later.instr.range.start);
            let message = format!(
                "{what} is mounted for the RUN on line {}, which does not use it, while the RUN on line {later_line} {}",
                line(run.instr.range.start),
                need.why
            );
            findings.push(
                RULE.finding(
                    message,
                    file.location(m.range.start, m.range.end, "mounted here, unused"),
                )
                .related(need.at)
                .help(format!(
                    "move `{flag}…` to the RUN on line {later_line}, which needs it"
                ))
                .build(),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{check, spanned};

    const GO_MOD: &str =
        "module example.com/app\n\ngo 1.23\n\nrequire git.corp.example/team/lib v1.2.3\n";

    #[test]
    fn netrc_secret_on_the_wrong_run() {
        let df = "FROM golang:1.23\nENV GOPRIVATE=git.corp.example\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN --mount=type=secret,id=netrc,target=/root/.netrc go env GOPRIVATE\nRUN go mod download\n";
        let f = check("GPD504", &[("Dockerfile", df), ("go.mod", GO_MOD)]);
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(
            spanned(df, &f[0].primary),
            "--mount=type=secret,id=netrc,target=/root/.netrc"
        );
        assert_eq!(f[0].primary.span.start_line, 5);
        assert!(
            f[0].message.starts_with(
                "the secret `netrc` is mounted for the RUN on line 5, which does not use it, while the RUN on line 6 fetches the private module `git.corp.example/team/lib` (it matches the GOPRIVATE pattern `git.corp.example`"
            ),
            "{}",
            f[0].message
        );
        assert_eq!(spanned(df, &f[0].related[0]), "go mod download");
        assert!(f[0].help.as_deref().unwrap().contains("line 6"));
        assert!(f[0].fixes.is_empty());
    }

    #[test]
    fn secret_file_read_by_a_later_run() {
        let df = "FROM golang:1.23\nRUN --mount=type=secret,id=token mkdir -p /src\nRUN GOAUTH=\"sh -c 'cat /run/secrets/token'\" go build ./...\n";
        let f = check("GPD504", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message
                .ends_with("reads `/run/secrets/token` without it")
        );
        assert_eq!(spanned(df, &f[0].related[0]), "RUN");
        assert_eq!(f[0].related[0].span.start_line, 3);
    }

    #[test]
    fn ssh_mount_before_git_over_ssh() {
        let df = "FROM golang:1.23\nRUN --mount=type=ssh mkdir -p /root/.ssh && chmod 700 /root/.ssh\nRUN git clone git@github.com:acme/tools.git /tools\n";
        let f = check("GPD504", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message
                .starts_with("the SSH agent is mounted for the RUN on line 2")
        );
        assert!(f[0].message.ends_with("uses git over SSH without it"));
        assert_eq!(spanned(df, &f[0].primary), "--mount=type=ssh");
    }

    #[test]
    fn env_secret() {
        let df = "FROM golang:1.23\nRUN --mount=type=secret,id=tok,env=TOKEN echo setup\nRUN git clone https://x:${TOKEN}@github.com/acme/tools /tools\n";
        let f = check("GPD504", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert!(f[0].message.ends_with("uses `$TOKEN` without it"));
    }

    #[test]
    fn env_secret_read_by_go_itself() {
        let df = "FROM golang:1.23\nENV GOPRIVATE=git.corp.example\nCOPY go.mod ./\nRUN --mount=type=secret,id=goproxy,env=GOPROXY go version\nRUN go mod download\n";
        let f = check("GPD504", &[("Dockerfile", df), ("go.mod", GO_MOD)]);
        assert_eq!(f.len(), 1, "{f:#?}");
        assert!(
            f[0].message
                .starts_with("the secret `goproxy` is mounted for the RUN on line 4")
        );
        assert_eq!(spanned(df, &f[0].related[0]), "go mod download");
        // used where it is mounted
        let df = "FROM golang:1.23\nENV GOPRIVATE=git.corp.example\nCOPY go.mod ./\nRUN --mount=type=secret,id=goproxy,env=GOPROXY go mod download\nRUN go build\n";
        assert!(check("GPD504", &[("Dockerfile", df), ("go.mod", GO_MOD)]).is_empty());
    }

    #[test]
    fn near_misses_do_not_fire() {
        for df in [
            // used where it is mounted
            "FROM golang:1.23\nENV GOPRIVATE=git.corp.example\nCOPY go.mod ./\nRUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download\nRUN go build\n",
            "FROM golang:1.23\nRUN --mount=type=secret,id=token GOAUTH=\"sh -c 'cat /run/secrets/token'\" go mod download\nRUN cat /run/secrets/token\n",
            "FROM golang:1.23\nRUN --mount=type=ssh git clone git@github.com:acme/x /x\nRUN git clone git@github.com:acme/y /y\n",
            // unused, but nothing later needs it
            "FROM golang:1.23\nRUN --mount=type=secret,id=netrc,target=/root/.netrc go env\nRUN go build\n",
            // the later RUN has its own mount
            "FROM golang:1.23\nENV GOPRIVATE=git.corp.example\nCOPY go.mod ./\nRUN --mount=type=secret,id=netrc,target=/root/.netrc go env\nRUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download\n",
            // an unknown script may use it
            "FROM golang:1.23\nENV GOPRIVATE=git.corp.example\nCOPY . .\nRUN --mount=type=ssh ./fetch-deps.sh\nRUN go mod download\n",
            // a later stage is another RUN environment
            "FROM golang:1.23 AS a\nRUN --mount=type=ssh echo hi\nFROM golang:1.23\nRUN git clone git@github.com:acme/x /x\n",
        ] {
            assert!(
                check("GPD504", &[("Dockerfile", df), ("go.mod", GO_MOD)]).is_empty(),
                "{df}"
            );
        }
        // nothing private: the later download needs no credentials
        let df = "FROM golang:1.23\nCOPY go.mod ./\nRUN --mount=type=secret,id=netrc,target=/root/.netrc go env\nRUN go mod download\n";
        let public = "module example.com/app\n\ngo 1.23\n\nrequire github.com/pkg/errors v0.9.1\n";
        assert!(check("GPD504", &[("Dockerfile", df), ("go.mod", public)]).is_empty());
    }
}
