use std::collections::{BTreeMap, BTreeSet};

use super::{Rule, edit_fix};
use crate::model::goenv::is_known;
use crate::model::{Assignment, Context, ContextKind, Model, Origin};
use crate::parse::Parsed;
use crate::report::{Applicability, Finding, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD702",
    name: "conflicting-settings",
    family: "consistency",
    severity: Severity::Note,
    security_severity: None,
    summary: "one setting given different values where only one of them is ever used",
    tags: &["consistency", "maintainability"],
    precision: "high",
    check,
    docs: r#"Finds a Go setting (or proxy variable) given two different values for the same place,
where the first value is never seen by any command: an `ENV` replaced by a later `ENV` (or an
`ARG` default replaced by an `ENV`) before any RUN uses it, a CI job's variable that every go step
overrides with its own, a name repeated in an env file or a go env file. It says which value wins
and why. An override that some command does see the first value before (a RUN between the two
ENVs, a step without its own value) is deliberate and not reported; neither is a value reset to
empty, a value built from the one it replaces (`ENV GOFLAGS="$GOFLAGS -trimpath"`), nor a
`go env -w` entry hidden by the environment (GPD407 reports that).

## Why it matters
Two values for one setting means two beliefs about the build: whoever reads the first line
believes the build uses it, and edits it when the proxy or the private hosts change, with no
effect. It is how a `GOPRIVATE` update, a `GOFLAGS=-mod=vendor` or a new proxy silently does
nothing.

## Example
```dockerfile
FROM golang:1.23
ENV GOPROXY=https://proxy.corp.example
ENV GOFLAGS=-mod=mod GOPROXY=https://proxy.golang.org,direct
RUN go mod download
```

## Use instead
```dockerfile
FROM golang:1.23
ENV GOFLAGS=-mod=mod GOPROXY=https://proxy.corp.example
RUN go mod download
```

## Fix safety
The fix deletes the value nothing reads. It is safe in Dockerfiles, env files and go env files,
where no command sees it; for a CI job variable it is unsafe, as a step that runs `make` (which
this checker does not follow into) may still read it.

## Go behaviour
The go command reads each variable once from its process environment, which holds one value per
name: the last `ENV` of a Dockerfile stage (`ENV` over `ARG`), a step's `env` over its job's and
its workflow's (GitHub Actions), job `variables` over global ones (GitLab CI), a variable set on
the command line over the inherited one. In an env file, and in the go env file (`cfg.go`
`readEnvFile`: the last entry of a key wins), the last line wins. See go-semantics §1.
"#,
};

/// The variables this rule compares: Go's settings and the proxy variables.
fn relevant(name: &str) -> bool {
    is_known(name) || Model::BUILDKIT_PROXY_ARGS.contains(&name)
}

type Key = (usize, usize, String);

