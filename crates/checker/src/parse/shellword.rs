//! Dockerfile word processing, as BuildKit's shell lexer does it for ENV, ARG, FROM and the
//! other non-RUN instructions: quote removal, escapes, and `$VAR` / `${VAR}` / `${VAR:-word}` /
//! `${VAR:+word}` / `${VAR:?msg}` (and the forms without `:`) expansion.

use super::{Mapped, Range};

/// What a variable is, as far as the checker can know.
#[derive(Debug, Clone)]
pub enum Lookup {
    /// Defined with this value (mapped to where the value was written).
    Value(Mapped),
    /// Declared but its value is only known at build time (`ARG NAME` without a default).
    Unknown,
    /// Not declared: BuildKit expands it to the empty string.
    Unset,
}

/// The result of processing one word.
#[derive(Debug, Clone, Default)]
pub struct Processed {
    pub value: Mapped,
    /// Some part depends on a value known only at build time; `value` is not exact.
    pub dynamic: bool,
    /// The variables referenced, with the source range of each reference.
    pub references: Vec<(String, Range)>,
    /// A syntax problem (unterminated quote, bad substitution), with its source range.
    pub problem: Option<(Range, String)>,
}

/// Process `word` with the variables that `lookup` knows.
pub fn process(word: &Mapped, escape: char, lookup: &dyn Fn(&str) -> Lookup) -> Processed {
    let chars: Vec<(usize, char)> = word.as_str().char_indices().collect();
    let mut lexer = Lexer {
        word,
        chars: &chars,
        pos: 0,
        escape,
        lookup,
        out: Processed::default(),
    };
    let mut value = Mapped::new();
    lexer.run(&mut value, None);
    lexer.out.value = value;
    lexer.out
}

struct Lexer<'a> {
    word: &'a Mapped,
    chars: &'a [(usize, char)],
    pos: usize,
    escape: char,
    lookup: &'a dyn Fn(&str) -> Lookup,
    out: Processed,
}

