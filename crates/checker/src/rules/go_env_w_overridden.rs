use super::Rule;
use crate::model::{Assignment, Effective, Model, Origin};
use crate::report::{Finding, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD407",
    name: "go-env-w-overridden",
    family: "Docker build",
    severity: Severity::Warning,
    security_severity: None,
    summary: "a `go env -w` of a variable the environment already sets, which has no effect",
    tags: &["docker", "ci", "configuration"],
    precision: "very-high",
    check,
    docs: r#"Finds `go env -w NAME=value` (in a Dockerfile `RUN` or a CI script) where the environment of that command already sets NAME to another non-empty value (`ENV`, `ARG`, a CI `env:`/`variables:` entry, `NAME=… go env -w …`), and every later go command that reads the written entry still has NAME in its environment: the write never takes effect.

## Why it matters
The go command reads the process environment first and its env file only for names the
environment leaves unset or empty. `go env -w` does not refuse to write a name the environment
sets: it prints a warning, which scrolls by in a build log, and exits 0. The build then runs with
the environment's value, not the one the Dockerfile or the CI script seems to configure, which
is how a `go env -w GOPRIVATE=…` or `go env -w GOPROXY=…` "does nothing".

## Example
```dockerfile
FROM golang:1.23
ENV GOPROXY=https://proxy.golang.org,direct
RUN go env -w GOPROXY=https://athens.example.com,direct
RUN go mod download
```

## Use instead
```dockerfile
FROM golang:1.23
ENV GOPROXY=https://athens.example.com,direct
RUN go mod download
```

## Go behaviour
`cfg.Getenv` returns a non-empty OS environment value before it looks at the user's env file
(`$GOENV`, default `$XDG_CONFIG_HOME/go/env` or `$HOME/.config/go/env`). `go env -w` checks each
name against the OS environment and, when that holds a different non-empty value, prints
`warning: go env -w NAME=... does not override conflicting OS environment variable` and still
writes the file (`src/cmd/go/internal/envcmd/env.go`, `runEnvW`). See `go help environment` and
go-semantics §1.2 and §1.4.
"#,
};

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    for (idx, a) in model.assignments.iter().enumerate() {
        if a.origin != Origin::GoEnvWrite || a.dynamic {
            continue;
        }
        let Some(written) = &a.value else { continue };
        // the `go env -w` command that writes it
        let Some(write) = model.contexts.iter().find(|c| {
            c.file == a.file
                && c.go.as_ref().is_some_and(|g| {
                    g.subcommand == "env"
                        && g.range.start <= a.range.start
                        && a.range.end <= g.range.end
                })
        }) else {
            continue; // a go.env file, not a command
        };
        let Effective::Value(env_a, env_v) = model.os_effective(write, &a.name) else {
            continue;
        };
        if env_v.as_str() == written.as_str() {
            continue; // Go does not warn, and the value is the same
        }
        // every later context that has the entry must still see the environment's value
        let mut readers = model
            .contexts
            .iter()
            .filter(|c| c.go_env_file.get(&a.name) == Some(&idx));
        if readers.any(|c| !matches!(model.os_effective(c, &a.name), Effective::Value(..))) {
            continue;
        }
        let go_range = write
            .go
            .as_ref()
            .map_or(a.range.clone(), |g| g.range.clone());
        let message = format!(
            "`go env -w {}={}` has no effect: {} sets {} to `{}`, and the environment wins over the go env file",
            a.name,
            written.as_str(),
            describe(env_a),
            a.name,
            env_v.as_str()
        );
        findings.push(
            RULE.finding(
                message,
                model.location(a, a.range.clone(), "written to the go env file, never read"),
            )
            .related(model.location(
                env_a,
                env_a.range.clone(),
                format!("{} set here, in the environment", a.name),
            ))
            .related(model.location(
                a,
                go_range,
                "go warns here that the environment overrides it, and goes on",
            ))
            .help(format!(
                "set {} where the environment sets it (or remove that assignment), and drop the `go env -w`",
                a.name
            ))
            .build(),
        );
    }
}

