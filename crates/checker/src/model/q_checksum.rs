//! Questions of the checksum-verification rules that the rest of the model does not answer:
//! the `git config` commands the repository's scripts run.

use super::Model;
use super::shell as script;
use crate::parse::dockerfile::Kind;
use crate::parse::{Mapped, Parsed, Range};

/// A `git config <key> <value>` a script runs, mapped to its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptGitConfig {
    pub file: usize,
    /// `global`, `system`, `local`, `file <path>`.
    pub scope: String,
    pub key: String,
    /// None when the command sets no value (`--unset`, a read).
    pub value: Option<String>,
    /// The value depends on the environment (`$VERIFY`).
    pub dynamic: bool,
    /// The whole command.
    pub range: Range,
}

impl Model<'_> {
    /// Every script the repository's files run: Dockerfile RUNs (shell form and heredoc
    /// bodies), GitHub Actions `run:` steps, GitLab CI job scripts.
    fn scripts(&self) -> Vec<(usize, Mapped)> {
        let mut out = Vec::new();
        for (file, parsed) in self.parsed.iter().enumerate() {
            match parsed {
                Parsed::Dockerfile(d) => {
                    for instr in &d.instructions {
                        if let Kind::Run { exec } = &instr.kind {
                            if exec.is_none() {
                                out.push((file, instr.args.clone()));
                            }
                            out.extend(instr.heredocs.iter().map(|h| (file, h.body.clone())));
                        }
                    }
                }
                Parsed::GithubActions(w) => {
                    for step in w
                        .jobs
                        .iter()
                        .flat_map(|j| j.steps.iter())
                        .chain(w.action_steps.iter())
                    {
                        if let crate::parse::github_actions::StepKind::Run { script, .. } =
                            &step.kind
                        {
                            out.push((file, script.text.clone()));
                        }
                    }
                }
                Parsed::GitlabCi(p) => {
                    for job in p.jobs.iter().filter(|j| !j.hidden) {
                        for part in [
                            job.before_script
                                .iter()
                                .chain(job.script.iter())
                                .collect::<Vec<_>>(),
                            job.after_script.iter().collect(),
                        ] {
                            let mut text = Mapped::new();
                            for line in part {
                                if !text.is_empty() {
                                    text.push_from("\n", line.range.start..line.range.start);
                                }
                                text.push_mapped(&line.text);
                            }
                            out.push((file, text));
                        }
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// The `git config` commands of every script, in file order.
    pub fn script_git_configs(&self) -> Vec<ScriptGitConfig> {
        let mut out = Vec::new();
        for (file, text) in self.scripts() {
            // `git -c key=value <subcommand>`: a setting for that one command
            let (commands, _) = crate::parse::shell::parse(text.as_str());
            for cmd in &commands {
                let Some(name) = cmd.words.first() else {
                    continue;
                };
                if name.text.rsplit('/').next() != Some("git") {
                    continue;
                }
                let mut words = cmd.words[1..].iter();
                while let Some(w) = words.next() {
                    if w.text == "-c" {
                        let Some(kv) = words.next() else { break };
                        let (key, value) = match kv.text.split_once('=') {
                            Some((k, v)) => (k.to_owned(), v.to_owned()),
                            // `-c key` alone means true
                            None => (kv.text.clone(), "true".to_owned()),
                        };
                        let Some(range) = text.source_range(cmd.range.clone()) else {
                            continue;
                        };
                        out.push(ScriptGitConfig {
                            file,
                            scope: "command-line".into(),
                            key,
                            value: Some(value),
                            dynamic: kv.dynamic,
                            range,
                        });
                    } else if !w.text.starts_with('-') {
                        break;
                    }
                }
            }
            let fx = script::analyze(text.as_str(), &|_| false);
            for g in fx.git_configs {
                let Some(range) = text.source_range(g.range.clone()) else {
                    continue;
                };
                out.push(ScriptGitConfig {
                    file,
                    scope: g.scope,
                    key: g.key.text,
                    dynamic: g.key.dynamic || g.value.as_ref().is_some_and(|v| v.dynamic),
                    value: g.value.map(|v| v.text),
                    range,
                });
            }
        }
        out.sort_by_key(|g| (g.file, g.range.start));
        out.dedup();
        out
    }
}