impl Lexer<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).map(|&(_, c)| c)
    }

    fn offset(&self, pos: usize) -> usize {
        self.chars.get(pos).map_or(self.word.len(), |&(i, _)| i)
    }

    /// The source range of text characters `from..to` (character indexes).
    fn src(&self, from: usize, to: usize) -> Range {
        let (a, b) = (self.offset(from), self.offset(to));
        self.word.source_range(a..b).unwrap_or_else(|| {
            let at = self
                .word
                .source_range(a.saturating_sub(1)..a)
                .map_or(0, |r| r.end);
            at..at
        })
    }

    fn push_char(&self, out: &mut Mapped, c: char, from: usize, to: usize) {
        let mut buf = [0u8; 4];
        let s = c.encode_utf8(&mut buf);
        if to == from + 1 {
            out.push_exact_or_from(s, self.src(from, to));
        } else {
            out.push_from(s, self.src(from, to));
        }
    }

    fn problem(&mut self, from: usize, to: usize, msg: &str) {
        if self.out.problem.is_none() {
            self.out.problem = Some((self.src(from, to), msg.to_owned()));
        }
    }

    /// Process until the end, or until the unquoted character `stop` (consumed).
    fn run(&mut self, out: &mut Mapped, stop: Option<char>) {
        while let Some(c) = self.peek() {
            let start = self.pos;
            if Some(c) == stop {
                self.pos += 1;
                return;
            }
            match c {
                '\'' => self.single_quoted(out),
                '"' => self.double_quoted(out),
                '$' => self.dollar(out),
                c if c == self.escape => {
                    self.pos += 1;
                    if let Some(next) = self.peek() {
                        self.pos += 1;
                        self.push_char(out, next, start, self.pos);
                    }
                }
                c => {
                    self.pos += 1;
                    self.push_char(out, c, start, self.pos);
                }
            }
        }
        if stop.is_some() {
            let end = self.chars.len();
            self.problem(
                end.saturating_sub(1),
                end,
                "missing `}` in variable substitution",
            );
        }
    }

    fn single_quoted(&mut self, out: &mut Mapped) {
        let open = self.pos;
        self.pos += 1;
        while let Some(c) = self.peek() {
            let at = self.pos;
            self.pos += 1;
            if c == '\'' {
                return;
            }
            self.push_char(out, c, at, at + 1);
        }
        self.problem(open, open + 1, "unterminated single quote");
    }

    fn double_quoted(&mut self, out: &mut Mapped) {
        let open = self.pos;
        self.pos += 1;
        while let Some(c) = self.peek() {
            let at = self.pos;
            match c {
                '"' => {
                    self.pos += 1;
                    return;
                }
                '$' => self.dollar(out),
                c if c == self.escape => {
                    self.pos += 1;
                    match self.peek() {
                        Some(n) if n == '"' || n == '$' || n == self.escape => {
                            self.pos += 1;
                            self.push_char(out, n, at, self.pos);
                        }
                        _ => self.push_char(out, c, at, at + 1),
                    }
                }
                c => {
                    self.pos += 1;
                    self.push_char(out, c, at, at + 1);
                }
            }
        }
        self.problem(open, open + 1, "unterminated double quote");
    }

    fn name_at(&self, from: usize) -> usize {
        let mut i = from;
        while let Some(&(_, c)) = self.chars.get(i) {
            if c.is_ascii_alphanumeric() || c == '_' {
                i += 1;
            } else {
                break;
            }
        }
        i
    }

    fn name(&self, from: usize, to: usize) -> String {
        self.chars[from..to].iter().map(|&(_, c)| c).collect()
    }

    fn dollar(&mut self, out: &mut Mapped) {
        let start = self.pos;
        self.pos += 1;
        match self.peek() {
            Some('{') => self.braced(out, start),
            Some(c) if c.is_ascii_alphanumeric() || c == '_' => {
                let end = self.name_at(self.pos);
                let name = self.name(self.pos, end);
                self.pos = end;
                let lookup = self.resolve(&name, start, end);
                self.substitute(out, lookup, start, end);
            }
            _ => self.push_char(out, '$', start, start + 1),
        }
    }

    fn resolve(&mut self, name: &str, from: usize, to: usize) -> Lookup {
        let src = self.src(from, to);
        self.out.references.push((name.to_owned(), src));
        (self.lookup)(name)
    }

    fn substitute(&mut self, out: &mut Mapped, lookup: Lookup, from: usize, to: usize) {
        match lookup {
            Lookup::Value(v) => out.push_from(v.as_str(), self.src(from, to)),
            Lookup::Unknown => self.out.dynamic = true,
            Lookup::Unset => {}
        }
    }

    fn braced(&mut self, out: &mut Mapped, start: usize) {
        self.pos += 1; // `{`
        let name_end = self.name_at(self.pos);
        if name_end == self.pos {
            self.problem(
                start,
                self.pos,
                "bad substitution: `${` needs a variable name",
            );
            // keep going as literal text so the rest of the word is still read
            self.run(&mut Mapped::new(), Some('}'));
            self.out.dynamic = true;
            return;
        }
        let name = self.name(self.pos, name_end);
        self.pos = name_end;
        let modifier: String = match (self.peek(), self.chars.get(self.pos + 1).map(|&(_, c)| c)) {
            (Some('}'), _) => {
                self.pos += 1;
                let lookup = self.resolve(&name, start, self.pos);
                self.substitute(out, lookup, start, self.pos);
                return;
            }
            (Some(':'), Some(m @ ('-' | '+' | '?'))) => {
                self.pos += 2;
                format!(":{m}")
            }
            (Some(m @ ('-' | '+' | '?')), _) => {
                self.pos += 1;
                m.to_string()
            }
            _ => {
                // pattern operators (`#`, `%`, `/`) and anything else: not evaluated
                self.run(&mut Mapped::new(), Some('}'));
                self.resolve(&name, start, self.pos);
                self.out.dynamic = true;
                return;
            }
        };
        let mut word = Mapped::new();
        self.run(&mut word, Some('}'));
        let end = self.pos;
        let lookup = self.resolve(&name, start, end);
        let colon = modifier.starts_with(':');
        // Is the variable "set" for this operator? With `:`, empty counts as unset.
        let set = match &lookup {
            Lookup::Value(v) => !(colon && v.is_empty()),
            Lookup::Unset => false,
            Lookup::Unknown => {
                self.out.dynamic = true;
                return;
            }
        };
        match (modifier.trim_start_matches(':'), set) {
            ("-", true) | ("?", true) => self.substitute(out, lookup, start, end),
            ("-", false) | ("+", true) => out.push_mapped(&word),
            ("+", false) => {}
            _ => self.problem(
                start,
                end,
                &format!("`${{{name}}}` is required but not set"),
            ),
        }
    }
}

