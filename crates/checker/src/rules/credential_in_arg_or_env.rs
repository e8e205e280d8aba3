use super::Rule;
use crate::model::q_credentials::{SecretValue, is_secret_name, looks_random, secret_value};
use crate::model::{Assignment, Binding, ContextKind, Model, Origin};
use crate::parse::Parsed;
use crate::report::{Finding, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD501",
    name: "credential-in-arg-or-env",
    family: "credentials and proxies in images",
    severity: Severity::Error,
    security_severity: Some("8.0"),
    summary: "a credential in a Dockerfile ARG or ENV, or written literally in a CI or go env file",
    tags: &["credentials", "docker", "ci"],
    precision: "high",
    check,
    docs: r#"Finds credentials passed through a Dockerfile `ARG` or `ENV` (a token-like name such as `GITHUB_TOKEN`, `GH_TOKEN`, `GITLAB_TOKEN`, `CI_JOB_TOKEN`, `NPM_TOKEN`, `*_TOKEN`, `*_PASSWORD`, `*_SECRET`, or a value holding URL user information or a well-known token such as `ghp_…`, `github_pat_…`, `glpat-…`), and credentials written literally in a CI `env:`/`variables:` entry, a script's `NAME=value`, or a `go.env` file.

## Why it matters
An `ENV` value is part of the image configuration: everyone who can pull the image reads it
with `docker inspect`, and every container started from it has it. An `ARG` value is recorded in
the image history for every `RUN` that follows it (`docker history`, and BuildKit's provenance
attestations), whether it has a default or comes from `--build-arg`. A token that reaches private
Go modules usually reaches the whole organisation's code. A literal credential in a CI file or a
`go.env` is readable by anyone who can read the repository, and stays in its history after it is
removed. In Dockerfiles the rule goes by the variable's name (the value usually comes from
`--build-arg`, so it is not in the file) and by the value; elsewhere it only fires on a literal
value: GitHub `${{ secrets.NAME }}` and GitLab `$CI_JOB_TOKEN` references are the right way to do
it, and a literal value under a secret-like name fires only when it looks random (a test
database's `POSTGRES_PASSWORD: postgres` does not). Builder stages count too: their history and layers
stay in the build cache and in any image built with `--target`. A global `ARG` before the first
`FROM` counts only when a stage redeclares it. Env files (`.env`, `.envrc`) are where local secrets are meant
to live and are not checked. GOPRIVATE, GONOPROXY and GONOSUMDB hold module path patterns, not
secrets; GOAUTH only counts when its command line holds a token.

## Example
```dockerfile
FROM golang:1.23
ARG GITHUB_TOKEN
RUN git config --global url."https://${GITHUB_TOKEN}@github.com/".insteadOf "https://github.com/"
ENV GOPRIVATE=github.com/acme
RUN go mod download
```

## Use instead
```dockerfile
# syntax=docker/dockerfile:1
FROM golang:1.23
ENV GOPRIVATE=github.com/acme
RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download
```
and `docker build --secret id=netrc,src=$HOME/.netrc .` (a `machine github.com login x password <token>` entry).

## Fix safety
There is no automatic fix: the credential has to move to a build secret (`RUN --mount=type=secret`)
or a CI secret, and a credential that was committed or pushed in an image must be revoked.

## Go behaviour
The go command authenticates its HTTPS requests (GOPROXY, `?go-get=1` discovery) from `.netrc`
(`$NETRC`, else `~/.netrc`) or, from Go 1.24, the GOAUTH commands; the `git` it runs for direct
fetches uses git's own credential helpers, `url.<base>.insteadOf` rewrites and SSH keys. None of
them needs the credential in an environment variable of the image: a secret mounted for the one
`RUN` that downloads is enough (`go help goauth`, `go help private`; `cmd/go/internal/auth`,
go-semantics §9.3). A GOPROXY URL may carry `user:password@`, which then travels with every
copy of the setting.
"#,
};

/// Why an assignment holds a credential.
enum Reason {
    /// The variable's name says so.
    Name,
    /// The value holds one.
    Value(SecretValue),
    /// A secret-like name with a random-looking literal value.
    NameAndValue,
}

