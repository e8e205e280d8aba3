use std::collections::BTreeMap;

use super::Rule;
use crate::model::private::module_host;
use crate::model::q_private::{FirstStop, PrivateRequirement, list_names};
use crate::model::{Context, ContextKind, Model};
use crate::parse::Parsed;
use crate::report::{Finding, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD306",
    name: "private-fetch-without-credentials",
    family: "private modules",
    severity: Severity::Warning,
    security_severity: None,
    summary: "a build fetches private modules directly with no credential source",
    tags: &["private-modules", "credentials"],
    precision: "medium",
    check,
    docs: r#"Finds Dockerfile `RUN`s and CI steps whose go command fetches private requirements directly
from their VCS host (GONOPROXY matches them, or GOPROXY reaches `direct` first) while nothing gives
git or the go command credentials: no `--mount=type=secret` or `--mount=type=ssh` on the RUN, no
`.netrc`, `.git-credentials` or git `insteadOf` written (or a credential file copied) before it,
no GOAUTH, and no variable that carries a token or configures git or ssh. In CI it fires only when
the job shows no sign of credentials at all: no action other than checkout, setup-go, cache and
artifacts before the step, and no script line that mentions a token, netrc, ssh, `insteadOf`,
credentials or `CI_JOB_TOKEN`. Env files are not checked: a developer's shell has their own
credentials.

## Why it matters
The go command runs git with `GIT_TERMINAL_PROMPT=0`, so a private repository fails with
`fatal: could not read Username for 'https://git.corp.example': terminal prompts disabled` (or
`Permission denied (publickey)`). The usual quick fix — a token in `ARG`/`ENV` or a `.netrc` written
in a layer — leaks the token into the image; mounting a secret for the one RUN that downloads does
not.

## Example
```dockerfile
FROM golang:1.23
ENV GOPRIVATE=git.corp.example
COPY go.mod go.sum ./
RUN go mod download
```
```gomod
// go.mod
module github.com/acme/app

go 1.23

require (
	git.corp.example/platform/auth v1.4.0
	github.com/google/uuid v1.6.0
)
```

## Use instead
```dockerfile
# syntax=docker/dockerfile:1
FROM golang:1.23
ENV GOPRIVATE=git.corp.example
COPY go.mod go.sum ./
RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download
```

## Go behaviour
In direct mode the go command runs the VCS (`git ls-remote`, `git fetch`) with
`GIT_TERMINAL_PROMPT=0` and `GCM_INTERACTIVE=never`; git uses its own configuration (credential
helpers, `url.<base>.insteadOf`, ssh keys), and the go command's own HTTPS requests (`?go-get=1`)
use `.netrc` or GOAUTH (Go ≥ 1.24). See `go help private`, `go help goauth` and go-semantics §9.
"#,
};

struct Group<'m> {
    host: String,
    contexts: Vec<&'m Context>,
    modules: Vec<PrivateRequirement<'m>>,
}

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    let mut groups: BTreeMap<(usize, String), Group<'_>> = BTreeMap::new();
    for ctx in model.contexts.iter().filter(|c| model.fetches_modules(c)) {
        // the requirements first: looking for a credential source reads the job's script up
        // to the command, which for every step of a long job would be quadratic
        let requirements = model.private_requirements(ctx);
        if requirements.is_empty()
            || model.any_dynamic(ctx, &["GOPROXY", "GONOPROXY", "GOPRIVATE", "GOAUTH"])
            || model.has_credential_source(ctx)
        {
            continue;
        }
        for pr in requirements {
            let module = pr.require.path.value.as_str();
            if model.first_stop(ctx, module) != FirstStop::Direct {
                continue;
            }
            let host = module_host(module).to_owned();
            let g = groups
                .entry((ctx.file, host.clone()))
                .or_insert_with(|| Group {
                    host,
                    contexts: Vec::new(),
                    modules: Vec::new(),
                });
            if !g.contexts.iter().any(|c| std::ptr::eq(*c, ctx)) {
                g.contexts.push(ctx);
            }
            crate::model::q_private::add_module(&mut g.modules, pr);
        }
    }
    for g in groups.into_values() {
        findings.push(crate::model::q_private::dedup_related(finding(model, g)));
    }
}

