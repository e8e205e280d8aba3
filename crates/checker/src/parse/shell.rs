//! A POSIX shell tokenizer for `RUN` instructions and CI scripts: simple commands with their
//! leading assignments, words and redirections, joined by `&&`, `||`, `;`, `|`, `&` and
//! newlines. Quotes, backslash escapes, line continuations, comments, `$VAR`/`${…}`/`$(…)`/
//! backticks (marked dynamic) and here-documents are handled; every word keeps its byte range
//! in the script so findings can point into it. It does not evaluate control flow: `if`,
//! `for` and friends are keywords whose bodies are read as ordinary commands.

use super::Range;

/// One shell word after quote removal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The text with quotes and escapes removed; parameter expansions kept as written.
    pub text: String,
    /// The range of the word as written, in the script's text.
    pub range: Range,
    /// Contains an expansion (`$X`, `${X}`, `$(…)`, backticks): its value is known only when
    /// the script runs.
    pub dynamic: bool,
    /// Some part was quoted (so `X=` + quoted empty string is still an assignment to "").
    pub quoted: bool,
}

/// `NAME=value` before a command name (or alone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assign {
    pub name: String,
    pub value: Word,
    /// The whole `NAME=value` word.
    pub range: Range,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redirect {
    /// `>`, `>>`, `<`, `<<`, `<<-`, `>&`, `<<<`, …
    pub op: String,
    pub target: Word,
}

/// What joins a command to the next one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Join {
    /// `;`, a newline or the end: the next command runs regardless.
    Seq,
    And,
    Or,
    Pipe,
    Background,
}

/// A simple command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Command {
    pub assigns: Vec<Assign>,
    pub words: Vec<Word>,
    pub redirects: Vec<Redirect>,
    pub join: Join,
    /// Inside `( … )`: a subshell, whose `cd`/`export` do not outlive it.
    pub subshell_depth: usize,
    /// The range of the whole command in the script.
    pub range: Range,
}

impl Command {
    pub fn name(&self) -> Option<&str> {
        self.words.first().map(|w| w.text.as_str())
    }
}

/// A script problem (an unterminated quote): the commands before it are still returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShellError {
    pub at: usize,
    pub message: String,
}

struct Lexer<'a> {
    s: &'a [u8],
    src: &'a str,
    i: usize,
    pending_heredocs: Vec<(String, bool)>,
}

