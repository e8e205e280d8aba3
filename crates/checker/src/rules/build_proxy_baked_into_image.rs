use std::collections::BTreeMap;

use super::{Rule, edit_fix};
use crate::model::q_credentials::secret_value;
use crate::model::{Assignment, Binding, ContextKind, Model, Origin};
use crate::report::{Applicability, Finding, Location, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD503",
    name: "build-proxy-baked-into-image",
    family: "credentials and proxies in images",
    severity: Severity::Warning,
    security_severity: None,
    summary: "`ENV HTTP_PROXY`/`HTTPS_PROXY`/`NO_PROXY`/`ALL_PROXY` bakes the build's proxy into the image, an explicit `ARG` of them puts it in the history",
    tags: &["docker", "http-proxy"],
    precision: "high",
    check,
    docs: r#"Finds `ENV HTTP_PROXY`, `HTTPS_PROXY`, `NO_PROXY` or `ALL_PROXY` (either case) that reach an image that gets run, and explicit `ARG` lines for BuildKit's predefined proxy arguments (`HTTP_PROXY`, `HTTPS_PROXY`, `FTP_PROXY`, `NO_PROXY`, `ALL_PROXY`, either case) in such a stage.

## Why it matters
A proxy set with `ENV` is meant for the build but stays in the image configuration: every
container started from the image sends its outgoing HTTP(S) requests to the build network's
proxy, which production networks usually cannot reach (the service hangs or fails on its first
outgoing call), and any `user:password@` in the proxy URL ships with the image. An explicit
`ARG HTTP_PROXY` is not needed — BuildKit hands the predefined proxy arguments given with
`--build-arg` to every `RUN` without an `ARG` line — but declaring one records its value in the
image history (`docker history`), which BuildKit otherwise leaves out. Only stages that are images
(no later `FROM <stage>` or `COPY --from=<stage>` uses them) are checked: a builder stage's
environment is not shipped. An empty value (`ENV HTTP_PROXY=`) clears the variable and is fine.

## Example
```dockerfile
FROM golang:1.23 AS build
RUN go build -o /app .
FROM alpine:3.20
ARG HTTPS_PROXY
ENV HTTPS_PROXY=${HTTPS_PROXY} NO_PROXY=.corp.example
COPY --from=build /app /app
```

## Use instead
```dockerfile
FROM golang:1.23 AS build
RUN go build -o /app .
FROM alpine:3.20
COPY --from=build /app /app
```
built with `docker build --build-arg HTTPS_PROXY=http://proxy.corp.example:3128 --build-arg NO_PROXY=.corp.example .`

## Fix safety
The fix deletes the line or the assignment. It is safe for a bare `ARG HTTP_PROXY` and for an
`ENV HTTP_PROXY=$HTTP_PROXY` that only passes the build argument of the same name on: BuildKit
still gives the build argument to every `RUN`, so the build does not change; only the image stops
carrying it. It is unsafe for a literal value or an `ARG` with a default: the build then needs
`--build-arg` to reach the proxy.

## Go behaviour
The go command's own requests (GOPROXY, the checksum database, `?go-get=1` discovery) go through
`http.ProxyFromEnvironment`, which reads `HTTP_PROXY`/`http_proxy`, `HTTPS_PROXY`/`https_proxy` and
`NO_PROXY`/`no_proxy` from the process environment once (`golang.org/x/net/http/httpproxy`,
vendored in `net/http`); they are not go env variables (`go env -w HTTPS_PROXY=…` is refused).
`ALL_PROXY` is ignored by Go but honoured by `git`/curl, which the go command runs for direct
fetches. See go-semantics §8.
"#,
};

/// The proxy variables that an `ENV` bakes in.
const ENV_PROXY_NAMES: &[&str] = &[
    "HTTP_PROXY",
    "http_proxy",
    "HTTPS_PROXY",
    "https_proxy",
    "NO_PROXY",
    "no_proxy",
    "ALL_PROXY",
    "all_proxy",
];

/// `$NAME`/`${NAME}` of the variable itself: the ENV only passes the build argument on.
fn is_passthrough(model: &Model<'_>, a: &Assignment) -> bool {
    let written = model.written(a);
    let Some(value) = written.get(a.name_range.end.saturating_sub(a.range.start)..) else {
        return false;
    };
    let value = value
        .trim_start_matches(['=', ' ', '\t'])
        .trim_matches(['"', '\'']);
    value == format!("${}", a.name) || value == format!("${{{}}}", a.name)
}

