//! What a script does to the environment of each `go` command it runs: inline assignments
//! (`GOFLAGS=-mod=mod go build`), `export`, `env VAR=x go …`, `unset`, `cd`, plus the other
//! effects rules care about: `go env -w`, `git config`, and files that hold credentials.

use std::collections::BTreeMap;

use crate::parse::Range;
use crate::parse::shell::{self, Command, Join, Word};

/// How a variable reached a go command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// `NAME=value go …`.
    Inline,
    /// `export NAME=value` (or `NAME=value` of a variable already in the environment).
    Export,
    /// `env NAME=value go …`.
    EnvCommand,
}

/// A variable set by the script, visible to a go command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShellVar {
    pub name: String,
    /// The range of `NAME` in the script.
    pub name_range: Range,
    pub value: Word,
    /// The whole `NAME=value`.
    pub range: Range,
    pub how: How,
}

/// One `go` command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoCall {
    /// `build`, `mod download`, `env`, `work sync`… (empty for a bare `go`).
    pub subcommand: String,
    pub args: Vec<Word>,
    /// The command as written (from `go` to its last argument).
    pub range: Range,
    /// Variables the script set for it (the last assignment of each name).
    pub env: BTreeMap<String, ShellVar>,
    /// Variables the script removed (`unset`, `env -u`, `env -i` clears everything: `cleared`).
    pub unset: Vec<String>,
    pub cleared: bool,
    /// The directory after the script's `cd`s (relative to where it started), if it changed.
    pub cwd: Option<String>,
}

/// `go env -w NAME=value` / `go env -u NAME`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoEnvWrite {
    pub name: String,
    pub name_range: Range,
    /// None for `-u`.
    pub value: Option<Word>,
    pub range: Range,
    /// The go command that writes it (for "set in the environment too" checks).
    pub call: usize,
}

/// `git config [--global|--system|--file f] key value`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GitConfig {
    pub scope: String,
    pub key: Word,
    pub value: Option<Word>,
    pub range: Range,
}

/// A redirection into a file that holds credentials (`.netrc`, `.git-credentials`,
/// `.gitconfig`), or a `cp`/`mv`/`tee` of one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CredentialFile {
    pub path: Word,
    pub command: Range,
}

/// A `NAME=value` a step writes to `$GITHUB_ENV`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    pub name: String,
    pub value: Word,
    /// The `NAME=value` argument.
    pub range: Range,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Effects {
    pub calls: Vec<GoCall>,
    pub env_writes: Vec<GoEnvWrite>,
    pub git_configs: Vec<GitConfig>,
    pub credential_files: Vec<CredentialFile>,
    /// `echo "NAME=value" >> $GITHUB_ENV`: variables for the later steps of a GitHub job.
    pub github_env: Vec<Exported>,
    /// An unterminated quote or substitution: the script was read up to there.
    pub error: Option<shell::ShellError>,
}

#[derive(Clone, Default)]
struct State {
    vars: BTreeMap<String, ShellVar>,
    unset: Vec<String>,
    cleared: bool,
    cwd: Option<String>,
}

const CREDENTIAL_FILES: &[&str] = &[".netrc", "_netrc", ".git-credentials", ".gitconfig"];

fn is_credential_file(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    CREDENTIAL_FILES.contains(&name)
}

/// Analyse a script. `environment` says whether a name is already exported by the caller (a
/// plain `NAME=value` of such a name changes what child processes see).
pub fn analyze(script: &str, environment: &dyn Fn(&str) -> bool) -> Effects {
    let (commands, error) = shell::parse(script);
    let script_in = Script {
        text: script,
        environment,
    };
    let mut fx = Effects {
        error,
        ..Effects::default()
    };
    let mut stack: Vec<State> = vec![State::default()];
    let mut depth = 0;
    for (i, cmd) in commands.iter().enumerate() {
        while depth < cmd.subshell_depth {
            let top = stack.last().cloned().unwrap_or_default();
            stack.push(top);
            depth += 1;
        }
        while depth > cmd.subshell_depth {
            stack.pop();
            depth -= 1;
        }
        // a command in a pipeline runs in its own subshell: its settings do not persist
        let in_pipeline = cmd.join == Join::Pipe || i > 0 && commands[i - 1].join == Join::Pipe;
        let mut state = stack.last().cloned().unwrap_or_default();
        run(cmd, &cmd.words, Vec::new(), &mut state, &script_in, &mut fx);
        if !in_pipeline && let Some(top) = stack.last_mut() {
            *top = state;
        }
    }
    fx
}

