use std::collections::BTreeMap;

use super::Rule;
use crate::gosem::{GoVersion, goflags};
use crate::model::{Assignment, Context, ContextKind, Model};
use crate::parse::Range;
use crate::report::{Applicability, Edit, Finding, Fix, Severity};

pub(crate) static RULE: Rule = Rule {
    id: "GPD604",
    name: "goflags-invalid",
    family: "toolchain and module mode",
    severity: Severity::Error,
    security_severity: None,
    summary: "GOFLAGS that break or silently change every go command",
    tags: &["correctness"],
    precision: "high",
    check,
    docs: r#"Finds GOFLAGS values that every go command rejects or reads differently than intended: a value
after a space (`-mod vendor`), an unquoted `-ldflags=-s -w` whose `-w` is taken as a flag of its
own, a quote in the middle of a word (`-ldflags='-s -w'`), flags the context's Go release does not
know, `-insecure` (rejected by `go get` since Go 1.17), and `-mod=vendor` given to a
`go mod download`, which has no `-mod` flag and downloads everything anyway. The flag set and the
quoting rules are those of the context's Go release (the newest when it is unknown).

## Why it matters
Go checks GOFLAGS at the start of every command (except `go env` and `go bug`): one bad word and
`go build`, `go mod download`, `go test` all stop with `go: parsing $GOFLAGS: …`, far from the
CI variable or Dockerfile line that set it. Worse are the values Go accepts but misreads:
`GOFLAGS=-ldflags=-s -w` builds with `-ldflags=-s` only, because `-w` passes as `go env -w` and
is then ignored by `go build`.

## Example
```dockerfile
FROM golang:1.23
ENV GOFLAGS="-mod vendor -ldflags=-s -w"
RUN go build ./...
```

## Use instead
```dockerfile
FROM golang:1.23
ENV GOFLAGS="-mod=vendor '-ldflags=-s -w'"
RUN go build ./...
```

## Fix safety
`-mod vendor` → `-mod=vendor` is safe: it is the only reading of the words. Quoting a flag whose
value has spaces is unsafe (it changes the build: `-w` now reaches the linker) and offered only
for Go 1.21 or later, where GOFLAGS words may be quoted, and where the quotes reach Go as written.
Removing `-insecure` is safe: no command but `go get` reads it, and `go get` rejects it.

## Go behaviour
`base.InitGOFLAGS` (`src/cmd/go/internal/base/goflags.go`) splits GOFLAGS into words (with
`quoted.Split` from Go 1.20/1.21: a word may be quoted whole with `'` or `"`; before, on white
space only), rejects any word that is not `-name` or `-name=value` (`non-flag`), and any name no
go subcommand defines (`unknown flag`); each command then applies the flags it has and ignores
the rest, so values must be joined with `=`. `-insecure` is accepted everywhere but `go get`
reports `-insecure flag is no longer supported; use GOINSECURE instead` (Go 1.17).
`go mod download` defines no `-mod` flag. See `go help environment`, `go help get` and
go-semantics §6.
"#,
};

/// Flags that take a value, for which `-name value` was surely meant as `-name=value`.
const VALUE_FLAGS: &[&str] = &[
    "mod",
    "modfile",
    "tags",
    "ldflags",
    "gcflags",
    "asmflags",
    "gccgoflags",
    "buildmode",
    "compiler",
    "installsuffix",
    "overlay",
    "pgo",
    "pkgdir",
    "toolexec",
    "p",
    "o",
    "exec",
    "count",
    "timeout",
    "run",
    "bench",
    "covermode",
    "coverpkg",
];

/// Flags whose value is itself a list of tool flags, often written with spaces.
const TOOL_FLAGS: &[&str] = &["ldflags", "gcflags", "asmflags", "gccgoflags"];

/// One GOFLAGS word: its text after quote removal and its byte range in the value (quotes
/// included).
struct Word {
    text: String,
    range: Range,
    quoted: bool,
}

