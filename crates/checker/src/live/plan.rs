//! The probe plan: for every go command that downloads modules, the endpoints Go would
//! contact for the requirements in scope (go-semantics.md §2.3–§2.4, §4.3, §9.1).

use std::collections::BTreeSet;

use super::{DEFAULT_MAX_PROBES, Kind, PUBLIC_PROXY, PUBLIC_SUMDB, Probe};
use crate::Options;
use crate::gosem::proxy::Hop;
use crate::gosem::sumdb;
use crate::model::{Context, Effective, Model};
use crate::redact::redact_url_list;
use crate::report::Location;

/// Go's `module.EscapePath` case-encoding: every ASCII upper-case letter `X` becomes `!x`.
pub fn escape_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        if c.is_ascii_uppercase() {
            out.push('!');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Where a setting comes from: its assignment, or the go command when the default applies.
fn origin(
    model: &Model<'_>,
    ctx: &Context,
    names: &[&str],
    command: &Location,
    default: &str,
) -> Location {
    for name in names {
        if let Some((a, _)) = model.effective(ctx, name).known() {
            return model.location(a, a.range.clone(), format!("{name} set here"));
        }
    }
    Location {
        label: default.to_owned(),
        ..command.clone()
    }
}

struct Planner {
    probes: Vec<Probe>,
    urls: BTreeSet<String>,
    max: usize,
}

impl Planner {
    #[allow(clippy::too_many_arguments)]
    fn add(
        &mut self,
        url: String,
        reason: String,
        origin: &Location,
        command: &Location,
        context: &str,
        kind: Kind,
    ) {
        if self.urls.contains(&url) {
            return;
        }
        if self.probes.len() >= self.max {
            return;
        }
        self.urls.insert(url.clone());
        self.probes.push(Probe {
            id: format!("probe-{}", self.probes.len() + 1),
            method: "GET".into(),
            url,
            reason,
            origin: Some(origin.clone()),
            command: Some(command.clone()),
            context: context.to_owned(),
            kind,
        });
    }
}

/// Plan the probes for a model. Deterministic: contexts in model order, requirements in file
/// order, duplicates (same URL) kept once, at most `max_probes`.
pub fn plan_model(model: &Model<'_>, options: &Options) -> Vec<Probe> {
    let max = match options.max_probes {
        0 => DEFAULT_MAX_PROBES,
        n => n,
    } as usize;
    let mut p = Planner {
        probes: Vec::new(),
        urls: BTreeSet::new(),
        max,
    };
    let public_proxy = options
        .public_proxy
        .clone()
        .unwrap_or_else(|| PUBLIC_PROXY.to_owned());
    let public_proxy = public_proxy.trim_end_matches('/');
    let public_sumdb = options
        .public_sumdb
        .clone()
        .unwrap_or_else(|| PUBLIC_SUMDB.to_owned());
    let public_sumdb = public_sumdb.trim_end_matches('/');
    for ctx in &model.contexts {
        if !model.fetches_modules(ctx) {
            continue;
        }
        // A setting known only when the build runs: the route is not known either.
        let unknown = ["GOPROXY", "GONOPROXY", "GOPRIVATE", "GOSUMDB", "GONOSUMDB"]
            .iter()
            .any(|n| matches!(model.effective(ctx, n), Effective::Dynamic(_)));
        if unknown {
            continue;
        }
        let Some(go) = &ctx.go else { continue };
        let file = &model.files[ctx.file];
        let command = file.location(go.range.start, go.range.end, "go runs here");
        let context = format!("{} ({})", ctx.description, file.path);
        let s = model.go_env(ctx).settings(&model.go_version(ctx));
        let proxy_origin = origin(
            model,
            ctx,
            &["GOPROXY"],
            &command,
            "go uses the default GOPROXY (https://proxy.golang.org,direct) here",
        );
        let private_origin = origin(
            model,
            ctx,
            &["GONOPROXY", "GOPRIVATE", "GONOSUMDB"],
            &command,
            "go runs here",
        );
        let sumdb_origin = origin(
            model,
            ctx,
            &["GOSUMDB"],
            &command,
            "go uses the default checksum database (sum.golang.org) here",
        );
        let mut needs_sumdb = false;
        let mut proxies_for_sumdb: Vec<String> = Vec::new();
        for (_, req) in model.requirements(ctx) {
            let module = req.path.value.as_str();
            let version = req.version.value.as_str();
            let route = model.route(ctx, module);
            let Ok(hops) = &route.hops else { continue };
            let escaped = escape_path(module);
            let private = route.direct || (s.gosumdb != "off" && !route.checksum_db);
            if route.direct {
                p.add(
                    format!("https://{module}?go-get=1"),
                    format!("`{module}` matches GONOPROXY/GOPRIVATE, so go fetches it directly: its go-import meta tag (or its repository host) must be reachable"),
                    &private_origin,
                    &command,
                    &context,
                    Kind::GoImport { module: module.to_owned() },
                );
            } else {
                for hop in hops {
                    match hop {
                        Hop::Proxy { base, .. } => {
                            if !proxies_for_sumdb.contains(base) {
                                proxies_for_sumdb.push(base.clone());
                            }
                            p.add(
                                format!("{base}/{escaped}/@v/list"),
                                format!("go asks the GOPROXY entry {} for `{module}`: is it reachable, and does it serve the module?", redact_url_list(base)),
                                &proxy_origin,
                                &command,
                                &context,
                                Kind::ProxyList { proxy: base.clone(), module: module.to_owned() },
                            );
                        }
                        Hop::Direct
                            if hops.first() == Some(hop)
                                || hops.first() == Some(&Hop::NoProxy)
                                    && hops.get(1) == Some(hop) =>
                        {
                            p.add(
                                format!("https://{module}?go-get=1"),
                                format!("GOPROXY starts with `direct`, so go resolves `{module}` itself: its go-import meta tag (or its repository host) must be reachable"),
                                &proxy_origin,
                                &command,
                                &context,
                                Kind::GoImport { module: module.to_owned() },
                            );
                        }
                        _ => {}
                    }
                    if matches!(hop, Hop::Direct | Hop::Off) {
                        break;
                    }
                }
            }
            needs_sumdb |= route.checksum_db;
            if private {
                p.add(
                    format!("{public_proxy}/{escaped}/@v/list"),
                    format!("`{module}` is treated as private: does the public proxy serve a module of that name (dependency confusion)?"),
                    &private_origin,
                    &command,
                    &context,
                    Kind::PublicProxy { module: module.to_owned() },
                );
                if !version.is_empty() {
                    p.add(
                        format!("{public_sumdb}/lookup/{escaped}@{}", escape_path(version)),
                        format!("`{module}` is treated as private: does the public checksum database know `{module}@{version}`?"),
                        &private_origin,
                        &command,
                        &context,
                        Kind::PublicSumdb { module: module.to_owned(), version: version.to_owned() },
                    );
                }
            }
        }
        if needs_sumdb && let Ok(db) = sumdb::parse(&s.gosumdb) {
            match &db.url {
                Some(url) => {
                    let base = url.trim_end_matches('/');
                    p.add(
                        format!("{base}/latest"),
                        format!(
                            "GOSUMDB names {} for {}: go verifies new module versions there",
                            redact_url_list(url),
                            db.name
                        ),
                        &sumdb_origin,
                        &command,
                        &context,
                        Kind::SumdbDirect {
                            name: db.name.clone(),
                            base: base.to_owned(),
                        },
                    );
                }
                None => {
                    for proxy in &proxies_for_sumdb {
                        p.add(
                            format!("{proxy}/sumdb/{}/supported", db.name),
                            format!("go first asks the GOPROXY entry {} whether it proxies the checksum database {}", redact_url_list(proxy), db.name),
                            &proxy_origin,
                            &command,
                            &context,
                            Kind::SumdbSupported { proxy: proxy.clone(), name: db.name.clone() },
                        );
                    }
                    let base = format!("https://{}", db.name);
                    p.add(
                        format!("{base}/latest"),
                        format!("go contacts the checksum database {} directly when no proxy proxies it", db.name),
                        &sumdb_origin,
                        &command,
                        &context,
                        Kind::SumdbDirect { name: db.name.clone(), base },
                    );
                }
            }
        }
    }
    p.probes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::tests::model_of;

    #[test]
    fn escape_path_vectors() {
        assert_eq!(
            escape_path("github.com/GoogleCloudPlatform/omega"),
            "github.com/!google!cloud!platform/omega"
        );
        assert_eq!(
            escape_path("github.com/Azure/azure-sdk-for-go"),
            "github.com/!azure/azure-sdk-for-go"
        );
        assert_eq!(escape_path("v1.0.0-RC1"), "v1.0.0-!r!c1");
        assert_eq!(escape_path("ascii.com/abc-._~0"), "ascii.com/abc-._~0");
    }

    const GO_MOD: &str = "module corp.example/app\n\ngo 1.22\n\nrequire (\n\tcorp.example/lib v1.0.0\n\tgithub.com/BurntSushi/toml v1.3.2\n)\n";

    fn urls(files: &[(&str, &str)], options: &Options) -> Vec<(String, String)> {
        let (s, p) = model_of(files);
        let m = Model::build(&s, &p);
        plan_model(&m, options)
            .into_iter()
            .map(|p| (p.url, p.origin.map(|o| o.label).unwrap_or_default()))
            .collect()
    }

    #[test]
    fn plans_proxies_sumdb_direct_and_dependency_confusion() {
        let dockerfile = "FROM golang:1.22\nWORKDIR /src\nENV GOPROXY=https://athens.corp.example|https://proxy.golang.org,direct GOPRIVATE=corp.example\nCOPY go.mod go.sum ./\nRUN go mod download\nRUN go mod download\n";
        let got = urls(
            &[
                ("Dockerfile", dockerfile),
                ("go.mod", GO_MOD),
                ("go.sum", ""),
            ],
            &Options::default(),
        );
        let want = [
            ("https://corp.example/lib?go-get=1", "GOPRIVATE set here"),
            (
                "https://proxy.golang.org/corp.example/lib/@v/list",
                "GOPRIVATE set here",
            ),
            (
                "https://sum.golang.org/lookup/corp.example/lib@v1.0.0",
                "GOPRIVATE set here",
            ),
            (
                "https://athens.corp.example/github.com/!burnt!sushi/toml/@v/list",
                "GOPROXY set here",
            ),
            (
                "https://proxy.golang.org/github.com/!burnt!sushi/toml/@v/list",
                "GOPROXY set here",
            ),
            (
                "https://athens.corp.example/sumdb/sum.golang.org/supported",
                "GOPROXY set here",
            ),
            (
                "https://proxy.golang.org/sumdb/sum.golang.org/supported",
                "GOPROXY set here",
            ),
            (
                "https://sum.golang.org/latest",
                "go uses the default checksum database (sum.golang.org) here",
            ),
        ];
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
            .collect();
        assert_eq!(got, want, "deduplicated across the two RUNs");
    }

    #[test]
    fn options_redirect_public_endpoints_and_cap_the_plan() {
        let dockerfile = "FROM golang:1.22\nWORKDIR /src\nENV GOPRIVATE=corp.example GOSUMDB=off\nCOPY go.mod go.sum ./\nRUN go build ./...\n";
        let options = Options {
            public_proxy: Some("http://127.0.0.1:1/".into()),
            public_sumdb: Some("http://127.0.0.1:2".into()),
            ..Options::default()
        };
        let got = urls(
            &[
                ("Dockerfile", dockerfile),
                ("go.mod", GO_MOD),
                ("go.sum", ""),
            ],
            &options,
        );
        let got: Vec<&str> = got.iter().map(|(u, _)| u.as_str()).collect();
        assert_eq!(
            got,
            [
                "https://corp.example/lib?go-get=1",
                "http://127.0.0.1:1/corp.example/lib/@v/list",
                "http://127.0.0.1:2/lookup/corp.example/lib@v1.0.0",
                "https://proxy.golang.org/github.com/!burnt!sushi/toml/@v/list",
            ],
            "GOSUMDB=off: no probe of the context's checksum database, but the public one is still asked about the private name"
        );
        let capped = Options {
            max_probes: 2,
            ..options
        };
        assert_eq!(
            urls(
                &[
                    ("Dockerfile", dockerfile),
                    ("go.mod", GO_MOD),
                    ("go.sum", "")
                ],
                &capped
            )
            .len(),
            2
        );
    }

    #[test]
    fn commands_that_do_not_download_are_not_probed() {
        let dockerfile = "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -mod=vendor ./...\nRUN go version\nRUN go list -mod=vendor ./...\n";
        let got = urls(
            &[("Dockerfile", dockerfile), ("go.mod", GO_MOD)],
            &Options::default(),
        );
        assert!(got.is_empty(), "{got:?}");
        // loading packages downloads the modules that provide them, `-m` or not
        let dockerfile = "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go list -deps ./...\n";
        let got = urls(
            &[("Dockerfile", dockerfile), ("go.mod", GO_MOD)],
            &Options::default(),
        );
        assert!(!got.is_empty());
    }

    #[test]
    fn default_goproxy_points_at_the_go_command() {
        let dockerfile = "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go mod download\n";
        let got = urls(
            &[
                ("Dockerfile", dockerfile),
                (
                    "go.mod",
                    "module a.example/x\nrequire golang.org/x/text v0.3.0\n",
                ),
            ],
            &Options::default(),
        );
        assert_eq!(
            got[0],
            (
                "https://proxy.golang.org/golang.org/x/text/@v/list".to_owned(),
                "go uses the default GOPROXY (https://proxy.golang.org,direct) here".to_owned()
            )
        );
    }
}
