//! Build contexts of a Dockerfile: stages, ARG scoping, ENV inheritance, word expansion.

use std::collections::BTreeMap;

use super::scripts::{self, Call, Session};
use super::shell as script;
use super::{
    Assignment, Binding, Context, ContextKind, Credential, CredentialKind, GoCommand, GoRelease,
    ImageCopy, Model, Origin,
};
use crate::gosem::GoVersion;
use crate::parse::dockerfile::{Dockerfile, Instruction, Kind, Pair};
use crate::parse::shellword::{self, Lookup};
use crate::parse::{Mapped, Range};

#[derive(Clone)]
struct Stage {
    name: Option<String>,
    /// The FROM line.
    anchor: Range,
    env: BTreeMap<String, usize>,
    args: BTreeMap<String, Binding>,
    /// `go env -w` entries written by earlier RUNs (same user, same HOME assumed).
    go_env_file: BTreeMap<String, usize>,
    /// Credential files and git settings left by earlier RUNs.
    credentials: Vec<Credential>,
    go_version: Option<GoRelease>,
    /// The working directory (absolute); None until a WORKDIR (the base image decides).
    workdir: Option<String>,
    copies: Vec<ImageCopy>,
}

pub(super) fn add(model: &mut Model<'_>, file: usize, d: &Dockerfile) {
    let mut global_args: BTreeMap<String, Binding> = BTreeMap::new();
    let mut stages: Vec<Stage> = Vec::new();
    let files = model.files;
    let text = files[file].text.as_str();
    for instr in &d.instructions {
        match &instr.kind {
            Kind::From(from) => {
                if let Some(stage) = stages.last() {
                    push_image_context(model, file, stage);
                }
                let image = shellword::process(&from.image, d.escape, &|n| {
                    lookup_args(model, &global_args, n)
                });
                // `FROM <stage>` inherits that stage's environment
                let parent = stages.iter().rev().find(|s| {
                    s.name
                        .as_deref()
                        .is_some_and(|n| n.eq_ignore_ascii_case(image.value.as_str()))
                });
                let stage = match parent {
                    Some(p) => Stage {
                        name: from.stage_name.as_ref().map(|n| n.as_str().to_owned()),
                        anchor: instr.range.clone(),
                        args: BTreeMap::new(),
                        ..p.clone()
                    },
                    None => {
                        let release = GoRelease::of_image(
                            image.value.as_str(),
                            from.image.full_source_range().unwrap_or(0..0),
                        );
                        Stage {
                            name: from.stage_name.as_ref().map(|n| n.as_str().to_owned()),
                            anchor: instr.range.clone(),
                            env: BTreeMap::new(),
                            args: BTreeMap::new(),
                            go_env_file: BTreeMap::new(),
                            credentials: Vec::new(),
                            // the official golang images work in /go
                            workdir: release.as_ref().map(|_| "/go".to_owned()),
                            go_version: release,
                            copies: Vec::new(),
                        }
                    }
                };
                stages.push(stage);
            }
            Kind::Arg(pairs) => {
                let in_stage = !stages.is_empty();
                let origin = if in_stage {
                    Origin::DockerArg
                } else {
                    Origin::DockerGlobalArg
                };
                for (pair, removal) in pairs.iter().zip(removals(text, instr, pairs)) {
                    let value = pair.value.as_ref().map(|raw| {
                        let scope = |n: &str| match stages.last() {
                            Some(s) => lookup_stage(model, s, n),
                            None => lookup_args(model, &global_args, n),
                        };
                        shellword::process(raw, d.escape, &scope)
                    });
                    let binding = add_pair(model, file, pair, value, origin, removal);
                    let name = pair.name.as_str().to_owned();
                    match stages.last_mut() {
                        Some(stage) => {
                            // a bare `ARG NAME` in a stage takes the global default, if any
                            let binding = match (binding, global_args.get(&name)) {
                                (Binding::AtBuildTime(_), Some(&global)) => global,
                                (b, _) => b,
                            };
                            model.bind(&mut stage.args, &name, binding);
                        }
                        None => {
                            global_args.insert(name, binding);
                        }
                    }
                }
            }
            Kind::Env(pairs) => {
                let Some(stage) = stages.last() else {
                    continue; // BuildKit rejects ENV before FROM; nothing runs with it
                };
                // every value of one ENV sees the environment before the instruction
                let mut set = Vec::new();
                for (pair, removal) in pairs.iter().zip(removals(text, instr, pairs)) {
                    let value = pair.value.as_ref().map(|raw| {
                        shellword::process(raw, d.escape, &|n| lookup_stage(model, stage, n))
                    });
                    let b = add_pair(model, file, pair, value, Origin::DockerEnv, removal);
                    if let Binding::Set(i) = b {
                        set.push((pair.name.as_str().to_owned(), i));
                    }
                }
                if let Some(stage) = stages.last_mut() {
                    for (name, i) in set {
                        if let Some(old) = stage.env.insert(name, i) {
                            model.shadows.insert((i, old));
                        }
                    }
                }
            }
            Kind::Run { exec } => {
                if let Some(stage) = stages.last_mut() {
                    add_run(model, file, instr, exec.as_deref(), stage);
                }
            }
            Kind::Onbuild(inner) => {
                if let Kind::Env(pairs) | Kind::Arg(pairs) = &inner.kind {
                    for pair in pairs {
                        // it runs in another build, whose variables are unknown here
                        let value = pair
                            .value
                            .as_ref()
                            .map(|raw| shellword::process(raw, d.escape, &|_| Lookup::Unknown));
                        add_pair(model, file, pair, value, Origin::DockerOnbuild, None);
                    }
                }
            }
            Kind::Workdir(dir) => {
                if let Some(stage) = stages.last_mut() {
                    let dir = shellword::process(dir, d.escape, &|n| lookup_stage(model, stage, n));
                    let dir = dir.value.as_str();
                    stage.workdir = Some(join_path(stage.workdir.as_deref().unwrap_or("/"), dir));
                }
            }
            Kind::Copy { sources, dest } => {
                if let Some(stage) = stages.last_mut() {
                    let expand = |w: &crate::parse::Mapped| {
                        shellword::process(w, d.escape, &|n| lookup_stage(model, stage, n))
                            .value
                            .as_str()
                            .to_owned()
                    };
                    let dest_text = expand(dest);
                    let dest_is_dir = dest_text.ends_with('/') || sources.len() > 1;
                    let from = instr
                        .flags
                        .iter()
                        .find(|f| f.name == "from")
                        .and_then(|f| f.value.as_ref().map(|v| v.as_str().to_owned()));
                    // `COPY --from=golang:1.22 /usr/local/go /usr/local/go` installs that Go
                    let mut installed = None;
                    if let Some(from) = &from
                        && let Some(flag) = instr.flags.iter().find(|f| f.name == "from")
                        && let Some(value) = &flag.value
                    {
                        let range = value.full_source_range().unwrap_or(0..0);
                        if let Some(mut release) = GoRelease::of_image(from, range)
                            && sources.iter().any(|s| s.as_str().contains("/usr/local/go"))
                        {
                            release.official_image = false;
                            installed = Some(release);
                        }
                    }
                    let copy = ImageCopy {
                        sources: sources.iter().map(expand).collect(),
                        source_ranges: sources
                            .iter()
                            .map(|w| w.full_source_range().unwrap_or(instr.range.clone()))
                            .collect(),
                        dest: join_path(stage.workdir.as_deref().unwrap_or("/"), &dest_text),
                        dest_is_dir,
                        from,
                        range: instr.range.clone(),
                        heredoc: !instr.heredocs.is_empty(),
                    };
                    stage.copies.push(copy);
                    if installed.is_some() {
                        stage.go_version = installed;
                    }
                }
            }
            Kind::Other => {}
        }
    }
    if let Some(stage) = stages.last() {
        push_image_context(model, file, stage);
    }
}

