//! What `go mod download <module>@<version>` contacts, in order, and how it ends — a
//! simulation of `modfetch.TryProxies`, `lookup`, `useSumDB` and `dbClient.initBase`
//! (go-semantics.md §2.2–§2.3, §4.1–§4.3) against a world that answers each endpoint.

use super::goflags;
use super::govcs;
use super::proxy::{self, Hop};
use super::sumdb;
use super::{GoEnv, GoVersion};

/// A place the go command sends requests to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Endpoint {
    /// A GOPROXY URL entry (implicit `https://` added, one trailing `/` trimmed).
    Proxy { base: String },
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
    /// GOPROXY=off (or GONOPROXY excluding the module from every proxy).
    LookupDisabled,
    /// Every source said 404/410.
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

/// Hosts whose repositories the go command knows without a `?go-get=1` request, with the
/// number of path elements of a repository root and the VCS.
const STATIC_HOSTS: &[(&str, usize, &str)] = &[
    ("github.com", 3, "git"),
    ("bitbucket.org", 3, "git"),
    ("hub.jazz.net/git", 4, "git"),
    ("git.apache.org", 2, "git"),
    ("git.openstack.org", 3, "git"),
    ("chiselapp.com", 4, "fossil"),
];

/// Predict `go mod download <module>@<version>` run by Go `version` in `env`.
pub fn predict(
    env: &GoEnv,
    version: &GoVersion,
    module: &str,
    reply: &dyn Fn(&Endpoint) -> Reply,
) -> Prediction {
    let mut walk = Walk {
        contacts: Vec::new(),
        reply,
    };
    let outcome = run(env, version, module, &mut walk);
    Prediction {
        contacts: walk.contacts,
        outcome,
    }
}

