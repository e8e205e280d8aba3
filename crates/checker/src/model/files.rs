//! Which repository files a context sees: the go.mod/go.work in scope, what COPY put into a
//! Docker image (minus `.dockerignore`), and the questions rules ask about modules.

use super::{Context, ContextKind, Model};
use crate::gosem::fetch::Endpoint;
use crate::gosem::proxy::{self, Hop};
use crate::gosem::{goflags, pattern, sumdb};
use crate::parse::Parsed;
use crate::parse::dockerignore::DockerIgnore;
use crate::parse::gomod::{ModFile, ModKind, Require};

/// The directory part of a repository path (`a/b/Dockerfile` → `a/b`, `Dockerfile` → ``).
pub fn dir_of(path: &str) -> &str {
    path.rfind('/').map_or("", |i| &path[..i])
}

fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_owned()
    } else {
        format!("{dir}/{name}")
    }
}

/// `path` relative to `dir` when it is inside it.
fn relative<'p>(path: &'p str, dir: &str) -> Option<&'p str> {
    if dir.is_empty() {
        return Some(path);
    }
    path.strip_prefix(dir)?.strip_prefix('/')
}

/// The go.mod and go.work that apply to a context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModulesInScope {
    /// File index of the main module's go.mod.
    pub go_mod: Option<usize>,
    /// File index of the go.work, when the command runs in workspace mode.
    pub go_work: Option<usize>,
}

/// How a module path is fetched in a context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleRoute {
    /// The list Go walks, or Go's error for the GOPROXY/GONOPROXY values.
    pub hops: Result<Vec<Hop>, String>,
    /// Matched by GONOPROXY: fetched directly, never through a proxy URL.
    pub direct: bool,
    /// Looked up in the checksum database (unless go.sum has it).
    pub checksum_db: bool,
}

impl<'a> Model<'a> {
    /// Every go.mod (kind GoMod) or go.work with its file index.
    pub fn mod_files(&self, kind: ModKind) -> impl Iterator<Item = (usize, &'a ModFile)> + '_ {
        let parsed = self.parsed;
        self.file_index()
            .mod_files
            .iter()
            .filter_map(move |&i| match parsed.get(i) {
                Some(Parsed::GoMod(m)) if m.kind == kind => Some((i, &**m)),
                _ => None,
            })
    }

    /// The index of the (first) file at this repository path.
    pub fn file_at(&self, path: &str) -> Option<usize> {
        self.file_index().by_path.get(path).copied()
    }

    fn mod_file(&self, file: usize) -> Option<&'a ModFile> {
        match self.parsed.get(file)? {
            Parsed::GoMod(m) => Some(&**m),
            _ => None,
        }
    }

    /// Is there a file at this repository path?
    pub fn has_file(&self, path: &str) -> bool {
        self.file_at(path).is_some()
    }

    /// The .dockerignore of a Dockerfile (`<Dockerfile>.dockerignore` first, then the one at
    /// the root of its build context).
    pub fn dockerignore(&self, dockerfile: usize) -> Option<(usize, &'a DockerIgnore)> {
        let path = &self.files[dockerfile].path;
        let specific = format!("{path}.dockerignore");
        let general = join(dir_of(path), ".dockerignore");
        [specific, general].iter().find_map(|want| {
            self.files
                .iter()
                .position(|f| f.path == *want)
                .and_then(|i| match &self.parsed[i] {
                    Parsed::DockerIgnore(d) => Some((i, d)),
                    _ => None,
                })
        })
    }

    /// The build context of a Dockerfile: its directory (as `docker build .` next to it).
    pub fn build_context_dir(&self, dockerfile: usize) -> &str {
        dir_of(&self.files[dockerfile].path)
    }

    /// Where a repository file ends up in the image of a Docker context, if COPY/ADD put it
    /// there and .dockerignore lets it into the build context.
    pub fn image_path(&self, ctx: &Context, repo_path: &str) -> Option<String> {
        if !matches!(ctx.kind, ContextKind::DockerRun | ContextKind::DockerImage) {
            return None;
        }
        let rel = relative(repo_path, self.build_context_dir(ctx.file))?;
        if let Some((_, ignore)) = self.dockerignore(ctx.file)
            && ignore.decision(rel).0
        {
            return None;
        }
        self.copied_path(ctx, repo_path)
    }

