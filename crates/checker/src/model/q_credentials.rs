//! Queries for the rules about credentials and proxies in images (GPD5xx): which names and
//! values are credentials (and how to show them without revealing them), the stages of a
//! Dockerfile and which of them are images that get run, and each RUN with its mounts.

use super::{Context, ContextKind, CredentialKind, Model};
use crate::parse::dockerfile::{Instruction, Kind};
use crate::parse::shell;
use crate::parse::{Mapped, Parsed, Range};

pub use crate::redact::{is_secret_name, looks_random, token_in};

/// What kind of credential a value holds, for messages (never the credential itself).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecretValue {
    /// A token with a well-known prefix: what it is (`a GitHub token`).
    Token(&'static str),
    /// A URL with user information, redacted (`https://user:xxxxx@host/`). `literal`: the
    /// secret part is written out (not a `$VAR` reference).
    UserInfo { redacted: String, literal: bool },
}

impl SecretValue {
    pub fn describe(&self) -> String {
        match self {
            SecretValue::Token(kind) => kind.to_string(),
            SecretValue::UserInfo { redacted, .. } => {
                format!("a URL with user information (`{redacted}`)")
            }
        }
    }

    pub fn literal(&self) -> bool {
        match self {
            SecretValue::Token(_) => true,
            SecretValue::UserInfo { literal, .. } => *literal,
        }
    }
}

/// URL user information in `text` (as written, `$VAR` references included): the first
/// `scheme://userinfo@host` whose user information has a password or is itself a token or a
/// variable reference, redacted.
pub fn userinfo_in(text: &str) -> Option<SecretValue> {
    for u in crate::redact::userinfos(text) {
        let (scheme, user, host) = (
            &text[u.scheme.clone()],
            &text[u.user.clone()],
            &text[u.host.clone()],
        );
        let password = u.password.clone().map(|p| &text[p]);
        let secret_part = match password {
            Some(p) if !p.is_empty() => p,
            Some(_) => continue,
            // a user name alone is a credential when it is a token (GitHub accepts one)
            None if user.contains('$') || looks_random(user) || token_in(user).is_some() => user,
            None => continue,
        };
        let show_user = password.is_some()
            && !user.contains('$')
            && !looks_random(user)
            && token_in(user).is_none();
        let mask = crate::redact::MASK;
        let redacted = if show_user {
            format!("{scheme}://{user}:{mask}@{host}")
        } else {
            format!("{scheme}://{mask}@{host}")
        };
        return Some(SecretValue::UserInfo {
            redacted,
            literal: !secret_part.contains('$'),
        });
    }
    None
}

/// A credential in a value as written.
pub fn secret_value(text: &str) -> Option<SecretValue> {
    userinfo_in(text).or_else(|| token_in(text).map(SecretValue::Token))
}

/// A stage of a Dockerfile.
#[derive(Debug, Clone)]
pub struct DockerStage {
    pub file: usize,
    /// The FROM instruction.
    pub from: Range,
    /// From the FROM line to the end of the stage's last instruction.
    pub range: Range,
    pub name: Option<String>,
    /// No later stage builds on it (`FROM <it>`) or copies from it (`COPY --from=<it>`): it is
    /// an image that gets run (the default target, or another target).
    pub leaf: bool,
}

/// A `--mount=type=secret|ssh` of a RUN, with BuildKit's defaults applied.
#[derive(Debug, Clone)]
pub struct RunMount {
    pub kind: CredentialKind,
    /// `id=` (secret: defaults to the target's base name; ssh: `default`).
    pub id: String,
    /// Where a secret is mounted (`target=`/`dst=`; default `/run/secrets/<id>`), when it is
    /// a file; None for an `env=`-only secret and for ssh.
    pub target: Option<String>,
    /// `env=NAME`: the secret is in this environment variable.
    pub env: Option<String>,
    /// The `--mount=…` flag.
    pub range: Range,
}

/// One RUN of a Dockerfile with its mounts and scripts.
#[derive(Debug, Clone)]
pub struct DockerRun<'a> {
    pub file: usize,
    pub instr: &'a Instruction,
    /// Index into [`Model::docker_stages`] of its file (stage order).
    pub stage: usize,
    pub mounts: Vec<RunMount>,
    /// The shell form's script and each heredoc body (the exec form's words joined).
    pub scripts: Vec<Mapped>,
}

impl<'a> DockerRun<'a> {
    /// Every simple command of the RUN, with the script it belongs to.
    pub fn commands(&self) -> Vec<(&Mapped, shell::Command)> {
        let mut out = Vec::new();
        for s in &self.scripts {
            let (cmds, _) = shell::parse(s.as_str());
            out.extend(cmds.into_iter().map(|c| (s, c)));
        }
        out
    }

