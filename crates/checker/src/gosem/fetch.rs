//! What `go mod download <module>@<version>` contacts, in order, and how it ends — a
//! simulation of `modfetch.TryProxies`, `lookup`, `useSumDB` and `dbClient.initBase`
//! (go-semantics.md §2.2–§2.3, §4.1–§4.3) against a world that answers each endpoint.

use super::goflags;
use super::govcs;
use super::proxy::{self, Hop};
use super::sumdb;
use super::toolchain::{Mode, Selection};
use super::{GoEnv, GoVersion};

/// A place the go command sends requests to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Endpoint {
    /// A GOPROXY URL entry (implicit `https://` added, one trailing `/` trimmed), asked for
    /// `module` (the module being downloaded, or `golang.org/toolchain`).
    Proxy { base: String, module: String },
    /// `GET <proxy>/sumdb/<name>/supported`.
    SumdbSupported { proxy_base: String, name: String },
    /// Checksum-database lookups: `https://<name>`, an explicit GOSUMDB URL, or
    /// `<proxy>/sumdb/<name>`.
    Sumdb { base: String },
    /// A direct (`?go-get=1` discovery, then VCS) fetch of the module.
    Direct { module: String },
}

/// How an endpoint answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reply {
    Ok,
    Status(u16),
    /// Connection refused, DNS failure, a refused CONNECT, a timeout.
    Unreachable,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailClass {
    /// A setting Go rejects (GOFLAGS, GOPROXY, GOSUMDB, GOTOOLCHAIN, GO111MODULE, GOVCS).
    InvalidConfig,
    /// The module path or version itself is invalid (`malformed module path`, `should be v2`).
    InvalidModule,
    /// GOPROXY=off (or GONOPROXY excluding the module from every proxy).
    LookupDisabled,
    /// Every source said 404/410 (for a toolchain: not available; not in PATH).
    NotFound,
    /// A proxy failed with something other than 404/410 and nothing fell through.
    ProxyError,
    /// The direct (VCS) fetch failed.
    DirectError,
    /// The checksum database could not be reached or refused.
    ChecksumDb,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Downloaded,
    Failed { class: FailClass, message: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prediction {
    /// Endpoints in the order they are first contacted.
    pub contacts: Vec<Endpoint>,
    pub outcome: Outcome,
}

/// An error of one hop, with what `TryProxies` needs to rank it.
#[derive(Debug, Clone)]
struct HopError {
    class: FailClass,
    message: String,
    /// `errors.Is(err, fs.ErrNotExist)`: 404/410 and the internal "not here" errors.
    not_exist: bool,
    /// `errUseProxy` (the `noproxy` hop for a path GONOPROXY does not match).
    use_proxy: bool,
}

impl HopError {
    fn new(class: FailClass, message: impl Into<String>, not_exist: bool) -> Self {
        HopError {
            class,
            message: message.into(),
            not_exist,
            use_proxy: false,
        }
    }
}

struct Walk<'w> {
    contacts: Vec<Endpoint>,
    reply: &'w dyn Fn(&Endpoint) -> Reply,
}

impl Walk<'_> {
    fn contact(&mut self, e: Endpoint) -> Reply {
        let r = (self.reply)(&e);
        if !self.contacts.contains(&e) {
            self.contacts.push(e);
        }
        r
    }
}

fn fail(class: FailClass, message: impl Into<String>) -> Outcome {
    Outcome::Failed {
        class,
        message: message.into(),
    }
}

fn not_exist(r: Reply) -> bool {
    matches!(r, Reply::Status(404 | 410))
}

fn falls_back(hop: &Hop) -> bool {
    matches!(
        hop,
        Hop::Proxy {
            fall_back_on_error: true,
            ..
        }
    )
}