    /// Where the COPY/ADD instructions of a Docker context would put a repository file, were
    /// it in the build context (.dockerignore not applied).
    pub fn copied_path(&self, ctx: &Context, repo_path: &str) -> Option<String> {
        if !matches!(ctx.kind, ContextKind::DockerRun | ContextKind::DockerImage) {
            return None;
        }
        let rel = relative(repo_path, self.build_context_dir(ctx.file))?;
        let mut found = None;
        for copy in ctx.copies.iter().filter(|c| c.from.is_none() && !c.heredoc) {
            for src in &copy.sources {
                let src = src.trim_start_matches("./").trim_end_matches('/');
                let whole = src.is_empty() || src == ".";
                let name = rel.rsplit('/').next().unwrap_or(rel);
                let target = if whole {
                    Some(join_under(&copy.dest, rel))
                } else if src == rel || pattern::path_match(src, rel) == Ok(true) {
                    Some(if copy.dest_is_dir {
                        join_under(&copy.dest, name)
                    } else {
                        copy.dest.clone()
                    })
                } else {
                    // a directory source (or a glob matching one) copies its contents
                    let mut hit = None;
                    let elems: Vec<&str> = rel.split('/').collect();
                    for n in 1..elems.len() {
                        let prefix = elems[..n].join("/");
                        if prefix == src || pattern::path_match(src, &prefix) == Ok(true) {
                            hit = Some(join_under(&copy.dest, &elems[n..].join("/")));
                            break;
                        }
                    }
                    hit
                };
                if target.is_some() {
                    found = target;
                }
            }
        }
        found
    }

    /// The go.mod and go.work a context's go command uses.
    pub fn modules_in_scope(&self, ctx: &Context) -> ModulesInScope {
        // asked many times for each context (fetches_modules, requirements…): remembered
        let Some(i) = super::index_in(&self.contexts, ctx) else {
            return self.find_modules_in_scope(ctx);
        };
        let memo = self.scope_memo.get_or_init(|| {
            (0..self.contexts.len())
                .map(|_| Default::default())
                .collect()
        });
        match memo.get(i) {
            Some(cell) => *cell.get_or_init(|| self.find_modules_in_scope(ctx)),
            None => self.find_modules_in_scope(ctx),
        }
    }

    fn find_modules_in_scope(&self, ctx: &Context) -> ModulesInScope {
        let nearest = |kind: ModKind| -> Option<usize> {
            let mut best: Option<(usize, usize)> = None;
            for (i, _) in self.mod_files(kind) {
                let path = &self.files[i].path;
                let depth = match ctx.kind {
                    ContextKind::DockerRun | ContextKind::DockerImage => {
                        let Some(cwd) = ctx.workdir.as_deref() else {
                            continue;
                        };
                        let Some(at) = self.image_path(ctx, path) else {
                            continue;
                        };
                        let dir = dir_of(&at);
                        let dir = if dir.is_empty() { "/" } else { dir };
                        if cwd == dir || cwd.starts_with(&format!("{}/", dir.trim_end_matches('/')))
                        {
                            dir.len()
                        } else {
                            continue;
                        }
                    }
                    _ => {
                        // CI jobs start at the repository root (or their working directory)
                        let here = match ctx.kind {
                            ContextKind::CiJob | ContextKind::CiStep => {
                                ctx.workdir.as_deref().unwrap_or("").trim_end_matches('/')
                            }
                            _ => dir_of(&self.files[ctx.file].path),
                        };
                        let dir = dir_of(path);
                        if relative(here, dir).is_some() || here == dir {
                            dir.len() + 1
                        } else {
                            continue;
                        }
                    }
                };
                if best.is_none_or(|(_, d)| depth > d) {
                    best = Some((i, depth));
                }
            }
            best.map(|(i, _)| i)
        };
        ModulesInScope {
            go_mod: nearest(ModKind::GoMod),
            go_work: nearest(ModKind::GoWork),
        }
    }

    /// The requirements in scope of a context: the main module's, or in workspace mode those
    /// of every module the go.work uses. With the file index of the go.mod that lists each.
    pub fn requirements(&self, ctx: &Context) -> Vec<(usize, &'a Require)> {
        let scope = self.modules_in_scope(ctx);
        let mut mods = Vec::new();
        if let Some(w) = scope.go_work.and_then(|i| self.mod_file(i).map(|m| (i, m))) {
            let dir = dir_of(&self.files[w.0].path).to_owned();
            for u in &w.1.uses {
                let target = join(&dir, u.path.value.trim_start_matches("./"));
                let target = target.trim_end_matches('/');
                let go_mod = join(if target == "." { &dir } else { target }, "go.mod");
                if let Some(i) = self.file_at(&go_mod) {
                    mods.push(i);
                }
            }
        } else if let Some(i) = scope.go_mod {
            mods.push(i);
        }
        mods.into_iter()
            .filter_map(|i| self.mod_file(i).map(|m| (i, m)))
            .flat_map(|(i, m)| m.requires.iter().map(move |r| (i, r)))
            .collect()
    }

