use super::{Rule, edit_fix};
use crate::model::goenv::{ProxyKind, ProxyList};
use crate::model::q_proxy::proxy_url_user;
use crate::model::{Assignment, Model, Origin};
use crate::redact::redact_url_list;
use crate::report::{Applicability, Finding, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD105",
    name: "goproxy-credentials-in-url",
    family: "proxy list",
    severity: Severity::Error,
    security_severity: Some("8.0"),
    summary: "credentials (user info) in a GOPROXY URL",
    tags: &["goproxy", "secrets"],
    precision: "very-high",
    check,
    docs: r#"Finds GOPROXY URLs with user info (`https://user:token@proxy.corp.example`,
`https://token@proxy.corp.example`) written into a Dockerfile, an env file, a go env file or a CI
configuration — including values that are overridden later or entries Go never reads, since the
text leaks all the same. Messages show the URL redacted (`https://user:xxxxx@host`).

## Why it matters
A GOPROXY value is anything but secret: it is committed with the file, baked into the image
config by `ENV` (readable with `docker inspect` and `docker history` by anyone who can pull the
image, in every image built `FROM` it), recorded in the build history when it comes from an `ARG`,
printed by `go env`, echoed in CI logs and in go's own error messages. A token there must be
treated as leaked. Over plain `http://` it does not even work: Go refuses to send it
(`refusing to pass credentials to insecure URL`).

## Example
```dockerfile
FROM golang:1.23
ENV GOPROXY=https://ci:s3cr3t-t0ken@athens.corp.example,direct
RUN go mod download
```

## Use instead
```dockerfile
FROM golang:1.23
ENV GOPROXY=https://athens.corp.example,direct
RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download
```

## Fix safety
The fix removes the user info from the URL. It is unsafe: the build needs the credentials from
somewhere else (a `.netrc` or GOAUTH through a secret), and the exposed token still has to be
revoked.

## Go behaviour
The go command sends the user info of a proxy URL as HTTP basic authentication, and refuses to
for an `http://` URL (`web/http.go`: `refusing to pass credentials to insecure URL`); it also
reads credentials for proxy hosts from `~/.netrc` (or `$NETRC`) and, from Go 1.24, from GOAUTH
commands. `go env` prints GOPROXY as set. Go's own messages redact a password with
`url.URL.Redacted` but print a token given as the user name alone (`https://token@host`) in
full, with the request path after it. See `go help goproxy`, `go help goauth` (Go ≥ 1.24) and
go-semantics §2.1.
"#,
};

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    for a in model
        .assignments
        .iter()
        .filter(|a| a.name == "GOPROXY" && !a.dynamic)
    {
        let Some(value) = &a.value else { continue };
        let list = ProxyList::parse(value.as_str());
        for e in list.entries.iter().chain(&list.ignored) {
            let ProxyKind::Url(url) = &e.kind else {
                continue;
            };
            let Some(user) = proxy_url_user(url).filter(|u| !u.is_empty()) else {
                continue;
            };
            let user_start = e.range.start + e.text.find("://").map_or(0, |i| i + 3);
            let user_range = user_start..user_start + user.len();
            let shown = redact_url_list(&e.text);
            let mut message = format!(
                "GOPROXY entry `{shown}` has credentials in its URL: {}",
                exposure(model, a)
            );
            if url.starts_with("http://") {
                message.push_str(&format!(
                    "; over plain HTTP Go does not even send them (`refusing to pass credentials \
                     to insecure URL: {}/…`)",
                    redact_url_list(url).trim_end_matches('/')
                ));
            }
            let fix = model
                .exact_value_range(a, user_range.start..user_range.end + 1)
                .filter(|_| value.as_str().as_bytes().get(user_range.end) == Some(&b'@'))
                .and_then(|r| {
                    edit_fix(
                        model,
                        a,
                        r,
                        "",
                        "remove the credentials from the URL",
                        Applicability::Unsafe,
                    )
                });
            findings.push(
                RULE.finding(
                    message,
                    model.location(a, model.value_range(a, user_range), "credentials"),
                )
                .help(
                    "revoke the token, remove the user info from the URL and give go the \
                     credentials through a `.netrc` (`machine <host> login <user> password \
                     <token>`) or GOAUTH, passed as a secret (in Docker: `RUN \
                     --mount=type=secret,id=netrc,target=/root/.netrc go mod download`)",
                )
                .fix(fix)
                .build(),
            );
        }
    }
}

