use std::collections::BTreeMap;

use super::{Rule, edit_fix};
use crate::gosem::sumdb;
use crate::model::{Assignment, Effective, Model};
use crate::report::{Applicability, Finding, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD204",
    name: "gosumdb-malformed",
    family: "checksum verification",
    severity: Severity::Error,
    security_severity: None,
    summary: "a GOSUMDB value the go command rejects",
    tags: &["checksum", "correctness"],
    precision: "very-high",
    check,
    docs: r#"Finds GOSUMDB values the go command rejects: a spelling of `off` that is not exactly
`off` (`OFF`, `Off`, `off ` with a trailing space, `off\r` from a CRLF file), a database name
other than `sum.golang.org` given without its public key, more than two fields, and a URL where
the database name belongs (`GOSUMDB=https://sum.golang.org`).

## Why it matters
Go does not check GOSUMDB when it is set: the build breaks later, at the first module whose
checksum is not already in go.sum, with `verifying module: invalid GOSUMDB: malformed verifier id`
— typically in CI or in a fresh Docker layer, far from the line at fault. A value meant as `off`
is the worst case: the author believes verification is off, the build fails, and the "fix" that
follows is often something broader.

## Example
```dockerfile
FROM golang:1.23
ENV GOSUMDB=https://sum.golang.org
RUN go mod download
```

## Use instead
```dockerfile
FROM golang:1.23
ENV GOSUMDB=sum.golang.org
RUN go mod download
```

## Fix safety
A URL of `sum.golang.org` (or its alias
`sum.golang.google.cn`) in the name position becomes the name: safe, Go then uses the database
that was named. A mirror URL ending in `/sumdb/sum.golang.org` becomes
`sum.golang.org <url>`: unsafe, lookups then go to that mirror (its answers are still checked
against sum.golang.org's key). A misspelled `off` (`OFF`, `off\r`) is never turned into `off`,
which would switch verification off: the fix removes the assignment instead, so Go falls back to
`sum.golang.org`; that is unsafe, as private modules then need GOPRIVATE or GONOSUMDB.

## Go behaviour
`modfetch.useSumDB` compares GOSUMDB with `off` exactly; any other value is parsed by `dbDial`
(`src/cmd/go/internal/modfetch/sumdb.go`): the fields are split on white space, more than two is
`invalid GOSUMDB: too many fields`, the first field must be `sum.golang.org` (the only name Go
knows the key of; `sum.golang.google.cn` is an alias) or a verifier key `name+hash+key`
(`note.NewVerifier`), else `malformed verifier id`; the optional second field is the URL to query.
An empty go env file entry (`go env -w GOSUMDB=`, Go ≥ 1.21) is `missing GOSUMDB`. See
`go help module-auth` and go-semantics §4.1–§4.2.
"#,
};

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    let mut seen: BTreeMap<(usize, usize), (&Assignment, String)> = BTreeMap::new();
    for ctx in &model.contexts {
        let eff = model.effective(ctx, "GOSUMDB");
        let Some((a, v)) = eff.known() else {
            continue;
        };
        let v = v.as_str();
        if v == "off" {
            continue;
        }
        // an empty go env file entry replaces go.env's default only from Go 1.21 on
        if v.is_empty()
            && (!matches!(eff, Effective::GoEnvFile(..)) || !model.go_version(ctx).at_least(21))
        {
            continue;
        }
        if let Err(e) = sumdb::parse(v) {
            seen.entry((a.file, a.range.start)).or_insert((a, e));
        }
    }
    for (a, error) in seen.into_values() {
        findings.push(finding(model, a, &error));
    }
}