    /// Whether the go command of `ctx` downloads the modules it needs: a subcommand that loads
    /// modules, not building from `vendor/` (`-mod=vendor` on the command line, else in GOFLAGS,
    /// else Go's default: a `vendor/modules.txt` beside a go.mod whose `go` is 1.14 or later, or
    /// beside the go.work from Go 1.22).
    pub fn fetches_modules(&self, ctx: &Context) -> bool {
        let Some(go) = &ctx.go else {
            return false;
        };
        if !DOWNLOADING.contains(&go.subcommand.as_str()) {
            return false;
        }
        // `go mod …` has no -mod flag and always works from the module cache
        if go.subcommand.starts_with("mod ") {
            return true;
        }
        self.mod_mode(ctx).as_deref() != Some("vendor")
    }

    /// The `-mod` mode of the go command of `ctx`, as Go decides it (None: readonly or mod by
    /// Go's own default, without vendoring).
    pub fn mod_mode(&self, ctx: &Context) -> Option<String> {
        let go = ctx.go.as_ref()?;
        let mut args = go.args.iter();
        while let Some(a) = args.next() {
            if a == "--" || !a.starts_with('-') {
                continue;
            }
            let flag = a.trim_start_matches('-');
            if flag == "mod" {
                return args.next().cloned();
            }
            if let Some(v) = flag.strip_prefix("mod=") {
                return Some(v.to_owned());
            }
        }
        let version = self.go_version(ctx);
        let settings = self.go_env(ctx).settings(&version);
        if let Some(m) = goflags::parse(&settings.goflags, &version)
            .ok()
            .and_then(|flags| goflags::mod_mode(&flags).map(str::to_owned))
        {
            return Some(m);
        }
        self.vendor_dir(ctx).map(|_| "vendor".to_owned())
    }

    /// The `vendor/modules.txt` (file index) that makes Go build from `vendor/` by default in
    /// `ctx`, when there is one.
    pub fn vendor_dir(&self, ctx: &Context) -> Option<usize> {
        let scope = self.modules_in_scope(ctx);
        let (root, needs_go_114) = match (scope.go_work, scope.go_mod) {
            (Some(w), _) => {
                if !self.go_version(ctx).at_least(22) {
                    return None;
                }
                (w, false)
            }
            (None, Some(m)) => (m, true),
            (None, None) => return None,
        };
        if needs_go_114 {
            let go = self.mod_file(root)?.go.as_ref()?;
            let v = crate::gosem::GoVersion::parse(&go.value)?;
            if !v.at_least(14) {
                return None;
            }
        }
        let want = join(dir_of(&self.files[root].path), "vendor/modules.txt");
        let i = self.file_at(&want)?;
        match ctx.kind {
            ContextKind::DockerRun | ContextKind::DockerImage => {
                self.image_path(ctx, &want).map(|_| i)
            }
            _ => Some(i),
        }
    }

    /// How `module` is fetched in `ctx` (values known only at build time are left out).
    pub fn route(&self, ctx: &Context, module: &str) -> ModuleRoute {
        let s = self.go_env(ctx).settings(&self.go_version(ctx));
        ModuleRoute {
            hops: proxy::hops(&s.goproxy, &s.gonoproxy),
            direct: proxy::is_noproxy(&s.gonoproxy, module),
            checksum_db: sumdb::consulted(&s.gosumdb, &s.gonosumdb, &s.goproxy, module),
        }
    }

    /// The endpoints a context would contact for `module`, when every endpoint answers.
    pub fn endpoints(&self, ctx: &Context, module: &str) -> Vec<Endpoint> {
        let env = self.go_env(ctx);
        crate::gosem::fetch::predict(
            &env,
            &self.go_version(ctx),
            module,
            "v0.0.0",
            &|e| match e {
                Endpoint::SumdbSupported { .. } => crate::gosem::fetch::Reply::Status(404),
                _ => crate::gosem::fetch::Reply::Ok,
            },
        )
        .contacts
    }
}

/// Subcommands that download the modules they need (in module mode).
const DOWNLOADING: &[&str] = &[
    "mod download",
    "mod tidy",
    "mod graph",
    "mod why",
    "mod verify",
    "build",
    "get",
    "install",
    "list",
    "test",
    "run",
    "vet",
    "generate",
];