/// What every command of a script is read against.
struct Script<'a> {
    text: &'a str,
    environment: &'a dyn Fn(&str) -> bool,
}

/// The source ranges of the name and of the value of a `NAME=value` argument (`export`, `env`,
/// `go env -w`). The word's text has its quotes and escapes removed, so offsets in it are not
/// offsets in the script once the name is quoted (`go env -w "GOPROXY=…"`): the name is found in
/// the source as written, after at most one opening quote; the value is what follows the `=`
/// (inside the quotes when one pair encloses the whole word). When the name is not written
/// literally (`GO\PROXY=…`), the whole word stands for both.
fn assignment_ranges(script: &str, w: &Word, name: &str) -> (Range, Range) {
    let raw = script.get(w.range.clone()).unwrap_or("");
    let quote = raw.chars().next().filter(|c| *c == '"' || *c == '\'');
    let skip = quote.map_or(0, char::len_utf8);
    let after_name = raw.get(skip..).and_then(|r| r.strip_prefix(name));
    match after_name.and_then(|r| r.strip_prefix('=')) {
        Some(value) => {
            let eq = w.range.start + skip + name.len();
            // `"NAME=value"`: the value ends before the closing quote
            let end = match quote {
                Some(q) if value.find(q) == Some(value.len().saturating_sub(1)) => w.range.end - 1,
                Some(_) => w.range.end,
                None => w.range.end,
            };
            (w.range.start + skip..eq, eq + 1..end.max(eq + 1))
        }
        None => (w.range.clone(), w.range.clone()),
    }
}

fn var(name: &str, name_range: Range, value: &Word, range: &Range, how: How) -> ShellVar {
    ShellVar {
        name: name.to_owned(),
        name_range,
        value: value.clone(),
        range: range.clone(),
        how,
    }
}

