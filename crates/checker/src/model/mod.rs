//! The model: every place `go` runs (a *build context*) and the effective value of each Go
//! setting there, with where it was set. Rules ask the model; they never read file syntax.

mod ci;
mod dockerfile;
pub mod files;
pub mod goenv;
pub mod private;
pub mod q_checksum;
pub mod q_credentials;
pub mod q_docker;
pub mod q_private;
pub(crate) mod q_proxy;
pub mod q_toolchain;
mod routes;
mod scripts;
pub mod shell;

use std::collections::BTreeMap;

use crate::gosem::{GoEnv, GoVersion};
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
    /// Set by a script for the go commands after it (`GOFLAGS=-mod=mod go build`, `export`).
    Shell,
    /// `go env -w NAME=value`: written to the user's go env file, read by later go commands
    /// unless the environment sets the name.
    GoEnvWrite,
    /// A CI `env:` (GitHub Actions) or `variables:` (GitLab CI) entry, or a variable a step
    /// exports for later steps (`>> $GITHUB_ENV`).
    CiEnv,
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
    /// A `go env -w`-format file (`go.env`).
    GoEnvFile,
    /// A CI job as a whole (its environment, for whatever it runs, `make` included).
    CiJob,
    /// A go command in a CI step's script.
    CiStep,
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
    /// Names a script removed from the environment before this go command (`unset`, `env -u`).
    pub unset: Vec<String>,
    /// Entries of the go env file (`go env -w`) in effect: name → assignment.
    pub go_env_file: BTreeMap<String, usize>,
    /// The go command this context is, when it is one.
    pub go: Option<GoCommand>,
    /// The Go release that runs here, when the context says.
    pub go_version: Option<GoRelease>,
    /// Where credentials for private modules could come from.
    pub credentials: Vec<Credential>,
    /// Docker: the directory in the image where go runs (WORKDIR, then the script's `cd`).
    pub workdir: Option<String>,
    /// Docker: what earlier COPY/ADD instructions of the stage (and its parents) put in the image.
    pub copies: Vec<ImageCopy>,
}

/// A COPY or ADD, expanded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageCopy {
    /// Paths (or globs) relative to the build context.
    pub sources: Vec<String>,
    pub source_ranges: Vec<Range>,
    /// Absolute destination in the image.
    pub dest: String,
    /// The destination is a directory (`/dst/`, or several sources).
    pub dest_is_dir: bool,
    /// `--from=<stage or image>`: not from the build context.
    pub from: Option<String>,
    pub range: Range,
    /// `COPY <<EOF …`: the source is inline text.
    pub heredoc: bool,
}

/// A `go` command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoCommand {
    /// `build`, `mod download`, `env`…
    pub subcommand: String,
    pub args: Vec<String>,
    /// The command in its file.
    pub range: Range,
    /// The working directory after the script's `cd`s, when it changed (`WORKDIR` otherwise).
    pub cwd: Option<String>,
}

/// The Go release of a context and where that comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoRelease {
    /// `1.22` (the newest 1.22.x), `1.22.5`; None for `latest` or a digest.
    pub version: Option<GoVersion>,
    /// As written (`golang:1.22-alpine`).
    pub source: String,
    pub range: Range,
    /// The official image sets GOTOOLCHAIN=local.
    pub official_image: bool,
}

impl GoRelease {
    /// The release of an official `golang` image reference (`golang:1.22-alpine`,
    /// `docker.io/library/golang:1.22.5@sha256:…`, `golang` = latest), written at `range`;
    /// None for any other image.
    pub fn of_image(image: &str, range: Range) -> Option<GoRelease> {
        let no_digest = image.split('@').next().unwrap_or(image);
        let slash = no_digest.rfind('/').map_or(0, |i| i + 1);
        let (name, tag) = match no_digest[slash..].split_once(':') {
            Some((n, t)) => (&no_digest[..slash + n.len()], Some(t)),
            None => (no_digest, None),
        };
        let repo = name
            .trim_start_matches("docker.io/")
            .trim_start_matches("index.docker.io/")
            .trim_start_matches("library/");
        if repo != "golang" {
            return None;
        }
        let version = tag.and_then(|t| {
            let v = t.split('-').next().unwrap_or(t);
            GoVersion::parse(v).filter(|v| v.major == 1)
        });
        Some(GoRelease {
            version,
            source: image.to_owned(),
            range,
            official_image: true,
        })
    }
}