fn join_under(dir: &str, rest: &str) -> String {
    if rest.is_empty() {
        dir.to_owned()
    } else {
        format!("{}/{rest}", dir.trim_end_matches('/'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gosem::fetch::Endpoint;

    use crate::model::tests::model_of as build;

    const GO_MOD: &str = "module corp.example/app\n\ngo 1.22\n\nrequire (\n\tcorp.example/lib v1.0.0\n\tgithub.com/pkg/errors v0.9.1\n)\n";

    #[test]
    fn copy_layers_decide_which_go_mod_applies() {
        let dockerfile = "FROM golang:1.22\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN cd cmd/api && go build\nFROM golang:1.22 AS other\nRUN go mod download\n";
        let (s, p) = build(&[
            ("Dockerfile", dockerfile),
            ("go.mod", GO_MOD),
            ("go.sum", ""),
            ("tools/go.mod", "module corp.example/tools\n"),
            (".dockerignore", "tools\n"),
        ]);
        let m = Model::build(&s, &p);
        let go: Vec<&Context> = m.contexts.iter().filter(|c| c.go.is_some()).collect();
        assert_eq!(go.len(), 3);
        assert_eq!(
            m.image_path(go[0], "go.mod").as_deref(),
            Some("/src/go.mod")
        );
        assert_eq!(m.image_path(go[0], "main.go"), None, "not copied yet");
        assert_eq!(
            m.image_path(go[1], "cmd/api/main.go").as_deref(),
            Some("/src/cmd/api/main.go")
        );
        assert_eq!(m.image_path(go[1], "tools/go.mod"), None, ".dockerignore");
        assert_eq!(go[1].workdir.as_deref(), Some("/src/cmd/api"));
        let scope = m.modules_in_scope(go[0]);
        assert_eq!(scope.go_mod.map(|i| s[i].path.as_str()), Some("go.mod"));
        assert_eq!(m.modules_in_scope(go[1]).go_mod, scope.go_mod);
        assert_eq!(
            m.modules_in_scope(go[2]).go_mod,
            None,
            "nothing copied in that stage"
        );
        let reqs: Vec<_> = m
            .requirements(go[0])
            .iter()
            .map(|(_, r)| r.path.value.clone())
            .collect();
        assert_eq!(reqs, ["corp.example/lib", "github.com/pkg/errors"]);
    }

    #[test]
    fn env_files_use_the_nearest_module_and_workspaces() {
        let (s, p) = build(&[
            ("svc/.env", "GOPRIVATE=corp.example\n"),
            ("svc/go.mod", GO_MOD),
            ("go.work", "go 1.22\nuse (\n\t./svc\n\t./lib\n)\n"),
            (
                "lib/go.mod",
                "module corp.example/lib\nrequire golang.org/x/text v0.3.0\n",
            ),
        ]);
        let m = Model::build(&s, &p);
        let ctx = &m.contexts[0];
        let scope = m.modules_in_scope(ctx);
        assert_eq!(scope.go_mod.map(|i| s[i].path.as_str()), Some("svc/go.mod"));
        assert_eq!(scope.go_work.map(|i| s[i].path.as_str()), Some("go.work"));
        let reqs: Vec<_> = m
            .requirements(ctx)
            .iter()
            .map(|(_, r)| r.path.value.clone())
            .collect();
        assert_eq!(
            reqs.len(),
            3,
            "workspace mode: every used module's requirements"
        );
        let route = m.route(ctx, "corp.example/lib");
        assert!(route.direct);
        assert!(!route.checksum_db);
        let route = m.route(ctx, "github.com/pkg/errors");
        assert!(!route.direct);
        assert!(route.checksum_db);
        assert_eq!(
            m.endpoints(ctx, "github.com/pkg/errors"),
            [
                Endpoint::Proxy {
                    base: "https://proxy.golang.org".into(),
                    module: "github.com/pkg/errors".into()
                },
                Endpoint::SumdbSupported {
                    proxy_base: "https://proxy.golang.org".into(),
                    name: "sum.golang.org".into()
                },
                Endpoint::Sumdb {
                    base: "https://sum.golang.org".into()
                }
            ]
        );
    }

    #[test]
    fn ci_steps_use_the_module_of_their_working_directory() {
        let wf = "jobs:\n  b:\n    steps:\n      - run: go build\n      - run: go build\n        working-directory: svc\n";
        let (s, p) = build(&[
            (".github/workflows/ci.yml", wf),
            ("go.mod", GO_MOD),
            ("svc/go.mod", "module corp.example/svc\n"),
        ]);
        let m = Model::build(&s, &p);
        let steps: Vec<&Context> = m.contexts.iter().filter(|c| c.go.is_some()).collect();
        let path = |c: &Context| m.modules_in_scope(c).go_mod.map(|i| s[i].path.clone());
        assert_eq!(path(steps[0]).as_deref(), Some("go.mod"));
        assert_eq!(path(steps[1]).as_deref(), Some("svc/go.mod"));
    }

    #[test]
    fn go_env_files_are_read_under_the_environment() {
        let (s, p) = build(&[(
            "go.env",
            "GOPROXY=https://mirror.example\nGOFLAGS=-mod=mod\nGOFLAGS=\n",
        )]);
        let m = Model::build(&s, &p);
        let ctx = &m.contexts[0];
        assert_eq!(ctx.kind, ContextKind::GoEnvFile);
        let settings = m.go_env(ctx).settings(&m.go_version(ctx));
        assert_eq!(settings.goproxy, "https://mirror.example");
        assert_eq!(settings.goflags, "", "the last entry wins, even empty");
    }
}
