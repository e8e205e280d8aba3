//! `go.mod` and `go.work` files, read as x/mod's `modfile` reads them (`Parse`, `ParseLax`,
//! `ParseWork`) with the go command's version handling: non-canonical versions (`v1.2`,
//! `master`, a commit hash) are kept as written — the go command resolves them over the
//! network — and only canonical ones are checked against the path's major version.
//!
//! Lexical rules: tokens are identifiers (runs of printable non-space characters other than
//! `( ) [ ] { } ,`), interpreted `"strings"` and raw `` `strings` `` (neither may span lines);
//! `//` starts a comment; newlines end statements; `verb (` … `)` is a block. Where Go rejects
//! the whole file (a lexical error such as `/* */` or an unterminated string, an unterminated
//! block) this parser reports a [`Problem`] and carries on, so the rest of the file is still
//! read; every directive error Go reports is a `Problem` too, worded as Go words it (without
//! the `go.mod:3: ` position prefix).
//!
//! Every value keeps the byte range of its token in the text (quotes included for quoted
//! tokens), and every directive the range of its whole line (indentation and line terminator
//! included), for fixes that replace a value or delete an entry.
//!
//! Replacement directories containing `\` are reported as Go reports them on a non-Windows
//! host (`replacement directory appears to be Windows path`): builds run in Linux containers.

use super::modpath::{self, go_quote};
use super::{Problem, Range};

/// Which grammar to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModKind {
    GoMod,
    GoWork,
}

/// A value and the byte range of the token it came from (quotes included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spanned<T> {
    pub value: T,
    pub range: Range,
}

/// What a `go.mod` or `go.work` file declares. Fields a kind of file cannot have stay empty
/// (`uses` in a go.mod, `requires` in a go.work).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModFile {
    pub kind: ModKind,
    /// Parsed as a main module (`parse`) rather than a dependency (`parse_lax`).
    pub strict: bool,
    /// The module path, unquoted.
    pub module: Option<Spanned<String>>,
    /// The message of a `// Deprecated:` paragraph in the module directive's comments, with
    /// the range of those comments.
    pub deprecated: Option<Spanned<String>>,
    /// The `go` version (in lax mode possibly truncated to `1.N`, as Go does).
    pub go: Option<Spanned<String>>,
    pub toolchain: Option<Spanned<String>>,
    pub godebug: Vec<Godebug>,
    pub requires: Vec<Require>,
    pub excludes: Vec<Exclude>,
    pub replaces: Vec<Replace>,
    pub retracts: Vec<Retract>,
    pub tools: Vec<PathDirective>,
    pub ignores: Vec<PathDirective>,
    pub uses: Vec<PathDirective>,
    /// The verb of every directive that was not interpreted: unknown verbs (an error in strict
    /// mode), and in lax mode the main-module-only ones (`replace`, `exclude`, `toolchain`…).
    pub ignored: Vec<Spanned<String>>,
}

/// `godebug key=value`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Godebug {
    pub key: Spanned<String>,
    pub value: Spanned<String>,
    /// The whole line.
    pub range: Range,
}

/// `require path version`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Require {
    pub path: Spanned<String>,
    /// As written (unquoted); see [`modpath::canonical_version`].
    pub version: Spanned<String>,
    /// Marked `// indirect` (or `// indirect; …`).
    pub indirect: bool,
    /// The whole line.
    pub range: Range,
}

/// `exclude path version`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exclude {
    pub path: Spanned<String>,
    pub version: Spanned<String>,
    pub range: Range,
}

/// `replace old [version] => new [version]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replace {
    pub old_path: Spanned<String>,
    pub old_version: Option<Spanned<String>>,
    pub new_path: Spanned<String>,
    pub new_version: Option<Spanned<String>>,
    /// The replacement is a local directory (no version, [`is_directory_path`]): never
    /// downloaded, and it must contain a go.mod when the build reads it.
    pub is_directory: bool,
    /// The whole line.
    pub range: Range,
}

/// `retract version` or `retract [low, high]` (then `low == high` for a single version).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Retract {
    pub low: Spanned<String>,
    pub high: Spanned<String>,
    /// The directive's comments (or its block's), `//` and surrounding space removed, one line
    /// each.
    pub rationale: String,
    pub range: Range,
}

/// `tool path`, `ignore dir`, `use dir`: one unquoted path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathDirective {
    pub path: Spanned<String>,
    /// The whole line.
    pub range: Range,
}

/// `modfile.IsDirectoryPath`: whether a `replace` target (or `use` path) is a local directory:
/// `.`, `..`, starting with `./`, `../`, `.\`, `..\`, rooted (`/`, `\`), or with a drive
/// letter (`C:`).
pub fn is_directory_path(p: &str) -> bool {
    let b = p.as_bytes();
    p == "."
        || p == ".."
        || ["./", ".\\", "../", "..\\", "/", "\\"]
            .iter()
            .any(|pre| p.starts_with(pre))
        || (b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1] == b':')
}

/// Read a main module's `go.mod` (x/mod `Parse`) or a `go.work` (`ParseWork`, always
/// strict). Problems are pushed to `problems`; whatever could be read is returned.
pub fn parse(text: &str, kind: ModKind, problems: &mut Vec<Problem>) -> ModFile {
    parse_with(text, kind, true, problems)
}

/// Read a dependency's `go.mod` (x/mod `ParseLax`): only `module`, `go`, `require`,
/// `retract` and `ignore` are interpreted, unknown directives and blocks are ignored, and a
/// `go` version like `1.22.0.1` is truncated to `1.22`.
pub fn parse_lax(text: &str, problems: &mut Vec<Problem>) -> ModFile {
    parse_with(text, ModKind::GoMod, false, problems)
}

fn parse_with(text: &str, kind: ModKind, strict: bool, problems: &mut Vec<Problem>) -> ModFile {
    let before = problems.len();
    let tokens = lex(text, problems);
    let lex_errors = problems[before..]
        .iter()
        .filter_map(|p| p.range.as_ref().map(|r| r.start))
        .collect();
    let stmts = Parser {
        text,
        tokens: &tokens,
        at: 0,
        problems,
    }
    .file();
    let mut file = ModFile {
        kind,
        strict,
        module: None,
        deprecated: None,
        go: None,
        toolchain: None,
        godebug: Vec::new(),
        requires: Vec::new(),
        excludes: Vec::new(),
        replaces: Vec::new(),
        retracts: Vec::new(),
        tools: Vec::new(),
        ignores: Vec::new(),
        uses: Vec::new(),
        ignored: Vec::new(),
    };
    let mut reader = Reader {
        text,
        file: &mut file,
        problems,
        seen_module: false,
        lex_errors,
        quiet: false,
    };
    for stmt in &stmts {
        match stmt {
            Stmt::Line(line) => {
                let verb = &line.tokens[0];
                reader.directive(None, line, verb, &line.tokens[1..]);
            }
            Stmt::Block(block) => reader.block(block),
        }
    }
    reader.check_retracts();
    file
}

// ---------------------------------------------------------------------------------------------
// Lexer

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Eof,
    Newline,
    Punct(u8),
    Ident,
    Str,
    /// A comment alone on its line (consumes the newline).
    Comment,
    /// A comment after something on its line (ends the statement; consumes the newline).
    EolComment,
}

impl Kind {
    fn is_eol(self) -> bool {
        matches!(self, Kind::Eof | Kind::Newline | Kind::EolComment)
    }
}

#[derive(Debug, Clone)]
struct Tok {
    kind: Kind,
    /// For comments: without the line terminator.
    range: Range,
    /// A string the lexer reported as malformed (so its value is a best guess, reported once).
    broken: bool,
}

/// `unicode.IsPrint` and not `unicode.IsSpace`, minus the punctuation tokens: an identifier
/// character.
fn is_ident(c: char) -> bool {
    !matches!(c, ' ' | '(' | ')' | '[' | ']' | '{' | '}' | ',')
        && !c.is_whitespace()
        && !c.is_control()
        && !modpath::is_format(c)
        && !matches!(c as u32, 0xe000..=0xf8ff | 0xf0000.. | 0xfffe | 0xffff)
}

const SLASH_STAR: &str = "mod files must use // comments (not /* */ comments)";

