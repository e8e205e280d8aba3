//! Which requirements are private, and why. Never a guess from well-known public hosts alone:
//! a module is private when a private pattern of the configuration file matches it, when a
//! GOPRIVATE/GONOPROXY/GONOSUMDB pattern set anywhere in the repository matches it, or when it
//! shares its host with the main module of its go.mod on a host that is not a public code host.

use super::Model;
use crate::gosem::pattern::{match_prefix_patterns, path_match};
use crate::parse::Range;

/// Hosts that serve public modules: sharing one of them with the main module says nothing.
pub const PUBLIC_HOSTS: &[&str] = &[
    "github.com",
    "gitlab.com",
    "bitbucket.org",
    "codeberg.org",
    "gitee.com",
    "golang.org",
    "google.golang.org",
    "cloud.google.com",
    "gopkg.in",
    "go.uber.org",
    "go.opentelemetry.io",
    "go.etcd.io",
    "k8s.io",
    "sigs.k8s.io",
    "honnef.co",
    "go.mongodb.org",
    "gotest.tools",
    "dario.cat",
    "filippo.io",
    "modernc.org",
    "launchpad.net",
    "git.sr.ht",
    "hub.jazz.net",
    "go.googlesource.com",
];

/// Why a module is treated as private.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrivateReason {
    /// A `private` pattern of the configuration file.
    Config { pattern: String },
    /// A GOPRIVATE/GONOPROXY/GONOSUMDB pattern set in the repository (an index into
    /// [`Model::assignments`]) matches it.
    RepoPattern {
        assignment: usize,
        name: String,
        pattern: String,
    },
    /// It shares a host that is not a public code host with the main module of `go_mod`.
    MainModuleHost {
        host: String,
        go_mod: usize,
        module_range: Range,
    },
}

impl PrivateReason {
    /// For messages: "matches GOPRIVATE pattern `git.corp.com` (Dockerfile:3)".
    pub fn describe(&self, model: &Model<'_>) -> String {
        match self {
            PrivateReason::Config { pattern } => {
                format!("it matches the private pattern `{pattern}` of the configuration file")
            }
            PrivateReason::RepoPattern {
                assignment,
                name,
                pattern,
            } => {
                let a = &model.assignments[*assignment];
                let file = model.file(a);
                let line = file.span(a.range.start, a.range.start).start_line;
                format!(
                    "it matches the {name} pattern `{pattern}` set in {}:{line}",
                    file.path
                )
            }
            PrivateReason::MainModuleHost { host, go_mod, .. } => format!(
                "it is on `{host}`, the host of the main module of {}, which is not a public code host",
                model.files[*go_mod].path
            ),
        }
    }
}

/// The first public code host whose every module `pattern` matches.
pub fn covered_public_host(model: &Model<'_>, pattern: &str) -> Option<String> {
    PUBLIC_HOSTS
        .iter()
        .map(|h| (*h).to_owned())
        .chain(model.config.public_hosts.iter().cloned())
        .find(|host| covers(pattern, host))
}

/// `pattern` matches every module on `host`: its first element matches the host and every
/// further element is a bare `*`.
pub fn covers(pattern: &str, host: &str) -> bool {
    let glob = pattern.strip_suffix('/').unwrap_or(pattern);
    let mut elems = glob.split('/');
    let Some(first) = elems.next() else {
        return false;
    };
    let rest: Vec<&str> = elems.collect();
    if first.is_empty()
        || !rest
            .iter()
            .all(|e| !e.is_empty() && e.chars().all(|c| c == '*'))
    {
        return false;
    }
    let sample = std::iter::once(host)
        .chain(std::iter::repeat_n("x", rest.len() + 1))
        .collect::<Vec<_>>()
        .join("/");
    path_match(first, host) == Ok(true) && match_prefix_patterns(pattern, &sample)
}

/// The host part of a module path (`git.corp.com/team/x` → `git.corp.com`).
pub fn module_host(module: &str) -> &str {
    module.split('/').next().unwrap_or(module)
}