/// How to show a proxy value: redacted when it holds credentials.
fn shown(model: &Model<'_>, a: &Assignment) -> String {
    let value = a.value.as_ref().map_or("", |v| v.as_str());
    if is_passthrough(model, a) {
        return format!("the build argument `${}`", a.name);
    }
    if let Some(s) = secret_value(model.written(a)) {
        return s.describe();
    }
    if a.dynamic {
        return "a value given at build time".to_owned();
    }
    format!("`{value}`")
}

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    let stages = model.docker_stages();
    let leaves: std::collections::BTreeSet<(usize, usize, usize)> = stages
        .iter()
        .filter(|s| s.leaf)
        .map(|s| (s.file, s.from.start, s.from.end))
        .collect();
    // ENV assignments that reach an image that gets run: the first such image
    let mut envs: BTreeMap<usize, Location> = BTreeMap::new();
    for ctx in &model.contexts {
        if ctx.kind != ContextKind::DockerImage
            || !leaves.contains(&(ctx.file, ctx.anchor.start, ctx.anchor.end))
        {
            continue;
        }
        for name in ENV_PROXY_NAMES {
            let Some(&Binding::Set(i)) = ctx.env.get(*name) else {
                continue;
            };
            let a = &model.assignments[i];
            let cleared = !a.dynamic && a.value.as_ref().is_none_or(|v| v.is_empty());
            if a.origin != Origin::DockerEnv || cleared {
                continue;
            }
            envs.entry(i).or_insert_with(|| {
                let f = &model.files[ctx.file];
                let line = f.span(ctx.anchor.start, ctx.anchor.start).start_line;
                f.location(
                    ctx.anchor.start,
                    ctx.anchor.start + 4.min(ctx.anchor.len()),
                    format!("the image built from line {line} keeps it"),
                )
            });
        }
    }
    let mut out: Vec<(usize, Finding)> = Vec::new();
    for (i, image) in envs {
        let a = &model.assignments[i];
        let passthrough = is_passthrough(model, a);
        let message = if a.name.eq_ignore_ascii_case("NO_PROXY") {
            format!(
                "`ENV {}` bakes the build network's proxy exceptions ({}) into the image: containers started from it get them wherever they run",
                a.name,
                shown(model, a)
            )
        } else {
            format!(
                "`ENV {}` bakes the build's proxy ({}) into the image: containers started from it send their requests through it",
                a.name,
                shown(model, a)
            )
        };
        let help = format!(
            "delete it and pass the proxy to the build only: `docker build --build-arg {}=…` reaches every RUN without an ARG line",
            a.name
        );
        let applicability = if passthrough {
            Applicability::Safe
        } else {
            Applicability::Unsafe
        };
        let fix = a.removal.clone().and_then(|r| {
            edit_fix(
                model,
                a,
                r,
                "",
                format!("remove the `{}` assignment", a.name),
                applicability,
            )
        });
        let mut finding = RULE
            .finding(
                message,
                model.location(a, a.range.clone(), "set for the build, kept in the image"),
            )
            .help(help)
            .fix(fix);
        let own_stage = stages
            .iter()
            .rfind(|s| s.file == a.file && s.from.start <= a.range.start);
        if own_stage.is_some_and(|s| !s.leaf) {
            finding = finding.related(image);
        }
        out.push((i, finding.build()));
    }
    // explicit ARG of a predefined proxy argument in a stage that is an image
    for (i, a) in model.assignments.iter().enumerate() {
        if a.origin != Origin::DockerArg || !Model::BUILDKIT_PROXY_ARGS.contains(&a.name.as_str()) {
            continue;
        }
        let in_leaf = stages
            .iter()
            .rfind(|s| s.file == a.file && s.from.start <= a.range.start)
            .is_some_and(|s| s.leaf);
        if !in_leaf {
            continue;
        }
        let bare = a.value.is_none();
        let message = if bare {
            format!(
                "`ARG {}` records the build's proxy in the image history: BuildKit passes the predefined `{}` to every RUN without it and leaves it out of the history",
                a.name, a.name
            )
        } else {
            format!(
                "`ARG {}` sets a default proxy ({}) that is recorded in the image history",
                a.name,
                shown(model, a)
            )
        };
        let fix = a.removal.clone().and_then(|r| {
            edit_fix(
                model,
                a,
                r,
                "",
                format!("remove `ARG {}`", a.name),
                if bare {
                    Applicability::Safe
                } else {
                    Applicability::Unsafe
                },
            )
        });
        let finding = RULE
            .finding(message, model.location(a, a.range.clone(), "declared here"))
            .help(format!(
                "delete it and pass the proxy with `docker build --build-arg {}=…`",
                a.name
            ))
            .fix(fix)
            .build();
        out.push((i, finding));
    }
    out.sort_by_key(|(i, _)| *i);
    findings.extend(out.into_iter().map(|(_, f)| f));
}

#[cfg(test)]
mod tests {
    use crate::report::Applicability;
    use crate::rules::test_support::{apply_fix, check, spanned};