/// Where a value set by `a` ends up.
fn exposure(model: &Model<'_>, a: &Assignment) -> String {
    let path = &model.file(a).path;
    match a.origin {
        Origin::DockerEnv | Origin::DockerOnbuild => format!(
            "they are committed in {path} and stored in the config of the image and of every \
             image built from it (`docker inspect`, `docker history`)"
        ),
        Origin::DockerArg | Origin::DockerGlobalArg => format!(
            "they are committed in {path} and recorded in the build history of every RUN that \
             uses the argument"
        ),
        Origin::GoEnvWrite => format!(
            "they are committed in {path}, written to the go env file and printed by `go env`"
        ),
        Origin::CiEnv => format!(
            "they are committed in {path}, in the environment of every command of the job, and \
             printed by `go env` and in logs"
        ),
        Origin::Shell | Origin::EnvFile => {
            format!("they are stored in {path} and printed by `go env` and in logs")
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::report::Applicability;
    use crate::rules::test_support::{apply_fix, check, spanned};

    #[test]
    fn fires_without_echoing_the_secret() {
        let df = "FROM golang:1.23\nENV GOPROXY=https://ci:s3cr3t-t0ken@athens.corp.example,direct\nRUN go mod download\n";
        let f = check("GPD105", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(df, &f[0].primary), "ci:s3cr3t-t0ken");
        assert_eq!(
            (f[0].primary.span.start_line, f[0].primary.span.start_column),
            (2, 21)
        );
        assert_eq!(
            f[0].message,
            "GOPROXY entry `https://ci:xxxxx@athens.corp.example` has credentials in its URL: \
             they are committed in Dockerfile and stored in the config of the image and of every \
             image built from it (`docker inspect`, `docker history`)"
        );
        let all = format!(
            "{} {} {}",
            f[0].message,
            f[0].help.as_deref().unwrap(),
            f[0].fixes[0].description
        );
        assert!(!all.contains("s3cr3t"), "{all}");
        assert_eq!(f[0].fixes[0].applicability, Applicability::Unsafe);
        assert_eq!(
            apply_fix(df, &f[0]),
            "FROM golang:1.23\nENV GOPROXY=https://athens.corp.example,direct\nRUN go mod download\n"
        );
    }

    #[test]
    fn a_token_as_user_name_and_plain_http() {
        let env = "GOPROXY=http://ghp_abcdef@proxy.corp.example\n";
        let f = check("GPD105", &[(".env", env)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(env, &f[0].primary), "ghp_abcdef");
        assert!(!f[0].message.contains("ghp_abcdef"), "{}", f[0].message);
        assert!(
            f[0].message.ends_with(
                "(`refusing to pass credentials to insecure URL: http://xxxxx@proxy.corp.example/…`)"
            ),
            "{}",
            f[0].message
        );
        assert_eq!(apply_fix(env, &f[0]), "GOPROXY=http://proxy.corp.example\n");
    }

    #[test]
    fn leaks_even_when_unread_or_overridden() {
        let df = "ARG GOPROXY=https://u:p4ss@proxy.corp.example\nFROM golang\nENV GOPROXY=direct,https://u:p4ss@b.example\nENV GOPROXY=direct\nRUN go build\n";
        let f = check("GPD105", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].primary.span.start_line, 1);
        assert!(f[0].message.contains("recorded in the build history"));
        assert_eq!(f[1].primary.span.start_line, 3);
    }

    #[test]
    fn ci_go_env_and_go_env_w() {
        let wf = "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      GOPROXY: https://bot:tok@proxy.corp.example\n    steps:\n      - run: go build\n";
        let f = check("GPD105", &[(".github/workflows/ci.yml", wf)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(wf, &f[0].primary), "bot:tok");
        let gl = "variables:\n  GOPROXY: https://bot:tok@proxy.corp.example\nbuild:\n  script:\n    - go build\n";
        assert_eq!(check("GPD105", &[(".gitlab-ci.yml", gl)]).len(), 1);
        let goenv = "GOPROXY=https://bot:tok@proxy.corp.example\n";
        let f = check("GPD105", &[("go.env", goenv)]);
        assert!(f[0].message.contains("written to the go env file"));
        let df =
            "FROM golang\nRUN go env -w GOPROXY=https://bot:tok@proxy.corp.example && go build\n";
        let f = check("GPD105", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(df, &f[0].primary), "bot:tok");
    }

    #[test]
    fn near_misses() {
        for df in [
            "FROM golang\nENV GOPROXY=https://proxy.corp.example,direct\nRUN go build\n",
            // the secret comes from the build: not in the file
            "FROM golang\nARG TOKEN\nENV GOPROXY=https://ci:${TOKEN}@proxy.corp.example\nRUN go build\n",
            "FROM golang\n# ENV GOPROXY=https://u:p@proxy.corp.example\nRUN go build\n",
            // an `@` in the path is not user info
            "FROM golang\nENV GOPROXY=https://proxy.corp.example/@v\nRUN go build\n",
            // HTTP_PROXY credentials are another matter
            "FROM golang\nARG HTTPS_PROXY=http://u:p@squid:3128\nRUN go build\n",
        ] {
            assert!(check("GPD105", &[("Dockerfile", df)]).is_empty(), "{df}");
        }
        let wf = "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      GOPROXY: https://bot:${{ secrets.TOKEN }}@proxy.corp.example\n    steps:\n      - run: go build\n";
        assert!(check("GPD105", &[(".github/workflows/ci.yml", wf)]).is_empty());
    }
}