/// `base` joined with `path` (absolute paths replace), `.`/`..` resolved, no trailing `/`.
pub(super) fn join_path(base: &str, path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    let full = if path.starts_with('/') {
        path.to_owned()
    } else {
        format!("{base}/{path}")
    };
    for p in full.split('/') {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    format!("/{}", parts.join("/"))
}

fn stage_label(stage: &Stage) -> String {
    match &stage.name {
        Some(n) => format!("stage `{n}`"),
        None => "the stage".to_owned(),
    }
}

fn push_image_context(model: &mut Model<'_>, file: usize, stage: &Stage) {
    model.contexts.push(Context {
        file,
        kind: ContextKind::DockerImage,
        description: format!("the image of {}", stage_label(stage)),
        anchor: stage.anchor.clone(),
        env: stage
            .env
            .iter()
            .map(|(k, &v)| (k.clone(), Binding::Set(v)))
            .collect(),
        unset: Vec::new(),
        go_env_file: stage.go_env_file.clone(),
        go: None,
        go_version: stage.go_version.clone(),
        credentials: stage.credentials.clone(),
        workdir: stage.workdir.clone(),
        copies: stage.copies.clone(),
    });
}

/// A Go distribution archive named in a script (`go1.22.5.linux-amd64.tar.gz` from go.dev,
/// dl.google.com or a mirror): its version and where it is written.
fn go_download(script: &str) -> Option<(String, Range)> {
    let mut found = None;
    for (i, _) in script.match_indices("/go1.") {
        let start = i + "/go".len();
        let name = script[start..]
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
            .next()
            .unwrap_or("");
        let version = [".linux-", ".darwin-", ".windows-", ".freebsd-", ".src."]
            .iter()
            .find_map(|os| name.find(os).map(|j| &name[..j]));
        if let Some(v) = version.filter(|v| GoVersion::parse(v).is_some()) {
            found = Some((v.to_owned(), start - 2..start + v.len()));
        }
    }
    found
}

/// The contexts of one RUN: one per go command it runs (or one for the RUN when it runs
/// none), and what it leaves for later RUNs (go env -w, credential files).
fn add_run(
    model: &mut Model<'_>,
    file: usize,
    instr: &Instruction,
    exec: Option<&[String]>,
    stage: &mut Stage,
) {
    let line = model.files[file]
        .span(instr.range.start, instr.range.start)
        .start_line;
    let mut mounts = Vec::new();
    for flag in instr.flags.iter().filter(|f| f.name == "mount") {
        let value = flag.value.as_ref().map_or("", |v| v.as_str());
        let kind = value.split(',').find_map(|kv| match kv.trim() {
            "type=secret" => Some(CredentialKind::SecretMount),
            "type=ssh" => Some(CredentialKind::SshMount),
            _ => None,
        });
        if let Some(kind) = kind {
            mounts.push(Credential {
                kind,
                range: flag.range.clone(),
            });
        }
    }
    // an explicit Go install (`curl …/go1.22.5.linux-amd64.tar.gz`) sets the stage's release
    for text in std::iter::once(&instr.args).chain(instr.heredocs.iter().map(|h| &h.body)) {
        if let Some((version, range)) = go_download(text.as_str()) {
            stage.go_version = Some(GoRelease {
                version: GoVersion::parse(&version),
                source: format!("go{version} download"),
                range: text.source_range(range).unwrap_or(instr.range.clone()),
                official_image: false,
            });
        }
    }
    let mut session = Session {
        env: run_env(model, stage),
        go_env_file: stage.go_env_file.clone(),
        credentials: stage.credentials.clone(),
    };
    let label = stage_label(stage);
    let context = |description: String, call: Option<Call>, session: &Session| {
        let (go, env, unset, go_env_file, credentials) = match call {
            Some(c) => (Some(c.go), c.env, c.unset, c.go_env_file, c.credentials),
            None => {
                let mut credentials = session.credentials.clone();
                credentials.extend_from_slice(&mounts);
                (
                    None,
                    session.env.clone(),
                    Vec::new(),
                    session.go_env_file.clone(),
                    credentials,
                )
            }
        };
        let workdir = match go.as_ref().and_then(|g: &GoCommand| g.cwd.as_deref()) {
            Some(cd) => Some(join_path(stage.workdir.as_deref().unwrap_or("/"), cd)),
            None => stage.workdir.clone(),
        };
        Context {
            file,
            kind: ContextKind::DockerRun,
            description,
            anchor: instr.keyword_range.clone(),
            env,
            unset,
            go_env_file,
            go,
            go_version: stage.go_version.clone(),
            credentials,
            workdir,
            copies: stage.copies.clone(),
        }
    };
    let mut contexts = Vec::new();
    if let Some(words) = exec
        && words
            .first()
            .is_some_and(|w| w == "go" || w.ends_with("/go"))
    {
        let mut credentials = session.credentials.clone();
        credentials.extend_from_slice(&mounts);
        let call = Call {
            go: GoCommand {
                subcommand: script::subcommand(words[1..].iter().map(String::as_str)),
                args: words[1..].to_vec(),
                range: instr
                    .args
                    .full_source_range()
                    .unwrap_or(instr.range.clone()),
                cwd: None,
            },
            env: session.env.clone(),
            unset: Vec::new(),
            go_env_file: session.go_env_file.clone(),
            credentials,
            line,
        };
        let description = format!("{label}, `go {}` on line {line}", call.go.subcommand);
        contexts.push(context(description, Some(call), &session));
    }
    // the scripts: the shell form, and each heredoc body
    let mut scripts: Vec<&Mapped> = Vec::new();
    if exec.is_none() {
        scripts.push(&instr.args);
    }
    scripts.extend(instr.heredocs.iter().map(|h| &h.body));
    for text in scripts {
        let (calls, _) = scripts::run(model, file, text, &mut session, &mounts, &instr.range);
        for call in calls {
            let description = format!("{label}, `go {}` on line {}", call.go.subcommand, call.line);
            contexts.push(context(description, Some(call), &session));
        }
    }
    if contexts.is_empty() {
        contexts.push(context(
            format!("{label}, RUN on line {line}"),
            None,
            &session,
        ));
    }
    model.contexts.extend(contexts);
    stage.go_env_file = session.go_env_file;
    stage.credentials = session.credentials;
}

/// The environment of a RUN: the stage's build arguments, overridden by its ENV.
fn run_env(model: &mut Model<'_>, stage: &Stage) -> BTreeMap<String, Binding> {
    let mut env = stage.args.clone();
    for (k, &v) in &stage.env {
        model.bind(&mut env, k, Binding::Set(v));
    }
    env
}

fn lookup_binding(model: &Model<'_>, b: Option<&Binding>) -> Lookup {
    match b {
        Some(&Binding::Set(i)) => {
            let a = &model.assignments[i];
            match &a.value {
                Some(v) if !a.dynamic => Lookup::Value(v.clone()),
                _ => Lookup::Unknown,
            }
        }
        Some(Binding::AtBuildTime(_)) => Lookup::Unknown,
        None => Lookup::Unset,
    }
}

fn lookup_args(model: &Model<'_>, args: &BTreeMap<String, Binding>, name: &str) -> Lookup {
    lookup_binding(model, args.get(name))
}

/// Expansion inside a stage: ENV wins over ARG.
fn lookup_stage(model: &Model<'_>, stage: &Stage, name: &str) -> Lookup {
    match stage.env.get(name) {
        Some(&i) => lookup_binding(model, Some(&Binding::Set(i))),
        None => lookup_args(model, &stage.args, name),
    }
}

/// Record the assignment a pair makes. `value` is the pair's processed value.
fn add_pair(
    model: &mut Model<'_>,
    file: usize,
    pair: &Pair,
    value: Option<shellword::Processed>,
    origin: Origin,
    removal: Option<Range>,
) -> Binding {
    let idx = model.assignments.len();
    let declared_only = value.is_none();
    model.assignments.push(Assignment {
        file,
        name: pair.name.as_str().to_owned(),
        name_range: pair.name.full_source_range().unwrap_or(pair.range.clone()),
        dynamic: value.as_ref().is_none_or(|p| p.dynamic),
        value: value.map(|p| p.value),
        origin,
        range: pair.range.clone(),
        removal,
    });
    if declared_only {
        Binding::AtBuildTime(idx)
    } else {
        Binding::Set(idx)
    }
}

/// For each pair of an ENV/ARG, the range that removes it and leaves valid syntax: the whole
/// instruction (and its line break) when it is the only pair; otherwise from this pair to the
/// next one, or from the previous pair's end for the last one.
fn removals(text: &str, instr: &Instruction, pairs: &[Pair]) -> Vec<Option<Range>> {
    if pairs.len() == 1 {
        let line_end = text[instr.range.end..]
            .find('\n')
            .map_or(text.len(), |i| instr.range.end + i + 1);
        return vec![Some(instr.range.start..line_end)];
    }
    (0..pairs.len())
        .map(
            |i| match (pairs.get(i + 1), i.checked_sub(1).map(|p| &pairs[p])) {
                (Some(next), _) => Some(pairs[i].range.start..next.range.start),
                (None, Some(prev)) => Some(prev.range.end..pairs[i].range.end),
                (None, None) => None,
            },
        )
        .collect()
}