fn finding(model: &Model<'_>, a: &Assignment, error: &str) -> Finding {
    let value = a.value.as_ref().map_or("", |v| v.as_str());
    let trimmed = value.trim();
    let shown = format!("{value:?}");
    let primary = model.location(a, a.range.clone(), "Go rejects this GOSUMDB");
    let fields: Vec<&str> = trimmed.split_whitespace().collect();
    let (message, help, fix) = if trimmed.eq_ignore_ascii_case("off") {
        let what = if trimmed == "off" {
            "white space around `off`"
        } else {
            "GOSUMDB is case-sensitive"
        };
        (
            format!(
                "GOSUMDB {shown} is not `off` ({what}): Go reads it as a database key and fails with `{error}`"
            ),
            "remove it to verify modules against sum.golang.org, and list private modules in GOPRIVATE \
             (or GONOSUMDB); only the exact value `off` disables verification"
                .to_owned(),
            a.removal.clone().and_then(|r| {
                edit_fix(
                    model,
                    a,
                    r,
                    "",
                    format!("remove `{}`", model.written(a)),
                    Applicability::Unsafe,
                )
            }),
        )
    } else if value.is_empty() {
        (
            "GOSUMDB is empty in the go env file: checksum lookups fail with `missing GOSUMDB`"
                .to_owned(),
            "remove the line (Go then uses sum.golang.org), or give a database".to_owned(),
            a.removal.clone().and_then(|r| {
                edit_fix(
                    model,
                    a,
                    r,
                    "",
                    "remove the empty GOSUMDB entry",
                    Applicability::Safe,
                )
            }),
        )
    } else if let Some((url, name)) = fields.first().and_then(|f| url_name(f)) {
        let (replacement, applicability) = match name {
            Some(n) if fields.len() == 1 => (Some(n.to_owned()), Applicability::Safe),
            None if fields.len() == 1
                && url.trim_end_matches('/').ends_with("/sumdb/sum.golang.org") =>
            {
                (
                    Some(format!("sum.golang.org {}", url.trim_end_matches('/'))),
                    Applicability::Unsafe,
                )
            }
            _ => (None, Applicability::Unsafe),
        };
        let fix = replacement.as_ref().and_then(|r| {
            let range = model.value_range(a, 0..value.len());
            edit_fix(
                model,
                a,
                range,
                r,
                format!("write `GOSUMDB={r}`"),
                applicability,
            )
        });
        (
            format!(
                "GOSUMDB starts with the URL `{url}` where Go expects the database name: it fails with `{error}`"
            ),
            match &replacement {
                Some(r) => format!("write `GOSUMDB={r}`: the name (or key) comes first, a URL to query only second"),
                None => "write the database name (or its key) first and the URL second, e.g. `GOSUMDB=sum.golang.org https://mirror.example/sumdb/sum.golang.org`".to_owned(),
            },
            fix,
        )
    } else if fields.len() > 2 {
        (
            format!(
                "GOSUMDB {shown} has {} fields where Go accepts at most two (a name or key, then a URL): it fails with `{error}`",
                fields.len()
            ),
            "keep the database and its optional URL; comments are part of the value in go env files and env files"
                .to_owned(),
            None,
        )
    } else if error.starts_with("invalid GOSUMDB URL") {
        (
            format!(
                "GOSUMDB's URL `{}` is not one Go can parse: it fails with `{error}`",
                fields.get(1).copied().unwrap_or_default()
            ),
            "correct the URL of the checksum database (`https://host[/path]`), or remove it to \
             query the database by its name"
                .to_owned(),
            None,
        )
    } else if fields
        .first()
        .is_some_and(|f| !f.contains('+') && sumdb::verifier_name(f).is_err())
    {
        (
            format!(
                "GOSUMDB names the database `{}` without its public key: Go knows only sum.golang.org by name and fails with `{error}`",
                fields[0]
            ),
            "give the database's verifier key (`name+hash+key`, from its operator), or use `sum.golang.org` \
             with an optional mirror URL"
                .to_owned(),
            None,
        )
    } else {
        (
            format!("GOSUMDB {shown} is rejected by Go: `{error}`"),
            "check the verifier key (`name+hash+key`) against the one its operator publishes"
                .to_owned(),
            None,
        )
    };
    RULE.finding(message, primary).help(help).fix(fix).build()
}