fn run(
    cmd: &Command,
    words: &[Word],
    mut inline: Vec<ShellVar>,
    state: &mut State,
    script: &Script<'_>,
    fx: &mut Effects,
) {
    if inline.is_empty() {
        for a in &cmd.assigns {
            // an assignment's name is never quoted: its text is the source
            let name_range = a.range.start..a.range.start + a.name.len();
            inline.push(var(&a.name, name_range, &a.value, &a.range, How::Inline));
        }
    }
    for r in &cmd.redirects {
        if r.op.starts_with('>') && is_credential_file(&r.target.text) {
            fx.credential_files.push(CredentialFile {
                path: r.target.clone(),
                command: cmd.range.clone(),
            });
        }
    }
    let to_github_env = cmd
        .redirects
        .iter()
        .any(|r| r.op.starts_with('>') && r.target.text.contains("GITHUB_ENV"));
    if to_github_env
        && words
            .first()
            .is_some_and(|w| w.text == "echo" || w.text == "printf")
    {
        for w in words[1..].iter().filter(|w| !w.text.starts_with('-')) {
            if let Some((n, v)) = w.text.split_once('=')
                && !n.is_empty()
                && n.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
            {
                let mut value = w.clone();
                value.text = v.trim_end_matches("\\n").to_owned();
                fx.github_env.push(Exported {
                    name: n.to_owned(),
                    value,
                    range: w.range.clone(),
                });
            }
        }
    }
    let Some(name) = words.first() else {
        // only assignments: shell variables, exported if the name already is
        for mut v in inline {
            if state.vars.contains_key(&v.name) || (script.environment)(&v.name) {
                v.how = How::Export;
                state.unset.retain(|n| *n != v.name);
                state.vars.insert(v.name.clone(), v);
            }
        }
        return;
    };
    let base = name.text.rsplit('/').next().unwrap_or(&name.text);
    match base {
        "export" => {
            for w in &words[1..] {
                if w.text.starts_with('-') {
                    continue;
                }
                if let Some((n, v)) = w.text.split_once('=') {
                    let (name_range, value_range) = assignment_ranges(script.text, w, n);
                    let mut value = w.clone();
                    value.text = v.to_owned();
                    value.range = value_range;
                    state.unset.retain(|u| u != n);
                    state.vars.insert(
                        n.to_owned(),
                        var(n, name_range, &value, &w.range, How::Export),
                    );
                }
            }
        }
        "unset" => {
            for w in &words[1..] {
                if !w.text.starts_with('-') {
                    state.vars.remove(&w.text);
                    state.unset.push(w.text.clone());
                }
            }
        }
        "cd" => {
            let dir = words.get(1).map_or("~", |w| w.text.as_str());
            state.cwd = Some(match (&state.cwd, dir.starts_with('/')) {
                (Some(cwd), false) => format!("{cwd}/{dir}"),
                _ => dir.to_owned(),
            });
        }
        "env" => {
            let mut rest = &words[1..];
            let mut sub = state.clone();
            while let Some(w) = rest.first() {
                match w.text.as_str() {
                    "-i" | "--ignore-environment" | "-" => {
                        sub.cleared = true;
                        sub.vars.clear();
                    }
                    "-u" | "--unset" => {
                        if let Some(n) = rest.get(1) {
                            sub.vars.remove(&n.text);
                            sub.unset.push(n.text.clone());
                            rest = &rest[1..];
                        }
                    }
                    "--" => {}
                    t if t.starts_with('-') => {}
                    t => match t.split_once('=') {
                        Some((n, v)) if !n.is_empty() => {
                            let (name_range, value_range) = assignment_ranges(script.text, w, n);
                            let mut value = w.clone();
                            value.text = v.to_owned();
                            value.range = value_range;
                            inline.push(var(n, name_range, &value, &w.range, How::EnvCommand));
                        }
                        _ => break,
                    },
                }
                rest = &rest[1..];
            }
            if !rest.is_empty() {
                run(cmd, rest, inline, &mut sub, script, fx);
            }
        }
        "sudo" | "time" | "command" | "exec" | "nice" | "nohup" | "xargs" => {
            let rest: Vec<Word> = words[1..]
                .iter()
                .skip_while(|w| w.text.starts_with('-'))
                .cloned()
                .collect();
            run(cmd, &rest, inline, state, script, fx);
        }
        "go" => go_call(cmd, words, inline, state, script.text, fx),
        "git" => git(cmd, words, fx),
        "cp" | "mv" | "tee" | "install" | "ln" => {
            if let Some(w) = words[1..]
                .iter()
                .rev()
                .find(|w| is_credential_file(&w.text))
            {
                fx.credential_files.push(CredentialFile {
                    path: w.clone(),
                    command: cmd.range.clone(),
                });
            }
        }
        _ => {}
    }
}

fn go_call(
    cmd: &Command,
    words: &[Word],
    inline: Vec<ShellVar>,
    state: &State,
    script: &str,
    fx: &mut Effects,
) {
    let args: Vec<Word> = words[1..].to_vec();
    let mut it = args
        .iter()
        .map(|w| w.text.as_str())
        .filter(|t| !t.starts_with('-'));
    let first = it.next().unwrap_or("");
    let subcommand = match first {
        "mod" | "work" | "tool" => match it.next() {
            Some(second) => format!("{first} {second}"),
            None => first.to_owned(),
        },
        other => other.to_owned(),
    };
    let mut env = state.vars.clone();
    let mut unset = state.unset.clone();
    for v in inline {
        unset.retain(|n| *n != v.name);
        env.insert(v.name.clone(), v);
    }
    let start = words.first().map_or(cmd.range.start, |w| w.range.start);
    let end = words.last().map_or(cmd.range.end, |w| w.range.end);
    let call = fx.calls.len();
    if subcommand == "env" {
        let mut mode = None;
        for w in &args[1..] {
            match w.text.as_str() {
                "-w" => mode = Some(true),
                "-u" => mode = Some(false),
                t if t.starts_with('-') => {}
                t => match (mode, t.split_once('=')) {
                    (Some(true), Some((n, v))) => {
                        let (name_range, value_range) = assignment_ranges(script, w, n);
                        let mut value = w.clone();
                        value.text = v.to_owned();
                        value.range = value_range;
                        fx.env_writes.push(GoEnvWrite {
                            name: n.to_owned(),
                            name_range,
                            value: Some(value),
                            range: w.range.clone(),
                            call,
                        });
                    }
                    (Some(false), _) => fx.env_writes.push(GoEnvWrite {
                        name: t.to_owned(),
                        name_range: w.range.clone(),
                        value: None,
                        range: w.range.clone(),
                        call,
                    }),
                    _ => {}
                },
            }
        }
    }
    fx.calls.push(GoCall {
        subcommand,
        args,
        range: start..end,
        env,
        unset,
        cleared: state.cleared,
        cwd: state.cwd.clone(),
    });
}

