//! Scripts (a Dockerfile RUN, a CI step) turned into model terms: an assignment for every
//! variable the script sets for a go command or writes with `go env -w`, and one call per go
//! command with the environment it sees.

use std::collections::BTreeMap;

use super::shell::{self as script, Effects};
use super::{Assignment, Binding, Credential, CredentialKind, GoCommand, Model, Origin};
use crate::parse::shell::Word;
use crate::parse::{Mapped, Range};

/// What a sequence of scripts shares: a Docker stage's RUNs, a CI job's steps.
#[derive(Debug, Clone, Default)]
pub(super) struct Session {
    /// The environment each script starts with.
    pub env: BTreeMap<String, Binding>,
    /// `go env -w` entries written so far.
    pub go_env_file: BTreeMap<String, usize>,
    /// Credential files and git settings left by earlier scripts.
    pub credentials: Vec<Credential>,
}

/// One go command of a script.
pub(super) struct Call {
    pub go: GoCommand,
    pub env: BTreeMap<String, Binding>,
    pub unset: Vec<String>,
    pub go_env_file: BTreeMap<String, usize>,
    pub credentials: Vec<Credential>,
    /// 1-based line of the command in its file.
    pub line: u32,
}

/// The value of a word as a mapped string: exact when the source spells it out, otherwise
/// standing for the word's source range as a whole.
fn word_value(script: &Mapped, w: &Word, fallback: &Range) -> Mapped {
    let slice = script.slice(w.range.clone());
    if slice.as_str() == w.text {
        return slice;
    }
    let mut out = Mapped::new();
    out.push_from(
        &w.text,
        script
            .source_range(w.range.clone())
            .unwrap_or(fallback.clone()),
    );
    out
}

/// Run one script in `session`; `extra` credentials apply to this script only (RUN mounts).
pub(super) fn run(
    model: &mut Model<'_>,
    file: usize,
    text: &Mapped,
    session: &mut Session,
    extra: &[Credential],
    fallback: &Range,
) -> (Vec<Call>, Effects) {
    let fx: Effects = script::analyze(text.as_str(), &|n| session.env.contains_key(n));
    let map = |r: &Range| text.source_range(r.clone()).unwrap_or(fallback.clone());
    if let Some(e) = &fx.error {
        model.script_problems.push((
            file,
            map(&(e.at..e.at + 1)),
            format!(
                "{} in this script: the commands after it are not read",
                e.message
            ),
        ));
    }
    let mut calls = Vec::new();
    for call in &fx.calls {
        let mut env = session.env.clone();
        if call.cleared {
            env.clear();
        }
        for v in call.env.values() {
            let idx = model.assignments.len();
            model.assignments.push(Assignment {
                file,
                name: v.name.clone(),
                name_range: map(&v.name_range),
                value: Some(word_value(text, &v.value, fallback)),
                dynamic: v.value.dynamic,
                origin: Origin::Shell,
                range: map(&v.range),
                removal: None,
            });
            model.bind(&mut env, &v.name, Binding::Set(idx));
        }
        let range = map(&call.range);
        let line = model.files[file].span(range.start, range.start).start_line;
        let mut credentials = session.credentials.clone();
        credentials.extend_from_slice(extra);
        credentials.extend(
            fx.credential_files
                .iter()
                .filter(|c| c.command.start < call.range.start)
                .map(|c| Credential {
                    kind: CredentialKind::CredentialFile,
                    range: map(&c.command),
                }),
        );
        credentials.extend(
            fx.git_configs
                .iter()
                .filter(|g| g.range.start < call.range.start && is_insteadof(&g.key.text))
                .map(|g| Credential {
                    kind: CredentialKind::GitInsteadOf,
                    range: map(&g.range),
                }),
        );
        calls.push(Call {
            go: GoCommand {
                subcommand: call.subcommand.clone(),
                args: call.args.iter().map(|w| w.text.clone()).collect(),
                range,
                cwd: call.cwd.clone(),
            },
            env,
            unset: call.unset.clone(),
            go_env_file: session.go_env_file.clone(),
            credentials,
            line,
        });
        // this command's own `go env -w`/`-u`, for the commands after it
        for w in fx
            .env_writes
            .iter()
            .filter(|w| w.range.start >= call.range.start && w.range.end <= call.range.end)
        {
            match &w.value {
                Some(v) => {
                    let idx = model.assignments.len();
                    model.assignments.push(Assignment {
                        file,
                        name: w.name.clone(),
                        name_range: map(&w.name_range),
                        value: Some(word_value(text, v, fallback)),
                        dynamic: v.dynamic,
                        origin: Origin::GoEnvWrite,
                        range: map(&w.range),
                        removal: None,
                    });
                    if let Some(old) = session.go_env_file.insert(w.name.clone(), idx) {
                        model.shadows.insert((idx, old));
                    }
                }
                None => {
                    session.go_env_file.remove(&w.name);
                }
            }
        }
    }
    for c in &fx.credential_files {
        session.credentials.push(Credential {
            kind: CredentialKind::CredentialFile,
            range: map(&c.command),
        });
    }
    for g in fx.git_configs.iter().filter(|g| is_insteadof(&g.key.text)) {
        session.credentials.push(Credential {
            kind: CredentialKind::GitInsteadOf,
            range: map(&g.range),
        });
    }
    (calls, fx)
}

fn is_insteadof(key: &str) -> bool {
    key.to_ascii_lowercase().ends_with(".insteadof")
}