    #[test]
    fn env_passthrough_is_removed_safely() {
        let df =
            "FROM alpine:3.20\nARG HTTPS_PROXY\nENV HTTPS_PROXY=${HTTPS_PROXY}\nCMD [\"/app\"]\n";
        let f = check("GPD503", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 2);
        // the ARG first (file order), then the ENV
        assert_eq!(spanned(df, &f[0].primary), "HTTPS_PROXY");
        assert_eq!(f[0].primary.span.start_line, 2);
        assert_eq!(spanned(df, &f[1].primary), "HTTPS_PROXY=${HTTPS_PROXY}");
        assert_eq!(f[1].primary.span.start_line, 3);
        assert!(f[1].message.starts_with("`ENV HTTPS_PROXY` bakes the build's proxy (the build argument `$HTTPS_PROXY`) into the image"), "{}", f[1].message);
        assert_eq!(f[1].fixes[0].applicability, Applicability::Safe);
        assert_eq!(
            apply_fix(df, &f[1]),
            "FROM alpine:3.20\nARG HTTPS_PROXY\nCMD [\"/app\"]\n"
        );
        // without an ARG, BuildKit expands the predefined argument to nothing in ENV: cleared
        let df = "FROM alpine:3.20\nENV HTTPS_PROXY=${HTTPS_PROXY}\n";
        assert!(check("GPD503", &[("Dockerfile", df)]).is_empty());
    }

    #[test]
    fn env_literal_is_unsafe_and_lower_case_counts() {
        let df = "FROM golang:1.23\nENV http_proxy=http://proxy.corp.example:3128 no_proxy=.corp.example GOPROXY=direct\nRUN go build\n";
        let f = check("GPD503", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 2);
        assert_eq!(
            spanned(df, &f[0].primary),
            "http_proxy=http://proxy.corp.example:3128"
        );
        assert!(f[0].message.contains("(`http://proxy.corp.example:3128`)"));
        assert!(f[1].message.starts_with(
            "`ENV no_proxy` bakes the build network's proxy exceptions (`.corp.example`)"
        ));
        assert_eq!(f[0].fixes[0].applicability, Applicability::Unsafe);
        assert_eq!(
            apply_fix(df, &f[0]),
            "FROM golang:1.23\nENV no_proxy=.corp.example GOPROXY=direct\nRUN go build\n"
        );
        let df = "FROM golang:1.23\nENV ALL_PROXY=socks5://proxy:1080\n";
        assert_eq!(check("GPD503", &[("Dockerfile", df)]).len(), 1);
    }

    #[test]
    fn proxy_credentials_are_redacted() {
        let df = "FROM alpine\nENV HTTPS_PROXY=http://bob:hunter2pw@proxy.corp:3128\n";
        let f = check("GPD503", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.contains("`http://bob:xxxxx@proxy.corp:3128`"),
            "{}",
            f[0].message
        );
        assert!(!f[0].message.contains("hunter2pw"));
        assert!(!f[0].help.as_deref().unwrap().contains("hunter2pw"));
        assert!(!f[0].primary.label.contains("hunter2pw"));
    }

    #[test]
    fn explicit_arg_goes_to_history() {
        let df =
            "FROM golang:1.23\nARG HTTP_PROXY\nARG https_proxy=http://proxy:3128\nRUN go build\n";
        let f = check("GPD503", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 2);
        assert_eq!(spanned(df, &f[0].primary), "HTTP_PROXY");
        assert_eq!(f[0].fixes[0].applicability, Applicability::Safe);
        assert_eq!(
            apply_fix(df, &f[0]),
            "FROM golang:1.23\nARG https_proxy=http://proxy:3128\nRUN go build\n"
        );
        assert!(f[1].message.contains("(`http://proxy:3128`)"));
        assert_eq!(f[1].fixes[0].applicability, Applicability::Unsafe);
    }

    #[test]
    fn inherited_env_points_at_the_image() {
        let df = "FROM golang:1.23 AS base\nENV HTTPS_PROXY=http://proxy:3128\nFROM base\nRUN go build\n";
        let f = check("GPD503", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].related.len(), 1);
        assert_eq!(f[0].related[0].span.start_line, 3);
    }

    #[test]
    fn near_misses_do_not_fire() {
        for df in [
            // a builder stage's environment is not shipped
            "FROM golang:1.23 AS build\nARG HTTPS_PROXY\nENV HTTPS_PROXY=http://proxy:3128\nRUN go build -o /app\nFROM scratch\nCOPY --from=build /app /app\n",
            // cleared
            "FROM alpine\nENV HTTP_PROXY= HTTPS_PROXY=\"\"\n",
            // a global ARG is not in any stage's history
            "ARG HTTP_PROXY\nFROM alpine\n",
            // not proxy variables
            "FROM alpine\nENV GOPROXY=https://proxy.golang.org GONOPROXY=none\n",
            "FROM alpine\n# ENV HTTP_PROXY=http://proxy:3128\n",
            "FROM alpine\nRUN <<EOF\nENV HTTP_PROXY=http://proxy:3128\nEOF\n",
        ] {
            assert!(check("GPD503", &[("Dockerfile", df)]).is_empty(), "{df}");
        }
        // env files and CI configure the build's own shell, not an image
        assert!(check("GPD503", &[(".env", "HTTPS_PROXY=http://proxy:3128\n")]).is_empty());
    }
}