/// `modfetch.TryProxies`: the first success, else the best error — the latest of the highest
/// rank (a direct fetch's > a proxy's other than 404/410 > not-exist). A hop not followed by
/// `|` stops the walk on an error other than not-exist.
fn try_proxies<T>(
    hops: &[Hop],
    mut f: impl FnMut(&Hop) -> Result<T, HopError>,
) -> Result<T, HopError> {
    let mut best: Option<HopError> = None;
    let mut best_rank = 0;
    for hop in hops {
        let e = match f(hop) {
            Ok(t) => return Ok(t),
            Err(e) => e,
        };
        let stop = !falls_back(hop) && !e.not_exist;
        let direct = matches!(hop, Hop::Direct) || (matches!(hop, Hop::NoProxy) && !e.use_proxy);
        if direct {
            best_rank = 2;
            best = Some(e);
        } else if best_rank <= 1 && !e.not_exist {
            best_rank = 1;
            best = Some(e);
        } else if best_rank == 0 {
            best = Some(e);
        }
        if stop {
            break;
        }
    }
    Err(best.unwrap_or_else(|| HopError::new(FailClass::NotFound, "no proxies", true)))
}

/// Hosts whose repositories the go command knows without a `?go-get=1` request: the number of
/// path elements of a repository root, and the VCS.
const STATIC_HOSTS: &[(&str, usize, &str)] = &[
    ("github.com", 3, "git"),
    ("bitbucket.org", 3, "git"),
    ("hub.jazz.net/git", 4, "git"),
    ("git.apache.org", 2, "git"),
    ("git.openstack.org", 3, "git"),
    ("chiselapp.com", 4, "fossil"),
];

/// Predict `go mod download <module>@<version>` run by Go `go` in `env`.
pub fn predict(
    env: &GoEnv,
    go: &GoVersion,
    module: &str,
    version: &str,
    reply: &dyn Fn(&Endpoint) -> Reply,
) -> Prediction {
    let mut walk = Walk {
        contacts: Vec::new(),
        reply,
    };
    let outcome = run(env, go, module, version, &mut walk);
    Prediction {
        contacts: walk.contacts,
        outcome,
    }
}

fn run(env: &GoEnv, go: &GoVersion, module: &str, version: &str, walk: &mut Walk<'_>) -> Outcome {
    use FailClass::*;
    let s = env.settings(go);
    // toolchain selection runs first, in module mode (Go >= 1.21)
    if go.at_least(21) && s.go111module != "off" {
        let setting = match super::toolchain::parse(&s.gotoolchain) {
            Ok(t) => t,
            Err(e) => return fail(InvalidConfig, e),
        };
        match super::toolchain::select(&setting, go, None, None, &s.gotoolchain) {
            Ok(Selection::Switch { toolchain, mode }) => {
                if let Err(outcome) = switch_toolchain(&s, &toolchain, mode, walk) {
                    return outcome;
                }
            }
            Ok(_) => {}
            Err(e) => return fail(InvalidConfig, e),
        }
    }
    let flags = match goflags::parse(&s.goflags, go) {
        Ok(f) => f,
        Err(e) => return fail(InvalidConfig, e),
    };
    if let Err(e) = goflags::apply(&flags, "mod download") {
        return fail(InvalidConfig, e);
    }
    match s.go111module.as_str() {
        "" | "on" | "auto" => {}
        "off" => {
            return fail(
                InvalidConfig,
                "modules disabled by GO111MODULE=off; see 'go help modules'",
            );
        }
        other => {
            return fail(
                InvalidConfig,
                format!("unknown environment setting GO111MODULE={other}"),
            );
        }
    }
    if let Err(e) = crate::parse::modpath::check_path(module) {
        return fail(
            InvalidModule,
            format!(
                "malformed module path {}: {e}",
                super::url::go_quote(module)
            ),
        );
    }
    let hops = match proxy::hops(&s.goproxy, &s.gonoproxy) {
        Ok(h) => h,
        Err(e) => return fail(InvalidConfig, format!("{module}@{version}: {e}")),
    };
    match download(&s, &hops, module, walk) {
        Ok(()) => {}
        Err(e) => return fail(e.class, format!("{module}@{version}: {}", e.message)),
    }
    // the zip is checked against the path's major version once it is downloaded
    if let Err(e) = crate::parse::modpath::check_path_major(module, version) {
        return fail(
            InvalidModule,
            format!("{module}@{version}: invalid version: {e}"),
        );
    }
    Outcome::Downloaded
}