/// A URL in the name position: (the URL, the database name it stands for when it is one Go
/// knows).
fn url_name(field: &str) -> Option<(&str, Option<&'static str>)> {
    let rest = field
        .strip_prefix("https://")
        .or_else(|| field.strip_prefix("http://"))?;
    let host_path = rest.trim_end_matches('/');
    let name = match host_path {
        "sum.golang.org" => Some("sum.golang.org"),
        "sum.golang.google.cn" => Some("sum.golang.google.cn"),
        _ => None,
    };
    Some((field, name))
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{apply_fix, check, spanned};

    /// Found by tests/quoted_errors.rs: the name is fine, the URL is not.
    #[test]
    fn a_bad_url_after_a_known_name() {
        let df =
            "FROM golang:1.23\nENV GOSUMDB=\"sum.golang.org https://[::1\"\nRUN go mod download\n";
        let f = check("GPD204", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert_eq!(
            f[0].message,
            "GOSUMDB's URL `https://[::1` is not one Go can parse: it fails with `invalid GOSUMDB URL: parse \"https://[::1\": missing ']' in host`"
        );
    }

    #[test]
    fn misspelled_off_is_removed_not_turned_off() {
        let df = "FROM golang:1.23\nENV GOSUMDB=OFF\nRUN go mod download\n";
        let f = check("GPD204", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(df, &f[0].primary), "GOSUMDB=OFF");
        assert_eq!(
            (f[0].primary.span.start_line, f[0].primary.span.start_column),
            (2, 5)
        );
        assert!(
            f[0].message
                .starts_with("GOSUMDB \"OFF\" is not `off` (GOSUMDB is case-sensitive)"),
            "{}",
            f[0].message
        );
        assert!(
            f[0].message
                .contains("`invalid GOSUMDB: malformed verifier id`")
        );
        assert_eq!(
            f[0].fixes[0].applicability,
            crate::report::Applicability::Unsafe
        );
        assert_eq!(
            apply_fix(df, &f[0]),
            "FROM golang:1.23\nRUN go mod download\n"
        );

        // a CRLF go.env file keeps the carriage return in the value
        let goenv = "GOSUMDB=off\r\n";
        let f = check("GPD204", &[("go.env", goenv)]);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.contains("(white space around `off`)"),
            "{}",
            f[0].message
        );
        assert_eq!(apply_fix(goenv, &f[0]), "");

        let df = "FROM golang\nENV GOSUMDB=\"off \"\nRUN go build\n";
        assert_eq!(check("GPD204", &[("Dockerfile", df)]).len(), 1);
    }

    #[test]
    fn url_in_the_name_position() {
        let df = "FROM golang\nENV GOSUMDB=https://sum.golang.org\nRUN go build\n";
        let f = check("GPD204", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("the URL `https://sum.golang.org`"));
        assert_eq!(
            apply_fix(df, &f[0]),
            "FROM golang\nENV GOSUMDB=sum.golang.org\nRUN go build\n"
        );

        let wf = "jobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      GOSUMDB: https://goproxy.cn/sumdb/sum.golang.org\n    steps:\n      - run: go build\n";
        let f = check("GPD204", &[(".github/workflows/ci.yml", wf)]);
        assert_eq!(f.len(), 1, "one finding for the job and its step");
        assert_eq!(
            spanned(wf, &f[0].primary),
            "GOSUMDB: https://goproxy.cn/sumdb/sum.golang.org"
        );
        assert_eq!(
            f[0].fixes[0].applicability,
            crate::report::Applicability::Unsafe
        );
        assert!(
            apply_fix(wf, &f[0])
                .contains("GOSUMDB: sum.golang.org https://goproxy.cn/sumdb/sum.golang.org\n")
        );
    }

    #[test]
    fn unknown_names_and_too_many_fields() {
        let env = "GOSUMDB=sum.example.com\n";
        let f = check("GPD204", &[(".env", env)]);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message
                .starts_with("GOSUMDB names the database `sum.example.com` without its public key"),
            "{}",
            f[0].message
        );
        assert!(f[0].fixes.is_empty());

        let goenv = "GOSUMDB=off # no checks\n";
        let f = check("GPD204", &[("go.env", goenv)]);
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("has 4 fields"), "{}", f[0].message);
        assert!(f[0].message.contains("too many fields"));

        let ci = "variables:\n  GOSUMDB: \"sum.golang.org+033de0ae+AAAA\"\nbuild:\n  script:\n    - go build\n";
        let f = check("GPD204", &[(".gitlab-ci.yml", ci)]);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message
                .contains("`invalid GOSUMDB: invalid verifier hash`"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn empty_go_env_entry_is_missing_gosumdb() {
        let goenv = "GOPROXY=https://proxy.golang.org\nGOSUMDB=\n";
        let f = check("GPD204", &[("go.env", goenv)]);
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("missing GOSUMDB"));
        assert_eq!(
            apply_fix(goenv, &f[0]),
            "GOPROXY=https://proxy.golang.org\n"
        );
    }

    #[test]
    fn valid_values_do_not_fire() {
        for v in [
            "off",
            "sum.golang.org",
            "sum.golang.google.cn",
            // strings.Fields: white space around a database is harmless
            "\"sum.golang.org \"",
            "\"sum.golang.org https://goproxy.cn/sumdb/sum.golang.org\"",
            "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8",
            // an empty ENV is unset: Go's default applies
            "",
        ] {
            let df = format!("FROM golang\nENV GOSUMDB={v}\nRUN go build\n");
            assert!(check("GPD204", &[("Dockerfile", &df)]).is_empty(), "{v}");
        }
        for df in [
            // known only at build time
            "FROM golang\nARG GOSUMDB\nRUN go build\n",
            "FROM golang\nARG DB\nENV GOSUMDB=$DB\nRUN go build\n",
            // overridden before anything runs
            "FROM golang\nENV GOSUMDB=OFF\nENV GOSUMDB=sum.golang.org\nRUN go build\n",
            // a global ARG is seen by FROM lines only
            "ARG GOSUMDB=OFF\nFROM golang\nRUN go build\n",
            "FROM golang\n# ENV GOSUMDB=OFF\nRUN go build\n",
        ] {
            assert!(check("GPD204", &[("Dockerfile", df)]).is_empty(), "{df}");
        }
    }
}
