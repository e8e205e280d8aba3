//! Queries of the proxy-list rules (GPD1xx): which GOPROXY values Go reads, where, and whether
//! a go command there has to download through them.

use std::collections::BTreeMap;

use super::q_toolchain::ToolchainOutcome;
use super::{Assignment, Context, ContextKind, Model};
use crate::gosem::proxy::{self, ProxyKind, ProxyList};
use crate::parse::Mapped;
use crate::report::Location;

/// A GOPROXY value Go reads, known exactly, with every context that reads it.
pub(crate) struct GoproxyValue<'m> {
    pub(crate) assignment: &'m Assignment,
    /// The value (empty only for a `GOPROXY=` entry of a go env file).
    pub(crate) value: &'m Mapped,
    /// In model order.
    pub(crate) contexts: Vec<&'m Context>,
}

/// Something a go command has to fetch through GOPROXY.
pub(crate) struct ProxiedDownload {
    /// A module path, or `golang.org/toolchain` (toolchain `go1.23.0`).
    pub(crate) what: String,
    /// Where it is asked for (the go.mod `require`, the command-line argument, the `go` line).
    pub(crate) location: Option<Location>,
}

impl<'a> Model<'a> {
    /// Every GOPROXY value that is in effect in some context, once per assignment (in file and
    /// source order). Values known only at build time, and assignments that nothing reads
    /// (overridden, a global ARG not redeclared), are left out.
    pub(crate) fn goproxy_values(&self) -> Vec<GoproxyValue<'_>> {
        let mut by_assignment: BTreeMap<(usize, usize, usize), GoproxyValue<'_>> = BTreeMap::new();
        for ctx in &self.contexts {
            let Some((a, v)) = self.effective(ctx, "GOPROXY").known() else {
                continue;
            };
            by_assignment
                .entry((a.file, a.range.start, a.range.end))
                .or_insert_with(|| GoproxyValue {
                    assignment: a,
                    value: v,
                    contexts: Vec::new(),
                })
                .contexts
                .push(ctx);
        }
        by_assignment.into_values().collect()
    }

    /// The context runs a Go release known to be older than `1.minor` (an unknown release is
    /// not).
    pub(crate) fn release_before(&self, ctx: &Context, minor: u64) -> bool {
        ctx.go_version
            .as_ref()
            .and_then(|r| r.version.as_ref())
            .is_some_and(|v| !v.at_least(minor))
    }

    /// A location in the file of a context.
    pub(crate) fn ctx_location(
        &self,
        ctx: &Context,
        range: std::ops::Range<usize>,
        label: impl Into<String>,
    ) -> Location {
        self.files[ctx.file].location(range.start, range.end, label)
    }

    /// The first thing the go command of `ctx` (or, for an env file, the go commands of the
    /// shell it configures) has to download through GOPROXY: a requirement in scope that
    /// GONOPROXY does not match, a `go install`/`go run`/`go get` argument `path@version`, or a
    /// toolchain that `GOTOOLCHAIN=auto` switches to. None when the context builds from
    /// `vendor/` or does not download.
    pub(crate) fn proxied_download(&self, ctx: &Context) -> Option<ProxiedDownload> {
        match ctx.kind {
            ContextKind::EnvFile | ContextKind::GoEnvFile => {
                if self.vendor_dir(ctx).is_some() {
                    return None;
                }
            }
            ContextKind::DockerRun | ContextKind::CiStep if self.fetches_modules(ctx) => {}
            _ => return None,
        }
        let s = self.go_env(ctx).settings(&self.go_version(ctx));
        if let Some(t) = self.toolchain_download(ctx)
            && !proxy::is_noproxy(&s.gonoproxy, "golang.org/toolchain")
        {
            return Some(t);
        }
        if let Some(go) = &ctx.go
            && matches!(go.subcommand.as_str(), "install" | "run" | "get")
            && let Some(arg) = go
                .args
                .iter()
                .skip(1)
                .filter(|a| !a.starts_with('-'))
                .filter_map(|a| a.split_once('@').map(|(p, _)| p))
                .find(|p| p.contains('.') && !proxy::is_noproxy(&s.gonoproxy, p))
        {
            return Some(ProxiedDownload {
                what: arg.to_owned(),
                location: Some(self.ctx_location(ctx, go.range.clone(), "downloaded here")),
            });
        }
        self.requirements(ctx)
            .into_iter()
            .find(|(_, r)| !proxy::is_noproxy(&s.gonoproxy, &r.path.value))
            .map(|(file, r)| ProxiedDownload {
                what: r.path.value.clone(),
                location: Some(self.files[file].location(
                    r.path.range.start,
                    r.path.range.end,
                    "required here",
                )),
            })
    }

    /// The toolchain a go command of `ctx` downloads (`GOTOOLCHAIN=auto` or `+auto` and a go.mod
    /// or go.work asking for a newer Go than the context's known release).
    fn toolchain_download(&self, ctx: &Context) -> Option<ProxiedDownload> {
        let (lines, outcome) = self.toolchain_outcome(ctx)?;
        let ToolchainOutcome::Download { toolchain, .. } = outcome else {
            return None;
        };
        let m = lines.mod_file;
        let line = m.toolchain.as_ref().or(m.go.as_ref())?;
        Some(ProxiedDownload {
            what: format!("golang.org/toolchain ({toolchain})"),
            location: Some(self.files[lines.file].location(
                line.range.start,
                line.range.end,
                format!("asks for {toolchain}"),
            )),
        })
    }

    /// Whether an earlier go command of the same Docker stage (or a stage it is built from) or
    /// of the same CI job downloaded modules through a proxy list that works: then the module
    /// cache already has them and a later `GOPROXY=off` is a deliberate offline build.
    pub(crate) fn downloaded_before(&self, ctx: &Context) -> bool {
        let job = |c: &Context| c.description.split(", `go ").next().map(str::to_owned);
        let at = |c: &Context| c.go.as_ref().map_or(c.anchor.start, |g| g.range.start);
        self.contexts.iter().any(|earlier| {
            if std::ptr::eq(earlier, ctx)
                || earlier.file != ctx.file
                || earlier.kind != ctx.kind
                || at(earlier) >= at(ctx)
                || !self.fetches_modules(earlier)
            {
                return false;
            }
            let same_line = match ctx.kind {
                ContextKind::DockerRun => ctx.copies.starts_with(&earlier.copies),
                ContextKind::CiStep => job(earlier) == job(ctx),
                _ => false,
            };
            if !same_line {
                return false;
            }
            let s = self.go_env(earlier).settings(&self.go_version(earlier));
            ProxyList::parse(&s.goproxy)
                .entries
                .first()
                .is_some_and(|e| e.kind != ProxyKind::Off)
                && proxy::hops(&s.goproxy, &s.gonoproxy).is_ok()
        })
    }
}

/// The user info of a proxy URL (after Go's implicit `https://`), if any.
pub(crate) fn proxy_url_user(url: &str) -> Option<String> {
    crate::gosem::url::parse(url).ok()?.user
}
