//! Questions the Docker build rules ask: the instruction behind a context, the stage it runs
//! in, whether a Dockerfile is meant for BuildKit, the cache mounts of a RUN, and where the go
//! command keeps its caches.

use super::{Context, ContextKind, Effective, ImageCopy, Model};
use crate::parse::dockerfile::{Dockerfile, Instruction, Kind};
use crate::parse::{Parsed, Range};

/// Flags only BuildKit reads, by instruction.
const BUILDKIT_RUN_FLAGS: &[&str] = &["mount", "network", "security"];
const BUILDKIT_COPY_FLAGS: &[&str] = &["link", "parents", "exclude", "checksum", "keep-git-dir"];

/// A `RUN --mount=type=cache,…`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CacheMount {
    /// `target=` (`dst=`, `destination=`) as written.
    pub target: String,
    pub range: Range,
}

impl ImageCopy {
    /// `COPY . <dest>`: the whole build context (from neither a stage nor a heredoc).
    pub fn whole_context(&self) -> bool {
        self.from.is_none()
            && !self.heredoc
            && self.sources.iter().any(|s| {
                let s = s.trim_start_matches("./").trim_end_matches('/');
                s.is_empty() || s == "."
            })
    }
}

impl<'a> Model<'a> {
    /// The parsed Dockerfile at file index `file`.
    pub fn dockerfile(&self, file: usize) -> Option<&'a Dockerfile> {
        match self.parsed.get(file)? {
            Parsed::Dockerfile(d) => Some(d),
            _ => None,
        }
    }

    /// The RUN instruction a Docker RUN context belongs to.
    pub fn run_instruction(&self, ctx: &Context) -> Option<&'a Instruction> {
        if ctx.kind != ContextKind::DockerRun {
            return None;
        }
        let instructions = &self.dockerfile(ctx.file)?.instructions;
        let is_it = |i: &&Instruction| i.keyword == "RUN" && i.keyword_range == ctx.anchor;
        // instructions are in file order: look where the anchor is first (a context per RUN
        // made a scan from the top quadratic in the file's length)
        let from = instructions.partition_point(|i| i.keyword_range.start < ctx.anchor.start);
        instructions[from..]
            .iter()
            .take_while(|i| i.keyword_range.start == ctx.anchor.start)
            .find(is_it)
            .or_else(|| instructions.iter().find(is_it))
    }

    /// The instruction of a Dockerfile whose whole range is `range` (a COPY from
    /// [`ImageCopy::range`]).
    pub fn instruction_at(&self, file: usize, range: &Range) -> Option<&'a Instruction> {
        let instructions = &self.dockerfile(file)?.instructions;
        let from = instructions.partition_point(|i| i.range.start < range.start);
        instructions[from..]
            .iter()
            .take_while(|i| i.range.start == range.start)
            .find(|i| i.range == *range)
            .or_else(|| instructions.iter().find(|i| i.range == *range))
    }

    /// The FROM line of the stage that the instruction starting at byte `at` belongs to.
    pub fn stage_from(&self, file: usize, at: usize) -> Option<&'a Instruction> {
        self.dockerfile(file)?
            .instructions
            .iter()
            .take_while(|i| i.range.start <= at)
            .filter(|i| matches!(i.kind, Kind::From(_)))
            .last()
    }

    /// Why a Dockerfile is written for BuildKit, if it is: the first parser directive or
    /// instruction that only BuildKit understands (`# syntax=`, `# check=`, `RUN --mount`,
    /// `--network`, `--security`, a heredoc, `COPY --link`/`--parents`/`--exclude`,
    /// `ADD --checksum`/`--keep-git-dir`).
    pub fn buildkit_evidence(&self, file: usize) -> Option<(Range, String)> {
        let d = self.dockerfile(file)?;
        if let Some(dir) = d
            .directives
            .iter()
            .find(|d| d.name == "syntax" || d.name == "check")
        {
            return Some((dir.range.clone(), format!("`# {}=` directive", dir.name)));
        }
        for i in &d.instructions {
            let flags: &[&str] = match i.keyword.as_str() {
                "RUN" => BUILDKIT_RUN_FLAGS,
                "COPY" | "ADD" => BUILDKIT_COPY_FLAGS,
                _ => &[],
            };
            if let Some(f) = i.flags.iter().find(|f| flags.contains(&f.name.as_str())) {
                return Some((f.range.clone(), format!("`{} --{}`", i.keyword, f.name)));
            }
            if !i.heredocs.is_empty() {
                return Some((
                    i.keyword_range.clone(),
                    format!("a `{}` heredoc", i.keyword),
                ));
            }
        }
        None
    }

    /// Whether the Dockerfile's COPY sources suggest that it is built with another context than
    /// its own directory (`docker build -f svc/Dockerfile .`): a source names a collected
    /// repository file from the repository root that does not exist under the Dockerfile's
    /// directory.
    pub fn context_looks_elsewhere(&self, file: usize) -> bool {
        let dir = self.build_context_dir(file);
        if dir.is_empty() {
            return false;
        }
        let Some(d) = self.dockerfile(file) else {
            return false;
        };
        d.instructions.iter().any(|i| match &i.kind {
            Kind::Copy { sources, .. } if !i.flags.iter().any(|f| f.name == "from") => {
                sources.iter().any(|s| {
                    let s = s.as_str().trim_start_matches("./");
                    !s.is_empty() && self.has_file(s) && !self.has_file(&format!("{dir}/{s}"))
                })
            }
            _ => false,
        })
    }

    /// The `--mount=type=cache` flags of a RUN.
    pub fn cache_mounts(&self, run: &Instruction) -> Vec<CacheMount> {
        let mut out = Vec::new();
        for flag in run.flags.iter().filter(|f| f.name == "mount") {
            let value = flag.value.as_ref().map_or("", |v| v.as_str());
            let mut kind = "bind";
            let mut target = None;
            for kv in value.split(',') {
                let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
                let v = v.trim_matches('"');
                match k.trim() {
                    "type" => kind = v,
                    "target" | "dst" | "destination" => target = Some(v.to_owned()),
                    _ => {}
                }
            }
            if kind == "cache"
                && let Some(target) = target
            {
                out.push(CacheMount {
                    target,
                    range: flag.range.clone(),
                });
            }
        }
        out
    }

    /// Whether a `USER` instruction (other than root) comes before byte `at` in its stage (or
    /// a parent stage): then `$HOME` is not `/root`.
    pub fn runs_as_other_user(&self, file: usize, at: usize) -> bool {
        let Some(states) = self.user_states().get(file) else {
            return false;
        };
        // the state after the last instruction that starts before `at`
        let n = states.partition_point(|&(start, _)| start < at);
        n > 0 && states[n - 1].1
    }

    /// For every Dockerfile, after each instruction (by its start): whether a `USER` other
    /// than root is in effect, walking back through the stage and the stages it is built FROM.
    /// Built once: asking each context from the top of its file made this quadratic in a
    /// file's instructions for every context.
    fn user_states(&self) -> &[Vec<(usize, bool)>] {
        self.user_states.get_or_init(|| {
            (0..self.parsed.len())
                .map(|file| {
                    let Some(d) = self.dockerfile(file) else {
                        return Vec::new();
                    };
                    let mut user = None;
                    // stage names (lower case) of the FROM lines so far
                    let mut names = std::collections::HashSet::new();
                    d.instructions
                        .iter()
                        .map(|i| {
                            match &i.kind {
                                Kind::From(f) => {
                                    if !names.contains(&f.image.as_str().to_ascii_lowercase()) {
                                        user = None;
                                    }
                                    if let Some(n) = &f.stage_name {
                                        names.insert(n.as_str().to_ascii_lowercase());
                                    }
                                }
                                _ if i.keyword == "USER" => {
                                    let name =
                                        i.args.as_str().split(':').next().unwrap_or("").trim();
                                    user = Some(!(name == "root" || name == "0"));
                                }
                                _ => {}
                            }
                            (i.range.start, user.unwrap_or(false))
                        })
                        .collect()
                })
                .collect()
        })
    }

    /// The module cache directory (GOMODCACHE) of a Docker RUN context, when it can be told:
    /// GOMODCACHE, else the first GOPATH entry + `/pkg/mod`, else `/go/pkg/mod` in an official
    /// golang image (which sets `GOPATH=/go`).
    pub fn docker_mod_cache(&self, ctx: &Context) -> Option<String> {
        match self.effective(ctx, "GOMODCACHE") {
            Effective::Dynamic(_) => return None,
            Effective::Default => {}
            e => return e.known().map(|(_, v)| v.as_str().to_owned()),
        }
        match self.effective(ctx, "GOPATH") {
            Effective::Dynamic(_) => None,
            Effective::Default => ctx
                .go_version
                .as_ref()
                .filter(|r| r.official_image)
                .map(|_| "/go/pkg/mod".to_owned()),
            e => {
                let (_, v) = e.known()?;
                let first = v.as_str().split(':').next().unwrap_or("");
                first
                    .starts_with('/')
                    .then(|| format!("{}/pkg/mod", first.trim_end_matches('/')))
            }
        }
    }

    /// The build cache directory (GOCACHE) of a Docker RUN context, when it can be told:
    /// GOCACHE, else `$XDG_CACHE_HOME/go-build`, else `$HOME/.cache/go-build`, else
    /// `/root/.cache/go-build` in an official golang image that runs as root.
    pub fn docker_build_cache(&self, ctx: &Context) -> Option<String> {
        let known = |name: &str| -> Result<Option<String>, ()> {
            match self.effective(ctx, name) {
                Effective::Dynamic(_) => Err(()),
                e => Ok(e.known().map(|(_, v)| v.as_str().to_owned())),
            }
        };
        if let Some(v) = known("GOCACHE").ok()? {
            return v.starts_with('/').then_some(v);
        }
        if let Some(v) = known("XDG_CACHE_HOME").ok()? {
            return v
                .starts_with('/')
                .then(|| format!("{}/go-build", v.trim_end_matches('/')));
        }
        if let Some(v) = known("HOME").ok()? {
            return v
                .starts_with('/')
                .then(|| format!("{}/.cache/go-build", v.trim_end_matches('/')));
        }
        let official = ctx.go_version.as_ref().is_some_and(|r| r.official_image);
        (official && !self.runs_as_other_user(ctx.file, ctx.anchor.start))
            .then(|| "/root/.cache/go-build".to_owned())
    }
}