fn lex(text: &str, problems: &mut Vec<Problem>) -> Vec<Tok> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let tok = |kind, range| Tok {
        kind,
        range,
        broken: false,
    };
    loop {
        while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\r') {
            i += 1;
        }
        if i >= b.len() {
            out.push(tok(Kind::Eof, b.len()..b.len()));
            return out;
        }
        let start = i;
        let rest = &text[i..];
        if rest.starts_with("//") {
            let line_start = text[..i].rfind('\n').map_or(0, |n| n + 1);
            let suffix = !text[line_start..i].trim().is_empty();
            let end = rest.find('\n').map_or(b.len(), |n| i + n);
            i = (end + 1).min(b.len());
            let end = if end > start && b[end - 1] == b'\r' && end < b.len() {
                end - 1
            } else {
                end
            };
            let kind = if suffix {
                Kind::EolComment
            } else {
                Kind::Comment
            };
            out.push(tok(kind, start..end));
            continue;
        }
        if rest.starts_with("/*") {
            problems.push(Problem::at(start..start + 2, SLASH_STAR));
        }
        let c = rest.chars().next().unwrap_or('\0');
        match c {
            '\n' | '(' | ')' | '[' | ']' | '{' | '}' | ',' => {
                i += 1;
                let kind = if c == '\n' {
                    Kind::Newline
                } else {
                    Kind::Punct(c as u8)
                };
                out.push(tok(kind, start..i));
            }
            '"' | '`' => {
                i += 1;
                let mut broken = false;
                loop {
                    if i >= b.len() {
                        problems.push(Problem::at(start..i, "unexpected EOF in string"));
                        broken = true;
                        break;
                    }
                    if b[i] == b'\n' {
                        problems.push(Problem::at(start..i, "unexpected newline in string"));
                        broken = true;
                        break;
                    }
                    let ch = b[i];
                    i += 1;
                    if ch == c as u8 {
                        break;
                    }
                    if ch == b'\\' && c == '"' && i < b.len() && b[i] != b'\n' {
                        i += text[i..].chars().next().map_or(1, char::len_utf8);
                    }
                }
                out.push(Tok {
                    kind: Kind::Str,
                    range: start..i,
                    broken,
                });
            }
            c if !is_ident(c) => {
                problems.push(Problem::at(
                    start..start + c.len_utf8(),
                    format!("unexpected input character {}", modpath::go_quote_char(c)),
                ));
                i += c.len_utf8();
            }
            _ => {
                let mut reported = false;
                while let Some(c) = text[i..].chars().next().filter(|&c| is_ident(c)) {
                    if text[i..].starts_with("//") {
                        break;
                    }
                    if text[i..].starts_with("/*") && !reported && i > start {
                        problems.push(Problem::at(i..i + 2, SLASH_STAR));
                        reported = true;
                    }
                    i += c.len_utf8();
                }
                out.push(tok(Kind::Ident, start..i));
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Statements

#[derive(Debug)]
struct Line {
    tokens: Vec<Tok>,
    /// Whole-line comments attached before the line.
    before: Vec<Range>,
    /// The comment ending the line.
    suffix: Option<Range>,
    /// The physical line(s), from the start of the first line to after the terminator.
    range: Range,
}

#[derive(Debug)]
struct Block {
    verb: Vec<Tok>,
    before: Vec<Range>,
    lines: Vec<Line>,
}

#[derive(Debug)]
enum Stmt {
    Line(Line),
    Block(Block),
}

struct Parser<'a> {
    text: &'a str,
    tokens: &'a [Tok],
    at: usize,
    problems: &'a mut Vec<Problem>,
}

impl Parser<'_> {
    fn peek(&self) -> Kind {
        self.tokens[self.at].kind
    }

    fn next(&mut self) -> Tok {
        let t = self.tokens[self.at].clone();
        if t.kind != Kind::Eof {
            self.at += 1;
        }
        t
    }

    fn file(mut self) -> Vec<Stmt> {
        let mut stmts = Vec::new();
        let mut comments = Vec::new();
        loop {
            match self.peek() {
                Kind::Eof => return stmts,
                Kind::Newline => {
                    self.next();
                    comments.clear();
                }
                Kind::Comment => comments.push(self.next().range),
                _ => {
                    let mut stmt = self.stmt();
                    match &mut stmt {
                        Stmt::Line(l) => l.before = std::mem::take(&mut comments),
                        Stmt::Block(b) => b.before = std::mem::take(&mut comments),
                    }
                    stmts.push(stmt);
                }
            }
        }
    }

    fn stmt(&mut self) -> Stmt {
        let mut tokens = vec![self.next()];
        loop {
            let t = self.next();
            match t.kind {
                k if k.is_eol() => return Stmt::Line(self.line(tokens, &t)),
                Kind::Punct(b'(') => {
                    if self.peek().is_eol() {
                        return Stmt::Block(self.block(tokens));
                    } else if self.peek() == Kind::Punct(b')') {
                        let rparen = self.next();
                        if self.peek().is_eol() {
                            self.next();
                            return Stmt::Block(Block {
                                verb: tokens,
                                before: Vec::new(),
                                lines: Vec::new(),
                            });
                        }
                        tokens.push(t);
                        tokens.push(rparen);
                    } else {
                        tokens.push(t);
                    }
                }
                _ => tokens.push(t),
            }
        }
    }

    /// A statement's tokens and its terminator as a `Line`.
    fn line(&self, tokens: Vec<Tok>, end: &Tok) -> Line {
        let start = self.text[..tokens[0].range.start]
            .rfind('\n')
            .map_or(0, |n| n + 1);
        let last = end.range.end.max(tokens[tokens.len() - 1].range.end);
        let stop = match self.text[last..].find('\n') {
            Some(n) if end.kind != Kind::Newline => last + n + 1,
            _ => last,
        };
        Line {
            tokens,
            before: Vec::new(),
            suffix: (end.kind == Kind::EolComment).then(|| end.range.clone()),
            range: start..stop,
        }
    }

    fn block(&mut self, verb: Vec<Tok>) -> Block {
        let mut block = Block {
            verb,
            before: Vec::new(),
            lines: Vec::new(),
        };
        let mut comments = Vec::new();
        loop {
            match self.peek() {
                Kind::EolComment | Kind::Newline => {
                    self.next();
                }
                Kind::Comment => comments.push(self.next().range),
                Kind::Eof => {
                    let at = block.verb[0].range.start;
                    let (line, col) = line_col(self.text, at);
                    self.problems.push(Problem::at(
                        at..block.verb[block.verb.len() - 1].range.end,
                        format!("syntax error (unterminated block started at {line}:{col})"),
                    ));
                    return block;
                }
                Kind::Punct(b')') => {
                    self.next();
                    if !self.peek().is_eol() {
                        let from = self.tokens[self.at].range.start;
                        while !self.peek().is_eol() {
                            self.next();
                        }
                        let to = self.tokens[self.at - 1].range.end;
                        self.problems.push(Problem::at(
                            from..to,
                            "syntax error (expected newline after closing paren)",
                        ));
                    }
                    self.next();
                    return block;
                }
                _ => {
                    let mut tokens = vec![self.next()];
                    let end = loop {
                        let t = self.next();
                        if t.kind.is_eol() {
                            break t;
                        }
                        tokens.push(t);
                    };
                    let mut line = self.line(tokens, &end);
                    line.before = std::mem::take(&mut comments);
                    block.lines.push(line);
                }
            }
        }
    }
}

/// 1-based line and column (in characters) of a byte offset, for messages.
fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

// ---------------------------------------------------------------------------------------------
// Directives

struct Reader<'a> {
    text: &'a str,
    file: &'a mut ModFile,
    problems: &'a mut Vec<Problem>,
    seen_module: bool,
    /// Where the lexer reported problems: a line with one gets no further problems.
    lex_errors: Vec<usize>,
    quiet: bool,
}

