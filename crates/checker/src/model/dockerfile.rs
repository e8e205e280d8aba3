//! Build contexts of a Dockerfile: stages, ARG scoping, ENV inheritance, word expansion.

use std::collections::BTreeMap;

use super::{Assignment, Binding, Context, ContextKind, Model, Origin};
use crate::parse::Range;
use crate::parse::dockerfile::{Dockerfile, Instruction, Kind, Pair};
use crate::parse::shellword::{self, Lookup};

struct Stage {
    name: Option<String>,
    /// The FROM line.
    anchor: Range,
    env: BTreeMap<String, usize>,
    args: BTreeMap<String, Binding>,
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
                let env = parent.map(|p| p.env.clone()).unwrap_or_default();
                stages.push(Stage {
                    name: from.stage_name.as_ref().map(|n| n.as_str().to_owned()),
                    anchor: instr.range.clone(),
                    env,
                    args: BTreeMap::new(),
                });
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
                            stage.args.insert(name, binding);
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
                    stage.env.extend(set);
                }
            }
            Kind::Run { .. } => {
                if let Some(stage) = stages.last() {
                    let line = model.files[file]
                        .span(instr.range.start, instr.range.start)
                        .start_line;
                    model.contexts.push(Context {
                        file,
                        kind: ContextKind::DockerRun,
                        description: format!("{}, RUN on line {line}", stage_label(stage)),
                        anchor: instr.keyword_range.clone(),
                        env: run_env(stage),
                    });
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
            Kind::Other => {}
        }
    }
    if let Some(stage) = stages.last() {
        push_image_context(model, file, stage);
    }
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
    });
}

/// The environment of a RUN: the stage's build arguments, overridden by its ENV.
fn run_env(stage: &Stage) -> BTreeMap<String, Binding> {
    let mut env = stage.args.clone();
    env.extend(stage.env.iter().map(|(k, &v)| (k.clone(), Binding::Set(v))));
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