/// A directory a go command needs with its go.mod: a directory `replace` or a go.work `use`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleDir {
    /// File index of the go.mod or go.work that names it.
    pub mod_file: usize,
    /// The directive's words (`example.com/lib => ./lib`, `./lib`).
    pub range: Range,
    /// The directory as written.
    pub dir: String,
    /// `replace example.com/lib => ./lib`, `use ./lib`.
    pub describe: String,
    /// The directory in the repository; None when it is above the repository root.
    pub repo_dir: Option<String>,
}

impl ModuleDir {
    pub fn is_use(&self) -> bool {
        self.describe.starts_with("use ")
    }
}

impl<'a> Model<'a> {
    /// The local directories the go command of `ctx` reads modules from: directory replaces of
    /// its go.mod and go.work, and the go.work's `use` lines. Absolute paths are left out (they
    /// name the image's file system, not the repository).
    pub fn module_dirs(&self, ctx: &Context) -> Vec<ModuleDir> {
        let scope = self.modules_in_scope(ctx);
        let mut out = Vec::new();
        for idx in [scope.go_mod, scope.go_work].into_iter().flatten() {
            let Some(Parsed::GoMod(m)) = self.parsed.get(idx) else {
                continue;
            };
            let base = super::files::dir_of(&self.files[idx].path);
            let mut add = |dir: &str, range: Range, describe: String| {
                if dir.starts_with('/') || dir.starts_with('\\') || dir.get(1..2) == Some(":") {
                    return;
                }
                out.push(ModuleDir {
                    mod_file: idx,
                    range,
                    dir: dir.to_owned(),
                    describe,
                    repo_dir: resolve(base, dir),
                });
            };
            for u in &m.uses {
                add(
                    &u.path.value,
                    u.path.range.clone(),
                    format!("use {}", u.path.value),
                );
            }
            for r in m.replaces.iter().filter(|r| r.is_directory) {
                add(
                    &r.new_path.value,
                    r.old_path.range.start..r.new_path.range.end,
                    format!("replace {} => {}", r.old_path.value, r.new_path.value),
                );
            }
        }
        out
    }
}