fn key(a: &Assignment) -> Key {
    (a.file, a.range.start, a.name.clone())
}

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    // every value some command (or the image) sees; a CI job context stands for its steps, which
    // have their own contexts when they run go
    let mut used: BTreeSet<Key> = BTreeSet::new();
    for ctx in &model.contexts {
        if matches!(ctx.kind, ContextKind::CiJob) {
            continue;
        }
        for b in ctx.env.values() {
            used.insert(key(&model.assignments[b.assignment()]));
        }
        if ctx.go.is_some() {
            for &i in ctx.go_env_file.values() {
                used.insert(key(&model.assignments[i]));
            }
        }
    }
    let mut conflicts: BTreeMap<Key, (&Assignment, &Assignment, &Context)> = BTreeMap::new();
    // the assignments of each file by name, so that a tree of many env files stays linear
    let mut by_name: BTreeMap<(usize, &str), Vec<&Assignment>> = BTreeMap::new();
    for a in &model.assignments {
        by_name
            .entry((a.file, a.name.as_str()))
            .or_default()
            .push(a);
    }
    for ctx in &model.contexts {
        match ctx.kind {
            ContextKind::EnvFile | ContextKind::GoEnvFile => {
                file_duplicates(model, ctx, &by_name, &mut conflicts);
                continue;
            }
            _ if ctx.go.is_none() => continue,
            _ => {}
        }
        let names: BTreeSet<&String> = ctx.env.keys().chain(ctx.go_env_file.keys()).collect();
        for name in names {
            if !relevant(name) || ctx.unset.contains(name) {
                continue;
            }
            let winner = match ctx.env.get(name.as_str()) {
                Some(b) => &model.assignments[b.assignment()],
                None => &model.assignments[ctx.go_env_file[name.as_str()]],
            };
            for loser in model.overridden(ctx, name) {
                // a go env -w entry the environment hides is GPD407's
                if loser.origin == Origin::GoEnvWrite && winner.origin != Origin::GoEnvWrite {
                    continue;
                }
                if used.contains(&key(loser))
                    || !differ(winner, loser)
                    || refers_to(model, winner, name)
                {
                    continue;
                }
                conflicts.entry(key(loser)).or_insert((loser, winner, ctx));
            }
        }
    }
    for (loser, winner, ctx) in conflicts.into_values() {
        let winner_file = model.file(winner);
        let line = winner_file
            .span(winner.range.start, winner.range.start)
            .start_line;
        // a CI job's variable may still reach a step this checker does not follow (`make`)
        let unused = if loser.origin == Origin::CiEnv {
            "is used by no go command"
        } else {
            "is never used"
        };
        let message = format!(
            "`{}` {unused}: `{}` ({}:{line}) replaces it for {}, because {}",
            model.written(loser),
            model.written(winner),
            winner_file.path,
            ctx.description,
            why(model, winner, loser)
        );
        let applicability = if loser.origin == Origin::CiEnv {
            Applicability::Unsafe
        } else {
            Applicability::Safe
        };
        findings.push(
            RULE.finding(message, model.location(loser, loser.range.clone(), "never used"))
                .related(model.location(winner, winner.range.clone(), "this value wins"))
                .help(format!(
                    "keep one value for `{}`: delete the one that is never used, or move the value you want there",
                    loser.name
                ))
                .fix(loser.removal.clone().and_then(|r| {
                    edit_fix(
                        model,
                        loser,
                        r,
                        "",
                        format!("remove `{}`", model.written(loser)),
                        applicability,
                    )
                }))
                .build(),
        );
    }
}

/// Both values are known and different, and the winner does not just reset the setting.
fn differ(winner: &Assignment, loser: &Assignment) -> bool {
    match (&winner.value, &loser.value) {
        (Some(w), Some(l)) if !winner.dynamic && !loser.dynamic => {
            !w.is_empty() && w.as_str() != l.as_str()
        }
        _ => false,
    }
}