fn describe(a: &Assignment) -> &'static str {
    match a.origin {
        Origin::DockerEnv => "`ENV`",
        Origin::DockerArg | Origin::DockerGlobalArg => "`ARG`",
        Origin::DockerOnbuild => "`ONBUILD`",
        Origin::Shell => "the script",
        Origin::CiEnv => "the CI environment",
        Origin::EnvFile => "the env file",
        Origin::GoEnvWrite => "the environment",
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{check, spanned};

    #[test]
    fn fires_in_dockerfiles_with_the_environment_as_related() {
        let df = "FROM golang:1.23\nENV GOPROXY=https://proxy.golang.org,direct\nRUN go env -w GOPROXY=https://athens.example.com,direct\nRUN go mod download\n";
        let f = check("GPD407", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert_eq!(
            spanned(df, &f[0].primary),
            "GOPROXY=https://athens.example.com,direct"
        );
        assert_eq!(
            (f[0].primary.span.start_line, f[0].primary.span.start_column),
            (3, 15)
        );
        assert_eq!(
            spanned(df, &f[0].related[0]),
            "GOPROXY=https://proxy.golang.org,direct"
        );
        assert_eq!(
            f[0].message,
            "`go env -w GOPROXY=https://athens.example.com,direct` has no effect: `ENV` sets GOPROXY to `https://proxy.golang.org,direct`, and the environment wins over the go env file"
        );
    }

    #[test]
    fn fires_in_ci_scripts_and_under_a_prefix() {
        let wf = "jobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      GOPRIVATE: github.com/acme\n    steps:\n      - run: go env -w GOPRIVATE=github.com/acme,gitlab.acme.dev\n      - run: go build\n";
        let f = check("GPD407", &[(".github/workflows/ci.yml", wf)]);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.contains("the CI environment sets GOPRIVATE"),
            "{}",
            f[0].message
        );
        assert_eq!(spanned(wf, &f[0].related[0]), "GOPRIVATE: github.com/acme");

        let gl = "variables:\n  GOFLAGS: -mod=mod\nbuild:\n  script:\n    - go env -w GOFLAGS=-mod=vendor\n    - go build\n";
        assert_eq!(check("GPD407", &[(".gitlab-ci.yml", gl)]).len(), 1);

        let df = "FROM golang:1.23\nENV GOSUMDB=sum.golang.org\nRUN GOSUMDB=off go env -w GOSUMDB=sum.golang.google.cn\n";
        let f = check("GPD407", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.contains("the script sets GOSUMDB to `off`"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn near_misses_do_not_fire() {
        for df in [
            // nothing in the environment
            "FROM golang:1.23\nRUN go env -w GOPROXY=https://athens.example.com\nRUN go build\n",
            // empty in the environment: Go reads the file
            "FROM golang:1.23\nENV GOPROXY=\nRUN go env -w GOPROXY=https://athens.example.com\n",
            // the same value: Go does not warn
            "FROM golang:1.23\nENV GOPROXY=https://a.example\nRUN go env -w GOPROXY=https://a.example\n",
            // known only at build time
            "FROM golang:1.23\nARG GOPROXY\nRUN go env -w GOPROXY=https://athens.example.com\n",
            "FROM golang:1.23\nENV GOPROXY=https://a.example\nRUN go env -w GOPROXY=$X\n",
            // a later command runs without the environment's value: the write matters there
            "FROM golang:1.23\nENV GOPROXY=https://a.example\nRUN go env -w GOPROXY=https://b.example && env -u GOPROXY go build\n",
            // an ARG does not reach the image: go run in the image reads the file
            "FROM golang:1.23\nARG GOSUMDB=sum.golang.org\nRUN go env -w GOSUMDB=off\n",
            // a comment and a heredoc body that is not a script
            "FROM golang:1.23\nENV GOPROXY=https://a.example\n# RUN go env -w GOPROXY=https://b.example\n",
            "FROM golang:1.23\nENV GOPROXY=https://a.example\nCOPY <<EOF /x\ngo env -w GOPROXY=https://b.example\nEOF\n",
        ] {
            assert!(check("GPD407", &[("Dockerfile", df)]).is_empty(), "{df}");
        }
        // a go.env file is not a command run under an environment
        assert!(check("GPD407", &[("go.env", "GOPROXY=https://a.example\n")]).is_empty());
    }
}