/// Repository path `path` (relative, may use `.`/`..`) resolved against directory `base`;
/// None when it leaves the repository.
pub fn resolve(base: &str, path: &str) -> Option<String> {
    let mut parts: Vec<&str> = base.split('/').filter(|p| !p.is_empty()).collect();
    for p in path.split(['/', '\\']) {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::tests::model_of;

    #[test]
    fn resolves_relative_paths_inside_the_repository() {
        assert_eq!(resolve("svc", "../lib").as_deref(), Some("lib"));
        assert_eq!(resolve("", "./lib/").as_deref(), Some("lib"));
        assert_eq!(resolve("", "../lib"), None);
        assert_eq!(resolve("a/b", "..").as_deref(), Some("a"));
    }

    #[test]
    fn buildkit_evidence_and_cache_dirs() {
        let df = "FROM golang:1.22\nRUN --mount=type=cache,target=/go/pkg/mod go build\n";
        let (s, p) = model_of(&[("Dockerfile", df)]);
        let m = Model::build(&s, &p);
        let (r, why) = m.buildkit_evidence(0).expect("buildkit");
        assert_eq!(&df[r], "--mount=type=cache,target=/go/pkg/mod");
        assert_eq!(why, "`RUN --mount`");
        let ctx = m.contexts.iter().find(|c| c.go.is_some()).expect("go");
        let run = m.run_instruction(ctx).expect("run");
        assert_eq!(m.cache_mounts(run)[0].target, "/go/pkg/mod");
        assert_eq!(m.docker_mod_cache(ctx).as_deref(), Some("/go/pkg/mod"));
        assert_eq!(
            m.docker_build_cache(ctx).as_deref(),
            Some("/root/.cache/go-build")
        );

        let df = "FROM golang:1.22\nENV GOPATH=/work XDG_CACHE_HOME=/c\nUSER app\nRUN go build\n";
        let (s, p) = model_of(&[("Dockerfile", df)]);
        let m = Model::build(&s, &p);
        assert!(m.buildkit_evidence(0).is_none());
        let ctx = m.contexts.iter().find(|c| c.go.is_some()).expect("go");
        assert_eq!(m.docker_mod_cache(ctx).as_deref(), Some("/work/pkg/mod"));
        assert_eq!(m.docker_build_cache(ctx).as_deref(), Some("/c/go-build"));
        assert!(m.runs_as_other_user(0, ctx.anchor.start));
    }
}