    /// The whole text of its scripts.
    pub fn text(&self) -> String {
        self.scripts
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Parse a `--mount` flag value (BuildKit's CSV of `key=value`).
pub fn parse_mount(value: &str, range: Range) -> Option<RunMount> {
    let mut kind = None;
    let (mut id, mut target, mut env) = (None, None, None);
    for kv in value.split(',') {
        let (k, v) = kv.trim().split_once('=').unwrap_or((kv.trim(), ""));
        let v = v.trim_matches(['"', '\'']).to_owned();
        match k.to_ascii_lowercase().as_str() {
            "type" => {
                kind = match v.as_str() {
                    "secret" => Some(CredentialKind::SecretMount),
                    "ssh" => Some(CredentialKind::SshMount),
                    _ => None,
                }
            }
            "id" => id = Some(v),
            "target" | "dst" | "destination" => target = Some(v),
            "env" => env = Some(v),
            _ => {}
        }
    }
    let kind = kind?;
    match kind {
        CredentialKind::SshMount => Some(RunMount {
            kind,
            id: id.unwrap_or_else(|| "default".into()),
            target: None,
            env: None,
            range,
        }),
        _ => {
            let id = id
                .or_else(|| {
                    target
                        .as_deref()
                        .map(|t| t.rsplit('/').next().unwrap_or(t).to_owned())
                })
                .unwrap_or_default();
            // with only `env=`, BuildKit mounts no file
            let target = match (target, &env) {
                (Some(t), _) => Some(t),
                (None, Some(_)) => None,
                (None, None) => Some(format!("/run/secrets/{id}")),
            };
            Some(RunMount {
                kind,
                id,
                target,
                env,
                range,
            })
        }
    }
}

impl Model<'_> {
    /// The stages of every Dockerfile, in file and stage order.
    pub fn docker_stages(&self) -> Vec<DockerStage> {
        (0..self.parsed.len())
            .flat_map(|file| self.docker_stages_of(file))
            .collect()
    }

    /// The stages of the Dockerfile at `file` (none when it is not a Dockerfile), in order.
    pub fn docker_stages_of(&self, file: usize) -> Vec<DockerStage> {
        let mut out = Vec::new();
        if let Some(Parsed::Dockerfile(d)) = self.parsed.get(file) {
            let mut stages: Vec<DockerStage> = Vec::new();
            // names (lower case) and indexes used by later FROM / COPY --from
            let mut used: std::collections::BTreeSet<String> = Default::default();
            for instr in &d.instructions {
                match &instr.kind {
                    Kind::From(from) => {
                        used.insert(from.image.as_str().to_ascii_lowercase());
                        stages.push(DockerStage {
                            file,
                            from: instr.range.clone(),
                            range: instr.range.clone(),
                            name: from
                                .stage_name
                                .as_ref()
                                .map(|n| n.as_str().to_ascii_lowercase()),
                            leaf: true,
                        });
                    }
                    _ => {
                        // `COPY --from=<stage>`, `RUN --mount=…,from=<stage>`
                        for f in &instr.flags {
                            let Some(v) = &f.value else { continue };
                            if f.name == "from" {
                                used.insert(v.as_str().to_ascii_lowercase());
                            } else if f.name == "mount"
                                && let Some(from) = v
                                    .as_str()
                                    .split(',')
                                    .find_map(|kv| kv.trim().strip_prefix("from="))
                            {
                                used.insert(from.to_ascii_lowercase());
                            }
                        }
                        if let Some(s) = stages.last_mut() {
                            s.range.end = instr.range.end;
                        }
                    }
                }
            }
            for (i, s) in stages.iter_mut().enumerate() {
                s.leaf = !(used.contains(&i.to_string())
                    || s.name.as_ref().is_some_and(|n| used.contains(n)));
            }
            out.extend(stages);
        }
        out
    }

    /// Every RUN of every Dockerfile, in order, with the index of its stage in
    /// [`Model::docker_stages`].
    pub fn docker_runs(&self) -> Vec<DockerRun<'_>> {
        let stages = self.docker_stages();
        let mut out = Vec::new();
        for (file, parsed) in self.parsed.iter().enumerate() {
            let Parsed::Dockerfile(d) = parsed else {
                continue;
            };
            for instr in &d.instructions {
                let Kind::Run { exec } = &instr.kind else {
                    continue;
                };
                let Some(stage) = stages
                    .iter()
                    .rposition(|s| s.file == file && s.from.start <= instr.range.start)
                else {
                    continue;
                };
                let mounts = instr
                    .flags
                    .iter()
                    .filter(|f| f.name == "mount")
                    .filter_map(|f| {
                        parse_mount(f.value.as_ref().map_or("", |v| v.as_str()), f.range.clone())
                    })
                    .collect();
                let mut scripts = Vec::new();
                match exec {
                    Some(words) => {
                        let mut m = Mapped::new();
                        let range = instr
                            .args
                            .full_source_range()
                            .unwrap_or(instr.range.clone());
                        m.push_from(&words.join(" "), range);
                        scripts.push(m);
                    }
                    None => scripts.push(instr.args.clone()),
                }
                scripts.extend(instr.heredocs.iter().map(|h| h.body.clone()));
                out.push(DockerRun {
                    file,
                    instr,
                    stage,
                    mounts,
                    scripts,
                });
            }
        }
        out
    }

    /// The go-command contexts of a RUN.
    pub fn run_contexts<'m>(&'m self, run: &DockerRun<'_>) -> Vec<&'m Context> {
        self.contexts
            .iter()
            .filter(|c| {
                c.kind == ContextKind::DockerRun
                    && c.file == run.file
                    && c.anchor == run.instr.keyword_range
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_names() {
        for n in [
            "GITHUB_TOKEN",
            "GH_TOKEN",
            "CI_JOB_TOKEN",
            "NPM_TOKEN",
            "DB_PASSWORD",
            "APP_SECRET",
            "AWS_SECRET_ACCESS_KEY",
            "token",
        ] {
            assert!(is_secret_name(n), "{n}");
        }
        for n in [
            "GOPRIVATE",
            "GONOSUMDB",
            "GOAUTH",
            "GOPROXY",
            "GITHUB_TOKEN_FILE",
            "GOOGLE_APPLICATION_CREDENTIALS",
            "NETRC",
        ] {
            assert!(!is_secret_name(n), "{n}");
        }
    }

    #[test]
    fn values() {
        let v = userinfo_in("https://me:s3cr3tpass@proxy.corp/mod,direct").unwrap();
        assert_eq!(
            v,
            SecretValue::UserInfo {
                redacted: "https://me:xxxxx@proxy.corp".into(),
                literal: true
            }
        );
        let v = userinfo_in("https://${TOKEN}@github.com/").unwrap();
        assert!(
            matches!(v, SecretValue::UserInfo { ref redacted, literal: false } if redacted == "https://xxxxx@github.com")
        );
        assert!(userinfo_in("git@github.com:org/repo").is_none());
        // multi-byte text before the scheme
        assert!(userinfo_in("é://u:p@h").is_none());
        assert!(userinfo_in("«https://u:p@h»").is_some());
        assert!(userinfo_in("ssh://git@github.com/org/repo").is_none());
        assert!(userinfo_in("https://proxy.golang.org,direct").is_none());
        assert_eq!(
            token_in("x ghp_0123456789abcdefghij"),
            Some("a GitHub personal access token")
        );
        assert_eq!(token_in("ghp_short"), None);
        assert!(!looks_random("git.corp.example/team"));
    }

    #[test]
    fn stages_used_by_later_stages_are_not_leaves() {
        let (files, parsed) = crate::model::tests::model_of(&[(
            "Dockerfile",
            "FROM golang AS a\nFROM golang AS b\nFROM alpine AS c\nRUN --mount=type=bind,from=a,target=/x true\nCOPY --from=b /y /y\nFROM c\n",
        )]);
        let model = Model::build(&files, &parsed);
        let leaves: Vec<bool> = model.docker_stages().iter().map(|s| s.leaf).collect();
        assert_eq!(leaves, [false, false, false, true]);
    }

    #[test]
    fn mounts() {
        let m = parse_mount("type=secret,id=netrc,target=/root/.netrc", 0..1).unwrap();
        assert_eq!(
            (m.id.as_str(), m.target.as_deref()),
            ("netrc", Some("/root/.netrc"))
        );
        let m = parse_mount("type=secret,id=tok", 0..1).unwrap();
        assert_eq!(m.target.as_deref(), Some("/run/secrets/tok"));
        let m = parse_mount("type=secret,id=tok,env=TOKEN", 0..1).unwrap();
        assert_eq!((m.target, m.env.as_deref()), (None, Some("TOKEN")));
        assert_eq!(parse_mount("type=ssh", 0..1).unwrap().id, "default");
        assert!(parse_mount("type=cache,target=/go/pkg/mod", 0..1).is_none());
    }
}