enum Token {
    Word(Word),
    Op(&'static str, Range),
    Newline,
}

pub fn parse(script: &str) -> (Vec<Command>, Option<ShellError>) {
    let mut lx = Lexer {
        s: script.as_bytes(),
        src: script,
        i: 0,
        pending_heredocs: Vec::new(),
    };
    let mut commands = Vec::new();
    let mut cur = Command {
        assigns: Vec::new(),
        words: Vec::new(),
        redirects: Vec::new(),
        join: Join::Seq,
        subshell_depth: 0,
        range: 0..0,
    };
    let mut depth = 0usize;
    let mut error = None;
    let mut pending_redirect: Option<String> = None;
    let finish = |cur: &mut Command, join: Join, commands: &mut Vec<Command>, depth: usize| {
        if cur.words.is_empty() && cur.assigns.is_empty() && cur.redirects.is_empty() {
            // a join after nothing (`; ;`) changes nothing
            if let Some(last) = commands.last_mut()
                && join != Join::Seq
            {
                last.join = join;
            }
            cur.subshell_depth = depth;
            return;
        }
        cur.join = join;
        let next = Command {
            assigns: Vec::new(),
            words: Vec::new(),
            redirects: Vec::new(),
            join: Join::Seq,
            subshell_depth: depth,
            range: 0..0,
        };
        commands.push(std::mem::replace(cur, next));
    };
    loop {
        let tok = match lx.next() {
            Ok(Some(t)) => t,
            Ok(None) => break,
            Err(e) => {
                error = Some(e);
                break;
            }
        };
        match tok {
            Token::Word(w) => {
                if cur.range == (0..0) || (cur.words.is_empty() && cur.assigns.is_empty()) {
                    cur.range = w.range.clone();
                }
                cur.range.end = w.range.end;
                if let Some(op) = pending_redirect.take() {
                    if op.starts_with("<<") && op != "<<<" {
                        lx.pending_heredocs.push((w.text.clone(), op == "<<-"));
                    }
                    cur.redirects.push(Redirect { op, target: w });
                    continue;
                }
                if cur.words.is_empty()
                    && let Some(a) = as_assignment(&w, lx.src)
                {
                    cur.assigns.push(a);
                    continue;
                }
                if cur.words.is_empty() && cur.assigns.is_empty() {
                    match w.text.as_str() {
                        // keywords that start a compound command: read what follows as commands
                        "if" | "then" | "else" | "elif" | "do" | "while" | "until" | "{" | "!"
                            if !w.quoted =>
                        {
                            continue;
                        }
                        "fi" | "done" | "}" | "esac" if !w.quoted => continue,
                        _ => {}
                    }
                }
                cur.words.push(w);
            }
            Token::Op(op, range) => match op {
                "&&" => finish(&mut cur, Join::And, &mut commands, depth),
                "||" => finish(&mut cur, Join::Or, &mut commands, depth),
                "|" | "|&" => finish(&mut cur, Join::Pipe, &mut commands, depth),
                ";" | ";;" => finish(&mut cur, Join::Seq, &mut commands, depth),
                "&" => finish(&mut cur, Join::Background, &mut commands, depth),
                "(" => {
                    finish(&mut cur, Join::Seq, &mut commands, depth);
                    depth += 1;
                    cur.subshell_depth = depth;
                }
                ")" => {
                    finish(&mut cur, Join::Seq, &mut commands, depth);
                    depth = depth.saturating_sub(1);
                    cur.subshell_depth = depth;
                }
                redirect => {
                    if cur.words.is_empty() && cur.assigns.is_empty() {
                        cur.range = range.clone();
                    }
                    pending_redirect = Some(redirect.to_owned());
                }
            },
            Token::Newline => {
                finish(&mut cur, Join::Seq, &mut commands, depth);
                lx.skip_heredocs();
            }
        }
    }
    finish(&mut cur, Join::Seq, &mut commands, depth);
    (commands, error)
}

/// `NAME=value` with a valid shell name and an unquoted `=`.
fn as_assignment(w: &Word, src: &str) -> Option<Assign> {
    let raw = &src[w.range.clone()];
    let eq = raw.find('=')?;
    let name = &raw[..eq];
    let valid = !name.is_empty()
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if !valid {
        return None;
    }
    let value_range = w.range.start + eq + 1..w.range.end;
    let value = unquote(src, value_range);
    Some(Assign {
        name: name.to_owned(),
        value,
        range: w.range.clone(),
    })
}

/// Quote removal over a range of the script (a word or part of one).
fn unquote(src: &str, range: Range) -> Word {
    let s = &src.as_bytes()[range.clone()];
    let mut text = Vec::new();
    let mut dynamic = false;
    let mut quoted = false;
    let mut i = 0;
    let mut dq = false;
    while i < s.len() {
        let c = s[i];
        match c {
            b'\'' if !dq => {
                quoted = true;
                let end = s[i + 1..]
                    .iter()
                    .position(|&b| b == b'\'')
                    .map_or(s.len(), |p| i + 1 + p);
                text.extend_from_slice(&s[i + 1..end]);
                i = end + 1;
                continue;
            }
            b'"' => {
                quoted = true;
                dq = !dq;
            }
            b'\\' if i + 1 < s.len() => {
                let n = s[i + 1];
                if n == b'\n' {
                    i += 2;
                    continue;
                }
                if !dq || matches!(n, b'$' | b'`' | b'"' | b'\\') {
                    text.push(n);
                } else {
                    text.push(b'\\');
                    text.push(n);
                }
                i += 2;
                continue;
            }
            b'$' | b'`' => {
                let next = s.get(i + 1).copied();
                let expands = c == b'`'
                    || matches!(
                        next,
                        Some(b'{' | b'(' | b'_' | b'@' | b'*' | b'#' | b'?' | b'!' | b'-' | b'$')
                    )
                    || next.is_some_and(|b| b.is_ascii_alphanumeric());
                if expands {
                    dynamic = true;
                }
                text.push(c);
            }
            _ => text.push(c),
        }
        i += 1;
    }
    Word {
        text: String::from_utf8_lossy(&text).into_owned(),
        range,
        dynamic,
        quoted,
    }
}

impl Lexer<'_> {
    fn peek(&self, k: usize) -> Option<u8> {
        self.s.get(self.i + k).copied()
    }