/// Download `module` (info, go.mod, zip) through the hops, verifying its checksums inside each
/// attempt as `modfetch` does: a verification failure is that hop's error, so `|` moves on.
fn download(
    s: &super::Settings,
    hops: &[Hop],
    module: &str,
    walk: &mut Walk<'_>,
) -> Result<(), HopError> {
    use FailClass::*;
    let noproxy = proxy::is_noproxy(&s.gonoproxy, module);
    try_proxies(hops, |hop| {
        match hop {
            Hop::NoProxy if !noproxy => {
                return Err(HopError {
                    use_proxy: true,
                    ..HopError::new(NotFound, "path does not match GOPRIVATE/GONOPROXY", true)
                });
            }
            Hop::NoProxy | Hop::Direct => direct(s, module, walk)?,
            Hop::Proxy { .. } | Hop::Off if noproxy => {
                return Err(HopError::new(
                    LookupDisabled,
                    "disabled by GOPRIVATE/GONOPROXY",
                    true,
                ));
            }
            Hop::Off => {
                return Err(HopError::new(
                    LookupDisabled,
                    "module lookup disabled by GOPROXY=off",
                    true,
                ));
            }
            Hop::Proxy { base, .. } => {
                if base.starts_with("http://")
                    && proxy::check_proxy_url(base).is_ok_and(|u| u.user.is_some())
                {
                    return Err(HopError::new(
                        ProxyError,
                        format!(
                            "refusing to pass credentials to insecure URL: {}",
                            super::url::GoUrl::redacted(base)
                        ),
                        false,
                    ));
                }
                let r = walk.contact(Endpoint::Proxy {
                    base: base.clone(),
                    module: module.to_owned(),
                });
                if r != Reply::Ok {
                    let class = if not_exist(r) { NotFound } else { ProxyError };
                    return Err(HopError::new(
                        class,
                        format!("reading {base}: {}", describe(r)),
                        not_exist(r),
                    ));
                }
            }
        }
        verify(s, hops, module, walk)
    })
}

/// Checksum verification of a downloaded module (no go.sum here: every module is new).
fn verify(
    s: &super::Settings,
    hops: &[Hop],
    module: &str,
    walk: &mut Walk<'_>,
) -> Result<(), HopError> {
    use FailClass::*;
    if !sumdb::consulted(&s.gosumdb, &s.gonosumdb, &s.goproxy, module) {
        return Ok(());
    }
    let db = sumdb::parse(&s.gosumdb)
        .map_err(|e| HopError::new(InvalidConfig, format!("verifying module: {e}"), false))?;
    let base = match &db.url {
        Some(u) => u.clone(),
        None => sumdb_base(hops, &db.name, walk)?,
    };
    match walk.contact(Endpoint::Sumdb { base: base.clone() }) {
        Reply::Ok => Ok(()),
        r => Err(HopError::new(
            ChecksumDb,
            format!("verifying module: reading {base}: {}", describe(r)),
            false,
        )),
    }
}

/// `dbClient.initBase`: a proxy that supports the database, else a direct connection — unless
/// the walk ends with a better-ranked error, which makes the database unavailable.
fn sumdb_base(hops: &[Hop], name: &str, walk: &mut Walk<'_>) -> Result<String, HopError> {
    use FailClass::*;
    let found = try_proxies(hops, |hop| match hop {
        Hop::NoProxy => Err(HopError {
            use_proxy: true,
            ..HopError::new(NotFound, "use proxy", true)
        }),
        Hop::Direct | Hop::Off => Err(HopError::new(NotFound, "proxy off", true)),
        Hop::Proxy { base, .. } => {
            let r = walk.contact(Endpoint::SumdbSupported {
                proxy_base: base.clone(),
                name: name.to_owned(),
            });
            match r {
                Reply::Ok => Ok(format!("{base}/sumdb/{name}")),
                r => Err(HopError::new(
                    ProxyError,
                    format!("{base}/sumdb/{name}/supported: {}", describe(r)),
                    not_exist(r),
                )),
            }
        }
    });
    match found {
        Ok(base) => Ok(base),
        Err(e) if e.not_exist => Ok(format!("https://{name}")),
        Err(e) => Err(HopError::new(
            ChecksumDb,
            format!(
                "verifying module: checksum database unavailable: {}",
                e.message
            ),
            false,
        )),
    }
}