fn is_dockerfile(model: &Model<'_>, file: usize) -> bool {
    matches!(model.parsed.get(file), Some(Parsed::Dockerfile(_)))
}

/// The value as written (`$VAR` references kept), from the assignment's source.
fn written_value<'m>(model: &'m Model<'_>, a: &'m Assignment) -> &'m str {
    let text = model.written(a);
    let name_end = a.name_range.end.saturating_sub(a.range.start);
    text.get(name_end..)
        .map(|t| t.trim_start_matches([':', '=', ' ', '\t']))
        .unwrap_or(text)
}

fn reason(model: &Model<'_>, idx: usize, a: &Assignment) -> Option<Reason> {
    let written = written_value(model, a);
    let by_value = secret_value(written);
    let value = a.value.as_ref().map(|v| v.as_str());
    match a.origin {
        Origin::DockerEnv | Origin::DockerArg | Origin::DockerOnbuild => {
            if let Some(v) = by_value {
                return Some(Reason::Value(v));
            }
            // `ENV GITHUB_TOKEN=` clears it: nothing is stored
            let cleared = !a.dynamic && value.is_some_and(str::is_empty);
            (is_secret_name(&a.name) && !cleared).then_some(Reason::Name)
        }
        Origin::DockerGlobalArg => {
            // only seen by FROM lines unless a stage redeclares it
            let reaches_stage = || {
                model.contexts_binding(idx).iter().any(|&c| {
                    model.contexts[c].env.get(&a.name).map(|b| b.assignment()) == Some(idx)
                })
            };
            by_value.filter(|_| reaches_stage()).map(Reason::Value)
        }
        Origin::GoEnvWrite if is_dockerfile(model, a.file) => None, // GPD502: written to a layer
        Origin::Shell | Origin::GoEnvWrite | Origin::CiEnv => {
            if let Some(v) = by_value.filter(SecretValue::literal) {
                return Some(Reason::Value(v));
            }
            let literal = !a.dynamic && !written.contains('$');
            (is_secret_name(&a.name) && literal && value.is_some_and(looks_random))
                .then_some(Reason::NameAndValue)
        }
        Origin::EnvFile => None,
    }
}

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    for (idx, a) in model.assignments.iter().enumerate() {
        let Some(reason) = reason(model, idx, a) else {
            continue;
        };
        // user info in a GOPROXY URL is GPD105's (goproxy-credentials-in-url)
        if a.name == "GOPROXY" && !a.dynamic && matches!(reason, Reason::Value(_)) {
            continue;
        }
        let path = &model.file(a).path;
        let what = match &reason {
            Reason::Name => "a credential".to_owned(),
            Reason::Value(v) => format!("a credential ({})", v.describe()),
            Reason::NameAndValue => "a literal credential".to_owned(),
        };
        let name = &a.name;
        let docker_help = format!(
            "pass it as a build secret instead, for the one RUN that needs it: \
             `RUN --mount=type=secret,id={id},env={name} …` (or `target=/root/.netrc` for a netrc file) \
             with `docker build --secret id={id},env={name}`",
            id = name.to_ascii_lowercase()
        );
        let literal =
            !matches!(reason, Reason::Name) && !matches!(&reason, Reason::Value(v) if !v.literal());
        let revoke = if literal {
            "; revoke this credential: it is in the repository's history"
        } else {
            ""
        };
        let (message, help) = match a.origin {
            Origin::DockerEnv => (
                format!(
                    "`ENV {name}` stores {what} in the image: anyone who can pull it reads it with `docker inspect`"
                ),
                format!("{docker_help}{revoke}"),
            ),
            Origin::DockerArg | Origin::DockerGlobalArg => (
                format!(
                    "`ARG {name}` passes {what} as a build argument: its value is recorded in the image history of every RUN after it"
                ),
                format!("{docker_help}{revoke}"),
            ),
            Origin::DockerOnbuild => (
                format!(
                    "`ONBUILD` sets `{name}` to {what}: the trigger is stored in the image and its value lands in every image built from it"
                ),
                format!("{docker_help}{revoke}"),
            ),
            Origin::CiEnv => {
                let gitlab = matches!(model.parsed.get(a.file), Some(Parsed::GitlabCi(_)));
                let help = if gitlab {
                    format!(
                        "store it as a masked CI/CD variable of the project (Settings → CI/CD → Variables) and delete `{name}` from this file{revoke}"
                    )
                } else {
                    format!(
                        "store it as an encrypted secret and reference it: `{name}: ${{{{ secrets.{} }}}}`{revoke}",
                        name.to_ascii_uppercase()
                    )
                };
                (
                    format!(
                        "`{name}` is set to {what} in {path}: anyone who can read the repository can use it"
                    ),
                    help,
                )
            }
            _ => {
                let in_history = if is_dockerfile(model, a.file) {
                    ", and the RUN command line with it is recorded in the image history"
                } else {
                    ""
                };
                (
                    format!(
                        "`{name}` is set to {what} in a script of {path}: anyone who can read the repository can use it{in_history}"
                    ),
                    if is_dockerfile(model, a.file) {
                        format!("{docker_help}{revoke}")
                    } else {
                        format!("read it from a CI secret (`${name}`) instead{revoke}")
                    },
                )
            }
        };
        let mut finding = RULE
            .finding(
                message,
                model.location(a, a.name_range.clone(), "credential set here"),
            )
            .help(help);
        // for a build argument: the first RUN that records it
        if matches!(a.origin, Origin::DockerArg | Origin::DockerGlobalArg)
            && let Some(ctx) = model.contexts.iter().find(|c| {
                c.kind == ContextKind::DockerRun
                    && c.file == a.file
                    && matches!(c.env.get(name), Some(Binding::Set(i) | Binding::AtBuildTime(i)) if *i == idx)
            })
        {
            finding = finding.related(model.file(a).location(
                ctx.anchor.start,
                ctx.anchor.end,
                "its value is recorded with this RUN",
            ));
        }
        findings.push(finding.build());
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{check, spanned};

    const TOKEN: &str = "ghp_0123456789abcdefghijABCDEFGHIJ012345";

    fn assert_redacted(f: &crate::Finding, secret: &str) {
        assert!(!f.message.contains(secret), "{}", f.message);
        assert!(
            !f.help.as_deref().unwrap_or("").contains(secret),
            "{:?}",
            f.help
        );
        assert!(!f.primary.label.contains(secret));
        for r in &f.related {
            assert!(!r.label.contains(secret));
        }
    }

    #[test]
    fn token_named_arg_and_env_fire() {
        let df = "FROM golang:1.23\nARG GITHUB_TOKEN\nENV GOPRIVATE=github.com/acme\nRUN go mod download\n";
        let f = check("GPD501", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(df, &f[0].primary), "GITHUB_TOKEN");
        assert_eq!(
            (f[0].primary.span.start_line, f[0].primary.span.start_column),
            (2, 5)
        );
        assert!(
            f[0].message
                .starts_with("`ARG GITHUB_TOKEN` passes a credential as a build argument")
        );
        assert_eq!(spanned(df, &f[0].related[0]), "RUN");
        assert_eq!(f[0].related[0].span.start_line, 4);
        assert!(f[0].fixes.is_empty());

        let df = format!(
            "FROM golang:1.23\nARG X\nENV CI_JOB_TOKEN={TOKEN} NPM_TOKEN=${{X}}\nRUN go build\n"
        );
        let f = check("GPD501", &[("Dockerfile", &df)]);
        assert_eq!(f.len(), 2);
        assert!(f[0].message.starts_with("`ENV CI_JOB_TOKEN` stores a credential (a GitHub personal access token) in the image"), "{}", f[0].message);
        assert!(f[0].help.as_deref().unwrap().contains("revoke"));
        assert_redacted(&f[0], TOKEN);
        assert!(
            f[1].message
                .starts_with("`ENV NPM_TOKEN` stores a credential in the image")
        );
        assert!(!f[1].help.as_deref().unwrap().contains("revoke"));
        for name in ["GH_TOKEN", "GITLAB_TOKEN", "DB_PASSWORD", "APP_SECRET"] {
            let df = format!("FROM golang\nARG {name}=x\nRUN go build\n");
            assert_eq!(check("GPD501", &[("Dockerfile", &df)]).len(), 1, "{name}");
        }
    }

    #[test]
    fn url_user_info_is_redacted() {
        let df = "FROM golang:1.23\nENV ATHENS_URL=https://bob:hunter2secret@athens.corp.example/\nRUN go mod download\n";
        let f = check("GPD501", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(df, &f[0].primary), "ATHENS_URL");
        assert!(
            f[0].message
                .contains("`https://bob:xxxxx@athens.corp.example`"),
            "{}",
            f[0].message
        );
        assert_redacted(&f[0], "hunter2secret");

        // a reference: the expanded value is baked in all the same
        let df = "FROM golang:1.23\nARG PROXY_PASS\nENV GOPROXY=https://bob:${PROXY_PASS}@athens.corp.example\nRUN go build\n";
        let f = check("GPD501", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("`ENV GOPROXY`"));
        assert!(!f[0].help.as_deref().unwrap().contains("revoke"));
    }

    #[test]
    fn goauth_with_a_token_fires_plain_goauth_does_not() {
        let df = format!(
            "FROM golang:1.24\nENV GOAUTH=\"printf 'https://github.com\\n\\nAuthorization: Bearer {TOKEN}\\n\\n'\"\nRUN go build\n"
        );
        let f = check("GPD501", &[("Dockerfile", &df)]);
        assert_eq!(f.len(), 1);
        assert_redacted(&f[0], TOKEN);
        for df in [
            "FROM golang:1.24\nENV GOAUTH=netrc\nRUN go build\n",
            "FROM golang:1.24\nENV GOAUTH=\"git /src\"\nRUN go build\n",
        ] {
            assert!(check("GPD501", &[("Dockerfile", df)]).is_empty(), "{df}");
        }
    }

    #[test]
    fn ci_literal_secrets_fire_references_do_not() {
        let wf = format!(
            "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n      GOPRIVATE: github.com/acme\n      GH_TOKEN: {TOKEN}\n      OTHER_TOKEN: ${{{{ secrets.OTHER_TOKEN }}}}\n      POSTGRES_PASSWORD: postgres\n    steps:\n      - run: go build ./...\n"
        );
        let f = check("GPD501", &[(".github/workflows/ci.yml", &wf)]);
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(spanned(&wf, &f[0].primary), "GH_TOKEN");
        assert!(f[0].message.contains(".github/workflows/ci.yml"));
        assert!(
            f[0].help
                .as_deref()
                .unwrap()
                .contains("${{ secrets.GH_TOKEN }}")
        );
        assert_redacted(&f[0], TOKEN);

        let gl = "variables:\n  GOPROXY: https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.example.com/api/v4/packages/go\n  DEPLOY_TOKEN: Zx9aQ3vB7nL2kP5tR8wY\nbuild:\n  script:\n    - go build ./...\n";
        let f = check("GPD501", &[(".gitlab-ci.yml", gl)]);
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(spanned(gl, &f[0].primary), "DEPLOY_TOKEN");
        assert!(f[0].message.contains("a literal credential"));
        assert!(
            f[0].help
                .as_deref()
                .unwrap()
                .contains("masked CI/CD variable")
        );
        assert_redacted(&f[0], "Zx9aQ3vB7nL2kP5tR8wY");
    }

    #[test]
    fn go_env_file_and_run_line() {
        let f = check(
            "GPD501",
            &[(
                "go.env",
                "GOAUTH=git https://u:pw123456@proxy.corp.example\n",
            )],
        );
        assert_eq!(f.len(), 1);
        assert_redacted(&f[0], "pw123456");
        let df = "FROM golang\nRUN MIRROR=https://u:pw123456@proxy.corp.example go mod download\n";
        let f = check("GPD501", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("recorded in the image history"));
        assert_redacted(&f[0], "pw123456");
    }

    #[test]
    fn near_misses_do_not_fire() {
        for df in [
            // patterns, not secrets
            "FROM golang\nENV GOPRIVATE=github.com/acme GONOSUMDB=github.com/acme GONOPROXY=none\nRUN go build\n",
            "FROM golang\nARG GOPRIVATE=git.corp.example/secret-team\nRUN go build\n",
            // a path to a secret file is not the secret
            "FROM golang\nENV GITHUB_TOKEN_FILE=/run/secrets/token\nRUN go build\n",
            "FROM golang\nENV GOOGLE_APPLICATION_CREDENTIALS=/run/secrets/gcp.json\nRUN go build\n",
            // cleared
            "FROM golang\nENV GITHUB_TOKEN=\nRUN go build\n",
            // read from a secret mount for one command
            "FROM golang\nRUN --mount=type=secret,id=t GITHUB_TOKEN=$(cat /run/secrets/t) go mod download\n",
            // ssh user, no password
            "FROM golang\nENV REPO=ssh://git@github.com/acme/x\nRUN go build\n",
            // a global ARG that no stage redeclares
            "ARG GOPROXY=https://u:pw123456@proxy.corp.example\nFROM golang\nRUN go build\n",
            // comments and heredoc text
            "FROM golang\n# ARG GITHUB_TOKEN\nRUN <<EOF\nENV GITHUB_TOKEN=x\nEOF\n",
        ] {
            assert!(check("GPD501", &[("Dockerfile", df)]).is_empty(), "{df}");
        }
        // env files are the local place for secrets
        assert!(check("GPD501", &[(".env", &format!("GITHUB_TOKEN={TOKEN}\n"))]).is_empty());
        // a CI step that reads the secret from a variable
        let wf = "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: GOPROXY=https://u:${PASS}@proxy.corp go mod download\n";
        assert!(check("GPD501", &[(".github/workflows/ci.yml", wf)]).is_empty());
    }

    #[test]
    fn legacy_env_form_and_onbuild() {
        let df = format!("FROM golang\nENV GH_TOKEN {TOKEN}\nONBUILD ARG NPM_TOKEN\n");
        let f = check("GPD501", &[("Dockerfile", &df)]);
        assert_eq!(f.len(), 2, "{f:#?}");
        assert!(f[0].message.contains("(a GitHub personal access token)"));
        assert_redacted(&f[0], TOKEN);
        assert!(f[1].message.starts_with("`ONBUILD` sets `NPM_TOKEN`"));
        assert_eq!(spanned(&df, &f[1].primary), "NPM_TOKEN");
    }

    #[test]
    fn global_arg_redeclared_fires_by_value() {
        let df = "ARG MIRROR=https://u:pw123456@proxy.corp.example\nFROM golang\nARG MIRROR\nRUN go build\n";
        let f = check("GPD501", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(f[0].primary.span.start_line, 1);
    }

    #[test]
    fn user_info_in_a_goproxy_url_is_left_to_gpd105() {
        for (path, text) in [
            (
                "Dockerfile",
                "FROM golang:1.23\nENV GOPROXY=https://bob:hunter2secret@athens.corp.example/,direct\nRUN go mod download\n",
            ),
            (
                "Dockerfile",
                "FROM golang\nRUN GOPROXY=https://u:pw123456@proxy.corp.example go mod download\n",
            ),
            ("go.env", "GOPROXY=https://u:pw123456@proxy.corp.example\n"),
        ] {
            assert!(check("GPD501", &[(path, text)]).is_empty(), "{text}");
            assert_eq!(check("GPD105", &[(path, text)]).len(), 1, "{text}");
        }
        // known only at build time: GPD105 cannot tell, this rule still can
        let df = "FROM golang:1.23\nARG PROXY_PASS\nENV GOPROXY=https://bob:${PROXY_PASS}@athens.corp.example\nRUN go build\n";
        assert!(
            check("GPD501", &[("Dockerfile", df)])
                .iter()
                .any(|f| f.message.contains("`ENV GOPROXY`"))
        );
    }
}