impl Reader<'_> {
    fn tok(&self, t: &Tok) -> &str {
        &self.text[t.range.clone()]
    }

    fn problem(&mut self, range: Range, message: impl Into<String>) {
        if self.quiet {
            return;
        }
        self.problems.push(Problem::at(range, message));
    }

    /// The range of a line's tokens (for problems about the directive as a whole).
    fn tokens_range(line: &Line) -> Range {
        line.tokens[0].range.start..line.tokens[line.tokens.len() - 1].range.end
    }

    fn block(&mut self, block: &Block) {
        self.quiet = false;
        let verb = &block.verb[0];
        let name = self.tok(verb).to_owned();
        let allowed: &[&str] = match self.file.kind {
            ModKind::GoMod => &[
                "module", "godebug", "require", "exclude", "replace", "retract", "tool", "ignore",
            ],
            ModKind::GoWork => &["godebug", "use", "replace"],
        };
        let strict = self.file.strict || self.file.kind == ModKind::GoWork;
        if block.verb.len() > 1 || !allowed.contains(&name.as_str()) {
            if strict {
                let words: Vec<&str> = block.verb.iter().map(|t| self.tok(t)).collect();
                let range = verb.range.start..block.verb[block.verb.len() - 1].range.end;
                self.problem(range, format!("unknown block type: {}", words.join(" ")));
            }
            self.file.ignored.push(Spanned {
                value: name,
                range: verb.range.clone(),
            });
            return;
        }
        for line in &block.lines {
            self.directive(Some(block), line, verb, &line.tokens);
        }
    }

    fn directive(&mut self, block: Option<&Block>, line: &Line, verb_tok: &Tok, args: &[Tok]) {
        let verb = self.tok(verb_tok).to_owned();
        self.quiet = self.lex_errors.iter().any(|at| line.range.contains(at));
        let work = self.file.kind == ModKind::GoWork;
        let known = if work {
            matches!(
                verb.as_str(),
                "go" | "toolchain" | "godebug" | "use" | "replace"
            )
        } else if self.file.strict {
            matches!(
                verb.as_str(),
                "module"
                    | "go"
                    | "toolchain"
                    | "godebug"
                    | "require"
                    | "exclude"
                    | "replace"
                    | "retract"
                    | "tool"
                    | "ignore"
            )
        } else {
            matches!(
                verb.as_str(),
                "go" | "module" | "retract" | "require" | "ignore"
            )
        };
        if !known {
            if work || self.file.strict {
                self.problem(verb_tok.range.clone(), format!("unknown directive: {verb}"));
            }
            self.file.ignored.push(Spanned {
                value: verb,
                range: verb_tok.range.clone(),
            });
            return;
        }
        let whole = Self::tokens_range(line);
        match verb.as_str() {
            "module" => self.module(block, line, args, whole),
            "go" => {
                if self.file.go.is_some() {
                    return self.problem(whole, "repeated go statement");
                }
                let [arg] = args else {
                    return self.problem(whole, "go directive expects exactly one argument");
                };
                let v = self.tok(arg);
                let value = if modpath::valid_go_version(v, true) {
                    v
                } else if let Some(fixed) = modpath::lax_go_version(v).filter(|_| !self.file.strict)
                {
                    fixed
                } else {
                    return self.problem(
                        arg.range.clone(),
                        format!("invalid go version '{v}': must match format 1.23.0"),
                    );
                };
                self.file.go = Some(spanned(value.to_owned(), arg));
            }
            "toolchain" => {
                if self.file.toolchain.is_some() {
                    return self.problem(whole, "repeated toolchain statement");
                }
                let [arg] = args else {
                    return self.problem(whole, "toolchain directive expects exactly one argument");
                };
                let name = self.tok(arg);
                if !modpath::valid_toolchain(name) {
                    return self.problem(
                        arg.range.clone(),
                        format!(
                            "invalid toolchain version '{name}': must match format go1.23.0 or default"
                        ),
                    );
                }
                self.file.toolchain = Some(spanned(name.to_owned(), arg));
            }
            "godebug" => {
                let usage = "usage: godebug key=value";
                let [arg] = args else {
                    return self.problem(whole, usage);
                };
                let raw = self.tok(arg);
                let Some(eq) = raw
                    .find('=')
                    .filter(|_| !raw.contains(['"', '`', '\'', ',']))
                else {
                    return self.problem(arg.range.clone(), usage);
                };
                let at = arg.range.start;
                self.file.godebug.push(Godebug {
                    key: Spanned {
                        value: raw[..eq].to_owned(),
                        range: at..at + eq,
                    },
                    value: Spanned {
                        value: raw[eq + 1..].to_owned(),
                        range: at + eq + 1..arg.range.end,
                    },
                    range: line.range.clone(),
                });
            }
            "require" | "exclude" => {
                let [path_tok, version_tok] = args else {
                    return self.problem(whole, format!("usage: {verb} module/path v1.2.3"));
                };
                let Some(path) = self.string(path_tok) else {
                    return;
                };
                let Some(version) = self.version(&verb, &path.value, version_tok) else {
                    return;
                };
                if !self.check_major(&verb, &path, &version) {
                    return;
                }
                if verb == "require" {
                    let indirect = line
                        .suffix
                        .as_ref()
                        .is_some_and(|r| is_indirect(&self.text[r.clone()]));
                    self.file.requires.push(Require {
                        path,
                        version,
                        indirect,
                        range: line.range.clone(),
                    });
                } else {
                    self.file.excludes.push(Exclude {
                        path,
                        version,
                        range: line.range.clone(),
                    });
                }
            }
            "replace" => self.replace(line, args, whole),
            "retract" => self.retract(block, line, args),
            "tool" | "ignore" | "use" => {
                let [arg] = args else {
                    let message = if verb == "use" {
                        "usage: use local/dir".to_owned()
                    } else {
                        format!("{verb} directive expects exactly one argument")
                    };
                    return self.problem(whole, message);
                };
                let Some(path) = self.string(arg) else {
                    return;
                };
                let entry = PathDirective {
                    path,
                    range: line.range.clone(),
                };
                match verb.as_str() {
                    "tool" => self.file.tools.push(entry),
                    "ignore" => self.file.ignores.push(entry),
                    _ => self.file.uses.push(entry),
                }
            }
            _ => unreachable!("known verbs are handled above"),
        }
    }

    fn module(&mut self, block: Option<&Block>, line: &Line, args: &[Tok], whole: Range) {
        if self.seen_module {
            return self.problem(whole, "repeated module statement");
        }
        self.seen_module = true;
        let comments = directive_comments(block, line);
        let text = comment_text(self.text, &comments);
        if let Some(message) = deprecation(&text) {
            let range = comments[0].start..comments[comments.len() - 1].end;
            self.file.deprecated = Some(Spanned {
                value: message.to_owned(),
                range,
            });
        }
        let [arg] = args else {
            return self.problem(whole, "usage: module module/path");
        };
        if let Some(path) = self.string(arg) {
            self.file.module = Some(path);
        }
    }

    fn replace(&mut self, line: &Line, args: &[Tok], whole: Range) {
        let arrow = if args.len() >= 2 && self.tok(&args[1]) == "=>" {
            1
        } else {
            2
        };
        if args.len() < arrow + 2 || args.len() > arrow + 3 || self.tok(&args[arrow]) != "=>" {
            return self.problem(
                whole,
                "usage: replace module/path [v1.2.3] => other/module v1.4\n\t or replace module/path [v1.2.3] => ../local/directory",
            );
        }
        let Some(old_path) = self.string(&args[0]) else {
            return;
        };
        if modpath::split_path_version(&old_path.value).is_none() {
            return self.problem(
                old_path.range.clone(),
                format!("replace {}: invalid module path", old_path.value),
            );
        }
        let mut old_version = None;
        if arrow == 2 {
            let Some(v) = self.version("replace", &old_path.value, &args[1]) else {
                return;
            };
            if !self.check_major("replace", &old_path, &v) {
                return;
            }
            old_version = Some(v);
        }
        let Some(new_path) = self.string(&args[arrow + 1]) else {
            return;
        };
        let mut new_version = None;
        let is_dir = is_directory_path(&new_path.value);
        if args.len() == arrow + 2 {
            if !is_dir {
                let message = if new_path.value.contains('@') {
                    "replacement module must match format 'path version', not 'path@version'"
                } else {
                    "replacement module without version must be directory path (rooted or starting with . or ..)"
                };
                return self.problem(new_path.range.clone(), message);
            }
            if new_path.value.contains('\\') {
                return self.problem(
                    new_path.range.clone(),
                    "replacement directory appears to be Windows path (on a non-windows system)",
                );
            }
        } else {
            let Some(v) = self.version("replace", &new_path.value, &args[arrow + 2]) else {
                return;
            };
            if is_dir {
                return self.problem(
                    new_path.range.clone(),
                    format!(
                        "replacement module directory path {} cannot have version",
                        go_quote(&new_path.value)
                    ),
                );
            }
            new_version = Some(v);
        }
        self.file.replaces.push(Replace {
            old_path,
            old_version,
            is_directory: new_version.is_none(),
            new_path,
            new_version,
            range: line.range.clone(),
        });
    }

    fn retract(&mut self, block: Option<&Block>, line: &Line, args: &[Tok]) {
        let strict = self.file.strict;
        let whole = Self::tokens_range(line);
        let parsed = self.interval(args, whole.clone());
        let (low, high, rest) = match parsed {
            Ok(v) => v,
            Err((range, message)) => {
                if strict {
                    self.problem(range, message);
                }
                return;
            }
        };
        if let Some(extra) = rest.first()
            && strict
        {
            let message = format!(
                "unexpected token after version: {}",
                go_quote(self.tok(extra))
            );
            return self.problem(extra.range.clone(), message);
        }
        let comments = directive_comments(block, line);
        self.file.retracts.push(Retract {
            low,
            high,
            rationale: comment_text(self.text, &comments),
            range: line.range.clone(),
        });
    }

    /// `parseVersionInterval`: the bounds and the tokens after them.
    #[allow(clippy::type_complexity)]
    fn interval<'t>(
        &mut self,
        args: &'t [Tok],
        whole: Range,
    ) -> Result<(Spanned<String>, Spanned<String>, &'t [Tok]), (Range, String)> {
        let err = |range: Range, m: &str| Err((range, m.to_owned()));
        let version = |r: &mut Self, t: &Tok| {
            r.parse_string(t).map(|v| spanned(v, t)).map_err(|e| {
                (
                    t.range.clone(),
                    format!("retract: version {} invalid: {e}", go_quote(r.tok(t))),
                )
            })
        };
        let Some(first) = args.first().filter(|t| t.kind != Kind::Punct(b'(')) else {
            return err(whole, "expected '[' or version");
        };
        if first.kind != Kind::Punct(b'[') {
            let v = version(self, first)?;
            return Ok((v.clone(), v, &args[1..]));
        }
        let Some(low_tok) = args.get(1) else {
            return err(first.range.clone(), "expected version after '['");
        };
        let low = version(self, low_tok)?;
        if args.get(2).map(|t| t.kind) != Some(Kind::Punct(b',')) {
            return err(low_tok.range.clone(), "expected ',' after version");
        }
        let Some(high_tok) = args.get(3) else {
            return err(args[2].range.clone(), "expected version after ','");
        };
        let high = version(self, high_tok)?;
        if args.get(4).map(|t| t.kind) != Some(Kind::Punct(b']')) {
            return err(high_tok.range.clone(), "expected ']' after version");
        }
        Ok((low, high, &args[5..]))
    }

    /// After the whole file: retract needs a module path, and canonical retracted versions
    /// must suit its major version (the go command's version fixer).
    fn check_retracts(&mut self) {
        self.quiet = false;
        if self.file.retracts.is_empty() || self.file.kind == ModKind::GoWork {
            return;
        }
        let Some(module) = self.file.module.clone() else {
            let range = self.file.retracts[0].range.clone();
            let end = self.text[range.clone()].trim_end().len();
            return self.problem(
                range.start..range.start + end,
                "no module directive found, so retract cannot be used",
            );
        };
        let mut found = Vec::new();
        for r in &self.file.retracts {
            for v in [&r.low, &r.high] {
                if modpath::canonical_version(&v.value).as_deref() == Some(v.value.as_str())
                    && let Err(e) = modpath::check_path_major(&module.value, &v.value)
                    && !found.iter().any(|(range, _)| range == &v.range)
                {
                    found.push((
                        v.range.clone(),
                        format!(
                            "retract {}: version {} invalid: {e}",
                            module.value,
                            go_quote(&v.value)
                        ),
                    ));
                }
            }
        }
        for (range, message) in found {
            self.problem(range, message);
        }
    }

    /// `parseString`: an unquoted token or a Go `"…"` string.
    fn parse_string(&self, t: &Tok) -> Result<String, String> {
        let raw = self.tok(t);
        if t.broken {
            // already reported by the lexer; keep what is there
            return Ok(raw.trim_matches(['"', '`']).to_owned());
        }
        if raw.starts_with('"') {
            unquote(raw).ok_or_else(|| "invalid syntax".to_owned())
        } else if raw.contains(['"', '\'', '`']) {
            Err("unquoted string cannot contain quote".to_owned())
        } else {
            Ok(raw.to_owned())
        }
    }

    /// A path token, unquoted; a problem when it cannot be read.
    fn string(&mut self, t: &Tok) -> Option<Spanned<String>> {
        match self.parse_string(t) {
            Ok(value) => Some(spanned(value, t)),
            Err(e) => {
                self.problem(t.range.clone(), format!("invalid quoted string: {e}"));
                None
            }
        }
    }

    /// A version token, unquoted; a problem when it cannot be read.
    fn version(&mut self, verb: &str, path: &str, t: &Tok) -> Option<Spanned<String>> {
        match self.parse_string(t) {
            Ok(value) => Some(spanned(value, t)),
            Err(e) => {
                let message = format!(
                    "{verb} {path}: version {} invalid: {e}",
                    go_quote(self.tok(t))
                );
                self.problem(t.range.clone(), message);
                None
            }
        }
    }

    /// The path must have a well-formed major suffix, and a canonical version must agree
    /// with it (`should be v2, not v1`).
    fn check_major(&mut self, verb: &str, path: &Spanned<String>, v: &Spanned<String>) -> bool {
        if modpath::split_path_version(&path.value).is_none() {
            self.problem(path.range.clone(), "invalid module path");
            return false;
        }
        if modpath::canonical_version(&v.value).as_deref() != Some(v.value.as_str()) {
            return true;
        }
        match modpath::check_path_major(&path.value, &v.value) {
            Ok(()) => true,
            Err(e) => {
                let message = format!(
                    "{verb} {}: version {} invalid: {e}",
                    path.value,
                    go_quote(&v.value)
                );
                self.problem(v.range.clone(), message);
                false
            }
        }
    }
}

