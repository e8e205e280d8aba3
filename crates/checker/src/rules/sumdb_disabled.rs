use std::collections::BTreeMap;

use super::{Rule, edit_fix};
use crate::model::goenv::{DEFAULT_PROXY_HOST, ProxyKind, ProxyList, url_host};
use crate::model::{Assignment, Model};
use crate::report::{Applicability, Finding, Location, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD201",
    name: "sumdb-disabled",
    family: "checksum verification",
    severity: Severity::Error,
    security_severity: Some("7.5"),
    summary: "GOSUMDB=off turns off checksum verification of downloaded modules",
    tags: &["supply-chain", "checksum"],
    precision: "very-high",
    check,
    docs: r#"Finds `GOSUMDB=off` in the environment of a build: a Dockerfile `ENV` or `ARG`, an env file.

## Why it matters
With the checksum database off, the first download of a module version is trusted blindly: a
compromised or misbehaving proxy, or anyone on the network path to a `direct` fetch, can serve
different code than everyone else gets, and `go` records whatever it received in go.sum. It is
worse with a third-party mirror in GOPROXY: that mirror alone then decides what code you build.
`GOSUMDB=off` also breaks toolchain downloads (`GOTOOLCHAIN=auto` switching), which Go always
verifies: `verifying module: checksum database disabled by GOSUMDB=off`. Usually it was added to
make private modules work; GOPRIVATE or GONOSUMDB does that without giving up verification of
everything else.

## Example
```dockerfile
FROM golang:1.23
ENV GOPROXY=https://goproxy.cn,direct
ENV GOSUMDB=off
RUN go mod download
```

## Use instead
```dockerfile
FROM golang:1.23
ENV GOPROXY=https://goproxy.cn,direct
ENV GOPRIVATE=git.example.com/team
RUN go mod download
```

## Fix safety
The fix deletes the assignment. It is unsafe: a build that relied on it to fetch private modules
needs GOPRIVATE or GONOSUMDB instead.

## Go behaviour
`GOSUMDB=off` (exactly `off`) makes `useSumDB` false for every module except `golang.org/toolchain`,
which is always verified. go.sum entries are still enforced. GONOSUMDB (default: GOPRIVATE) takes
matching module paths out of checksum-database lookups one pattern at a time. See
`go help module-auth` and go-semantics §4.
"#,
};

/// The first third-party proxy Go would fetch from: (where GOPROXY was set, the entry).
struct Mirror {
    location: Location,
    host: String,
}

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    // One finding per assignment, however many contexts it reaches; a context that also uses a
    // third-party mirror makes it worse.
    let mut offs: BTreeMap<(usize, usize), (&Assignment, Option<Mirror>)> = BTreeMap::new();
    for ctx in &model.contexts {
        // a go command that downloads nothing (it builds from vendor/) verifies nothing either
        if ctx.go.is_some() && !model.fetches_modules(ctx) {
            continue;
        }
        let Some((a, v)) = model.effective(ctx, "GOSUMDB").known() else {
            continue;
        };
        if v.as_str() != "off" {
            continue;
        }
        let mirror = third_party_proxy(model, ctx);
        let slot = &mut offs.entry((a.file, a.range.start)).or_insert((a, None)).1;
        if slot.is_none() {
            *slot = mirror;
        }
    }
    for (a, mirror) in offs.into_values() {
        let primary = model.location(a, a.range.clone(), "checksum verification turned off here");
        let message = match &mirror {
            Some(m) => format!(
                "`GOSUMDB=off` disables checksum verification while modules come from the third-party proxy `{}`",
                m.host
            ),
            None => "`GOSUMDB=off` disables checksum verification for every module".to_owned(),
        };
        let mut finding = RULE
            .finding(message, primary)
            .help(
                "remove it; to skip the checksum database for private modules only, list them in GOPRIVATE \
                 (or GONOSUMDB), e.g. `GOPRIVATE=git.example.com/team`",
            )
            .fix(a.removal.clone().and_then(|r| {
                let description = format!("remove `{}`", model.written(a));
                edit_fix(model, a, r, "", description, Applicability::Unsafe)
            }));
        if let Some(m) = mirror {
            finding = finding.related(m.location);
        }
        findings.push(finding.build());
    }
}