/// The words of GOFLAGS as Go splits them, located in the value.
fn words(value: &str, version: &GoVersion) -> Result<Vec<Word>, String> {
    let mut out = Vec::new();
    let mut at = 0;
    for text in goflags::split(value, version)? {
        // the next word starts after white space, perhaps with a quote
        let skip = value[at..]
            .find(|c: char| !matches!(c, ' ' | '\t' | '\n' | '\r'))
            .unwrap_or(value.len() - at);
        let start = at + skip;
        let quoted = version.at_least(20) && value[start..].starts_with(['"', '\'']);
        let end = if quoted {
            start + 1 + text.len() + 1
        } else {
            start + text.len()
        };
        let end = end.min(value.len());
        out.push(Word {
            text,
            range: start..end,
            quoted,
        });
        at = end;
    }
    Ok(out)
}

/// What is wrong with part of a GOFLAGS value.
struct Problem {
    range: Range,
    message: String,
    help: String,
    fix: Option<FixKind>,
}

enum FixKind {
    /// Replace value bytes `range` by `=`.
    JoinWithEquals(Range),
    /// Quote value bytes `range` as one word.
    Quote(Range),
    /// Replace value bytes `range` (written as is in the file) by a text needing Go ≥ 1.21.
    Replace(Range, String),
    /// Delete value bytes `range`.
    Remove(Range),
}

fn name_of(word: &str) -> &str {
    let body = word
        .strip_prefix("--")
        .unwrap_or(word.get(1..).unwrap_or(""));
    body.split('=').next().unwrap_or(body)
}