fn finding(model: &Model<'_>, g: Group<'_>) -> Finding {
    let names = crate::model::q_private::module_names(&g.modules);
    let first = &g.modules[0];
    let ctx = g.contexts[0];
    let cmd = ctx
        .go
        .as_ref()
        .map_or("go".to_owned(), |c| format!("go {}", c.subcommand));
    let message = format!(
        "{} fetches private {} {} directly from `{}` with no credential source: {}; git runs without a terminal there, so the fetch fails unless the repository is readable anonymously",
        ctx.description,
        if names.len() == 1 {
            "module"
        } else {
            "modules"
        },
        list_names(&names),
        g.host,
        first.reason.describe(model),
    );
    let mut b = RULE
        .finding(
            message,
            model.context_location(
                ctx,
                "go fetches from the VCS host here, without credentials",
            ),
        )
        .related(model.require_location(first.go_mod, first.require, "required here"));
    if let Some(loc) = model.reason_location(&first.reason) {
        b = b.related(loc);
    }
    for other in g.contexts.iter().skip(1).take(3) {
        b = b.related(model.context_location(other, "also fetches it without credentials"));
    }
    let help = match (ctx.kind.clone(), model.parsed.get(ctx.file)) {
        (ContextKind::DockerRun, _) => format!(
            "mount credentials for this RUN only, e.g. `RUN --mount=type=secret,id=netrc,target=/root/.netrc {cmd}` with a .netrc for `{}` (or `--mount=type=ssh` and a git `insteadOf` to ssh); never put a token in ARG/ENV",
            g.host
        ),
        (_, Some(Parsed::GitlabCi(_))) => format!(
            "give git credentials before this command, e.g. `echo \"machine {} login gitlab-ci-token password ${{CI_JOB_TOKEN}}\" > ~/.netrc`",
            g.host
        ),
        _ => format!(
            "give git credentials in an earlier step, e.g. `git config --global url.\"https://x-access-token:${{{{ secrets.PRIVATE_MODULES_TOKEN }}}}@{}/\".insteadOf \"https://{}/\"`",
            g.host, g.host
        ),
    };
    b.help(help).build()
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{check, spanned};

    const GO_MOD: &str = "module git.corp.example/team/app\n\ngo 1.22\n\nrequire (\n\tgit.corp.example/team/lib v1.0.0\n\tgit.corp.example/team/log v1.0.0\n\tgithub.com/pkg/errors v0.9.1\n)\n";

    fn run(name: &str, text: &str) -> Vec<crate::Finding> {
        check(
            "GPD306",
            &[(name, text), ("go.mod", GO_MOD), ("go.sum", "")],
        )
    }

    #[test]
    fn dockerfile_without_credentials() {
        let df = "FROM golang:1.23\nENV GOPRIVATE=git.corp.example\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build ./...\n";
        let f = run("Dockerfile", df);
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(spanned(df, &f[0].primary), "go mod download");
        assert_eq!(f[0].primary.span.start_line, 5);
        assert!(
            f[0].message.starts_with(
                "the stage, `go mod download` on line 5 fetches private modules `git.corp.example/team/lib`, `git.corp.example/team/log` directly from `git.corp.example` with no credential source"
            ),
            "{}",
            f[0].message
        );
        assert_eq!(
            spanned(GO_MOD, &f[0].related[0]),
            "git.corp.example/team/lib"
        );
        assert_eq!(f[0].related[2].span.start_line, 7, "the later go build");
        assert!(
            f[0].help
                .as_deref()
                .unwrap()
                .contains("--mount=type=secret")
        );
        assert!(f[0].fixes.is_empty());
    }

    #[test]
    fn goauth_off_is_no_credential_source() {
        let df = "FROM golang:1.23\nENV GOAUTH=off GOPROXY=direct\nWORKDIR /src\nCOPY . .\nRUN go mod download\n";
        let f = run("Dockerfile", df);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message
                .contains("the host of the main module of go.mod"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn ci_without_any_sign_of_credentials() {
        let wf = "jobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      GOPRIVATE: git.corp.example\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-go@v5\n      - run: go mod download\n";
        let f = run(".github/workflows/ci.yml", wf);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(wf, &f[0].primary), "go mod download");
        let gl = "build:\n  variables:\n    GOPRIVATE: git.corp.example\n  script:\n    - go build ./...\n";
        let f = run(".gitlab-ci.yml", gl);
        assert_eq!(f.len(), 1);
        assert!(f[0].help.as_deref().unwrap().contains("CI_JOB_TOKEN"));
    }

    #[test]
    fn credential_sources_and_near_misses() {
        for df in [
            "FROM golang:1.23\nENV GOPRIVATE=git.corp.example\nWORKDIR /src\nCOPY . .\nRUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download\n",
            "FROM golang:1.23\nENV GOPRIVATE=git.corp.example\nWORKDIR /src\nCOPY . .\nRUN --mount=type=ssh go mod download\n",
            "FROM golang:1.23\nENV GOPRIVATE=git.corp.example\nRUN git config --global url.\"ssh://git@git.corp.example/\".insteadOf \"https://git.corp.example/\"\nWORKDIR /src\nCOPY . .\nRUN go mod download\n",
            "FROM golang:1.23\nENV GOPRIVATE=git.corp.example\nCOPY .netrc /root/.netrc\nWORKDIR /src\nCOPY . .\nRUN go mod download\n",
            "FROM golang:1.23\nENV GOPRIVATE=git.corp.example GOAUTH=\"git /src\"\nWORKDIR /src\nCOPY . .\nRUN go mod download\n",
            // through a proxy, or vendored, or not private for the go command
            "FROM golang:1.23\nENV GOPROXY=https://athens.corp.example GOPRIVATE=git.corp.example GONOPROXY=none\nWORKDIR /src\nCOPY . .\nRUN go mod download\n",
            "FROM golang:1.23\nENV GOPRIVATE=git.corp.example\nWORKDIR /src\nCOPY . .\nRUN go build -mod=vendor\n",
            // build time values
            "FROM golang:1.23\nARG GOPRIVATE\nWORKDIR /src\nCOPY . .\nRUN go mod download\n",
        ] {
            let f = run("Dockerfile", df);
            assert!(f.is_empty(), "{df}\n{f:#?}");
        }
        for wf in [
            "jobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      GOPRIVATE: git.corp.example\n    steps:\n      - uses: webfactory/ssh-agent@v0.9.0\n      - run: go mod download\n",
            "jobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      GOPRIVATE: git.corp.example\n      GH_TOKEN: ${{ secrets.T }}\n    steps:\n      - run: ./scripts/setup-git.sh\n      - run: go mod download\n",
            "jobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      GOPRIVATE: git.corp.example\n    steps:\n      - run: git config --global url.\"https://${{ secrets.T }}@git.corp.example/\".insteadOf https://git.corp.example/\n      - run: go mod download\n",
        ] {
            let f = run(".github/workflows/ci.yml", wf);
            assert!(f.is_empty(), "{wf}\n{f:#?}");
        }
        let gl = "build:\n  variables:\n    GOPRIVATE: git.corp.example\n  before_script:\n    - echo \"machine git.corp.example login gitlab-ci-token password ${CI_JOB_TOKEN}\" > ~/.netrc\n  script:\n    - go build ./...\n";
        assert!(run(".gitlab-ci.yml", gl).is_empty());
        // an env file configures a developer's shell, which has their credentials
        assert!(run(".env", "GOPRIVATE=git.corp.example\n").is_empty());
    }
}