/// A source of credentials a go command (or the git it runs) can use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credential {
    pub kind: CredentialKind,
    pub range: Range,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CredentialKind {
    /// `RUN --mount=type=secret`.
    SecretMount,
    /// `RUN --mount=type=ssh`.
    SshMount,
    /// A `.netrc`/`.git-credentials`/`.gitconfig` written by an earlier command.
    CredentialFile,
    /// `git config … url.<base>.insteadOf`.
    GitInsteadOf,
}

/// What Go sees for one setting in one context.
#[derive(Debug, Clone, Copy)]
pub enum Effective<'m> {
    /// Set to a non-empty value known exactly.
    Value(&'m Assignment, &'m Mapped),
    /// Set, but the value is known only at build time.
    Dynamic(&'m Assignment),
    /// Unset or empty in the environment but set by `go env -w` (possibly to the empty
    /// string, which Go ≥ 1.21 uses as is).
    GoEnvFile(&'m Assignment, &'m Mapped),
    /// Unset or empty (Go treats both alike): Go's default applies.
    Default,
}

impl<'m> Effective<'m> {
    /// The value Go uses when the configuration says exactly: from the environment or from
    /// the go env file (which may be empty).
    pub fn known(self) -> Option<(&'m Assignment, &'m Mapped)> {
        match self {
            Effective::Value(a, v) | Effective::GoEnvFile(a, v) => Some((a, v)),
            Effective::Dynamic(_) | Effective::Default => None,
        }
    }
}

pub struct Model<'a> {
    pub files: &'a [SourceFile],
    pub parsed: &'a [Parsed],
    pub assignments: Vec<Assignment>,
    pub contexts: Vec<Context>,
    /// (winner, loser): an assignment that replaced another one for the same name in some
    /// scope (ENV over ARG, a step's env over the job's, `NAME=v go` over ENV…).
    shadows: std::collections::BTreeSet<(usize, usize)>,
    /// Scripts read only in part (an unterminated quote or substitution): file, where, why.
    pub script_problems: Vec<(usize, Range, String)>,
    /// The repository's configuration (private patterns, public hosts).
    pub config: crate::config::Config,
    /// For each assignment, the contexts that bind it (in `env` or `go_env_file`), in context
    /// order: built on first use by [`Model::readers`], which would otherwise look at every
    /// context for every assignment.
    bound_in: std::cell::OnceCell<Vec<Vec<usize>>>,
    /// Indices of the files, built on first use: every go command asks for its go.mod and
    /// looks files up by path, which would otherwise look at every file each time.
    file_index: std::cell::OnceCell<FileIndex>,
    /// [`Model::runs_as_other_user`]'s answers by file, built on first use.
    pub(crate) user_states: std::cell::OnceCell<Vec<Vec<(usize, bool)>>>,
    /// [`Model::repo_private_patterns`], owned, built on first use.
    pub(crate) private_patterns: std::cell::OnceCell<Vec<(usize, String, String)>>,
    /// For each module asked about, the indices of the private patterns that match it.
    pub(crate) private_matches:
        std::cell::RefCell<std::collections::HashMap<String, std::rc::Rc<Vec<usize>>>>,
    /// [`Model::modules_in_scope`] of each context, once asked.
    pub(crate) scope_memo: std::cell::OnceCell<Vec<std::cell::OnceCell<files::ModulesInScope>>>,
}

/// The index of `item` in `slice`, when it is one of its elements (by address).
pub(crate) fn index_in<T>(slice: &[T], item: &T) -> Option<usize> {
    let size = std::mem::size_of::<T>().max(1);
    let offset = (item as *const T as usize).checked_sub(slice.as_ptr() as usize)?;
    let i = offset / size;
    slice
        .get(i)
        .is_some_and(|x| std::ptr::eq(x, item))
        .then_some(i)
}

/// [`Model::file_index`]: each path's first file, and the go.mod/go.work files in order.
#[derive(Default)]
pub(crate) struct FileIndex {
    pub by_path: std::collections::HashMap<String, usize>,
    pub mod_files: Vec<usize>,
}

impl Binding {
    pub fn assignment(self) -> usize {
        match self {
            Binding::Set(i) | Binding::AtBuildTime(i) => i,
        }
    }
}