fn problems(value: &str, version: &GoVersion) -> Vec<Problem> {
    let ws = match words(value, version) {
        Ok(ws) => ws,
        Err(e) => {
            return vec![Problem {
                range: 0..value.len(),
                message: format!(
                    "`{value}` in GOFLAGS stops every go command: `go: parsing $GOFLAGS: {e}`"
                ),
                help: "close the quote, or remove it".into(),
                fix: None,
            }];
        }
    };
    // Go's verdict on each word alone
    let verdict: Vec<Result<(), String>> = ws
        .iter()
        .map(|w| goflags::parse(&value[w.range.clone()], version).map(|_| ()))
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let w = &ws[i];
        let name = name_of(&w.text);
        // `-ldflags=-s -w`: the words after a tool-flag list that belong to it
        if !w.quoted && TOOL_FLAGS.contains(&name) && w.text.contains('=') {
            let mut j = i + 1;
            while j < ws.len() && !ws[j].quoted && (verdict[j].is_err() || ws[j].text == "-w") {
                j += 1;
            }
            if j > i + 1 {
                let last = &ws[j - 1];
                let range = w.range.start..last.range.end;
                let whole = &value[range.clone()];
                let message = match verdict[i + 1..j].iter().find_map(|v| v.clone().err()) {
                    Some(e) => format!("`{whole}` in GOFLAGS stops every go command: `go: {e}`"),
                    None => {
                        let extra = &ws[i + 1..j];
                        let words = extra
                            .iter()
                            .map(|w| format!("`{}`", w.text))
                            .collect::<Vec<_>>()
                            .join(", ");
                        let read_as = if extra.len() == 1 {
                            "is read as a go flag of its own"
                        } else {
                            "are read as go flags of their own"
                        };
                        let note = if extra.iter().any(|w| w.text == "-w") {
                            " (`-w` is `go env -w`)"
                        } else {
                            ""
                        };
                        format!(
                            "`{whole}` in GOFLAGS passes only `{}` to -{name}: {words} {read_as}{note} and ignored by the build",
                            w.text
                        )
                    }
                };
                // a quote that starts mid-word (`-ldflags='-s -w'`) belongs at the start
                let inner = whole.chars().find(|c| matches!(c, '\'' | '"'));
                let (help, fix) = match inner {
                    Some(q) => {
                        let moved = format!("{q}{}{q}", whole.replace(q, ""));
                        (
                            format!(
                                "a quote groups words only at the start of a word: write `{moved}` (Go 1.21 or later)"
                            ),
                            FixKind::Replace(range.clone(), moved),
                        )
                    }
                    None => (
                        format!(
                            "quote the whole flag so that it is one word (Go 1.21 or later): `'{whole}'`"
                        ),
                        FixKind::Quote(range.clone()),
                    ),
                };
                out.push(Problem {
                    range,
                    message,
                    help,
                    fix: Some(fix),
                });
                i = j;
                continue;
            }
        }
        if let Err(e) = &verdict[i] {
            let prev = i.checked_sub(1).map(|p| &ws[p]);
            let spaced = prev.filter(|p| {
                !p.quoted
                    && !p.text.contains('=')
                    && VALUE_FLAGS.contains(&name_of(&p.text))
                    && verdict[i - 1].is_ok()
                    && !w.quoted
                    && !w.text.starts_with('-')
            });
            if let Some(p) = spaced {
                out.push(Problem {
                    range: p.range.start..w.range.end,
                    message: format!(
                        "`{}` in GOFLAGS stops every go command: `go: {e}` (flag values must be joined with `=`)",
                        &value[p.range.start..w.range.end]
                    ),
                    help: format!("write `{}={}`", p.text, w.text),
                    fix: Some(FixKind::JoinWithEquals(p.range.end..w.range.start)),
                });
            } else {
                let mut help = if w.text.contains(['\'', '"']) && !version.at_least(20) {
                    format!(
                        "Go {version} does not unquote GOFLAGS (Go 1.21 does): a flag value there cannot contain spaces"
                    )
                } else if w.text.contains(['\'', '"']) {
                    "a quote only groups words at the start of a word: quote the whole flag, `'-name=a b'` (Go 1.21 or later)".to_owned()
                } else {
                    "remove it, or move it to the command line of the one command that takes it"
                        .to_owned()
                };
                if !goflags::is_known(name, version)
                    && goflags::is_known(name, &GoVersion::minor(crate::gosem::NEWEST_MINOR))
                {
                    help = format!("`-{name}` is newer than Go {version}: {help}");
                }
                out.push(Problem {
                    range: w.range.clone(),
                    message: format!(
                        "`{}` in GOFLAGS stops every go command: `go: {e}`",
                        &value[w.range.clone()]
                    ),
                    help,
                    fix: None,
                });
            }
        } else if name == "insecure"
            && version.at_least(17)
            // `-insecure=false` leaves the flag off, and go get accepts it
            && w
                .text
                .split_once('=')
                .is_none_or(|(_, v)| goflags::parse_bool(v) != Some(false))
        {
            // the word and the white space after it (or before it, at the end)
            let mut range = w.range.clone();
            match ws.get(i + 1) {
                Some(n) => range.end = n.range.start,
                None => {
                    if let Some(p) = i.checked_sub(1).map(|p| &ws[p]) {
                        range.start = p.range.end;
                    }
                }
            }
            out.push(Problem {
                range: w.range.clone(),
                message: format!(
                    "`{}` in GOFLAGS makes every `go get` fail: `go: -insecure flag is no longer supported; use GOINSECURE instead` (Go {version})",
                    w.text
                ),
                help: "remove it; list the hosts that need plain http or unverified TLS in GOINSECURE"
                    .into(),
                fix: Some(FixKind::Remove(range)),
            });
        }
        i += 1;
    }
    out
}

fn check(model: &Model<'_>, findings: &mut Vec<Finding>) {
    let mut seen: BTreeMap<(usize, usize, usize), ()> = BTreeMap::new();
    // Go reads GOFLAGS by its release: a value that reaches go commands is judged by their
    // releases, not by the newest one assumed for a context that runs none (a CI job's
    // environment before setup-go)
    let mut reaches_go: BTreeMap<(usize, usize), ()> = BTreeMap::new();
    let running = model.contexts.iter().filter(|c| c.go.is_some());
    let not_running = model.contexts.iter().filter(|c| c.go.is_none());
    for ctx in running.chain(not_running) {
        let Some((a, v)) = model.effective(ctx, "GOFLAGS").known() else {
            continue;
        };
        if ctx.go.is_some() {
            reaches_go.insert((a.file, a.range.start), ());
        } else if reaches_go.contains_key(&(a.file, a.range.start)) {
            continue;
        }
        let version = model.go_version(ctx);
        for p in problems(v.as_str(), &version) {
            if seen
                .insert((a.file, a.range.start, p.range.start), ())
                .is_some()
            {
                continue;
            }
            let primary =
                model.location(a, model.value_range(a, p.range.clone()), "GOFLAGS set here");
            let fix = p.fix.as_ref().and_then(|k| fix(model, ctx, a, k));
            findings.push(
                RULE.finding(p.message, primary)
                    .help(p.help)
                    .fix(fix)
                    .build(),
            );
        }
        command_flag_error(model, ctx, a, &version, &mut seen, findings);
        vendor_for_mod_download(model, ctx, a, &version, &mut seen, findings);
    }
}

