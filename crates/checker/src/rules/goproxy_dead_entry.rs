use super::{Rule, edit_fix};
use crate::model::Model;
use crate::model::goenv::ProxyList;
use crate::report::{Applicability, Finding, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD103",
    name: "goproxy-dead-entry",
    family: "proxy list",
    severity: Severity::Warning,
    security_severity: None,
    summary: "GOPROXY entries after `direct` or `off`, which Go never consults",
    tags: &["goproxy", "correctness"],
    precision: "very-high",
    check,
    docs: r#"Finds GOPROXY entries listed after `direct` or `off`.

## Why it matters
Go reads the list from left to right and stops at the first `direct` or `off`: everything after it
is ignored ("for forward-compatibility", says the source). A list like
`direct,https://proxy.corp.example` never uses the corporate proxy: every module is fetched straight from its VCS host, which fails in a
locked-down network and bypasses the proxy's caching, auditing and availability. The author
almost always meant the opposite order.

## Example
```dockerfile
FROM golang:1.23
ENV GOPROXY=direct,https://proxy.corp.example
```

## Use instead
```dockerfile
FROM golang:1.23
ENV GOPROXY=https://proxy.corp.example,direct
```

## Fix safety
The fix deletes the ignored entries. It is safe: Go never reads them, so the build does not
change. Whether the proxies should move before `direct` is for you to decide.

## Go behaviour
`modfetch.proxyList` splits GOPROXY on `,` and `|`, trims each element, skips empty ones, and
breaks out of the loop after appending `off` or `direct` (exact, case-sensitive words). See
`go help goproxy` and go-semantics §2.1.
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
        let (Some(stop), Some(last)) = (list.entries.last(), list.ignored.last()) else {
            continue;
        };
        let dead = stop.range.end..last.range.end;
        let dead_range = model.value_range(a, dead);
        let names: Vec<String> = list
            .ignored
            .iter()
            .map(|e| format!("`{}`", e.text))
            .collect();
        let (noun, verb) = if names.len() == 1 {
            ("entry", "is")
        } else {
            ("entries", "are")
        };
        let message = format!(
            "GOPROXY {noun} {} after `{}` {verb} never used",
            names.join(", "),
            stop.text
        );
        findings.push(
            RULE.finding(
                message,
                model.location(a, dead_range.clone(), "Go never reads this"),
            )
            .related(model.location(
                a,
                model.value_range(a, stop.range.clone()),
                format!("Go stops reading the list at `{}`", stop.text),
            ))
            .help(format!(
                "move the proxies you want before `{}` (e.g. `GOPROXY={}`), or delete them",
                stop.text,
                suggested_order(&list)
            ))
            .fix(edit_fix(
                model,
                a,
                dead_range,
                "",
                format!("remove {}", names.join(", ")),
                Applicability::Safe,
            ))
            .build(),
        );
    }
}

/// The list with the ignored proxies moved before the keyword.
fn suggested_order(list: &ProxyList) -> String {
    let mut parts: Vec<&str> = list.entries[..list.entries.len() - 1]
        .iter()
        .map(|e| e.text.as_str())
        .collect();
    parts.extend(
        list.ignored
            .iter()
            .filter(|e| e.text != "off" && e.text != "direct")
            .map(|e| e.text.as_str()),
    );
    parts.extend(list.entries.last().map(|e| e.text.as_str()));
    parts.join(",")
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{apply_fix, check, spanned};

    #[test]
    fn fires_after_direct_and_off() {
        let df = "FROM golang\nENV GOPROXY=\"direct,https://proxy.corp.example\"\n";
        let f = check("GPD103", &[("Dockerfile", df)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(df, &f[0].primary), ",https://proxy.corp.example");
        assert_eq!(spanned(df, &f[0].related[0]), "direct");
        assert_eq!(
            f[0].message,
            "GOPROXY entry `https://proxy.corp.example` after `direct` is never used"
        );
        assert!(
            f[0].help
                .as_deref()
                .unwrap()
                .contains("GOPROXY=https://proxy.corp.example,direct")
        );
        assert_eq!(
            apply_fix(df, &f[0]),
            "FROM golang\nENV GOPROXY=\"direct\"\n"
        );

        let env = "GOPROXY=https://a|off | https://b,direct\n";
        let f = check("GPD103", &[(".env", env)]);
        assert_eq!(spanned(env, &f[0].primary), " | https://b,direct");
        assert!(
            f[0].message
                .starts_with("GOPROXY entries `https://b`, `direct` after `off`"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn does_not_fire_on_valid_lists() {
        for v in [
            "https://proxy.golang.org,direct",
            "direct",
            "off",
            "direct,",
            "https://a|https://b",
            "DIRECT,https://x",
        ] {
            let df = format!("FROM golang\nENV GOPROXY={v}\n");
            assert!(check("GPD103", &[("Dockerfile", &df)]).is_empty(), "{v}");
        }
        // the value is known only at build time
        assert!(
            check(
                "GPD103",
                &[("Dockerfile", "FROM golang\nARG P\nENV GOPROXY=direct,$P\n")]
            )
            .is_empty()
        );
    }
}