impl<'a> Model<'a> {
    pub fn build(files: &'a [SourceFile], parsed: &'a [Parsed]) -> Model<'a> {
        let mut model = Model {
            files,
            parsed,
            assignments: Vec::new(),
            contexts: Vec::new(),
            shadows: Default::default(),
            script_problems: Vec::new(),
            config: Default::default(),
            bound_in: Default::default(),
            file_index: Default::default(),
            user_states: Default::default(),
            private_patterns: Default::default(),
            private_matches: Default::default(),
            scope_memo: Default::default(),
        };
        for (file, parsed) in parsed.iter().enumerate() {
            match parsed {
                Parsed::Dockerfile(d) => dockerfile::add(&mut model, file, d),
                Parsed::EnvFile(e) => model.add_env_file(file, e),
                Parsed::GoEnv(g) => model.add_go_env_file(file, g),
                Parsed::GithubActions(w) => ci::add_github(&mut model, file, w),
                Parsed::GitlabCi(p) => ci::add_gitlab(&mut model, file, p),
                Parsed::GoMod(_) | Parsed::GoSum | Parsed::DockerIgnore(_) | Parsed::Other => {}
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
            unset: Vec::new(),
            go_env_file: BTreeMap::new(),
            go: None,
            go_version: None,
            credentials: Vec::new(),
            workdir: None,
            copies: Vec::new(),
        });
    }

    /// A file in the `go env -w` format (`go.env`, which Dependabot reads): its entries act as
    /// the user's go env file, under the environment.
    fn add_go_env_file(&mut self, file: usize, env: &crate::parse::goenvfile::GoEnvFile) {
        let mut entries = BTreeMap::new();
        for e in &env.entries {
            let idx = self.assignments.len();
            let mut value = Mapped::new();
            value.push_exact(
                &self.files[file].text[e.value_range.clone()],
                e.value_range.start,
            );
            self.assignments.push(Assignment {
                file,
                name: e.name.clone(),
                name_range: e.name_range.clone(),
                value: Some(value),
                dynamic: false,
                origin: Origin::GoEnvWrite,
                range: e.name_range.start..e.value_range.end,
                removal: Some(e.line_range.clone()),
            });
            // the last entry wins
            entries.insert(e.name.clone(), idx);
        }
        self.contexts.push(Context {
            file,
            kind: ContextKind::GoEnvFile,
            description: "the go env file".into(),
            anchor: 0..0,
            env: BTreeMap::new(),
            unset: Vec::new(),
            go_env_file: entries,
            go: None,
            go_version: None,
            credentials: Vec::new(),
            workdir: None,
            copies: Vec::new(),
        });
    }

    /// The effective value of `name` in `ctx`, as Go reads the process environment (an empty
    /// value is the same as unset).
    pub fn effective(&self, ctx: &Context, name: &str) -> Effective<'_> {
        let os = self.os_effective(ctx, name);
        if matches!(os, Effective::Default)
            && let Some(&i) = ctx.go_env_file.get(name)
        {
            let a = &self.assignments[i];
            return match &a.value {
                _ if a.dynamic => Effective::Dynamic(a),
                Some(v) => Effective::GoEnvFile(a, v),
                None => Effective::Default,
            };
        }
        os
    }

    /// The effective value from the process environment alone.
    pub fn os_effective(&self, ctx: &Context, name: &str) -> Effective<'_> {
        if ctx.unset.iter().any(|n| n == name) {
            return Effective::Default;
        }
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

    /// The contexts (indices, in order) whose `env` or `go_env_file` binds the assignment at
    /// `index`.
    pub(crate) fn contexts_binding(&self, index: usize) -> &[usize] {
        let bound_in = self.bound_in.get_or_init(|| {
            let mut bound_in = vec![Vec::new(); self.assignments.len()];
            for (c, ctx) in self.contexts.iter().enumerate() {
                let bound = ctx
                    .env
                    .values()
                    .map(|b| b.assignment())
                    .chain(ctx.go_env_file.values().copied());
                for a in bound {
                    if let Some(list) = bound_in.get_mut(a)
                        && list.last() != Some(&c)
                    {
                        list.push(c);
                    }
                }
            }
            bound_in
        });
        bound_in.get(index).map_or(&[], Vec::as_slice)
    }

    /// Each path's first file index, and the indices of the go.mod/go.work files.
    pub(crate) fn file_index(&self) -> &FileIndex {
        self.file_index.get_or_init(|| {
            let mut index = FileIndex::default();
            for (i, f) in self.files.iter().enumerate() {
                index.by_path.entry(f.path.clone()).or_insert(i);
            }
            index.mod_files = (0..self.parsed.len())
                .filter(|&i| matches!(self.parsed[i], Parsed::GoMod(_)))
                .collect();
            index
        })
    }

    /// The index of `a` in [`Model::assignments`], when it is one of them.
    pub(crate) fn assignment_index(&self, a: &Assignment) -> Option<usize> {
        index_in(&self.assignments, a)
    }

    /// Bind `name` in `env`, remembering what the new binding replaces.
    fn bind(&mut self, env: &mut BTreeMap<String, Binding>, name: &str, b: Binding) {
        if let Some(old) = env.insert(name.to_owned(), b)
            && old.assignment() != b.assignment()
        {
            self.shadows.insert((b.assignment(), old.assignment()));
        }
    }

    /// The assignments the value of `name` in `ctx` overrides, nearest first: earlier
    /// assignments it replaced, and a `go env -w` entry that the environment hides.
    pub fn overridden(&self, ctx: &Context, name: &str) -> Vec<&Assignment> {
        let mut out = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        let mut next: Vec<usize> = ctx
            .env
            .get(name)
            .map(|b| b.assignment())
            .into_iter()
            .collect();
        while let Some(w) = next.pop() {
            for &(_, loser) in self.shadows.range((w, 0)..=(w, usize::MAX)) {
                if seen.insert(loser) {
                    out.push(&self.assignments[loser]);
                    next.push(loser);
                }
            }
        }
        if !matches!(self.os_effective(ctx, name), Effective::Default)
            && let Some(&i) = ctx.go_env_file.get(name)
        {
            out.push(&self.assignments[i]);
        }
        out
    }

    /// BuildKit's predefined build arguments: a RUN sees them when `--build-arg` passes them,
    /// without any `ARG` line (and they stay out of the image history unless declared).
    pub const BUILDKIT_PROXY_ARGS: &'static [&'static str] = &[
        "HTTP_PROXY",
        "http_proxy",
        "HTTPS_PROXY",
        "https_proxy",
        "FTP_PROXY",
        "ftp_proxy",
        "NO_PROXY",
        "no_proxy",
        "ALL_PROXY",
        "all_proxy",
    ];

    /// Whether `name` may be set in `ctx` only by the build command line (a predefined proxy
    /// argument of a RUN that the Dockerfile does not set).
    pub fn may_be_set_by_build(&self, ctx: &Context, name: &str) -> bool {
        ctx.kind == ContextKind::DockerRun
            && !ctx.env.contains_key(name)
            && Self::BUILDKIT_PROXY_ARGS.contains(&name)
    }

    /// What a go command in `ctx` starts with, for [`crate::gosem`]'s questions. Values known
    /// only at build time are left out (check [`Model::effective`] for `Dynamic` first).
    pub fn go_env(&self, ctx: &Context) -> GoEnv {
        let mut env = GoEnv::new();
        for name in ctx.env.keys() {
            if let Effective::Value(_, v) = self.os_effective(ctx, name) {
                env.set_os(name, v.as_str());
            }
        }
        let mut file = String::new();
        for &i in ctx.go_env_file.values() {
            let a = &self.assignments[i];
            if let (Some(v), false) = (&a.value, a.dynamic) {
                file.push_str(&format!("{}={}\n", a.name, v.as_str()));
            }
        }
        if !file.is_empty() {
            env.set_user_file(&file);
        }
        env
    }

    /// The Go release a context runs, or the newest this checker knows when it cannot tell.
    pub fn go_version(&self, ctx: &Context) -> GoVersion {
        ctx.go_version
            .as_ref()
            .and_then(|r| r.version.clone())
            .unwrap_or_else(|| GoVersion::minor(crate::gosem::NEWEST_MINOR))
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

    /// The source range of value bytes `range` of `a` when the source spells them exactly
    /// (no expansion, no escape in between).
    pub fn exact_value_range(&self, a: &Assignment, range: Range) -> Option<Range> {
        let v = a.value.as_ref()?;
        let text = v.as_str().get(range.clone())?;
        let src = v.source_range(range)?;
        (self.file(a).text.get(src.clone())? == text).then_some(src)
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
pub(crate) mod tests;