impl Model<'_> {
    /// Whether `host` serves public modules (the well-known hosts and the configuration's
    /// `public-hosts`). A host without a dot (`corp`, `localhost`) is never public.
    pub fn is_public_host(&self, host: &str) -> bool {
        let host = host.to_ascii_lowercase();
        PUBLIC_HOSTS.contains(&host.as_str())
            || self
                .config
                .public_hosts
                .iter()
                .any(|h| h.eq_ignore_ascii_case(&host))
    }

    /// Every GOPRIVATE/GONOPROXY/GONOSUMDB pattern with a value known exactly, anywhere in the
    /// repository: (assignment index, variable, pattern).
    pub fn repo_private_patterns(&self) -> Vec<(usize, &str, &str)> {
        let mut out = Vec::new();
        for (i, a) in self.assignments.iter().enumerate() {
            if !matches!(a.name.as_str(), "GOPRIVATE" | "GONOPROXY" | "GONOSUMDB") || a.dynamic {
                continue;
            }
            let Some(v) = &a.value else { continue };
            for p in v.as_str().split(',') {
                let p = p.trim();
                if !p.is_empty() && p != "off" {
                    out.push((i, a.name.as_str(), p));
                }
            }
        }
        out
    }

    /// Indices into the cached [`Model::repo_private_patterns`] of the patterns that make
    /// `module` private (a pattern covering a whole public host, `github.com` (GPD202), does
    /// not make its public modules private: the proxy and the checksum database serve them).
    fn matching_private_patterns(&self, module: &str) -> std::rc::Rc<Vec<usize>> {
        if let Some(found) = self.private_matches.borrow().get(module) {
            return found.clone();
        }
        let patterns = self.private_patterns.get_or_init(|| {
            self.repo_private_patterns()
                .into_iter()
                .map(|(i, n, p)| (i, n.to_owned(), p.to_owned()))
                .collect()
        });
        let public_module = self.is_public_host(module_host(module));
        let found: std::rc::Rc<Vec<usize>> = std::rc::Rc::new(
            patterns
                .iter()
                .enumerate()
                .filter(|(_, (_, _, p))| {
                    match_prefix_patterns(p, module)
                        && !(public_module && covered_public_host(self, p).is_some())
                })
                .map(|(k, _)| k)
                .collect(),
        );
        self.private_matches
            .borrow_mut()
            .insert(module.to_owned(), found.clone());
        found
    }

    /// Why `module`, required by the go.mod at file index `go_mod` (if known), is private; None
    /// when nothing says it is.
    pub fn private_reason(&self, module: &str, go_mod: Option<usize>) -> Option<PrivateReason> {
        self.private_reason_in(None, module, go_mod)
    }

    /// [`Model::private_reason`] as messages about `ctx` want it: a pattern set for `ctx`
    /// itself is named before one set elsewhere in the repository.
    pub fn private_reason_in(
        &self,
        ctx: Option<&super::Context>,
        module: &str,
        go_mod: Option<usize>,
    ) -> Option<PrivateReason> {
        if let Some(p) = self
            .config
            .private
            .iter()
            .find(|p| match_prefix_patterns(p, module))
        {
            return Some(PrivateReason::Config { pattern: p.clone() });
        }
        // The repository's patterns that make `module` private, in repository order: asked
        // for every requirement of every go command, so remembered per module.
        let matching = self.matching_private_patterns(module);
        let patterns = self.private_patterns.get_or_init(|| {
            self.repo_private_patterns()
                .into_iter()
                .map(|(i, n, p)| (i, n.to_owned(), p.to_owned()))
                .collect()
        });
        let own = |i: usize| {
            ctx.is_some_and(|ctx| {
                ctx.env.values().any(|b| b.assignment() == i)
                    || ctx.go_env_file.values().any(|&g| g == i)
            })
        };
        // one set for `ctx` itself first, then the first anywhere
        let first = matching
            .iter()
            .find(|&&k| own(patterns[k].0))
            .or_else(|| matching.first())
            .map(|&k| &patterns[k]);
        if let Some((i, name, p)) = first.map(|(i, n, p)| (*i, n.as_str(), p.as_str())) {
            return Some(PrivateReason::RepoPattern {
                assignment: i,
                name: name.to_owned(),
                pattern: p.to_owned(),
            });
        }
        let go_mod = go_mod?;
        let main = match self.parsed.get(go_mod)? {
            crate::parse::Parsed::GoMod(m) => m.module.as_ref()?,
            _ => return None,
        };
        let host = module_host(&main.value);
        if host.contains('.') && !self.is_public_host(host) && module_host(module) == host {
            return Some(PrivateReason::MainModuleHost {
                host: host.to_owned(),
                go_mod,
                module_range: main.range.clone(),
            });
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::tests::model_of;

    #[test]
    fn reasons_in_order_and_never_from_public_hosts_alone() {
        let (s, p) = model_of(&[
            (
                "go.mod",
                "module git.corp.example/team/api\n\nrequire (\n\tgit.corp.example/team/lib v1.0.0\n\tgithub.com/acme/private v1.0.0\n\tgithub.com/pkg/errors v0.9.1\n\tgo.corp.example/x v1.0.0\n)\n",
            ),
            (
                "Dockerfile",
                "FROM golang:1.23\nENV GOPRIVATE=github.com/acme\nRUN go build\n",
            ),
        ]);
        let mut m = Model::build(&s, &p);
        let go_mod = Some(0);
        assert!(matches!(
            m.private_reason("git.corp.example/team/lib", go_mod),
            Some(PrivateReason::MainModuleHost { ref host, .. }) if host == "git.corp.example"
        ));
        let r = m.private_reason("github.com/acme/private", go_mod).unwrap();
        assert!(
            matches!(r, PrivateReason::RepoPattern { ref pattern, .. } if pattern == "github.com/acme")
        );
        assert_eq!(
            r.describe(&m),
            "it matches the GOPRIVATE pattern `github.com/acme` set in Dockerfile:2"
        );
        assert_eq!(m.private_reason("github.com/pkg/errors", go_mod), None);
        assert_eq!(m.private_reason("go.corp.example/x", go_mod), None);
        m.config.private = vec!["*.corp.example".into()];
        assert!(matches!(
            m.private_reason("go.corp.example/x", go_mod),
            Some(PrivateReason::Config { .. })
        ));

        // a main module on a public host says nothing about its neighbours
        let (s, p) = model_of(&[(
            "go.mod",
            "module github.com/acme/api\n\nrequire github.com/acme/lib v1.0.0\n",
        )]);
        let m = Model::build(&s, &p);
        assert_eq!(m.private_reason("github.com/acme/lib", Some(0)), None);
        let mut m = m;
        m.config.public_hosts = vec!["git.corp.example".into()];
        assert!(m.is_public_host("GIT.corp.example"));
    }

    #[test]
    fn a_contexts_own_pattern_is_named_first() {
        let (s, p) = model_of(&[
            (".env", "GOPRIVATE=git.corp.example\n"),
            (
                "Dockerfile",
                "FROM golang:1.23\nENV GOPRIVATE=git.corp.example/team\nRUN go build\n",
            ),
            (
                "go.mod",
                "module example.com/x\n\nrequire git.corp.example/team/lib v1.0.0\n",
            ),
        ]);
        let m = Model::build(&s, &p);
        let run = m
            .contexts
            .iter()
            .find(|c| c.kind == crate::model::ContextKind::DockerRun)
            .unwrap();
        let reason = m.private_reason_in(Some(run), "git.corp.example/team/lib", Some(2));
        assert!(
            matches!(reason, Some(PrivateReason::RepoPattern { ref pattern, .. }) if pattern == "git.corp.example/team"),
            "{reason:?}"
        );
        let anywhere = m.private_reason("git.corp.example/team/lib", Some(2));
        assert!(
            matches!(anywhere, Some(PrivateReason::RepoPattern { ref pattern, .. }) if pattern == "git.corp.example"),
            "{anywhere:?}"
        );
    }
}
