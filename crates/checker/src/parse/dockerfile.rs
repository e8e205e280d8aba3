//! Dockerfile / Containerfile syntax, as BuildKit reads it: parser directives, comments, line
//! continuations with either escape character, empty continuation lines, heredocs, flags, JSON
//! and shell forms, and the arguments of the instructions the model needs (FROM, ARG, ENV,
//! ONBUILD). Word processing (quotes, escapes, `$VAR`) is in [`super::shellword`]; it needs the
//! variables in scope, which the model knows.

use super::{Mapped, Problem, Range};

#[derive(Debug, Clone)]
pub struct Dockerfile {
    /// The escape character (`\` unless `# escape=` says otherwise).
    pub escape: char,
    pub directives: Vec<Directive>,
    pub instructions: Vec<Instruction>,
}

/// A parser directive at the top of the file (`# syntax=…`, `# escape=…`, `# check=…`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    pub name: String,
    pub value: String,
    pub range: Range,
}

#[derive(Debug, Clone)]
pub struct Instruction {
    /// Upper-cased.
    pub keyword: String,
    pub keyword_range: Range,
    /// The whole instruction: every physical line, continuation and heredoc body included.
    pub range: Range,
    pub flags: Vec<Flag>,
    /// The arguments after the flags, trimmed, continuation lines joined.
    pub args: Mapped,
    pub heredocs: Vec<Heredoc>,
    pub kind: Kind,
}

/// `--name=value` (or `--name`) before the arguments.
#[derive(Debug, Clone)]
pub struct Flag {
    pub name: String,
    pub value: Option<Mapped>,
    pub range: Range,
}

/// A heredoc (`<<EOF` … `EOF`) attached to RUN, COPY or ADD.
#[derive(Debug, Clone)]
pub struct Heredoc {
    pub delimiter: String,
    /// `<<-`: leading tabs are stripped from the body.
    pub strip_tabs: bool,
    /// The delimiter was quoted: no expansion in the body.
    pub quoted: bool,
    pub body: Mapped,
}

#[derive(Debug, Clone)]
pub enum Kind {
    From(From),
    /// `ENV k=v …` or the legacy `ENV k v`.
    Env(Vec<Pair>),
    /// `ARG k[=v] …`.
    Arg(Vec<Pair>),
    /// `RUN`: shell form (args) or JSON form (`exec`).
    Run {
        exec: Option<Vec<String>>,
    },
    /// `COPY`/`ADD`: the source words and the destination, as written (still to expand).
    /// In JSON form each word maps to the whole argument list. Flags (`--from`, `--chmod`,
    /// `--link`, `--exclude`) are in [`Instruction::flags`].
    Copy {
        sources: Vec<Mapped>,
        dest: Mapped,
    },
    /// `WORKDIR dir` (as written).
    Workdir(Mapped),
    /// `ONBUILD <instruction>`: runs in images built FROM this one.
    Onbuild(Box<Instruction>),
    Other,
}

#[derive(Debug, Clone)]
pub struct From {
    /// The image reference as written (before variable expansion).
    pub image: Mapped,
    /// `AS name`.
    pub stage_name: Option<Mapped>,
}

/// One `name=value` of ENV or ARG. Value words are raw: quotes and escapes are still in them.
#[derive(Debug, Clone)]
pub struct Pair {
    pub name: Mapped,
    pub value: Option<Mapped>,
    /// The source range of the whole pair (name through value).
    pub range: Range,
}