fn third_party_proxy(model: &Model<'_>, ctx: &crate::model::Context) -> Option<Mirror> {
    let (a, v) = model.effective(ctx, "GOPROXY").known()?;
    ProxyList::parse(v.as_str())
        .entries
        .into_iter()
        .find_map(|e| {
            let ProxyKind::Url(url) = &e.kind else {
                return None;
            };
            let host = url_host(url)?;
            (host != DEFAULT_PROXY_HOST).then(|| Mirror {
                location: model.location(
                    a,
                    model.value_range(a, e.range.clone()),
                    "modules are fetched from this proxy, unverified",
                ),
                host,
            })
        })
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{apply_fix, check, spanned};

    #[test]
    fn fires_on_env_arg_and_env_files_with_exact_spans() {
        let df = "FROM golang:1.23\nENV GOSUMDB=off\nRUN go mod download\n";
        let f = check("GPD201", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(df, &f[0].primary), "GOSUMDB=off");
        assert_eq!(
            (f[0].primary.span.start_line, f[0].primary.span.start_column),
            (2, 5)
        );
        assert_eq!(
            apply_fix(df, &f[0]),
            "FROM golang:1.23\nRUN go mod download\n"
        );

        let df = "FROM golang:1.23\nARG GOSUMDB=\"off\"\nRUN go build\n";
        assert_eq!(check("GPD201", &[("Dockerfile", df)]).len(), 1);
        let env = "export GOSUMDB=off\n";
        let f = check("GPD201", &[(".envrc", env)]);
        assert_eq!(spanned(env, &f[0].primary), "GOSUMDB=off");
    }

    #[test]
    fn third_party_mirror_is_a_related_location() {
        let df = "FROM golang:1.23\nENV GOPROXY=https://proxy.golang.org,https://goproxy.cn,direct \\\n    GOSUMDB=off\nRUN go build\n";
        let f = check("GPD201", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("`goproxy.cn`"), "{}", f[0].message);
        assert_eq!(spanned(df, &f[0].related[0]), "https://goproxy.cn");
        assert_eq!(
            apply_fix(df, &f[0]),
            "FROM golang:1.23\nENV GOPROXY=https://proxy.golang.org,https://goproxy.cn,direct\nRUN go build\n"
        );
    }

    #[test]
    fn one_finding_for_many_contexts() {
        let df = "FROM golang:1.23 AS a\nENV GOSUMDB=off\nRUN go mod download\nRUN go build\nFROM a\nRUN go test\n";
        assert_eq!(check("GPD201", &[("Dockerfile", df)]).len(), 1);
    }

    #[test]
    fn not_for_a_go_command_that_builds_from_vendor() {
        let go_mod = "module example.com/app\n\ngo 1.23\n\nrequire github.com/google/uuid v1.6.0\n";
        let txt = "# github.com/google/uuid v1.6.0\n## explicit\ngithub.com/google/uuid\n";
        let df = "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN GOSUMDB=off go build ./...\n";
        let files = [("Dockerfile", df), ("go.mod", go_mod), ("go.sum", "")];
        assert_eq!(
            check("GPD201", &files).len(),
            1,
            "no vendor/modules.txt: it downloads"
        );
        let with_flag = df.replace("RUN GOSUMDB", "RUN GOFLAGS=-mod=vendor GOSUMDB");
        assert!(check("GPD201", &[("Dockerfile", &with_flag), ("go.mod", go_mod)]).is_empty());
        // Go 1.14+ builds from vendor/ by default when vendor/modules.txt is there
        let mut files = files.to_vec();
        files.push(("vendor/modules.txt", txt));
        assert!(check("GPD201", &files).is_empty());
        // an `ENV` still reaches the stage's image, where go may run later and download
        let df = "FROM golang:1.23\nWORKDIR /src\nENV GOFLAGS=-mod=vendor GOSUMDB=off\nCOPY . .\nRUN go build ./...\n";
        files[0] = ("Dockerfile", df);
        assert_eq!(check("GPD201", &files).len(), 1);
    }

    #[test]
    fn near_misses_do_not_fire() {
        for df in [
            // not exactly `off`: a different problem (GOSUMDB Go rejects)
            "FROM golang\nENV GOSUMDB=OFF\nRUN go build\n",
            // overridden before anything runs
            "FROM golang\nENV GOSUMDB=off\nENV GOSUMDB=sum.golang.org\nRUN go build\n",
            // a global ARG is only seen by FROM lines
            "ARG GOSUMDB=off\nFROM golang\nRUN go build\n",
            // the value comes from the build command line
            "FROM golang\nARG GOSUMDB\nRUN go build\n",
            // GONOSUMDB is the right tool
            "FROM golang\nENV GONOSUMDB=git.example.com\nRUN go build\n",
            // inside a heredoc it is text, not an instruction
            "FROM golang\nRUN <<EOF\nENV GOSUMDB=off\nEOF\n",
            "FROM golang\n# ENV GOSUMDB=off\nRUN go build\n",
        ] {
            assert!(check("GPD201", &[("Dockerfile", df)]).is_empty(), "{df}");
        }
        assert!(check("GPD201", &[(".env", "# GOSUMDB=off\nGOSUMDB=\n")]).is_empty());
    }

    #[test]
    fn expanded_from_an_arg_default() {
        let df = "FROM golang\nARG CHECKSUMS=off\nENV GOSUMDB=${CHECKSUMS}\nRUN go build\n";
        let f = check("GPD201", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(df, &f[0].primary), "GOSUMDB=${CHECKSUMS}");
    }
}
