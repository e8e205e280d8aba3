//! Questions the private-module rules (GPD3xx) ask: which contexts fetch, which requirements
//! are private, where a pattern list was written and how to extend it, which proxy or checksum
//! database a path reaches, and whether a context has any credential source.

use super::private::{PrivateReason, module_host};
use super::{Assignment, Context, ContextKind, Effective, Model};
use crate::gosem::proxy::Hop;
use crate::parse::gomod::Require;
use crate::parse::{Parsed, Range};
use crate::report::{Applicability, Edit, Fix, Location};

/// The variables that hold module path pattern lists (`module.MatchPrefixPatterns`).
pub const PATTERN_VARIABLES: &[&str] = &["GOPRIVATE", "GONOPROXY", "GONOSUMDB", "GOINSECURE"];

/// Settings that make an env file a configuration of the go command's downloads.
const MODULE_SETTINGS: &[&str] = &[
    "GOPROXY",
    "GOPRIVATE",
    "GONOPROXY",
    "GONOSUMDB",
    "GOSUMDB",
    "GOINSECURE",
    "GOVCS",
    "GOFLAGS",
    "GOAUTH",
];

/// Public module proxies: a path sent to one of them is published to a third party.
pub const PUBLIC_PROXY_HOSTS: &[&str] = &[
    "proxy.golang.org",
    "goproxy.io",
    "goproxy.cn",
    "proxy.golang.com.cn",
    "mirrors.aliyun.com",
];

/// A requirement the model treats as private.
#[derive(Debug, Clone)]
pub struct PrivateRequirement<'a> {
    /// File index of the go.mod that lists it.
    pub go_mod: usize,
    pub require: &'a Require,
    pub reason: PrivateReason,
}

/// Add `pr` to a finding's modules unless that module is there already.
pub fn add_module<'a>(modules: &mut Vec<PrivateRequirement<'a>>, pr: PrivateRequirement<'a>) {
    if !modules
        .iter()
        .any(|m| m.require.path.value == pr.require.path.value)
    {
        modules.push(pr);
    }
}

/// The module paths of a finding's modules, in order.
pub fn module_names(modules: &[PrivateRequirement<'_>]) -> Vec<String> {
    modules
        .iter()
        .map(|m| m.require.path.value.clone())
        .collect()
}

/// Where a module path goes first in a context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FirstStop {
    /// Fetched directly from its VCS host (matched by GONOPROXY, or GOPROXY reaches `direct`
    /// first).
    Direct,
    /// Sent to this proxy URL first.
    Proxy(String),
    /// `off` first: not fetched at all.
    Off,
    /// Go rejects GOPROXY/GONOPROXY.
    Invalid,
}