/// Parse a Dockerfile. Never fails: what cannot be read becomes a [`Problem`].
pub fn parse(text: &str, problems: &mut Vec<Problem>) -> Dockerfile {
    let lines = physical_lines(text);
    let (directives, first) = parse_directives(text, &lines);
    let mut escape = '\\';
    for d in &directives {
        if d.name == "escape" {
            match d.value.as_str() {
                "\\" => escape = '\\',
                "`" => escape = '`',
                other => problems.push(Problem::at(
                    d.range.clone(),
                    format!("invalid escape directive {other:?}: must be ` or \\"),
                )),
            }
        }
    }
    let mut instructions = Vec::new();
    let mut i = first;
    while i < lines.len() {
        let line = line_str(text, &lines[i]);
        if is_blank_or_comment(line) {
            i += 1;
            continue;
        }
        let (logical, next) = join_continuations(text, &lines, i, escape);
        let start = lines[i].start;
        let mut end = lines[next - 1].end;
        let mut after = next;
        if let Some(mut instr) = parse_instruction(&logical, escape, problems) {
            if matches!(instr.keyword.as_str(), "RUN" | "COPY" | "ADD") {
                let (heredocs, consumed) =
                    read_heredocs(text, &lines, next, &instr.args, escape, problems);
                if consumed > next {
                    end = lines[consumed - 1].end;
                }
                after = consumed;
                instr.heredocs = heredocs;
            }
            instr.range = start..end;
            instructions.push(instr);
        }
        i = after;
    }
    Dockerfile {
        escape,
        directives,
        instructions,
    }
}

/// Physical lines as byte ranges, without the line terminator (a trailing `\r` is excluded too).
fn physical_lines(text: &str) -> Vec<Range> {
    let mut lines = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            let end = if i > start && text.as_bytes()[i - 1] == b'\r' {
                i - 1
            } else {
                i
            };
            lines.push(start..end);
            start = i + 1;
        }
    }
    if start < text.len() {
        let end = if text.ends_with('\r') {
            text.len() - 1
        } else {
            text.len()
        };
        lines.push(start..end);
    }
    lines
}

fn line_str<'a>(text: &'a str, r: &Range) -> &'a str {
    &text[r.clone()]
}

fn is_blank_or_comment(line: &str) -> bool {
    let t = line.trim_start_matches(['\u{feff}', ' ', '\t']);
    t.trim().is_empty() || t.starts_with('#')
}

/// Parser directives: `# name=value` lines at the very top, before any other comment, blank
/// line or instruction. Returns them and the index of the first line after them.
fn parse_directives(text: &str, lines: &[Range]) -> (Vec<Directive>, usize) {
    let mut directives: Vec<Directive> = Vec::new();
    for (i, r) in lines.iter().enumerate() {
        let line = line_str(text, r).trim_start_matches('\u{feff}');
        let Some(rest) = line.trim_start().strip_prefix('#') else {
            return (directives, i);
        };
        let Some((name, value)) = rest.split_once('=') else {
            return (directives, i);
        };
        let name = name.trim().to_ascii_lowercase();
        let known = matches!(name.as_str(), "syntax" | "escape" | "check");
        if !known || directives.iter().any(|d| d.name == name) {
            return (directives, i);
        }
        directives.push(Directive {
            name,
            value: value.trim().to_owned(),
            range: r.clone(),
        });
    }
    (directives, lines.len())
}

/// Join a line with its continuation lines (the escape character at the end, optionally
/// followed by white space). Comment lines and empty lines inside a continuation are dropped,
/// as BuildKit does. Returns the logical line and the index of the line after it.
fn join_continuations(text: &str, lines: &[Range], first: usize, escape: char) -> (Mapped, usize) {
    let mut out = Mapped::new();
    let mut i = first;
    loop {
        let r = &lines[i];
        let line = line_str(text, r);
        let trimmed = line.trim_end_matches([' ', '\t']);
        i += 1;
        if let Some(body) = trimmed.strip_suffix(escape) {
            out.push_exact(body, r.start);
            // skip comment and empty lines that sit inside the continuation
            while i < lines.len() && is_blank_or_comment(line_str(text, &lines[i])) {
                i += 1;
            }
            if i >= lines.len() {
                return (out, i);
            }
        } else {
            out.push_exact(line, r.start);
            return (out, i);
        }
    }
}