/// Run another toolchain: from PATH (`+path`; there is none here) or downloaded as module
/// `golang.org/toolchain` through GOPROXY, always checked against the checksum database.
fn switch_toolchain(
    s: &super::Settings,
    toolchain: &str,
    mode: Mode,
    walk: &mut Walk<'_>,
) -> Result<(), Outcome> {
    use FailClass::*;
    if mode == Mode::Path {
        return Err(fail(
            NotFound,
            format!("cannot find {} in PATH", super::url::go_quote(toolchain)),
        ));
    }
    let hops = proxy::hops(&s.goproxy, &s.gonoproxy)
        .map_err(|e| fail(InvalidConfig, format!("download {toolchain}: {e}")))?;
    match download(s, &hops, "golang.org/toolchain", walk) {
        Ok(()) => Ok(()),
        Err(e) if e.not_exist => {
            let lang = toolchain
                .strip_prefix("go")
                .and_then(GoVersion::parse)
                .is_some_and(|v| v.is_lang());
            Err(match lang {
                true => fail(
                    InvalidConfig,
                    format!(
                        "invalid toolchain: {toolchain} is a language version but not a toolchain version ({toolchain}.x)"
                    ),
                ),
                false => fail(
                    NotFound,
                    format!("download {toolchain} for linux/amd64: toolchain not available"),
                ),
            })
        }
        Err(e) => Err(fail(
            e.class,
            format!("download {toolchain}: {}", e.message),
        )),
    }
}

/// A direct fetch: paths Go rejects from its static table, GOVCS for hosts it knows
/// statically, then the network.
fn direct(s: &super::Settings, module: &str, walk: &mut Walk<'_>) -> Result<(), HopError> {
    use FailClass::DirectError;
    let err = |m: String| Err(HopError::new(DirectError, m, false));
    // test hooks compiled into every release binary
    let host = module.split('/').next().unwrap_or(module);
    if host == "example.net" {
        return err("no modules on example.net".into());
    }
    if module == "rsc.io" {
        return err("rsc.io is not a module".into());
    }
    if let Some((prefix, elems, vcs)) = STATIC_HOSTS.iter().copied().find(|(p, ..)| {
        module
            .strip_prefix(p)
            .is_some_and(|r| r.is_empty() || r.starts_with('/'))
    }) {
        let parts: Vec<&str> = module.split('/').collect();
        let valid = parts.len() >= elems
            && parts.iter().all(|p| {
                !p.is_empty()
                    && p.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
            });
        if !valid {
            return err(format!(
                "invalid {prefix} import path {}",
                super::url::go_quote(module)
            ));
        }
        let root = parts[..elems].join("/");
        if prefix == "github.com"
            && [".git", ".hg", ".svn", ".bzr", ".fossil"]
                .iter()
                .any(|sfx| parts[elems - 1].ends_with(sfx))
        {
            return err(format!("invalid version control suffix in {prefix}/ path"));
        }
        let rules = govcs::parse(&s.govcs)
            .map_err(|e| HopError::new(FailClass::InvalidConfig, e, false))?;
        let private = govcs::is_private(&s.goprivate, &root);
        if !govcs::allowed(&rules, &root, private, vcs) {
            let kind = if private { "private" } else { "public" };
            return err(format!(
                "GOVCS disallows using {vcs} for {kind} {root}; see 'go help vcs'"
            ));
        }
    }
    match walk.contact(Endpoint::Direct {
        module: module.to_owned(),
    }) {
        Reply::Ok => Ok(()),
        r => err(format!("direct fetch: {}", describe(r))),
    }
}

fn describe(r: Reply) -> String {
    match r {
        Reply::Ok => "200 OK".into(),
        Reply::Status(404) => "404 Not Found".into(),
        Reply::Status(410) => "410 Gone".into(),
        Reply::Status(403) => "403 Forbidden".into(),
        Reply::Status(401) => "401 Unauthorized".into(),
        Reply::Status(500) => "500 Internal Server Error".into(),
        Reply::Status(n) => format!("{n}"),
        Reply::Unreachable => "unreachable".into(),
    }
}

#[cfg(test)]
mod tests;