/// The subcommand of a go command line (`mod download`, `build`), from its arguments.
pub fn subcommand<'a>(args: impl Iterator<Item = &'a str>) -> String {
    let mut it = args.filter(|t| !t.starts_with('-'));
    let first = it.next().unwrap_or("");
    match first {
        "mod" | "work" | "tool" => match it.next() {
            Some(second) => format!("{first} {second}"),
            None => first.to_owned(),
        },
        other => other.to_owned(),
    }
}

fn git(cmd: &Command, words: &[Word], fx: &mut Effects) {
    let Some(pos) = words.iter().position(|w| w.text == "config") else {
        return;
    };
    let mut scope = "local".to_owned();
    let mut rest = words[pos + 1..].iter().peekable();
    let mut positional = Vec::new();
    while let Some(w) = rest.next() {
        match w.text.as_str() {
            "--global" => scope = "global".into(),
            "--system" => scope = "system".into(),
            "--local" => scope = "local".into(),
            "-f" | "--file" => {
                if let Some(f) = rest.next() {
                    scope = format!("file {}", f.text);
                }
            }
            t if t.starts_with('-') => {}
            _ => positional.push(w.clone()),
        }
    }
    let mut positional = positional.into_iter();
    if let Some(key) = positional.next() {
        fx.git_configs.push(GitConfig {
            scope,
            key,
            value: positional.next(),
            range: cmd.range.clone(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn none(_: &str) -> bool {
        false
    }

    #[test]
    fn inline_export_env_and_unset() {
        let s = "export GOPROXY=https://a.example && GOFLAGS=-mod=mod go build ./... && env GONOSUMDB=x go mod download && unset GOPROXY; go vet";
        let fx = analyze(s, &none);
        assert_eq!(fx.calls.len(), 3);
        let b = &fx.calls[0];
        assert_eq!(b.subcommand, "build");
        assert_eq!(b.env["GOPROXY"].how, How::Export);
        assert_eq!(b.env["GOPROXY"].value.text, "https://a.example");
        assert_eq!(
            &s[b.env["GOPROXY"].value.range.clone()],
            "https://a.example"
        );
        assert_eq!(b.env["GOFLAGS"].how, How::Inline);
        let d = &fx.calls[1];
        assert_eq!(d.subcommand, "mod download");
        assert_eq!(d.env["GONOSUMDB"].how, How::EnvCommand);
        assert!(
            !d.env.contains_key("GOFLAGS"),
            "inline assignments do not persist"
        );
        let v = &fx.calls[2];
        assert!(!v.env.contains_key("GOPROXY"));
        assert_eq!(v.unset, ["GOPROXY"]);
        assert_eq!(&s[v.range.clone()], "go vet");
    }

    #[test]
    fn plain_assignment_exports_only_existing_variables() {
        let fx = analyze("GOPROXY=off; GOFLAGS=-x; go build", &|n| n == "GOPROXY");
        let env = &fx.calls[0].env;
        assert!(env.contains_key("GOPROXY"));
        assert!(!env.contains_key("GOFLAGS"));
    }

    #[test]
    fn subshells_and_pipes_do_not_leak() {
        let fx = analyze(
            "(export GOPROXY=off; cd sub; go build) && go vet | cat && cd /app && go test",
            &none,
        );
        assert_eq!(fx.calls[0].cwd.as_deref(), Some("sub"));
        assert!(fx.calls[0].env.contains_key("GOPROXY"));
        assert!(fx.calls[1].env.is_empty());
        assert_eq!(fx.calls[1].cwd, None);
        assert_eq!(fx.calls[2].cwd.as_deref(), Some("/app"));
    }

    #[test]
    fn go_env_w_git_config_and_credentials() {
        let s = "go env -w GOPRIVATE=corp.example GOPROXY=https://p,direct && go env -u GOFLAGS && \
                 git config --global url.\"https://x:${TOKEN}@github.com/\".insteadOf \"https://github.com/\" && \
                 echo \"machine corp.example password $T\" >> /root/.netrc && cp creds/.git-credentials ~/";
        let fx = analyze(s, &none);
        let names: Vec<_> = fx
            .env_writes
            .iter()
            .map(|w| (w.name.as_str(), w.value.is_some()))
            .collect();
        assert_eq!(
            names,
            [("GOPRIVATE", true), ("GOPROXY", true), ("GOFLAGS", false)]
        );
        assert_eq!(
            &s[fx.env_writes[0].value.as_ref().unwrap().range.clone()],
            "corp.example"
        );
        assert_eq!(fx.git_configs.len(), 1);
        assert_eq!(fx.git_configs[0].scope, "global");
        assert!(fx.git_configs[0].key.text.ends_with(".insteadOf"));
        assert!(fx.git_configs[0].key.dynamic);
        assert_eq!(fx.credential_files.len(), 2);
    }

    /// Found by fuzzing (`fuzz/regressions/shell/go-env-w-quoted-name`): a quoted `NAME=value`
    /// argument had its name and value ranges computed from the unquoted text, one byte early
    /// (and inside a character when one followed).
    #[test]
    fn quoted_assignment_arguments_keep_source_ranges() {
        let s = "go env -w \"GOPROXY=https://p\" 'GOSUMDB=off' GO\\FLAGS=-x && \
                 export \"GOPRIVATE=é.example\" && env \"GONOSUMDB=x\"y go build";
        let fx = analyze(s, &none);
        let w = &fx.env_writes;
        assert_eq!(&s[w[0].name_range.clone()], "GOPROXY");
        assert_eq!(&s[w[0].value.as_ref().unwrap().range.clone()], "https://p");
        assert_eq!(&s[w[1].name_range.clone()], "GOSUMDB");
        assert_eq!(&s[w[1].value.as_ref().unwrap().range.clone()], "off");
        // not written literally: the whole word stands for name and value
        assert_eq!(&s[w[2].name_range.clone()], "GO\\FLAGS=-x");
        let call = &fx.calls[1];
        let private = &call.env["GOPRIVATE"];
        assert_eq!(&s[private.name_range.clone()], "GOPRIVATE");
        assert_eq!(&s[private.value.range.clone()], "é.example");
        let nosumdb = &call.env["GONOSUMDB"];
        assert_eq!(&s[nosumdb.name_range.clone()], "GONOSUMDB");
        // the quote closes inside the word: the value runs to its end
        assert_eq!(&s[nosumdb.value.range.clone()], "x\"y");
    }

    #[test]
    fn github_env_writes() {
        let fx = analyze(
            "echo \"GOPRIVATE=corp.example\" >> \"$GITHUB_ENV\"\necho GOFLAGS=-mod=mod >> $GITHUB_ENV",
            &none,
        );
        let got: Vec<_> = fx
            .github_env
            .iter()
            .map(|e| (e.name.as_str(), e.value.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [("GOPRIVATE", "corp.example"), ("GOFLAGS", "-mod=mod")]
        );
    }

    #[test]
    fn wrappers() {
        let fx = analyze(
            "sudo -E env -i PATH=/usr/bin GOPROXY=direct /usr/local/go/bin/go mod download",
            &none,
        );
        assert_eq!(fx.calls.len(), 1);
        assert!(fx.calls[0].cleared);
        assert_eq!(fx.calls[0].env["GOPROXY"].value.text, "direct");
    }
}