fn parse_instruction(
    logical: &Mapped,
    escape: char,
    problems: &mut Vec<Problem>,
) -> Option<Instruction> {
    let trimmed = logical.trim();
    let text = trimmed.as_str();
    let text_no_bom = text.trim_start_matches('\u{feff}');
    let bom = text.len() - text_no_bom.len();
    if text_no_bom.is_empty() {
        return None;
    }
    let kw_end = bom
        + text_no_bom
            .find(char::is_whitespace)
            .unwrap_or(text_no_bom.len());
    let keyword = text[bom..kw_end].to_ascii_uppercase();
    let keyword_range = trimmed.source_range(bom..kw_end).unwrap_or(0..0);
    let rest = trimmed.slice(kw_end..text.len()).trim();
    let (flags, args) = split_flags(&rest, escape);
    let kind = match keyword.as_str() {
        "FROM" => parse_from(&args, escape, &keyword_range, problems),
        "ENV" => Kind::Env(parse_env(&args, escape, &keyword_range, problems)),
        "ARG" => Kind::Arg(parse_arg(&args, escape, &keyword_range, problems)),
        "RUN" => Kind::Run {
            exec: parse_json_array(args.as_str()),
        },
        "COPY" | "ADD" => {
            let words: Vec<Mapped> = match parse_json_array(args.as_str()) {
                Some(items) => items
                    .iter()
                    .map(|item| {
                        let mut m = Mapped::new();
                        m.push_from(item, args.full_source_range().unwrap_or(0..0));
                        m
                    })
                    .collect(),
                None => word_ranges(args.as_str(), escape)
                    .into_iter()
                    .map(|r| args.slice(r))
                    .collect(),
            };
            match words.split_last() {
                Some((dest, sources)) if !sources.is_empty() => Kind::Copy {
                    sources: sources.to_vec(),
                    dest: dest.clone(),
                },
                _ => {
                    problems.push(Problem::at(
                        keyword_range.clone(),
                        format!("{keyword} needs at least one source and a destination"),
                    ));
                    Kind::Other
                }
            }
        }
        "WORKDIR" => Kind::Workdir(args.clone()),
        "ONBUILD" => match parse_instruction(&args, escape, problems) {
            Some(inner) => Kind::Onbuild(Box::new(inner)),
            None => {
                problems.push(Problem::at(
                    keyword_range.clone(),
                    "ONBUILD needs an instruction",
                ));
                Kind::Other
            }
        },
        _ => Kind::Other,
    };
    let range = trimmed.full_source_range().unwrap_or(0..0);
    Some(Instruction {
        keyword,
        keyword_range,
        range,
        flags,
        args,
        heredocs: Vec::new(),
        kind,
    })
}

/// Leading `--name[=value]` words.
fn split_flags(rest: &Mapped, escape: char) -> (Vec<Flag>, Mapped) {
    let mut flags = Vec::new();
    let words = word_ranges(rest.as_str(), escape);
    let mut args_start = rest.len();
    for w in &words {
        let word = &rest.as_str()[w.clone()];
        if word == "--" || !word.starts_with("--") {
            args_start = w.start;
            break;
        }
        let (name, value) = match word.split_once('=') {
            Some((n, _)) => (n, Some(rest.slice(w.start + n.len() + 1..w.end))),
            None => (word, None),
        };
        flags.push(Flag {
            name: name.trim_start_matches('-').to_owned(),
            value,
            range: rest.source_range(w.clone()).unwrap_or(0..0),
        });
    }
    (flags, rest.slice(args_start..rest.len()).trim())
}

/// Split on white space outside quotes, as BuildKit's `parseWords` does: quotes and escapes stay
/// in the words (word processing removes them later).
pub fn word_ranges(s: &str, escape: char) -> Vec<Range> {
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    let mut quote: Option<char> = None;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if start.is_none() {
            if c.is_whitespace() {
                continue;
            }
            start = Some(i);
        }
        if c == escape {
            chars.next();
            continue;
        }
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c.is_whitespace() => {
                if let Some(st) = start.take() {
                    words.push(st..i);
                }
            }
            None => {}
        }
    }
    if let Some(st) = start {
        words.push(st..s.len());
    }
    words
}

fn parse_from(args: &Mapped, escape: char, kw: &Range, problems: &mut Vec<Problem>) -> Kind {
    let words = word_ranges(args.as_str(), escape);
    let Some(first) = words.first() else {
        problems.push(Problem::at(kw.clone(), "FROM needs an image"));
        return Kind::Other;
    };
    let stage_name = match words.as_slice() {
        [_, kw_as, name] if args.as_str()[kw_as.clone()].eq_ignore_ascii_case("as") => {
            Some(args.slice(name.clone()))
        }
        [_] => None,
        _ => {
            problems.push(Problem::at(
                args.full_source_range().unwrap_or(kw.clone()),
                "FROM takes an image and optionally `AS name`",
            ));
            None
        }
    };
    Kind::From(From {
        image: args.slice(first.clone()),
        stage_name,
    })
}