impl Mapped {
    /// Push one character read from exactly one source character.
    fn push_exact_or_from(&mut self, s: &str, src: Range) {
        if src.len() == s.len() {
            self.push_exact(s, src.start);
        } else {
            self.push_from(s, src);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(s: &str) -> Mapped {
        let mut m = Mapped::new();
        m.push_exact(s, 100);
        m
    }

    fn run(s: &str, vars: &[(&str, Option<&str>)]) -> Processed {
        let lookup = |name: &str| match vars.iter().find(|(n, _)| *n == name) {
            Some((_, Some(v))) => Lookup::Value(word(v)),
            Some((_, None)) => Lookup::Unknown,
            None => Lookup::Unset,
        };
        process(&word(s), '\\', &lookup)
    }

    #[test]
    fn quotes_and_escapes() {
        assert_eq!(run(r#""a b"'c d'e\ f"#, &[]).value.as_str(), "a bc de f");
        assert_eq!(run(r#""x\"y\$z\\w\q""#, &[]).value.as_str(), r#"x"y$z\w\q"#);
        assert_eq!(run(r#"'$HOME'"#, &[]).value.as_str(), "$HOME");
    }

    #[test]
    fn expansion_forms() {
        let v = [("A", Some("1")), ("E", Some("")), ("U", None)];
        for (input, want) in [
            ("$A", "1"),
            ("${A}x", "1x"),
            ("$NOPE", ""),
            ("${NOPE:-d}", "d"),
            ("${E:-d}", "d"),
            ("${E-d}", ""),
            ("${A:+set}", "set"),
            ("${E:+set}", ""),
            ("${E+set}", "set"),
            ("\"$A\"", "1"),
            ("$", "$"),
            ("a$-b", "a$-b"),
            ("${A:-${NOPE:-z}}", "1"),
            ("${NOPE:-${A}}", "1"),
        ] {
            let p = run(input, &v);
            assert_eq!(p.value.as_str(), want, "{input}");
            assert!(!p.dynamic, "{input}");
        }
        assert!(run("$U", &v).dynamic);
        assert!(run("${U:-x}", &v).dynamic);
        assert!(run("${A#x}", &v).dynamic);
    }

    #[test]
    fn spans_of_literal_and_expanded_text() {
        let p = run("\"off\"", &[]);
        assert_eq!(p.value.full_source_range(), Some(101..104));
        let p = run("x${A}", &[("A", Some("off"))]);
        assert_eq!(p.value.source_range(1..4), Some(101..105));
        assert_eq!(p.references, vec![("A".to_owned(), 101..105)]);
    }

    #[test]
    fn problems_not_panics() {
        for s in ["\"abc", "'abc", "${", "${A", "${:-x}", "${A:?}", "${A:-"] {
            let p = run(s, &[]);
            assert!(p.problem.is_some(), "{s}");
        }
    }
}