impl<'a> Model<'a> {
    /// Contexts whose module downloads the private rules judge: go commands that fetch, go env
    /// files, and env files that configure module downloads (they configure a developer's
    /// shell, which runs every go command).
    pub fn private_scope_contexts(&self) -> impl Iterator<Item = &Context> + '_ {
        self.contexts.iter().filter(|c| self.in_private_scope(c))
    }

    /// Whether `ctx` (one of the model's contexts) is among [`Model::private_scope_contexts`]:
    /// asked of the context itself, not by walking every context (which made the rules that
    /// ask it for each reader of a pattern quadratic in the number of contexts).
    pub fn in_private_scope(&self, ctx: &Context) -> bool {
        match ctx.kind {
            ContextKind::EnvFile => ctx
                .env
                .keys()
                .any(|k| MODULE_SETTINGS.contains(&k.as_str())),
            ContextKind::GoEnvFile => true,
            _ => self.fetches_modules(ctx),
        }
    }

    /// The contexts whose effective value of `a.name` is `a` (exactly known).
    pub fn readers(&self, a: &Assignment) -> Vec<&Context> {
        // only a context that binds `a` can read it
        let Some(index) = self.assignment_index(a) else {
            return Vec::new();
        };
        self.contexts_binding(index)
            .iter()
            .map(|&c| &self.contexts[c])
            .filter(|c| {
                self.effective(c, &a.name)
                    .known()
                    .is_some_and(|(b, _)| std::ptr::eq(a, b))
            })
            .collect()
    }

    /// Whether any of `names` is known only at build time in `ctx`.
    pub fn any_dynamic(&self, ctx: &Context, names: &[&str]) -> bool {
        names
            .iter()
            .any(|n| matches!(self.effective(ctx, n), Effective::Dynamic(_)))
    }

    /// The private requirements in scope of `ctx`, in go.mod order, one per module path.
    pub fn private_requirements(&self, ctx: &Context) -> Vec<PrivateRequirement<'a>> {
        let mut seen = std::collections::BTreeSet::new();
        let mut out = Vec::new();
        for (go_mod, require) in self.requirements(ctx) {
            if !seen.insert(require.path.value.clone()) {
                continue;
            }
            // replaced by a local directory: never downloaded, through a proxy or directly
            if let Some(Parsed::GoMod(m)) = self.parsed.get(go_mod)
                && m.replaces.iter().any(|r| {
                    r.is_directory
                        && r.old_path.value == require.path.value
                        && r.old_version
                            .as_ref()
                            .is_none_or(|v| v.value == require.version.value)
                })
            {
                continue;
            }
            if let Some(reason) =
                self.private_reason_in(Some(ctx), &require.path.value, Some(go_mod))
            {
                out.push(PrivateRequirement {
                    go_mod,
                    require,
                    reason,
                });
            }
        }
        out
    }

    /// Every module path a context may fetch or build: requirements, non-directory replacement
    /// targets, and the modules of the go.mod/go.work in scope (the main modules).
    pub fn module_paths_in_scope(&self, ctx: &Context) -> Vec<String> {
        let mut out: Vec<String> = self
            .requirements(ctx)
            .iter()
            .map(|(_, r)| r.path.value.clone())
            .collect();
        let scope = self.modules_in_scope(ctx);
        let mut files: Vec<usize> = self
            .requirements(ctx)
            .iter()
            .map(|(i, _)| *i)
            .chain(scope.go_mod)
            .collect();
        files.sort_unstable();
        files.dedup();
        for i in files {
            if let Some(Parsed::GoMod(m)) = self.parsed.get(i) {
                out.extend(m.module.as_ref().map(|m| m.value.clone()));
                out.extend(
                    m.replaces
                        .iter()
                        .filter(|r| !r.is_directory)
                        .map(|r| r.new_path.value.clone()),
                );
            }
        }
        out.sort();
        out.dedup();
        out
    }

    /// Whether the go.mod files a context uses list every module it needs (a main module at
    /// `go 1.17` or later records its indirect dependencies too). False without a go.mod.
    pub fn requirements_complete(&self, ctx: &Context) -> bool {
        let scope = self.modules_in_scope(ctx);
        if scope.go_mod.is_none() && scope.go_work.is_none() {
            return false;
        }
        let mut files: Vec<usize> = self.requirements(ctx).iter().map(|(i, _)| *i).collect();
        files.extend(scope.go_mod);
        files.sort_unstable();
        files.dedup();
        files.iter().all(|&i| match self.parsed.get(i) {
            Some(Parsed::GoMod(m)) => {
                m.go.as_ref()
                    .and_then(|g| crate::gosem::GoVersion::parse(&g.value))
                    .is_some_and(|v| v.at_least(17))
            }
            _ => false,
        })
    }

    /// The pattern that makes `module` private for the fix of a rule: the pattern that
    /// matched it, else its host, or `host/owner` on a public code host.
    pub fn suggested_private_pattern(&self, module: &str, reason: &PrivateReason) -> String {
        let p = match reason {
            PrivateReason::Config { pattern } | PrivateReason::RepoPattern { pattern, .. } => {
                pattern.trim()
            }
            PrivateReason::MainModuleHost { host, .. } => host.as_str(),
        };
        if !p.is_empty() {
            return p.to_owned();
        }
        let host = module_host(module);
        if self.is_public_host(host) {
            module.split('/').take(2).collect::<Vec<_>>().join("/")
        } else {
            host.to_owned()
        }
    }

    /// Where a requirement is written in its go.mod.
    pub fn require_location(
        &self,
        go_mod: usize,
        r: &Require,
        label: impl Into<String>,
    ) -> Location {
        self.files[go_mod].location(r.path.range.start, r.path.range.end, label)
    }

    /// Where the reason for a module's privacy was set, when it is a place in the repository.
    pub fn reason_location(&self, reason: &PrivateReason) -> Option<Location> {
        match reason {
            PrivateReason::Config { .. } => None,
            PrivateReason::RepoPattern {
                assignment, name, ..
            } => {
                let a = &self.assignments[*assignment];
                Some(self.location(a, a.range.clone(), format!("{name} set here")))
            }
            PrivateReason::MainModuleHost {
                go_mod,
                module_range,
                ..
            } => Some(self.files[*go_mod].location(
                module_range.start,
                module_range.end,
                "the main module is on this host",
            )),
        }
    }

    /// Where the go command of a context runs (its command, else the context's anchor).
    pub fn context_location(&self, ctx: &Context, label: impl Into<String>) -> Location {
        let range = ctx
            .go
            .as_ref()
            .map_or(ctx.anchor.clone(), |g| g.range.clone());
        self.files[ctx.file].location(range.start, range.end, label)
    }

    /// For messages: `GONOPROXY=x` (Dockerfile:3), or that it is unset.
    pub fn describe_setting(&self, ctx: &Context, name: &str) -> String {
        match self.effective(ctx, name) {
            Effective::Value(a, v) | Effective::GoEnvFile(a, v) => {
                let file = self.file(a);
                let line = file.span(a.range.start, a.range.start).start_line;
                format!("{name} is `{}` ({}:{line})", v.as_str(), file.path)
            }
            Effective::Dynamic(_) => format!("{name} is set at build time"),
            Effective::Default => format!("{name} is unset"),
        }
    }

    /// Which setting decides for a pattern list that defaults to GOPRIVATE (GONOPROXY,
    /// GONOSUMDB) in `ctx`, for messages: "here GONOSUMDB is `x` (.env:2)", "here GONOSUMDB is
    /// unset, so GOPRIVATE decides and GOPRIVATE is `y` (…)", "neither GONOSUMDB nor GOPRIVATE
    /// is set here".
    pub fn deciding_setting(&self, ctx: &Context, name: &str) -> String {
        if self.effective(ctx, name).known().is_some() {
            format!("here {}", self.describe_setting(ctx, name))
        } else if matches!(self.effective(ctx, "GOPRIVATE"), Effective::Default) {
            format!("neither {name} nor GOPRIVATE is set here")
        } else {
            format!(
                "here {name} is unset, so GOPRIVATE decides and {}",
                self.describe_setting(ctx, "GOPRIVATE")
            )
        }
    }

    /// Where `module` goes first in `ctx` (values known only at build time are left out: ask
    /// [`Model::any_dynamic`] first).
    pub fn first_stop(&self, ctx: &Context, module: &str) -> FirstStop {
        let route = self.route(ctx, module);
        let Ok(hops) = route.hops else {
            return FirstStop::Invalid;
        };
        if route.direct {
            return FirstStop::Direct;
        }
        match hops.iter().find(|h| **h != Hop::NoProxy) {
            Some(Hop::Proxy { base, .. }) => FirstStop::Proxy(base.clone()),
            Some(Hop::Direct) => FirstStop::Direct,
            Some(Hop::Off) | None => FirstStop::Off,
            Some(Hop::NoProxy) => FirstStop::Invalid,
        }
    }

    /// The elements of a pattern list assignment as Go splits it (on `,`, untrimmed, empty
    /// ones left out): (value byte range, element).
    pub fn pattern_elements<'m>(&self, a: &'m Assignment) -> Vec<(Range, &'m str)> {
        let Some(v) = &a.value else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut start = 0;
        for part in v.as_str().split(',') {
            if !part.is_empty() {
                out.push((start..start + part.len(), part));
            }
            start += part.len() + 1;
        }
        out
    }

    /// A fix that appends `patterns` to the comma-separated list of `a` (None when the end of
    /// the value is not spelled out in the source).
    pub fn append_patterns_fix(
        &self,
        a: &Assignment,
        patterns: &[String],
        applicability: Applicability,
    ) -> Option<Fix> {
        let v = a.value.as_ref()?;
        if a.dynamic || v.is_empty() || patterns.is_empty() {
            return None;
        }
        let end = v.len();
        let last = v.as_str()[..end].chars().next_back()?.len_utf8();
        let src = self.exact_value_range(a, end - last..end)?;
        let sep = if v.as_str().ends_with(',') { "" } else { "," };
        let added = patterns.join(",");
        let file = self.file(a);
        if file.lossy {
            return None;
        }
        Some(Fix {
            description: format!("add `{added}` to {}", a.name),
            applicability,
            edits: vec![Edit {
                path: file.path.clone(),
                span: file.span(src.end, src.end),
                replacement: format!("{sep}{added}"),
            }],
        })
    }

    /// Whether a context has a place credentials for private modules could come from: a
    /// secret/ssh mount, a credential file or git `insteadOf` written earlier, a credential
    /// file copied into the image, GOAUTH set (not `off`), a variable that carries credentials
    /// or configures git/ssh, and in CI anything in the job that may set them up.
    pub fn has_credential_source(&self, ctx: &Context) -> bool {
        if !ctx.credentials.is_empty() {
            return true;
        }
        match self.effective(ctx, "GOAUTH") {
            Effective::Value(_, v) | Effective::GoEnvFile(_, v) if v.as_str().trim() == "off" => {}
            Effective::Default => {}
            _ => return true,
        }
        if ctx.env.keys().any(|k| credential_like(k)) {
            return true;
        }
        let copied = ctx.copies.iter().any(|c| {
            c.sources.iter().any(|s| {
                let name = s.trim_end_matches('/').rsplit('/').next().unwrap_or(s);
                CREDENTIAL_NAMES
                    .iter()
                    .any(|n| name.eq_ignore_ascii_case(n))
            })
        });
        if copied {
            return true;
        }
        if matches!(ctx.kind, ContextKind::CiStep | ContextKind::CiJob) {
            return self.ci_may_set_credentials(ctx);
        }
        false
    }

    /// CI: an action that is not known to be unrelated to credentials, or a script of the job
    /// (up to the go command) that mentions a token, netrc, ssh, git credentials or
    /// `insteadOf`, or an included file the checker cannot see.
    fn ci_may_set_credentials(&self, ctx: &Context) -> bool {
        let text = &self.files[ctx.file].text;
        let until = ctx.go.as_ref().map_or(ctx.anchor.end, |g| g.range.start);
        let words = |range: Range| {
            let s = text.get(range).unwrap_or("").to_ascii_lowercase();
            CI_CREDENTIAL_WORDS.iter().any(|w| s.contains(w))
        };
        match self.parsed.get(ctx.file) {
            Some(Parsed::GithubActions(w)) => {
                let Some(job) = w
                    .jobs
                    .iter()
                    .find(|j| j.range.start <= until && until <= j.range.end)
                else {
                    return true;
                };
                let unknown_action =
                    job.steps
                        .iter()
                        .filter(|s| s.range.start < until)
                        .any(|s| match &s.kind {
                            crate::parse::github_actions::StepKind::Uses { action, .. } => {
                                let name = action.text.as_str().split('@').next().unwrap_or("");
                                !QUIET_ACTIONS.contains(&name)
                            }
                            _ => false,
                        });
                unknown_action || words(job.range.start..until)
            }
            Some(Parsed::GitlabCi(p)) => {
                let Some(job) = p
                    .jobs
                    .iter()
                    .find(|j| !j.hidden && j.range.start <= until && until <= j.range.end)
                else {
                    return true;
                };
                job.before_script.iter().chain(job.script.iter()).any(|t| {
                    let s = t.text.as_str().to_ascii_lowercase();
                    CI_CREDENTIAL_WORDS.iter().any(|w| s.contains(w))
                })
            }
            _ => true,
        }
    }
}