fn parse_env(args: &Mapped, escape: char, kw: &Range, problems: &mut Vec<Problem>) -> Vec<Pair> {
    let words = word_ranges(args.as_str(), escape);
    let Some(first) = words.first() else {
        problems.push(Problem::at(kw.clone(), "ENV needs a name and a value"));
        return Vec::new();
    };
    if !args.as_str()[first.clone()].contains('=') {
        // legacy `ENV name value…`: the value is the rest of the line
        let value = args.slice(first.end..args.len()).trim();
        if value.is_empty() {
            problems.push(Problem::at(
                args.full_source_range().unwrap_or(kw.clone()),
                "ENV needs a value: write `ENV name=value`",
            ));
        }
        let range = args.full_source_range().unwrap_or(kw.clone());
        return vec![Pair {
            name: args.slice(first.clone()),
            value: Some(value),
            range,
        }];
    }
    pairs(args, &words, kw, "ENV", problems)
}

fn parse_arg(args: &Mapped, escape: char, kw: &Range, problems: &mut Vec<Problem>) -> Vec<Pair> {
    let words = word_ranges(args.as_str(), escape);
    if words.is_empty() {
        problems.push(Problem::at(kw.clone(), "ARG needs a name"));
    }
    pairs(args, &words, kw, "ARG", problems)
}

fn pairs(
    args: &Mapped,
    words: &[Range],
    kw: &Range,
    what: &str,
    problems: &mut Vec<Problem>,
) -> Vec<Pair> {
    let mut out = Vec::new();
    for w in words {
        let word = &args.as_str()[w.clone()];
        let range = args.source_range(w.clone()).unwrap_or(kw.clone());
        let (name, value) = match word.find('=') {
            Some(eq) => (
                args.slice(w.start..w.start + eq),
                Some(args.slice(w.start + eq + 1..w.end)),
            ),
            None if what == "ARG" => (args.slice(w.clone()), None),
            None => {
                problems.push(Problem::at(
                    range,
                    format!("{what} `{word}` has no `=`: write `name=value`"),
                ));
                continue;
            }
        };
        if name.is_empty() {
            problems.push(Problem::at(range, format!("{what} name cannot be empty")));
            continue;
        }
        out.push(Pair { name, value, range });
    }
    out
}

/// The JSON (exec) form: a JSON array of strings.
fn parse_json_array(s: &str) -> Option<Vec<String>> {
    if !s.starts_with('[') {
        return None;
    }
    serde_json::from_str::<Vec<String>>(s).ok()
}