/// A flag the context's go command defines, with a value it rejects (`-json=asdf`, `-modfile`
/// without a value): Go passes the startup check and then stops that command.
fn command_flag_error(
    model: &Model<'_>,
    ctx: &Context,
    a: &Assignment,
    version: &GoVersion,
    seen: &mut BTreeMap<(usize, usize, usize), ()>,
    findings: &mut Vec<Finding>,
) {
    let Some(go) = ctx.go.as_ref() else {
        return;
    };
    let Some(v) = a.value.as_ref() else {
        return;
    };
    if goflags::command_flags(&go.subcommand).is_empty()
        || goflags::parse(v.as_str(), version).is_err()
    {
        return;
    }
    let Ok(ws) = words(v.as_str(), version) else {
        return;
    };
    // Go applies the flags in order and stops at the first it cannot set
    let Some((w, error)) = ws.iter().find_map(|w| {
        let flags = goflags::parse(&v.as_str()[w.range.clone()], version).ok()?;
        goflags::apply(&flags, &go.subcommand).err().map(|e| (w, e))
    }) else {
        return;
    };
    if seen
        .insert((a.file, a.range.start, w.range.start), ())
        .is_some()
    {
        return;
    }
    let primary = model.location(a, model.value_range(a, w.range.clone()), "GOFLAGS set here");
    findings.push(
        RULE.finding(
            format!(
                "`{}` in GOFLAGS stops `go {}`: `go: {error}`",
                &v.as_str()[w.range.clone()],
                go.subcommand
            ),
            primary,
        )
        .related(model.files[ctx.file].location(
            go.range.start,
            go.range.end,
            format!("go {} runs here", go.subcommand),
        ))
        .help(format!(
            "`go {}` defines -{}: give it a value it accepts (a boolean flag takes `true` or `false`, any other `-{}=value`), or remove it",
            go.subcommand,
            name_of(&w.text),
            name_of(&w.text)
        ))
        .build(),
    );
}

/// `-mod=vendor` in GOFLAGS of a `go mod download`.
fn vendor_for_mod_download(
    model: &Model<'_>,
    ctx: &Context,
    a: &Assignment,
    version: &GoVersion,
    seen: &mut BTreeMap<(usize, usize, usize), ()>,
    findings: &mut Vec<Finding>,
) {
    let Some(go) = ctx.go.as_ref().filter(|g| g.subcommand == "mod download") else {
        return;
    };
    let Some(v) = a.value.as_ref() else {
        return;
    };
    let Ok(ws) = words(v.as_str(), version) else {
        return;
    };
    let Ok(flags) = goflags::parse(v.as_str(), version) else {
        return;
    };
    if goflags::mod_mode(&flags) != Some("vendor") {
        return;
    }
    let Some(w) = ws
        .iter()
        .rev()
        .find(|w| name_of(&w.text) == "mod" && w.text.contains('='))
    else {
        return;
    };
    // one finding per assignment: the mark is past any word range
    if seen
        .insert((a.file, a.range.start, usize::MAX), ())
        .is_some()
    {
        return;
    }
    let primary = model.location(a, model.value_range(a, w.range.clone()), "GOFLAGS set here");
    findings.push(
        RULE.finding(
            format!(
                "`go mod download` ignores `{}` from GOFLAGS (it has no -mod flag): it still downloads every module ({})",
                w.text, ctx.description
            ),
            primary,
        )
        .related(model.files[ctx.file].location(
            go.range.start,
            go.range.end,
            "go mod download runs here",
        ))
        .help("drop the `go mod download` step when building from vendor/, or drop -mod=vendor when downloading")
        .build(),
    );
}