/// Files that hold credentials when copied into an image.
const CREDENTIAL_NAMES: &[&str] = &[
    ".netrc",
    "_netrc",
    ".git-credentials",
    ".gitconfig",
    ".ssh",
    "id_rsa",
    "id_ed25519",
    "id_ecdsa",
];

/// Actions that never set up git credentials for other repositories.
const QUIET_ACTIONS: &[&str] = &[
    "actions/checkout",
    "actions/setup-go",
    "actions/cache",
    "actions/upload-artifact",
    "actions/download-artifact",
];

/// Words in a CI job that suggest it sets up credentials.
const CI_CREDENTIAL_WORDS: &[&str] = &[
    "token",
    "netrc",
    "insteadof",
    "credential",
    "ssh",
    "askpass",
    "password",
    "secrets.",
];

/// A variable name that carries credentials or configures how git authenticates.
fn credential_like(name: &str) -> bool {
    let n = name.to_ascii_uppercase();
    [
        "TOKEN",
        "PASSWORD",
        "SECRET",
        "CREDENTIAL",
        "NETRC",
        "SSH",
        "ASKPASS",
        "GIT_CONFIG",
    ]
    .iter()
    .any(|w| n.contains(w))
}

/// Whether a proxy URL's host is a public module proxy.
pub fn is_public_proxy(base: &str) -> bool {
    crate::gosem::proxy::url_host(base).is_some_and(|h| PUBLIC_PROXY_HOSTS.contains(&h.as_str()))
}

/// For messages: "`a`, `b` and 3 more".
pub fn list_names(names: &[String]) -> String {
    let shown: Vec<String> = names.iter().take(3).map(|n| format!("`{n}`")).collect();
    let mut s = shown.join(", ");
    if names.len() > 3 {
        s.push_str(&format!(" and {} more", names.len() - 3));
    }
    s
}

/// Drop related locations that repeat the primary location or an earlier related one (the
/// same assignment can be the reason, the setting and the place of the fix).
pub fn dedup_related(mut finding: crate::report::Finding) -> crate::report::Finding {
    let mut seen = vec![(finding.primary.path.clone(), finding.primary.span)];
    finding.related.retain(|l| {
        let key = (l.path.clone(), l.span);
        if seen.contains(&key) {
            false
        } else {
            seen.push(key);
            true
        }
    });
    finding
}