    fn next(&mut self) -> Result<Option<Token>, ShellError> {
        loop {
            match self.peek(0) {
                None => return Ok(None),
                Some(b' ' | b'\t' | b'\r') => self.i += 1,
                Some(b'\\') if self.peek(1) == Some(b'\n') => self.i += 2,
                Some(b'\\') if self.peek(1) == Some(b'\r') && self.peek(2) == Some(b'\n') => {
                    self.i += 3;
                }
                Some(b'#') => {
                    while self.peek(0).is_some_and(|c| c != b'\n') {
                        self.i += 1;
                    }
                }
                Some(b'\n') => {
                    self.i += 1;
                    return Ok(Some(Token::Newline));
                }
                Some(_) => break,
            }
        }
        let start = self.i;
        for op in [
            "&&", "||", ";;", "|&", "<<<", "<<-", "<<", ">>", ">&", "<&", ">|", "<>", "&>", ";",
            "|", "&", "(", ")", "<", ">",
        ] {
            if self.s[self.i..].starts_with(op.as_bytes()) {
                self.i += op.len();
                return Ok(Some(Token::Op(op, start..self.i)));
            }
        }
        // a word, possibly with an fd number before a redirection (`2>`)
        self.scan_word()?;
        let range = start..self.i;
        if self.src[range.clone()].bytes().all(|b| b.is_ascii_digit())
            && matches!(self.peek(0), Some(b'<' | b'>'))
        {
            return self.next();
        }
        Ok(Some(Token::Word(unquote(self.src, range))))
    }

    fn scan_word(&mut self) -> Result<(), ShellError> {
        while let Some(c) = self.peek(0) {
            match c {
                b' ' | b'\t' | b'\r' | b'\n' | b';' | b'&' | b'|' | b'<' | b'>' | b'(' | b')' => {
                    return Ok(());
                }
                b'\\' => self.i += 2,
                b'\'' => {
                    let from = self.i;
                    self.i += 1;
                    while self.peek(0).is_some_and(|c| c != b'\'') {
                        self.i += 1;
                    }
                    if self.peek(0).is_none() {
                        return Err(ShellError {
                            at: from,
                            message: "unterminated single quote".into(),
                        });
                    }
                    self.i += 1;
                }
                b'"' => {
                    let from = self.i;
                    self.i += 1;
                    loop {
                        match self.peek(0) {
                            None => {
                                return Err(ShellError {
                                    at: from,
                                    message: "unterminated double quote".into(),
                                });
                            }
                            Some(b'\\') => self.i += 2,
                            Some(b'"') => {
                                self.i += 1;
                                break;
                            }
                            Some(b'$') if self.peek(1) == Some(b'(') => {
                                self.skip_nested(b'(', b')')?
                            }
                            Some(b'`') => self.skip_backticks()?,
                            Some(_) => self.i += 1,
                        }
                    }
                }
                b'$' if self.peek(1) == Some(b'(') => self.skip_nested(b'(', b')')?,
                b'$' if self.peek(1) == Some(b'{') => self.skip_nested(b'{', b'}')?,
                b'`' => self.skip_backticks()?,
                _ => self.i += 1,
            }
        }
        self.i = self.i.min(self.s.len());
        Ok(())
    }

    /// Skip `$(…)` or `${…}` with nesting and quotes.
    fn skip_nested(&mut self, open: u8, close: u8) -> Result<(), ShellError> {
        let from = self.i;
        self.i += 2;
        let mut depth = 1;
        while let Some(c) = self.peek(0) {
            match c {
                b'\\' => self.i += 2,
                b'\'' if open == b'(' => {
                    self.i += 1;
                    while self.peek(0).is_some_and(|c| c != b'\'') {
                        self.i += 1;
                    }
                    self.i += 1;
                }
                c if c == open => {
                    depth += 1;
                    self.i += 1;
                }
                c if c == close => {
                    depth -= 1;
                    self.i += 1;
                    if depth == 0 {
                        return Ok(());
                    }
                }
                _ => self.i += 1,
            }
        }
        self.i = self.s.len();
        Err(ShellError {
            at: from,
            message: format!("unterminated ${}", open as char),
        })
    }

    fn skip_backticks(&mut self) -> Result<(), ShellError> {
        let from = self.i;
        self.i += 1;
        while let Some(c) = self.peek(0) {
            match c {
                b'\\' => self.i += 2,
                b'`' => {
                    self.i += 1;
                    return Ok(());
                }
                _ => self.i += 1,
            }
        }
        Err(ShellError {
            at: from,
            message: "unterminated backquote".into(),
        })
    }

    /// After a newline, skip the bodies of here-documents opened on the line before.
    fn skip_heredocs(&mut self) {
        for (delim, strip) in std::mem::take(&mut self.pending_heredocs) {
            let delim = delim.trim_matches(['\'', '"']).to_owned();
            while self.i < self.s.len() {
                let end = self.s[self.i..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(self.s.len(), |p| self.i + p);
                let line = &self.src[self.i..end];
                let line = if strip {
                    line.trim_start_matches('\t')
                } else {
                    line
                };
                self.i = (end + 1).min(self.s.len());
                if line.trim_end_matches('\r') == delim {
                    break;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