/// Read the bodies of the heredocs that `args` opens, from the lines after the instruction.
/// Returns them and the index of the first line after the last body.
fn read_heredocs(
    text: &str,
    lines: &[Range],
    mut next: usize,
    args: &Mapped,
    escape: char,
    problems: &mut Vec<Problem>,
) -> (Vec<Heredoc>, usize) {
    let mut heredocs = Vec::new();
    for w in word_ranges(args.as_str(), escape) {
        let word = &args.as_str()[w.clone()];
        let Some(marker) = word
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .strip_prefix("<<")
        else {
            continue;
        };
        if marker.starts_with('<') {
            continue; // a here-string, not a heredoc
        }
        let (strip_tabs, marker) = match marker.strip_prefix('-') {
            Some(m) => (true, m),
            None => (false, marker),
        };
        let unquoted = marker.trim_matches(|c| c == '"' || c == '\'');
        let quoted = unquoted.len() != marker.len();
        // a heredoc delimiter ends at the first character that is not part of a word
        let delim: String = unquoted
            .chars()
            .take_while(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
            .collect();
        if delim.is_empty() {
            continue;
        }
        let mut body = Mapped::new();
        let mut closed = false;
        while next < lines.len() {
            let r = &lines[next];
            next += 1;
            let line = line_str(text, r);
            let cmp = if strip_tabs {
                line.trim_start_matches('\t')
            } else {
                line
            };
            if cmp == delim {
                closed = true;
                break;
            }
            let skip = line.len() - cmp.len();
            body.push_exact(cmp, r.start + skip);
            body.push_from("\n", r.end..r.end);
        }
        if !closed {
            problems.push(Problem::at(
                args.source_range(w.clone()).unwrap_or(0..0),
                format!("heredoc `{delim}` is never closed"),
            ));
        }
        heredocs.push(Heredoc {
            delimiter: delim,
            strip_tabs,
            quoted,
            body,
        });
    }
    (heredocs, next)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(text: &str) -> Dockerfile {
        let mut problems = Vec::new();
        let d = parse(text, &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        d
    }

    fn env_pairs(i: &Instruction) -> Vec<(String, String)> {
        match &i.kind {
            Kind::Env(p) | Kind::Arg(p) => p
                .iter()
                .map(|p| {
                    (
                        p.name.as_str().to_owned(),
                        p.value
                            .as_ref()
                            .map_or("<none>".into(), |v| v.as_str().to_owned()),
                    )
                })
                .collect(),
            other => panic!("not ENV/ARG: {other:?}"),
        }
    }

    #[test]
    fn copy_add_and_workdir() {
        let text = "FROM x\nWORKDIR /src\nCOPY --from=build --chmod=644 go.mod go.sum ./\nADD [\"a b\", \"/dst/\"]\nCOPY onlyone\n";
        let mut problems = Vec::new();
        let d = parse(text, &mut problems);
        assert_eq!(problems.len(), 1, "COPY with one word: {problems:?}");
        let Kind::Workdir(w) = &d.instructions[1].kind else {
            panic!("WORKDIR")
        };
        assert_eq!(w.as_str(), "/src");
        let Kind::Copy { sources, dest } = &d.instructions[2].kind else {
            panic!("COPY")
        };
        let names: Vec<_> = sources.iter().map(Mapped::as_str).collect();
        assert_eq!(names, ["go.mod", "go.sum"]);
        assert_eq!(&text[sources[1].full_source_range().unwrap()], "go.sum");
        assert_eq!(dest.as_str(), "./");
        assert_eq!(d.instructions[2].flags[0].name, "from");
        let Kind::Copy { sources, dest } = &d.instructions[3].kind else {
            panic!("ADD")
        };
        assert_eq!(sources[0].as_str(), "a b");
        assert_eq!(dest.as_str(), "/dst/");
    }

    #[test]
    fn directives_and_escape() {
        let text =
            "# syntax=docker/dockerfile:1\n# escape=`\nFROM golang:1.22\nENV A=1 `\n    B=2\n";
        let d = parse_ok(text);
        assert_eq!(d.escape, '`');
        assert_eq!(d.directives.len(), 2);
        assert_eq!(d.instructions.len(), 2);
        assert_eq!(
            env_pairs(&d.instructions[1]),
            vec![("A".into(), "1".into()), ("B".into(), "2".into())]
        );
    }

    #[test]
    fn a_directive_after_a_comment_is_a_comment() {
        let d = parse_ok("# hello\n# escape=`\nFROM x\n");
        assert!(d.directives.is_empty());
        assert_eq!(d.escape, '\\');
    }

    #[test]
    fn continuations_skip_comments_and_empty_lines() {
        let text = "FROM x\nENV GOPROXY=https://a \\\n# comment\n\n    GOSUMDB=off\nRUN true\n";
        let d = parse_ok(text);
        assert_eq!(d.instructions.len(), 3);
        let env = &d.instructions[1];
        assert_eq!(
            env_pairs(env),
            vec![
                ("GOPROXY".into(), "https://a".into()),
                ("GOSUMDB".into(), "off".into())
            ]
        );
        // exact spans: the value `off` maps back to its place on line 5
        let Kind::Env(pairs) = &env.kind else {
            unreachable!()
        };
        let r = pairs[1]
            .value
            .as_ref()
            .unwrap()
            .full_source_range()
            .unwrap();
        assert_eq!(&text[r], "off");
        assert_eq!(
            &text[env.range.clone()],
            "ENV GOPROXY=https://a \\\n# comment\n\n    GOSUMDB=off"
        );
    }

    #[test]
    fn env_forms() {
        let d = parse_ok(
            "ENV A=1 B=\"two words\" C='x y'\nENV GOPROXY https://a, direct\nenv lower=case\n",
        );
        assert_eq!(
            env_pairs(&d.instructions[0]),
            vec![
                ("A".into(), "1".into()),
                ("B".into(), "\"two words\"".into()),
                ("C".into(), "'x y'".into())
            ]
        );
        assert_eq!(
            env_pairs(&d.instructions[1]),
            vec![("GOPROXY".into(), "https://a, direct".into())]
        );
        assert_eq!(d.instructions[2].keyword, "ENV");
    }

    #[test]
    fn env_problems_are_reported_not_fatal() {
        let mut problems = Vec::new();
        let d = parse("ENV\nENV A=1 B\nENV lonely\nFROM\n", &mut problems);
        assert_eq!(d.instructions.len(), 4);
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert_eq!(
            env_pairs(&d.instructions[1]),
            vec![("A".into(), "1".into())]
        );
    }

    #[test]
    fn args_flags_from_and_onbuild() {
        let d = parse_ok(
            "ARG GO=1.22 PLAIN\nFROM --platform=$BUILDPLATFORM golang:${GO}-alpine AS build\nRUN --mount=type=cache,target=/go/pkg/mod go build\nONBUILD ENV GOSUMDB=off\n",
        );
        assert_eq!(
            env_pairs(&d.instructions[0]),
            vec![
                ("GO".into(), "1.22".into()),
                ("PLAIN".into(), "<none>".into())
            ]
        );
        let Kind::From(f) = &d.instructions[1].kind else {
            panic!()
        };
        assert_eq!(f.image.as_str(), "golang:${GO}-alpine");
        assert_eq!(f.stage_name.as_ref().unwrap().as_str(), "build");
        assert_eq!(d.instructions[1].flags[0].name, "platform");
        let run = &d.instructions[2];
        assert_eq!(run.flags[0].name, "mount");
        assert_eq!(
            run.flags[0].value.as_ref().unwrap().as_str(),
            "type=cache,target=/go/pkg/mod"
        );
        assert_eq!(run.args.as_str(), "go build");
        let Kind::Onbuild(inner) = &d.instructions[3].kind else {
            panic!()
        };
        assert_eq!(env_pairs(inner), vec![("GOSUMDB".into(), "off".into())]);
    }

    #[test]
    fn heredocs_are_bodies_not_instructions() {
        let text =
            "FROM x\nRUN <<EOF cat > /a <<-'END'\nENV GOSUMDB=off\nEOF\n\tline\n\tEND\nENV B=1\n";
        let d = parse_ok(text);
        assert_eq!(d.instructions.len(), 3, "{:#?}", d.instructions);
        let run = &d.instructions[1];
        assert_eq!(run.heredocs.len(), 2);
        assert_eq!(run.heredocs[0].body.as_str(), "ENV GOSUMDB=off\n");
        assert!(run.heredocs[1].quoted && run.heredocs[1].strip_tabs);
        assert_eq!(run.heredocs[1].body.as_str(), "line\n");
        assert_eq!(
            env_pairs(&d.instructions[2]),
            vec![("B".into(), "1".into())]
        );
    }

    #[test]
    fn json_form_run() {
        let d = parse_ok("RUN [\"go\", \"build\"]\n");
        let Kind::Run { exec } = &d.instructions[0].kind else {
            panic!()
        };
        assert_eq!(
            exec.as_deref(),
            Some(&["go".to_owned(), "build".to_owned()][..])
        );
    }

    #[test]
    fn crlf_bom_and_trailing_continuation_at_eof() {
        let d = parse_ok("\u{feff}FROM x\r\nENV A=1 \\\r\n");
        assert_eq!(d.instructions.len(), 2);
        assert_eq!(d.instructions[0].keyword, "FROM");
        assert_eq!(
            env_pairs(&d.instructions[1]),
            vec![("A".into(), "1".into())]
        );
    }

    #[test]
    fn garbage_never_panics() {
        let mut problems = Vec::new();
        for text in [
            "\\",
            "ENV =",
            "ENV A=\"unterminated",
            "RUN <<",
            "RUN <<EOF",
            "FROM a AS",
            "\u{feff}",
            "`\n`",
            "ONBUILD",
        ] {
            let _ = parse(text, &mut problems);
        }
    }
}
