//! The fetch route of each build context, for the report: what the summary's diagrams draw.

use super::{ContextKind, Effective, Model};
use crate::gosem::proxy::{self, Hop};
use crate::report::{FetchRoute, RouteHop};

/// Settings that decide a route.
const ROUTE_SETTINGS: &[&str] = &["GOPROXY", "GONOPROXY", "GOPRIVATE", "GOSUMDB", "GONOSUMDB"];

fn patterns(value: &str) -> Vec<String> {
    value
        .split(',')
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

impl Model<'_> {
    /// One route per context where go runs (a RUN's or a CI step's go command) and per
    /// env file, in file and line order.
    pub fn routes(&self) -> Vec<FetchRoute> {
        let mut routes = Vec::new();
        for ctx in &self.contexts {
            let relevant = ctx.go.is_some()
                || matches!(ctx.kind, ContextKind::EnvFile | ContextKind::GoEnvFile);
            if !relevant {
                continue;
            }
            let env = self.go_env(ctx);
            let version = self.go_version(ctx);
            let s = env.settings(&version);
            let unknown = ROUTE_SETTINGS
                .iter()
                .filter(|n| matches!(self.effective(ctx, n), Effective::Dynamic(_)))
                .map(|n| (*n).to_owned())
                .collect();
            let (hops, proxy_error) = match proxy::hops(&s.goproxy, &s.gonoproxy) {
                Ok(hops) => (hops, None),
                Err(e) => (Vec::new(), Some(e)),
            };
            let hops: Vec<&Hop> = hops.iter().filter(|h| **h != Hop::NoProxy).collect();
            let last = hops.len().saturating_sub(1);
            let hops = hops
                .iter()
                .enumerate()
                .map(|(i, h)| match h {
                    Hop::Proxy {
                        base,
                        fall_back_on_error,
                    } => RouteHop {
                        target: base.clone(),
                        next_on: match (i == last, fall_back_on_error) {
                            (true, _) => String::new(),
                            (false, true) => "any error".into(),
                            (false, false) => "404/410".into(),
                        },
                    },
                    Hop::Direct | Hop::NoProxy => RouteHop {
                        target: "direct".into(),
                        next_on: String::new(),
                    },
                    Hop::Off => RouteHop {
                        target: "off".into(),
                        next_on: String::new(),
                    },
                })
                .collect();
            let checksum_db = match crate::gosem::sumdb::parse(&s.gosumdb) {
                _ if s.gosumdb == "off" => "off".to_owned(),
                Ok(db) => match db.url {
                    Some(url) => format!("{} at {url}", db.name),
                    None => db.name,
                },
                Err(e) => format!("invalid: {e}"),
            };
            let anchor = ctx.go.as_ref().map_or(ctx.anchor.start, |g| g.range.start);
            let file = &self.files[ctx.file];
            routes.push(FetchRoute {
                context: ctx.description.clone(),
                path: file.path.clone(),
                line: file.span(anchor, anchor).start_line,
                go_release: ctx.go_version.as_ref().map(|r| r.source.clone()),
                direct_patterns: patterns(&s.gonoproxy),
                hops,
                proxy_error,
                checksum_db,
                no_checksum_patterns: patterns(&s.gonosumdb),
                unknown,
            });
        }
        routes.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
        routes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::tests::model_of;

    #[test]
    fn routes_of_run_and_env_file() {
        let (s, p) = model_of(&[
            (
                "Dockerfile",
                "FROM golang:1.22\nENV GOPROXY=https://a.example|https://b.example,direct GOPRIVATE=corp.example\nRUN go mod download\n",
            ),
            (".env", "GOSUMDB=off\nGOPROXY=athens\n"),
        ]);
        let m = Model::build(&s, &p);
        let routes = m.routes();
        assert_eq!(routes.len(), 2);
        let env = &routes[0];
        assert_eq!(env.path, ".env");
        assert_eq!(env.checksum_db, "off");
        assert_eq!(
            env.proxy_error.as_deref(),
            Some("invalid proxy URL missing scheme: athens")
        );
        let run = &routes[1];
        assert_eq!(run.line, 3);
        assert_eq!(run.go_release.as_deref(), Some("golang:1.22"));
        let hops: Vec<(&str, &str)> = run
            .hops
            .iter()
            .map(|h| (h.target.as_str(), h.next_on.as_str()))
            .collect();
        assert_eq!(
            hops,
            [
                ("https://a.example", "any error"),
                ("https://b.example", "404/410"),
                ("direct", "")
            ]
        );
        assert_eq!(run.direct_patterns, ["corp.example"]);
        assert_eq!(run.no_checksum_patterns, ["corp.example"]);
        assert_eq!(run.checksum_db, "sum.golang.org");
    }
}