fn spanned(value: String, t: &Tok) -> Spanned<String> {
    Spanned {
        value,
        range: t.range.clone(),
    }
}

/// `isIndirect`: `// indirect` or `// indirect; reason`.
fn is_indirect(comment: &str) -> bool {
    let fields: Vec<&str> = comment
        .strip_prefix("//")
        .unwrap_or(comment)
        .split_whitespace()
        .collect();
    (fields.len() == 1 && fields[0] == "indirect") || (fields.len() > 1 && fields[0] == "indirect;")
}

/// The comments of a directive (before it and at its end), or its block's when it has none.
fn directive_comments(block: Option<&Block>, line: &Line) -> Vec<Range> {
    let mut own: Vec<Range> = line.before.clone();
    own.extend(line.suffix.clone());
    match block {
        Some(b) if own.is_empty() => b.before.clone(),
        _ => own,
    }
}

/// `parseDirectiveComment`: each comment without `//`, trimmed, one per line.
fn comment_text(text: &str, comments: &[Range]) -> String {
    comments
        .iter()
        .map(|r| text[r.clone()].trim_start_matches("//").trim())
        .collect::<Vec<_>>()
        .join("\n")
}

/// `deprecatedRE`: the first paragraph starting with `Deprecated:`, up to the paragraph's end.
fn deprecation(text: &str) -> Option<&str> {
    let start = text
        .match_indices("Deprecated:")
        .map(|(i, _)| i)
        .find(|&i| i == 0 || text[..i].ends_with("\n\n"))?;
    let rest = text[start + "Deprecated:".len()..].trim_start_matches(' ');
    Some(rest.find("\n\n").map_or(rest, |end| &rest[..end]))
}

