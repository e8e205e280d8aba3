//! The model: every place `go` runs (a *build context*) and the effective value of each Go
//! setting there, with where it was set. Rules ask the model; they never read file syntax.

mod dockerfile;
pub mod goenv;
pub mod shell;

use std::collections::BTreeMap;

use crate::parse::{Mapped, Parsed, Range};
use crate::report::Location;
use crate::source::SourceFile;

/// One place a variable is given a value (or declared, for `ARG NAME` without a default).
#[derive(Debug, Clone)]
pub struct Assignment {
    pub file: usize,
    pub name: String,
    pub name_range: Range,
    /// The value after quote removal and variable expansion; None for a bare `ARG NAME`.
    pub value: Option<Mapped>,
    /// The value depends on something known only when the build runs (a build argument, a
    /// variable of the calling shell): its text is not exact.
    pub dynamic: bool,
    pub origin: Origin,
    /// The source range of `NAME=value` as written.
    pub range: Range,
    /// What to delete to remove this assignment cleanly (None when it cannot be removed alone).
    pub removal: Option<Range>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Dockerfile `ENV` (persists into the image and into stages built FROM it).
    DockerEnv,
    /// Dockerfile `ARG` (in the environment of the stage's RUN instructions).
    DockerArg,
    /// Dockerfile `ARG` before the first `FROM`: only FROM lines see it unless redeclared.
    DockerGlobalArg,
    /// Dockerfile `ONBUILD ENV`/`ONBUILD ARG`: applies to images built FROM this one.
    DockerOnbuild,
    /// A dotenv file or `.envrc`.
    EnvFile,
}

/// How a variable is bound in a context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binding {
    /// By this assignment (an index into [`Model::assignments`]).
    Set(usize),
    /// By a build argument whose value is given only when the build runs.
    AtBuildTime(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContextKind {
    /// A `RUN` instruction of a Dockerfile stage.
    DockerRun,
    /// The environment a Dockerfile stage leaves in its image.
    DockerImage,
    /// The local shell an env file configures.
    EnvFile,
}

/// A place where `go` runs, with the environment it sees.
#[derive(Debug, Clone)]
pub struct Context {
    pub file: usize,
    pub kind: ContextKind,
    /// For messages: "stage `build`, RUN on line 7".
    pub description: String,
    /// Where the context is (the RUN instruction, the FROM line, the file's start).
    pub anchor: Range,
    pub env: BTreeMap<String, Binding>,
}

/// What Go sees for one setting in one context.
#[derive(Debug, Clone, Copy)]
pub enum Effective<'m> {
    /// Set to a non-empty value known exactly.
    Value(&'m Assignment, &'m Mapped),
    /// Set, but the value is known only at build time.
    Dynamic(&'m Assignment),
    /// Unset or empty (Go treats both alike): Go's default applies.
    Default,
}

pub struct Model<'a> {
    pub files: &'a [SourceFile],
    pub assignments: Vec<Assignment>,
    pub contexts: Vec<Context>,
}

impl<'a> Model<'a> {
    pub fn build(files: &'a [SourceFile], parsed: &[Parsed]) -> Model<'a> {
        let mut model = Model {
            files,
            assignments: Vec::new(),
            contexts: Vec::new(),
        };
        for (file, parsed) in parsed.iter().enumerate() {
            match parsed {
                Parsed::Dockerfile(d) => dockerfile::add(&mut model, file, d),
                Parsed::EnvFile(e) => model.add_env_file(file, e),
                Parsed::Other => {}
            }
        }
        model
    }

    fn add_env_file(&mut self, file: usize, env: &crate::parse::envfile::EnvFile) {
        let mut bindings = BTreeMap::new();
        for entry in &env.entries {
            let idx = self.assignments.len();
            self.assignments.push(Assignment {
                file,
                name: entry.name.clone(),
                name_range: entry.name_range.clone(),
                value: Some(entry.value.clone()),
                dynamic: entry.dynamic,
                origin: Origin::EnvFile,
                range: entry.name_range.start..entry.raw_range.end,
                removal: Some(entry.line_range.clone()),
            });
            bindings.insert(entry.name.clone(), Binding::Set(idx));
        }
        self.contexts.push(Context {
            file,
            kind: ContextKind::EnvFile,
            description: "the shell this env file configures".into(),
            anchor: 0..0,
            env: bindings,
        });
    }

    /// The effective value of `name` in `ctx`, as Go reads the process environment (an empty
    /// value is the same as unset).
    pub fn effective(&self, ctx: &Context, name: &str) -> Effective<'_> {
        match ctx.env.get(name) {
            Some(&Binding::Set(i)) => {
                let a = &self.assignments[i];
                match &a.value {
                    _ if a.dynamic => Effective::Dynamic(a),
                    Some(v) if !v.is_empty() => Effective::Value(a, v),
                    _ => Effective::Default,
                }
            }
            Some(&Binding::AtBuildTime(i)) => Effective::Dynamic(&self.assignments[i]),
            None => Effective::Default,
        }
    }

    pub fn file(&self, a: &Assignment) -> &SourceFile {
        &self.files[a.file]
    }

    /// The assignment as written in its file (`GOSUMDB=${CHECKSUMS}`).
    pub fn written<'m>(&'m self, a: &'m Assignment) -> &'m str {
        self.file(a)
            .text
            .get(a.range.clone())
            .unwrap_or(&a.name)
            .trim()
    }

    /// A location for `range` in the file of `a`.
    pub fn location(&self, a: &Assignment, range: Range, label: impl Into<String>) -> Location {
        self.file(a).location(range.start, range.end, label)
    }

    /// The source range of value bytes `range` of `a` (the whole assignment when unmappable).
    pub fn value_range(&self, a: &Assignment, range: Range) -> Range {
        a.value
            .as_ref()
            .and_then(|v| v.source_range(range))
            .unwrap_or_else(|| a.range.clone())
    }
}

#[cfg(test)]
mod tests;