fn run(env: &GoEnv, version: &GoVersion, module: &str, walk: &mut Walk<'_>) -> Outcome {
    use FailClass::*;
    let s = env.settings(version);
    if version.at_least(21)
        && s.go111module != "off"
        && let Err(e) = super::toolchain::parse(&s.gotoolchain)
    {
        return fail(InvalidConfig, e);
    }
    let flags = match goflags::parse(&s.goflags, version) {
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
    let hops = match proxy::hops(&s.goproxy, &s.gonoproxy) {
        Ok(h) => h,
        Err(e) => return fail(InvalidConfig, format!("{module}: {e}")),
    };
    let noproxy = proxy::is_noproxy(&s.gonoproxy, module);

    // TryProxies: the best error is the latest of the highest rank (direct > proxy > not-exist).
    let mut best: Option<(u8, FailClass, String)> = None;
    let mut downloaded = false;
    for hop in &hops {
        let (class, message, is_not_exist, direct_rank, falls_back) = match hop {
            Hop::NoProxy if !noproxy => (
                NotFound,
                "path does not match GOPRIVATE/GONOPROXY".to_owned(),
                true,
                false,
                false,
            ),
            Hop::NoProxy | Hop::Direct => match direct(&s, module, walk) {
                Ok(()) => {
                    downloaded = true;
                    break;
                }
                Err((class, message)) => (class, message, false, true, false),
            },
            Hop::Proxy { .. } | Hop::Off if noproxy => (
                LookupDisabled,
                "disabled by GOPRIVATE/GONOPROXY".to_owned(),
                true,
                false,
                false,
            ),
            Hop::Off => (
                LookupDisabled,
                "module lookup disabled by GOPROXY=off".to_owned(),
                true,
                false,
                false,
            ),
            Hop::Proxy {
                base,
                fall_back_on_error,
            } => {
                if base.starts_with("http://")
                    && proxy::check_proxy_url(base).is_ok_and(|u| u.user.is_some())
                {
                    (
                        ProxyError,
                        format!(
                            "refusing to pass credentials to insecure URL: {}",
                            super::url::GoUrl::redacted(base)
                        ),
                        false,
                        false,
                        *fall_back_on_error,
                    )
                } else {
                    match walk.contact(Endpoint::Proxy { base: base.clone() }) {
                        Reply::Ok => {
                            downloaded = true;
                            break;
                        }
                        r => (
                            if not_exist(r) { NotFound } else { ProxyError },
                            format!("{base}: {}", describe(r)),
                            not_exist(r),
                            false,
                            *fall_back_on_error,
                        ),
                    }
                }
            }
        };
        let best_rank = best.as_ref().map_or(0, |b| b.0);
        if direct_rank {
            best = Some((2, class, message));
        } else if best_rank <= 1 && !is_not_exist {
            best = Some((1, class, message));
        } else if best_rank == 0 {
            best = Some((0, class, message));
        }
        if !falls_back && !is_not_exist {
            break;
        }
    }
    if !downloaded {
        return match best {
            Some((_, class, message)) => fail(class, format!("{module}: {message}")),
            None => fail(NotFound, format!("{module}: not found")),
        };
    }

    // Checksums (no go.sum here, so every new module is looked up unless excluded).
    if !sumdb::consulted(&s.gosumdb, &s.gonosumdb, &s.goproxy, module) {
        return Outcome::Downloaded;
    }
    let db = match sumdb::parse(&s.gosumdb) {
        Ok(db) => db,
        Err(e) => return fail(InvalidConfig, format!("verifying module: {e}")),
    };
    let base = match &db.url {
        Some(u) => u.clone(),
        None => match sumdb_base(&hops, &db.name, walk) {
            Ok(b) => b,
            Err(m) => return fail(ChecksumDb, format!("verifying module: {m}")),
        },
    };
    match walk.contact(Endpoint::Sumdb { base: base.clone() }) {
        Reply::Ok => Outcome::Downloaded,
        r => fail(
            ChecksumDb,
            format!("verifying module: {base}: {}", describe(r)),
        ),
    }
}

/// `dbClient.initBase`: a proxy that supports the database, else a direct connection.
fn sumdb_base(hops: &[Hop], name: &str, walk: &mut Walk<'_>) -> Result<String, String> {
    for hop in hops {
        let Hop::Proxy {
            base,
            fall_back_on_error,
        } = hop
        else {
            continue;
        };
        let r = walk.contact(Endpoint::SumdbSupported {
            proxy_base: base.clone(),
            name: name.to_owned(),
        });
        match r {
            Reply::Ok => return Ok(format!("{base}/sumdb/{name}")),
            r if not_exist(r) || *fall_back_on_error => continue,
            r => return Err(format!("{base}/sumdb/{name}/supported: {}", describe(r))),
        }
    }
    Ok(format!("https://{name}"))
}

/// A direct fetch: GOVCS first for hosts Go knows statically, then the network.
fn direct(
    s: &super::Settings,
    module: &str,
    walk: &mut Walk<'_>,
) -> Result<(), (FailClass, String)> {
    if let Some((root, vcs)) = static_root(module) {
        let rules = govcs::parse(&s.govcs).map_err(|e| (FailClass::InvalidConfig, e))?;
        let private = govcs::is_private(&s.goprivate, &root);
        if !govcs::allowed(&rules, &root, private, vcs) {
            let kind = if private { "private" } else { "public" };
            return Err((
                FailClass::DirectError,
                format!("GOVCS disallows using {vcs} for {kind} {root}; see 'go help vcs'"),
            ));
        }
    }
    match walk.contact(Endpoint::Direct {
        module: module.to_owned(),
    }) {
        Reply::Ok => Ok(()),
        r => Err((
            FailClass::DirectError,
            format!("direct fetch: {}", describe(r)),
        )),
    }
}

fn static_root(module: &str) -> Option<(String, &'static str)> {
    STATIC_HOSTS.iter().find_map(|&(prefix, elems, vcs)| {
        let rest = module.strip_prefix(prefix)?;
        if !rest.is_empty() && !rest.starts_with('/') {
            return None;
        }
        let parts: Vec<&str> = module.split('/').collect();
        (parts.len() >= elems).then(|| (parts[..elems].join("/"), vcs))
    })
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