/// `strconv.Unquote` of a double-quoted Go string; `None` when it is malformed. Escapes that
/// produce bytes which are not UTF-8 become U+FFFD.
fn unquote(s: &str) -> Option<String> {
    let inner = s.strip_prefix('"')?.strip_suffix('"')?;
    let mut out: Vec<u8> = Vec::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' | '\n' => return None,
            '\\' => {
                let e = chars.next()?;
                let simple = match e {
                    'a' => Some(7u8),
                    'b' => Some(8),
                    'f' => Some(12),
                    'n' => Some(b'\n'),
                    'r' => Some(b'\r'),
                    't' => Some(b'\t'),
                    'v' => Some(11),
                    '\\' => Some(b'\\'),
                    '"' => Some(b'"'),
                    _ => None,
                };
                if let Some(b) = simple {
                    out.push(b);
                    continue;
                }
                let hex = |chars: &mut std::str::Chars, n: usize| -> Option<u32> {
                    let mut v = 0u32;
                    for _ in 0..n {
                        v = v * 16 + chars.next()?.to_digit(16)?;
                    }
                    Some(v)
                };
                match e {
                    'x' => out.push(hex(&mut chars, 2)? as u8),
                    'u' | 'U' => {
                        let v = hex(&mut chars, if e == 'u' { 4 } else { 8 })?;
                        let ch = char::from_u32(v)?;
                        out.extend_from_slice(ch.encode_utf8(&mut [0; 4]).as_bytes());
                    }
                    '0'..='7' => {
                        let mut v = e.to_digit(8)?;
                        for _ in 0..2 {
                            v = v * 8 + chars.next()?.to_digit(8)?;
                        }
                        out.push(u8::try_from(v).ok()?);
                    }
                    _ => return None,
                }
            }
            c => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
        }
    }
    Some(String::from_utf8_lossy(&out).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn go_mod(text: &str) -> (ModFile, Vec<String>) {
        let mut problems = Vec::new();
        let f = parse(text, ModKind::GoMod, &mut problems);
        (f, problems.into_iter().map(|p| p.message).collect())
    }

    fn go_work(text: &str) -> (ModFile, Vec<String>) {
        let mut problems = Vec::new();
        let f = parse(text, ModKind::GoWork, &mut problems);
        (f, problems.into_iter().map(|p| p.message).collect())
    }

    /// The problems of a go.mod with a module line, then `body`.
    fn errors(body: &str) -> Vec<String> {
        go_mod(&format!("module example.com/m\n\n{body}\n")).1
    }

    #[track_caller]
    fn assert_range(text: &str, range: &Range, want: &str) {
        assert_eq!(&text[range.clone()], want);
    }

    const FULL: &str = r#"// Deprecated: use example.com/m/v2 instead.
module "example.com/m"

go 1.23.0

toolchain go1.24.1

godebug default=go1.21

godebug (
	panicnil=1
	asynctimerchan=0
)

require example.com/a v1.2.3

require (
	example.com/b v0.0.0-20191109021931-daa7c04131f5 // indirect
	example.com/c/v2 v2.1.0 // indirect; used by tests
	example.com/d v1.0.0 // not indirect
	"example.com/e" "v1.0.0"
	example.com/f v1.2 // non-canonical, resolved by the go command
	example.com/g master
)

exclude example.com/a v1.2.2

exclude (
	example.com/b v0.0.1
)

replace example.com/a => ./a

replace (
	example.com/b v0.0.0-20191109021931-daa7c04131f5 => example.com/fork/b v0.1.0
	example.com/c/v2 => ../c
	example.com/h => /abs/h
	example.com/i => C:\work\i
	example.com/j v1.0.0 => example.com/j2 v1.0.1
	example.com/k => .
)

// The first release had a bug.
retract v1.0.0

retract (
	[v1.1.0, v1.1.9] // broken range
	v1.3.0
)

tool example.com/tools/cmd/gen

ignore ./node_modules

ignore (
	./third_party
	"./docs"
)
"#;

    #[test]
    fn reads_every_directive() {
        let (f, problems) = go_mod(FULL);
        // C:\ is a drive-letter directory; on a non-Windows host Go rejects its backslashes
        assert_eq!(
            problems,
            vec!["replacement directory appears to be Windows path (on a non-windows system)"]
        );
        let text = FULL;
        let m = f.module.as_ref().unwrap();
        assert_eq!(m.value, "example.com/m");
        assert_range(text, &m.range, "\"example.com/m\"");
        let d = f.deprecated.as_ref().unwrap();
        assert_eq!(d.value, "use example.com/m/v2 instead.");
        assert_range(
            text,
            &d.range,
            "// Deprecated: use example.com/m/v2 instead.",
        );
        let go = f.go.as_ref().unwrap();
        assert_eq!(go.value, "1.23.0");
        assert_range(text, &go.range, "1.23.0");
        assert_eq!(f.toolchain.as_ref().unwrap().value, "go1.24.1");
        let gd: Vec<(&str, &str)> = f
            .godebug
            .iter()
            .map(|g| (g.key.value.as_str(), g.value.value.as_str()))
            .collect();
        assert_eq!(
            gd,
            vec![
                ("default", "go1.21"),
                ("panicnil", "1"),
                ("asynctimerchan", "0")
            ]
        );
        assert_range(text, &f.godebug[1].key.range, "panicnil");
        assert_range(text, &f.godebug[1].value.range, "1");
        assert_range(text, &f.godebug[1].range, "\tpanicnil=1\n");
        let reqs: Vec<(&str, &str, bool)> = f
            .requires
            .iter()
            .map(|r| (r.path.value.as_str(), r.version.value.as_str(), r.indirect))
            .collect();
        assert_eq!(
            reqs,
            vec![
                ("example.com/a", "v1.2.3", false),
                ("example.com/b", "v0.0.0-20191109021931-daa7c04131f5", true),
                ("example.com/c/v2", "v2.1.0", true),
                ("example.com/d", "v1.0.0", false),
                ("example.com/e", "v1.0.0", false),
                ("example.com/f", "v1.2", false),
                ("example.com/g", "master", false),
            ]
        );
        assert_range(text, &f.requires[0].range, "require example.com/a v1.2.3\n");
        assert_range(
            text,
            &f.requires[2].range,
            "\texample.com/c/v2 v2.1.0 // indirect; used by tests\n",
        );
        assert_range(text, &f.requires[4].path.range, "\"example.com/e\"");
        assert_range(text, &f.requires[4].version.range, "\"v1.0.0\"");
        assert_range(text, &f.requires[5].version.range, "v1.2");
        assert_eq!(f.excludes.len(), 2);
        assert_eq!(f.excludes[1].version.value, "v0.0.1");
        type Row<'a> = (&'a str, Option<&'a str>, &'a str, Option<&'a str>, bool);
        let reps: Vec<Row> = f
            .replaces
            .iter()
            .map(|r| {
                (
                    r.old_path.value.as_str(),
                    r.old_version.as_ref().map(|v| v.value.as_str()),
                    r.new_path.value.as_str(),
                    r.new_version.as_ref().map(|v| v.value.as_str()),
                    r.is_directory,
                )
            })
            .collect();
        assert_eq!(
            reps,
            vec![
                ("example.com/a", None, "./a", None, true),
                (
                    "example.com/b",
                    Some("v0.0.0-20191109021931-daa7c04131f5"),
                    "example.com/fork/b",
                    Some("v0.1.0"),
                    false
                ),
                ("example.com/c/v2", None, "../c", None, true),
                ("example.com/h", None, "/abs/h", None, true),
                (
                    "example.com/j",
                    Some("v1.0.0"),
                    "example.com/j2",
                    Some("v1.0.1"),
                    false
                ),
                ("example.com/k", None, ".", None, true),
            ]
        );
        assert_range(text, &f.replaces[0].range, "replace example.com/a => ./a\n");
        assert_range(text, &f.replaces[0].new_path.range, "./a");
        let rets: Vec<(&str, &str, &str)> = f
            .retracts
            .iter()
            .map(|r| {
                (
                    r.low.value.as_str(),
                    r.high.value.as_str(),
                    r.rationale.as_str(),
                )
            })
            .collect();
        assert_eq!(
            rets,
            vec![
                ("v1.0.0", "v1.0.0", "The first release had a bug."),
                ("v1.1.0", "v1.1.9", "broken range"),
                ("v1.3.0", "v1.3.0", ""),
            ]
        );
        assert_range(text, &f.retracts[1].high.range, "v1.1.9");
        assert_eq!(f.tools[0].path.value, "example.com/tools/cmd/gen");
        let ignores: Vec<&str> = f.ignores.iter().map(|i| i.path.value.as_str()).collect();
        assert_eq!(ignores, vec!["./node_modules", "./third_party", "./docs"]);
        assert!(f.uses.is_empty() && f.ignored.is_empty());
    }

    #[test]
    fn go_work_file() {
        let text = "go 1.22\ntoolchain go1.22.3\ngodebug x=1\n\nuse ./a\nuse (\n\t./b\n\t\"./c d\"\n\t../e // sibling\n)\n\nreplace example.com/a v1.0.0 => ../fork\n";
        let (f, problems) = go_work(text);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(f.kind, ModKind::GoWork);
        assert_eq!(f.go.unwrap().value, "1.22");
        assert_eq!(f.toolchain.unwrap().value, "go1.22.3");
        let uses: Vec<&str> = f.uses.iter().map(|u| u.path.value.as_str()).collect();
        assert_eq!(uses, vec!["./a", "./b", "./c d", "../e"]);
        assert_range(text, &f.uses[2].path.range, "\"./c d\"");
        assert_range(text, &f.uses[3].range, "\t../e // sibling\n");
        assert_eq!(f.replaces[0].new_path.value, "../fork");
        assert!(f.replaces[0].is_directory);
        // go.work is always strict and knows only its own directives
        let (f, problems) =
            go_work("go 1.22\nmodule x.y\nrequire a.b v1.0.0\nuse (\n./a\n)\nrequire (\n)\n");
        assert_eq!(
            problems,
            vec![
                "unknown directive: module",
                "unknown directive: require",
                "unknown block type: require"
            ]
        );
        assert_eq!(f.ignored.len(), 3);
        assert_eq!(f.uses.len(), 1);
        assert_eq!(go_work("use a b\nuse\n").1, vec!["usage: use local/dir"; 2]);
    }

    #[test]
    fn go_and_toolchain_lines() {
        for ok in [
            "go 1.21",
            "go 1.21.0",
            "go 1.21rc1",
            "go 1.9",
            "toolchain default",
            "toolchain go1.22.1-custom",
            "toolchain go1.22",
        ] {
            assert!(errors(ok).is_empty(), "{ok}: {:?}", errors(ok));
        }
        assert_eq!(
            errors("go 1.22.0.1"),
            vec!["invalid go version '1.22.0.1': must match format 1.23.0"]
        );
        assert_eq!(
            errors("go v1.22"),
            vec!["invalid go version 'v1.22': must match format 1.23.0"]
        );
        assert_eq!(
            errors("go \"1.22\""),
            vec!["invalid go version '\"1.22\"': must match format 1.23.0"]
        );
        assert_eq!(
            errors("go"),
            vec!["go directive expects exactly one argument"]
        );
        assert_eq!(
            errors("go 1.21 1.22"),
            vec!["go directive expects exactly one argument"]
        );
        assert_eq!(errors("go 1.21\ngo 1.22"), vec!["repeated go statement"]);
        assert_eq!(
            errors("toolchain 1.22.1"),
            vec!["invalid toolchain version '1.22.1': must match format go1.23.0 or default"]
        );
        assert_eq!(
            errors("toolchain local"),
            vec!["invalid toolchain version 'local': must match format go1.23.0 or default"]
        );
        assert_eq!(errors("toolchain go2").len(), 1);
        assert_eq!(
            errors("toolchain go1.22\ntoolchain go1.23"),
            vec!["repeated toolchain statement"]
        );
        assert_eq!(
            errors("toolchain"),
            vec!["toolchain directive expects exactly one argument"]
        );
        // lax: a malformed dependency go line is truncated, unknown lines ignored
        let mut problems = Vec::new();
        let f = parse_lax(
            "module x.y\ngo 1.22.0.1\nfrobnicate\nreplace a.b => ./c\nexclude (\n a.b v1.0.0\n)\nfoo (\n)\n",
            &mut problems,
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(f.go.unwrap().value, "1.22");
        assert!(f.replaces.is_empty() && f.excludes.is_empty());
        let ignored: Vec<&str> = f.ignored.iter().map(|s| s.value.as_str()).collect();
        assert_eq!(ignored, vec!["frobnicate", "replace", "exclude", "foo"]);
        let mut problems = Vec::new();
        parse_lax("go v1.22\n", &mut problems);
        assert_eq!(problems.len(), 1);
    }

    #[test]
    fn x_mod_parse_versions_table() {
        // (input, ok strictly, ok laxly), after x/mod's TestParseVersions
        let table = [
            ("go \n", false, false),
            ("go 1\n", false, false),
            ("go 1.22\n", true, true),
            ("go 1.22.333", true, true),
            // x/mod only allows lax success here; `laxGoVersionRE` needs a non-digit after `1.2`
            ("go v1.2\n", false, false),
            ("go 1.2rc1\n", true, true),
            ("go 1.2 3.4\n", false, false),
            ("go 1.2.3\n", true, true),
            ("go 1.2beta1\n", true, true),
            ("go 1.2.beta1\n", false, true),
            ("go v1.2.3\n", false, true),
            ("go v1.2rc1\n", false, true),
            ("go v1.2beta1\n", false, true),
            ("go v1.2.beta1\n", false, true),
            ("toolchain go1.2\n", true, true),
            ("toolchain go1.2.3\n", true, true),
            ("toolchain go1.2rc1\n", true, true),
            ("toolchain go1.2rc1-gccgo\n", true, true),
            ("toolchain default\n", true, true),
            ("toolchain inconceivable!\n", false, true),
        ];
        for (input, strict_ok, lax_ok) in table {
            let text = format!("module m\n{input}");
            let (_, p) = go_mod(&text);
            assert_eq!(p.is_empty(), strict_ok, "strict {input:?}: {p:?}");
            let mut p = Vec::new();
            parse_lax(&text, &mut p);
            assert_eq!(p.is_empty(), lax_ok, "lax {input:?}: {p:?}");
        }
    }

    #[test]
    fn x_mod_parse_lax_ignores_irrelevant_errors() {
        let text = "module m\n\t\tsurprise attack\n\t\tx y (\n\t\t\tz\n\t\t)\n\t\texclude v1.2.3\n\t\treplace <-!!!\n\t\tretract v1.2.3 v1.2.4\n\t\tretract (v1.2.3, v1.2.4]\n\t\tretract v1.2.3 (\n\t\t\tkey1 value1\n\t\t\tkey2 value2\n\t\t)\n\t\trequire good v1.0.0\n\t";
        let mut problems = Vec::new();
        let f = parse_lax(text, &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(f.module.unwrap().value, "m");
        assert_eq!(f.requires.len(), 1);
        assert_eq!(f.requires[0].path.value, "good");
        // the same file read strictly reports each of them
        let (_, p) = go_mod(text);
        assert_eq!(
            p,
            vec![
                "unknown directive: surprise",
                "unknown block type: x y",
                "usage: exclude module/path v1.2.3",
                "usage: replace module/path [v1.2.3] => other/module v1.4\n\t or replace module/path [v1.2.3] => ../local/directory",
                "unexpected token after version: \"v1.2.4\"",
                "expected '[' or version",
                "unknown block type: retract v1.2.3",
            ]
        );
    }

    #[test]
    fn punctuation_tokens() {
        // x/mod's TestParsePunctuation: punctuation splits tokens
        let text = "require a[b]c{d}e,\n";
        let tokens = lex(text, &mut Vec::new());
        let words: Vec<&str> = tokens
            .iter()
            .filter(|t| !matches!(t.kind, Kind::Eof | Kind::Newline))
            .map(|t| &text[t.range.clone()])
            .collect();
        assert_eq!(
            words,
            ["require", "a", "[", "b", "]", "c", "{", "d", "}", "e", ","]
        );
        // a comment keeps a stray `\r` before the line's own CRLF
        let text = "// a\r\r\n";
        let tokens = lex(text, &mut Vec::new());
        assert_eq!(&text[tokens[0].range.clone()], "// a\r");
    }

    #[test]
    fn module_and_godebug() {
        assert_eq!(go_mod("module\n").1, vec!["usage: module module/path"]);
        assert_eq!(go_mod("module a b\n").1, vec!["usage: module module/path"]);
        assert_eq!(
            go_mod("module x.y\nmodule z.w\n").1,
            vec!["repeated module statement"]
        );
        assert_eq!(
            go_mod("module `x.y`\n").1,
            vec!["invalid quoted string: unquoted string cannot contain quote"]
        );
        assert_eq!(
            go_mod("module x'y\n").1,
            vec!["invalid quoted string: unquoted string cannot contain quote"]
        );
        assert_eq!(
            go_mod("module \"x\\qy\"\n").1,
            vec!["invalid quoted string: invalid syntax"]
        );
        let (f, p) = go_mod("module \"x.y/\\u00e9\\x41\\101\\t\"\n");
        assert!(p.is_empty());
        assert_eq!(f.module.unwrap().value, "x.y/éAA\t");
        let (f, p) = go_mod("module (\n\t// Deprecated: gone\n\tx.y/z\n)\n");
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(f.module.unwrap().value, "x.y/z");
        assert_eq!(f.deprecated.unwrap().value, "gone");
        let (f, _) = go_mod("// Deprecated: block comment\nmodule (\n\tx.y/z\n)\n");
        assert_eq!(f.deprecated.unwrap().value, "block comment");
        let (f, _) = go_mod("module x.y // Deprecated: inline\n");
        assert_eq!(f.deprecated.unwrap().value, "inline");
        let (f, _) =
            go_mod("// Intro.\n//\n// Deprecated: two\n// lines.\n//\n// Other.\nmodule x.y\n");
        assert_eq!(f.deprecated.unwrap().value, "two\nlines.");
        // not a paragraph start; a blank line detaches the comment
        assert!(
            go_mod("// Not Deprecated: x\nmodule x.y\n")
                .0
                .deprecated
                .is_none()
        );
        assert!(
            go_mod("// Deprecated: x\n\nmodule x.y\n")
                .0
                .deprecated
                .is_none()
        );
        assert!(
            go_mod("// deprecated: x\nmodule x.y\n")
                .0
                .deprecated
                .is_none()
        );

        assert!(errors("godebug a=b\ngodebug =\ngodebug k=v=w").is_empty());
        for bad in [
            "godebug a",
            "godebug a=b c=d",
            "godebug \"a=b\"",
            "godebug a=b,c=d",
            "godebug a='b'",
            "godebug",
        ] {
            assert_eq!(errors(bad), vec!["usage: godebug key=value"], "{bad}");
        }
    }

    #[test]
    fn require_and_exclude() {
        assert!(errors("require example.com/a/v2 v2.0.0\nrequire example.com/a v2.0.0+incompatible\nrequire gopkg.in/yaml.v2 v2.4.0").is_empty());
        assert_eq!(
            errors("require example.com/a/v2 v1.0.0"),
            vec!["require example.com/a/v2: version \"v1.0.0\" invalid: should be v2, not v1"]
        );
        assert_eq!(
            errors("require example.com/a v2.0.0"),
            vec!["require example.com/a: version \"v2.0.0\" invalid: should be v0 or v1, not v2"]
        );
        assert_eq!(
            errors("exclude example.com/a/v3 v2.0.0"),
            vec!["exclude example.com/a/v3: version \"v2.0.0\" invalid: should be v3, not v2"]
        );
        // non-canonical versions are left to the go command's resolution
        assert!(errors("require example.com/a/v2 v1.2").is_empty());
        assert_eq!(
            errors("require example.com/a/v1 v1.0.0"),
            vec!["invalid module path"]
        );
        for bad in [
            "require",
            "require example.com/a",
            "require example.com/a v1.0.0 v2",
            "require (example.com/a v1.0.0)",
            "exclude example.com/a",
        ] {
            let verb = bad.split(' ').next().unwrap();
            assert_eq!(
                errors(bad),
                vec![format!("usage: {verb} module/path v1.2.3")],
                "{bad}"
            );
        }
        assert_eq!(
            errors("require example.com/a v1'0"),
            vec![
                "require example.com/a: version \"v1'0\" invalid: unquoted string cannot contain quote"
            ]
        );
        assert_eq!(
            errors("require \"example.com/a\\z\" v1.0.0"),
            vec!["invalid quoted string: invalid syntax"]
        );
        let (f, _) = go_mod(
            "module m.n\nrequire (\n\ta.b v1.0.0 //indirect\n\tc.d v1.0.0 // indirect;\n\te.f v1.0.0 // indirect; x\n\tg.h v1.0.0 //   indirect  \n\ti.j v1.0.0 // indirectly\n)\n",
        );
        let ind: Vec<bool> = f.requires.iter().map(|r| r.indirect).collect();
        assert_eq!(ind, vec![true, false, true, true, false]);
    }

    #[test]
    fn replace_rules() {
        for ok in [
            "replace a.b => ./x",
            "replace a.b => ../x",
            "replace a.b => .\\x",
            "replace a.b => ..\\x",
            "replace a.b => .",
            "replace a.b => ..",
            "replace a.b => /x",
            "replace a.b v1.0.0 => c.d v1.1.0",
            "replace a.b => c.d v1.1.0",
            "replace a.b v1.0.0 => ./x",
            "replace a.b => c.d master",
        ] {
            let p = errors(ok);
            // `.\x` and `..\x` are directory paths, but Windows ones
            if ok.contains('\\') {
                assert_eq!(
                    p,
                    vec![
                        "replacement directory appears to be Windows path (on a non-windows system)"
                    ],
                    "{ok}"
                );
            } else {
                assert!(p.is_empty(), "{ok}: {p:?}");
            }
        }
        let usage = "usage: replace module/path [v1.2.3] => other/module v1.4\n\t or replace module/path [v1.2.3] => ../local/directory";
        for bad in [
            "replace a.b",
            "replace a.b ./x",
            "replace a.b =>",
            "replace a.b v1 v2 => ./x",
            "replace a.b => c.d v1 extra",
            "replace a.b=>./x",
            "replace => ./x",
        ] {
            assert_eq!(errors(bad), vec![usage], "{bad}");
        }
        assert_eq!(
            errors("replace a.b => c.d"),
            vec![
                "replacement module without version must be directory path (rooted or starting with . or ..)"
            ]
        );
        assert_eq!(
            errors("replace a.b => c.d@v1.0.0"),
            vec!["replacement module must match format 'path version', not 'path@version'"]
        );
        assert_eq!(
            errors("replace a.b => ./a v1.0.0"),
            vec!["replacement module directory path \"./a\" cannot have version"]
        );
        assert_eq!(
            errors("replace a.b/v2 v1.0.0 => ./a"),
            vec!["replace a.b/v2: version \"v1.0.0\" invalid: should be v2, not v1"]
        );
        assert_eq!(
            errors("replace a.b/v1 => ./a"),
            vec!["replace a.b/v1: invalid module path"]
        );
        let (f, _) = go_mod("replace \"a.b\" => \"../x y\"\n");
        assert_eq!(f.replaces[0].new_path.value, "../x y");
        assert!(f.replaces[0].is_directory);
    }

    #[test]
    fn is_directory_path_vectors() {
        for d in [
            ".", "..", "./a", "../a", ".\\a", "..\\a", "/a", "\\a", "C:\\a", "c:", "z:/x",
        ] {
            assert!(is_directory_path(d), "{d}");
        }
        for m in [
            "a",
            "a.b/c",
            ".a",
            "..a",
            "",
            "1:",
            "example.com/x",
            "~/x",
            "a/./b",
        ] {
            assert!(!is_directory_path(m), "{m}");
        }
    }

    #[test]
    fn retract_forms() {
        assert!(errors("retract v1.0.0\nretract [v1.0.0, v1.0.5]\nretract \"v1.0.6\"").is_empty());
        assert_eq!(errors("retract"), vec!["expected '[' or version"]);
        assert_eq!(errors("retract ( v1.0.0"), vec!["expected '[' or version"]);
        assert_eq!(errors("retract ["), vec!["expected version after '['"]);
        assert_eq!(
            errors("retract [v1.0.0"),
            vec!["expected ',' after version"]
        );
        assert_eq!(
            errors("retract [v1.0.0,"),
            vec!["expected version after ','"]
        );
        assert_eq!(
            errors("retract [v1.0.0, v1.0.1"),
            vec!["expected ']' after version"]
        );
        assert_eq!(
            errors("retract [v1.0.0 v1.0.1]"),
            vec!["expected ',' after version"]
        );
        assert_eq!(
            errors("retract v1.0.0 v1.0.1"),
            vec!["unexpected token after version: \"v1.0.1\""]
        );
        assert_eq!(
            errors("retract v1'"),
            vec!["retract: version \"v1'\" invalid: unquoted string cannot contain quote"]
        );
        assert_eq!(
            errors("retract v2.0.0"),
            vec!["retract example.com/m: version \"v2.0.0\" invalid: should be v0 or v1, not v2"]
        );
        assert_eq!(
            go_mod("go 1.21\nretract v1.0.0\n").1,
            vec!["no module directive found, so retract cannot be used"]
        );
        // lax mode does not report malformed intervals
        let mut problems = Vec::new();
        let f = parse_lax(
            "module x.y\nretract [v1.0.0\nretract v1.0.0 extra\n",
            &mut problems,
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(f.retracts.len(), 1);
        let (f, _) = go_mod("module x.y\n// why\nretract (\n\tv1.0.0\n\t// own\n\tv1.0.1\n)\n");
        assert_eq!(f.retracts[0].rationale, "why");
        assert_eq!(f.retracts[1].rationale, "own");
    }

    #[test]
    fn tool_ignore_and_unknown() {
        assert_eq!(
            errors("tool"),
            vec!["tool directive expects exactly one argument"]
        );
        assert_eq!(
            errors("tool a b"),
            vec!["tool directive expects exactly one argument"]
        );
        assert_eq!(
            errors("ignore"),
            vec!["ignore directive expects exactly one argument"]
        );
        assert_eq!(errors("foo"), vec!["unknown directive: foo"]);
        assert_eq!(errors("foo bar baz"), vec!["unknown directive: foo"]);
        assert_eq!(errors("use ./a"), vec!["unknown directive: use"]);
        assert_eq!(errors(")"), vec!["unknown directive: )"]);
        let (f, _) = go_mod("module x.y\nfoo bar\n");
        assert_eq!(f.ignored[0].value, "foo");
    }

    #[test]
    fn blocks() {
        assert_eq!(errors("go (\n\t1.21\n)"), vec!["unknown block type: go"]);
        assert_eq!(
            errors("require foo (\n)"),
            vec!["unknown block type: require foo"]
        );
        assert_eq!(errors("foo (\n\tbar\n)"), vec!["unknown block type: foo"]);
        // empty blocks, with and without a line inside
        assert!(
            errors("require ()\nrequire (\n)\nrequire ( // c\n\n// only a comment\n) // end")
                .is_empty()
        );
        // `( )` mid-line is not a block
        assert_eq!(
            errors("require () x"),
            vec!["usage: require module/path v1.2.3"]
        );
        assert_eq!(
            errors("require (\n\ta.b v1.0.0\n) extra\ngo 1.21"),
            vec!["syntax error (expected newline after closing paren)"]
        );
        let (f, p) = go_mod("module x.y\nrequire (\n\ta.b v1.0.0\n");
        assert_eq!(p, vec!["syntax error (unterminated block started at 2:1)"]);
        assert_eq!(f.requires.len(), 1, "what was read is kept");
        // block lines keep their own ranges and the block's directive
        let text = "require (\r\n\ta.b v1.0.0\r\n\tc.d v1.0.0 // indirect\r\n)\r\n";
        let (f, p) = go_mod(text);
        assert!(p.is_empty(), "{p:?}");
        assert_range(text, &f.requires[0].range, "\ta.b v1.0.0\r\n");
        assert_range(text, &f.requires[1].range, "\tc.d v1.0.0 // indirect\r\n");
        assert!(f.requires[1].indirect);
    }

    #[test]
    fn lexical_errors_are_reported_and_reading_goes_on() {
        // a lexical error silences only its own line
        let (_, p) = go_mod("module \"x.y\nfoo (\n)\n");
        assert_eq!(
            p,
            vec!["unexpected newline in string", "unknown block type: foo"]
        );
        let (f, p) = go_mod("module x.y /* c */\ngo 1.21\n");
        assert_eq!(p, vec![SLASH_STAR]);
        assert_eq!(f.go.unwrap().value, "1.21");
        assert_eq!(go_mod("/* c */\n").1[0], SLASH_STAR);
        assert_eq!(go_mod("module x.y/*z\n").1[0], SLASH_STAR);
        let (f, p) = go_mod("module \"x.y\ngo 1.21\n");
        assert_eq!(p, vec!["unexpected newline in string"]);
        assert_eq!(f.go.unwrap().value, "1.21");
        assert_eq!(go_mod("module \"x.y").1, vec!["unexpected EOF in string"]);
        assert_eq!(go_mod("module `x.y").1, vec!["unexpected EOF in string"]);
        assert_eq!(
            go_mod("module x.y\x07\n").1,
            vec!["unexpected input character '\\a'"]
        );
        assert_eq!(
            go_mod("\u{feff}module x.y\n").1,
            vec!["unexpected input character '\\ufeff'"]
        );
        // a `//` inside a token starts a comment; `\r` is white space
        let (f, p) = go_mod("module x.y//comment\r\ngo 1.21\r\n");
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(f.module.unwrap().value, "x.y");
        assert_eq!(f.go.unwrap().value, "1.21");
        // a quoted `//` is part of the string
        let (f, _) = go_mod("replace a.b => \"./x//y\"\n");
        assert_eq!(f.replaces[0].new_path.value, "./x//y");
    }

    #[test]
    fn problem_ranges_are_in_the_text() {
        let text = "module example.com/m\nrequire example.com/a/v2 v1.0.0\n";
        let mut problems = Vec::new();
        parse(text, ModKind::GoMod, &mut problems);
        assert_range(text, problems[0].range.as_ref().unwrap(), "v1.0.0");
        let text = "module x.y\nfoo bar\n";
        let mut problems = Vec::new();
        parse(text, ModKind::GoMod, &mut problems);
        assert_range(text, problems[0].range.as_ref().unwrap(), "foo");
    }

    #[test]
    fn unquote_matches_go() {
        assert_eq!(unquote(r#""a\"b\\c""#).as_deref(), Some("a\"b\\c"));
        assert_eq!(
            unquote(r#""\a\b\f\n\r\t\v""#).as_deref(),
            Some("\x07\x08\x0c\n\r\t\x0b")
        );
        assert_eq!(unquote(r#""\U0001F600""#).as_deref(), Some("😀"));
        assert_eq!(unquote(r#""\'""#), None);
        assert_eq!(unquote(r#""\400""#), None);
        assert_eq!(unquote(r#""\uD800""#), None);
        assert_eq!(unquote(r#""\x4""#), None);
        assert_eq!(unquote(r#""a"b""#), None);
        assert_eq!(unquote(r#""\""#), None);
        assert_eq!(unquote("\""), None);
    }

    #[test]
    fn never_panics_on_mutated_input() {
        let bases = [
            FULL,
            "go 1.22\nuse (\n\t./a\n\t\"./b\"\n)\nreplace a.b v1.0.0 => ../x\ngodebug (\n\tx=1\n)\n",
        ];
        let noise = [
            "(", ")", "\"", "`", "/*", "//", "\n", "[", ",", "]", "=>", "é", "\r", "\\", "\u{0}",
        ];
        let check = |text: &str| {
            for kind in [ModKind::GoMod, ModKind::GoWork] {
                let mut problems = Vec::new();
                let f = parse(text, kind, &mut problems);
                for p in &problems {
                    let r = p.range.clone().unwrap();
                    assert!(r.start <= r.end && r.end <= text.len(), "{text:?} {p:?}");
                    assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                }
                let mut ranges: Vec<Range> = Vec::new();
                ranges.extend(f.module.iter().map(|s| s.range.clone()));
                ranges.extend(f.requires.iter().flat_map(|r| {
                    [
                        r.path.range.clone(),
                        r.version.range.clone(),
                        r.range.clone(),
                    ]
                }));
                ranges.extend(f.replaces.iter().flat_map(|r| {
                    [
                        r.old_path.range.clone(),
                        r.new_path.range.clone(),
                        r.range.clone(),
                    ]
                }));
                ranges.extend(f.uses.iter().map(|u| u.range.clone()));
                for r in ranges {
                    assert!(
                        r.end <= text.len()
                            && text.is_char_boundary(r.start)
                            && text.is_char_boundary(r.end)
                    );
                }
            }
            let mut problems = Vec::new();
            parse_lax(text, &mut problems);
        };
        for base in bases {
            for end in (0..=base.len()).filter(|&i| base.is_char_boundary(i)) {
                check(&base[..end]);
                check(&base[end..]);
            }
            for (i, _) in base.char_indices().step_by(7) {
                for n in noise {
                    check(&format!("{}{n}{}", &base[..i], &base[i..]));
                    let next = base[i..].chars().next().map_or(0, char::len_utf8);
                    check(&format!("{}{n}{}", &base[..i], &base[i + next..]));
                }
            }
        }
    }
}