/// The fix for a problem, when the value bytes map exactly onto the file.
fn fix(model: &Model<'_>, ctx: &Context, a: &Assignment, kind: &FixKind) -> Option<Fix> {
    let file = model.file(a);
    if file.lossy {
        return None;
    }
    let value = a.value.as_ref()?;
    // the source of value bytes `r`, when they are written as is
    let exact = |r: &Range| -> Option<Range> {
        let src = value.source_range(r.clone())?;
        (file.text.get(src.clone())? == &value.as_str()[r.clone()]).then_some(src)
    };
    let edit = |range: Range, replacement: &str| Edit {
        path: file.path.clone(),
        span: file.span(range.start, range.end),
        replacement: replacement.to_owned(),
    };
    match kind {
        FixKind::JoinWithEquals(r) => {
            let src = exact(r)?;
            Some(Fix {
                description: "join the flag and its value with `=`".to_owned(),
                applicability: Applicability::Safe,
                edits: vec![edit(src, "=")],
            })
        }
        FixKind::Remove(r) => {
            let src = exact(r)?;
            Some(Fix {
                description: format!("remove `{}`", value.as_str()[r.clone()].trim()),
                applicability: Applicability::Safe,
                edits: vec![edit(src, "")],
            })
        }
        FixKind::Replace(r, text) => {
            if model
                .local_go(ctx)
                .is_some_and(|l| !l.oldest().at_least(21))
                || !model.go_version(ctx).at_least(21)
            {
                return None;
            }
            let src = exact(r)?;
            Some(Fix {
                description: format!("write `{text}`"),
                applicability: Applicability::Unsafe,
                edits: vec![edit(src, text)],
            })
        }
        FixKind::Quote(r) => {
            if model
                .local_go(ctx)
                .is_some_and(|l| !l.oldest().at_least(21))
                || !model.go_version(ctx).at_least(21)
            {
                return None;
            }
            let src = exact(r)?;
            // the quotes must reach Go: inside a value quoted with the other quote, or in a go
            // env file, where values are literal
            let full = value.full_source_range()?;
            let (open, close) = (
                file.text[..full.start].chars().next_back(),
                file.text[full.end..].chars().next(),
            );
            let quote = if ctx.kind == ContextKind::GoEnvFile
                || (open == Some('"') && close == Some('"'))
            {
                '\''
            } else if open == Some('\'') && close == Some('\'') {
                '"'
            } else {
                return None;
            };
            let q = quote.to_string();
            Some(Fix {
                description: format!("quote `{}` as one word", &value.as_str()[r.clone()]),
                applicability: Applicability::Unsafe,
                edits: vec![edit(src.start..src.start, &q), edit(src.end..src.end, &q)],
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::report::Applicability;
    use crate::rules::test_support::{apply_fix, check, spanned};

    fn docker(df: &str) -> Vec<crate::Finding> {
        check("GPD604", &[("Dockerfile", df)])
    }

    #[test]
    fn value_after_a_space() {
        let df = "FROM golang:1.23\nENV GOFLAGS=\"-mod vendor\"\nRUN go build\n";
        let f = docker(df);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(df, &f[0].primary), "-mod vendor");
        assert_eq!(
            f[0].message,
            "`-mod vendor` in GOFLAGS stops every go command: `go: parsing $GOFLAGS: non-flag \"vendor\"` (flag values must be joined with `=`)"
        );
        assert_eq!(f[0].fixes[0].applicability, Applicability::Safe);
        assert_eq!(
            apply_fix(df, &f[0]),
            "FROM golang:1.23\nENV GOFLAGS=\"-mod=vendor\"\nRUN go build\n"
        );
        let wf = "env:\n  GOFLAGS: -tags integration\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: go test ./...\n";
        let f = check("GPD604", &[(".github/workflows/ci.yml", wf)]);
        assert_eq!(f.len(), 1);
        assert_eq!(
            apply_fix(wf, &f[0]),
            wf.replace("-tags integration", "-tags=integration")
        );
    }

    #[test]
    fn unquoted_ldflags() {
        let df = "FROM golang:1.23\nENV GOFLAGS=\"-trimpath -ldflags=-s -w\"\nRUN go build\n";
        let f = docker(df);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(df, &f[0].primary), "-ldflags=-s -w");
        assert!(
            f[0].message.contains(
                "passes only `-ldflags=-s` to -ldflags: `-w` is read as a go flag of its own"
            ),
            "{}",
            f[0].message
        );
        assert_eq!(f[0].fixes[0].applicability, Applicability::Unsafe);
        assert_eq!(
            apply_fix(df, &f[0]),
            "FROM golang:1.23\nENV GOFLAGS=\"-trimpath '-ldflags=-s -w'\"\nRUN go build\n"
        );
        // an error when the next word is no go flag at all
        let env = "GOFLAGS='-ldflags=-X main.version=1.2 -mod=mod'\n";
        let f = check("GPD604", &[(".env", env)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(env, &f[0].primary), "-ldflags=-X main.version=1.2");
        assert!(
            f[0].message
                .contains("`go: parsing $GOFLAGS: non-flag \"main.version=1.2\"`"),
            "{}",
            f[0].message
        );
        assert_eq!(
            apply_fix(env, &f[0]),
            "GOFLAGS='\"-ldflags=-X main.version=1.2\" -mod=mod'\n"
        );
        // go env files are literal
        let goenv = "GOFLAGS=-gcflags=all=-N -l\n";
        let f = check("GPD604", &[("go.env", goenv)]);
        assert_eq!(apply_fix(goenv, &f[0]), "GOFLAGS='-gcflags=all=-N -l'\n");
        // not for Go 1.20 and older, which cannot unquote
        let df = "FROM golang:1.19\nENV GOFLAGS=\"-ldflags=-s -w\"\nRUN go build\n";
        let f = docker(df);
        assert_eq!(f.len(), 1);
        assert!(f[0].fixes.is_empty());
    }

    #[test]
    fn quote_inside_a_word_and_unknown_flags() {
        let env = "GOFLAGS=-ldflags='-s -w'\n";
        let f = check("GPD604", &[("go.env", env)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(env, &f[0].primary), "-ldflags='-s -w'");
        assert!(
            f[0].message
                .ends_with("`go: parsing $GOFLAGS: unknown flag -w'`"),
            "{}",
            f[0].message
        );
        assert_eq!(apply_fix(env, &f[0]), "GOFLAGS='-ldflags=-s -w'\n");

        let gl = "variables:\n  GOFLAGS: \"-mod=mod -typoflag\"\nb:\n  image: golang:1.22\n  script:\n    - go build\n";
        let f = check("GPD604", &[(".gitlab-ci.yml", gl)]);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(gl, &f[0].primary), "-typoflag");
        assert!(
            f[0].message
                .ends_with("`go: parsing $GOFLAGS: unknown flag -typoflag`")
        );

        // -skip is newer than Go 1.19
        let df = "FROM golang:1.19\nENV GOFLAGS=-skip=Slow\nRUN go test\n";
        let f = docker(df);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].help
                .as_deref()
                .unwrap()
                .starts_with("`-skip` is newer than Go 1.19")
        );
        assert!(docker("FROM golang:1.21\nENV GOFLAGS=-skip=Slow\nRUN go test\n").is_empty());

        // Go 1.19 splits quoted words
        let df = "FROM golang:1.19\nENV GOFLAGS=\"'-tags=a b'\"\nRUN go build\n";
        let f = docker(df);
        assert_eq!(f.len(), 2);
        assert_eq!(spanned(df, &f[0].primary), "'-tags=a");
        assert!(
            f[0].message
                .ends_with("`go: parsing $GOFLAGS: non-flag \"'-tags=a\"`"),
            "{}",
            f[0].message
        );
        assert!(
            f[0].help
                .as_deref()
                .unwrap()
                .starts_with("Go 1.19 does not unquote GOFLAGS")
        );
        assert!(docker(&df.replace("1.19", "1.21")).is_empty());
    }

    #[test]
    fn insecure_and_vendor_for_mod_download() {
        let df = "FROM golang:1.22\nENV GOFLAGS=\"-mod=mod -insecure\"\nRUN go get example.com/x\n";
        let f = docker(df);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(df, &f[0].primary), "-insecure");
        assert_eq!(
            apply_fix(df, &f[0]),
            "FROM golang:1.22\nENV GOFLAGS=\"-mod=mod\"\nRUN go get example.com/x\n"
        );
        assert!(
            docker("FROM golang:1.16\nENV GOFLAGS=-insecure\nRUN go get x.example/y\n").is_empty()
        );

        let df = "FROM golang:1.22\nENV GOFLAGS=-mod=vendor\nCOPY . .\nRUN go mod download\nRUN go build\n";
        let f = check(
            "GPD604",
            &[
                ("Dockerfile", df),
                ("go.mod", "module a.example/b\n\ngo 1.22\n"),
            ],
        );
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(df, &f[0].primary), "-mod=vendor");
        assert!(
            f[0].message
                .starts_with("`go mod download` ignores `-mod=vendor` from GOFLAGS")
        );
        assert_eq!(spanned(df, &f[0].related[0]), "go mod download");
    }

    /// Found by tests/quoted_errors.rs against go1.19.8, go1.21.13 and go1.27.3.
    #[test]
    fn agrees_with_the_go_command() {
        // a flag `go mod download` defines, with a value it rejects
        let df = "FROM golang:1.22\nENV GOFLAGS=\"-mod=mod -json=asdf\"\nRUN go mod download\n";
        let f = docker(df);
        assert_eq!(f.len(), 1);
        assert_eq!(spanned(df, &f[0].primary), "-json=asdf");
        assert_eq!(
            f[0].message,
            "`-json=asdf` in GOFLAGS stops `go mod download`: `go: invalid boolean value \"asdf\" for flag -json (from $GOFLAGS): parse error`"
        );
        let f = docker("FROM golang:1.22\nENV GOFLAGS=-modfile\nRUN go mod download\n");
        assert!(
            f[0].message
                .ends_with("`go: flag needs an argument: -modfile (from $GOFLAGS)`")
        );
        // other commands do not define -json
        assert!(docker("FROM golang:1.22\nENV GOFLAGS=-json=asdf\nRUN go build\n").is_empty());
        // `-insecure=false` leaves the flag off
        assert!(
            docker("FROM golang:1.22\nENV GOFLAGS=-insecure=false\nRUN go get x.example/y\n")
                .is_empty()
        );
        // an unterminated quote
        let f = docker("FROM golang:1.22\nENV GOFLAGS='\"-mod=mod'\nRUN go build\n");
        assert_eq!(
            f[0].message,
            "`\"-mod=mod` in GOFLAGS stops every go command: `go: parsing $GOFLAGS: unterminated \" string`"
        );
        // a CI job's environment is judged by the Go that setup-go installs, not the newest
        let wf = "jobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      GOFLAGS: '\"-mod=mod'\n    steps:\n      - uses: actions/setup-go@v5\n        with:\n          go-version: '1.19.8'\n      - run: go build\n";
        let f = check("GPD604", &[(".github/workflows/ci.yml", wf)]);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message
                .ends_with("`go: parsing $GOFLAGS: non-flag \"\\\"-mod=mod\"`"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn near_misses_do_not_fire() {
        for df in [
            "FROM golang:1.23\nENV GOFLAGS=\"-mod=vendor -trimpath '-ldflags=-s -w'\"\nRUN go build\n",
            "FROM golang:1.23\nENV GOFLAGS=\"-tags=a,b --mod=mod -count=1 -test.v\"\nRUN go build\n",
            "FROM golang:1.23\nENV GOFLAGS=-mod=vendor\nRUN go build\n",
            // known only at build time
            "FROM golang:1.23\nARG GOFLAGS\nRUN go build\n",
            // overridden
            "FROM golang:1.23\nENV GOFLAGS=\"-mod vendor\"\nENV GOFLAGS=-mod=vendor\nRUN go build\n",
            "FROM golang:1.23\n# ENV GOFLAGS=\"-mod vendor\"\nRUN go build\n",
        ] {
            assert!(docker(df).is_empty(), "{df}");
        }
        assert!(check("GPD604", &[(".env", "GOFLAGS=\n")]).is_empty());
    }
}