/// The winner is written in terms of the value it replaces (`ENV GOFLAGS="$GOFLAGS -x"`).
fn refers_to(model: &Model<'_>, winner: &Assignment, name: &str) -> bool {
    let written = model.written(winner);
    let value = written.split_once(['=', ':']).map_or(written, |(_, v)| v);
    value.match_indices('$').any(|(i, _)| {
        let rest = value[i + 1..].trim_start_matches('{');
        rest.starts_with(name)
            && !rest[name.len()..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
    })
}

/// A name repeated in an env file or a go env file: the last one wins.
fn file_duplicates<'m>(
    model: &'m Model<'_>,
    ctx: &'m Context,
    by_name: &BTreeMap<(usize, &str), Vec<&'m Assignment>>,
    conflicts: &mut BTreeMap<Key, (&'m Assignment, &'m Assignment, &'m Context)>,
) {
    let winners = ctx
        .env
        .values()
        .map(|b| b.assignment())
        .chain(ctx.go_env_file.values().copied());
    for w in winners {
        let winner = &model.assignments[w];
        if !relevant(&winner.name) {
            continue;
        }
        let same_name = by_name
            .get(&(ctx.file, winner.name.as_str()))
            .map_or(&[][..], Vec::as_slice);
        for &loser in same_name
            .iter()
            .filter(|a| a.origin == winner.origin && a.range.start < winner.range.start)
        {
            if differ(winner, loser) {
                conflicts.entry(key(loser)).or_insert((loser, winner, ctx));
            }
        }
    }
}

fn why(model: &Model<'_>, winner: &Assignment, loser: &Assignment) -> &'static str {
    let gitlab = matches!(model.parsed[winner.file], Parsed::GitlabCi(_));
    match (winner.origin, loser.origin) {
        (Origin::DockerEnv, Origin::DockerArg) => "`ENV` takes precedence over `ARG` in the stage",
        (Origin::DockerEnv, Origin::DockerEnv) => "a later `ENV` replaces an earlier one",
        (Origin::DockerArg, Origin::DockerArg) => "a later `ARG` replaces an earlier one",
        // only `>> $GITHUB_ENV` exports have no entry of their own to remove
        (Origin::CiEnv, Origin::CiEnv) if winner.removal.is_none() => {
            "an earlier step exported it to `$GITHUB_ENV` for the steps after it"
        }
        (Origin::CiEnv, Origin::CiEnv) if gitlab => {
            "a job's own `variables` override global and inherited ones"
        }
        (Origin::CiEnv, Origin::CiEnv) => {
            "a step's `env` overrides the job's, which overrides the workflow's"
        }
        (Origin::Shell, _) => {
            "a variable the script sets for the go command overrides the inherited one"
        }
        (Origin::EnvFile, Origin::EnvFile) => "the last assignment in the file wins",
        (Origin::GoEnvWrite, Origin::GoEnvWrite) => "the last entry of the go env file wins",
        _ => "it is set later",
    }
}

#[cfg(test)]
mod tests {
    use crate::report::Applicability;
    use crate::rules::test_support::{apply_fix, check, spanned};

    #[test]
    fn env_replaced_before_any_run() {
        let df = "FROM golang:1.23\nENV GOPROXY=https://proxy.corp.example\nENV GOFLAGS=-mod=mod GOPROXY=https://proxy.golang.org,direct\nRUN go mod download\nRUN go build\n";
        let f = check("GPD702", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(
            spanned(df, &f[0].primary),
            "GOPROXY=https://proxy.corp.example"
        );
        assert_eq!(
            spanned(df, &f[0].related[0]),
            "GOPROXY=https://proxy.golang.org,direct"
        );
        assert_eq!(
            f[0].message,
            "`GOPROXY=https://proxy.corp.example` is never used: `GOPROXY=https://proxy.golang.org,direct` \
             (Dockerfile:3) replaces it for the stage, `go mod download` on line 4, because a later `ENV` \
             replaces an earlier one"
        );
        assert_eq!(f[0].fixes[0].applicability, Applicability::Safe);
        assert_eq!(
            apply_fix(df, &f[0]),
            "FROM golang:1.23\nENV GOFLAGS=-mod=mod GOPROXY=https://proxy.golang.org,direct\nRUN go mod download\nRUN go build\n"
        );

        let df = "FROM golang:1.23\nARG GOFLAGS=-mod=vendor\nENV GOFLAGS=-mod=mod\nRUN go build\n";
        let f = check("GPD702", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message
                .ends_with("because `ENV` takes precedence over `ARG` in the stage")
        );
    }

    #[test]
    fn ci_job_value_every_step_overrides() {
        let wf = "jobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      GOPRIVATE: corp.example\n    steps:\n      - run: go build\n        env:\n          GOPRIVATE: git.corp.example\n";
        let f = check("GPD702", &[(".github/workflows/ci.yml", wf)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(wf, &f[0].primary), "GOPRIVATE: corp.example");
        assert!(
            f[0].message.starts_with(
                "`GOPRIVATE: corp.example` is used by no go command: `GOPRIVATE: git.corp.example`"
            ),
            "{}",
            f[0].message
        );
        assert!(
            f[0].message
                .contains("because a step's `env` overrides the job's")
        );
        assert_eq!(f[0].fixes[0].applicability, Applicability::Unsafe);

        let ci = "variables:\n  GOPROXY: https://a.example\nbuild:\n  variables:\n    GOPROXY: https://b.example\n  script:\n    - go build\n";
        let f = check("GPD702", &[(".gitlab-ci.yml", ci)]);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message
                .ends_with("because a job's own `variables` override global and inherited ones")
        );
    }

    #[test]
    fn github_env_export() {
        let wf = "jobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      GOFLAGS: -mod=vendor\n    steps:\n      - run: echo \"GOFLAGS=-mod=mod\" >> $GITHUB_ENV\n      - run: go build\n";
        let f = check("GPD702", &[(".github/workflows/ci.yml", wf)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(wf, &f[0].primary), "GOFLAGS: -mod=vendor");
        assert!(
            f[0].message.ends_with(
                "because an earlier step exported it to `$GITHUB_ENV` for the steps after it"
            ),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn duplicates_in_env_files_and_go_env_files() {
        let env = "GOPROXY=https://a.example\nGOPRIVATE=corp.example\nGOPROXY=https://b.example\n";
        let f = check("GPD702", &[(".env", env)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(env, &f[0].primary), "GOPROXY=https://a.example");
        assert!(
            f[0].message
                .ends_with("because the last assignment in the file wins")
        );
        assert_eq!(
            apply_fix(env, &f[0]),
            "GOPRIVATE=corp.example\nGOPROXY=https://b.example\n"
        );

        let goenv = "GOFLAGS=-mod=mod\nGOFLAGS=-mod=vendor\n";
        let f = check("GPD702", &[("go.env", goenv)]);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message
                .ends_with("because the last entry of the go env file wins")
        );
    }

    #[test]
    fn deliberate_overrides_do_not_fire() {
        for df in [
            // a RUN sees the first value
            "FROM golang\nENV GOFLAGS=-mod=mod\nRUN go mod download\nENV GOFLAGS=-mod=vendor\nRUN go build\n",
            "FROM golang\nENV HTTPS_PROXY=http://p:1\nRUN apt-get update\nENV HTTPS_PROXY=http://q:1\nRUN go build\n",
            // one command's own value
            "FROM golang\nENV GOFLAGS=-mod=vendor\nRUN GOFLAGS=-mod=mod go mod download && go build\n",
            // same value twice
            "FROM golang\nENV GOPROXY=https://a\nENV GOPROXY=https://a\nRUN go build\n",
            // reset to empty on purpose
            "FROM golang\nENV GOFLAGS=-mod=vendor\nENV GOFLAGS=\nRUN go build\n",
            // known only at build time
            "FROM golang\nARG GOPROXY\nENV GOPROXY=${GOPROXY}\nRUN go build\n",
            "FROM golang\nARG GOPROXY=https://a\nENV GOPROXY=${GOPROXY}\nRUN go build\n",
            // the second value is built from the first
            "FROM golang\nARG GOFLAGS=-mod=mod\nENV GOFLAGS=\"${GOFLAGS} -trimpath\"\nRUN go build\n",
            "FROM golang\nENV GOFLAGS=-mod=mod\nENV GOFLAGS=\"$GOFLAGS -trimpath\"\nRUN go build\n",
            // not a Go setting
            "FROM golang\nENV APP_MODE=a\nENV APP_MODE=b\nRUN go build\n",
            // a go env -w hidden by the environment is GPD407
            "FROM golang\nRUN go env -w GOPROXY=https://a\nENV GOPROXY=https://b\nRUN go build\n",
        ] {
            assert!(check("GPD702", &[("Dockerfile", df)]).is_empty(), "{df}");
        }
        // a step without its own value uses the job's
        let wf = "jobs:\n  b:\n    env:\n      GOPRIVATE: corp.example\n    steps:\n      - run: go build\n        env:\n          GOPRIVATE: git.corp.example\n      - run: go test\n";
        assert!(check("GPD702", &[(".github/workflows/ci.yml", wf)]).is_empty());
    }
}
