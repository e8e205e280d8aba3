//! YAML with exact source spans: a small node tree for the CI configuration parsers
//! ([`super::github_actions`], [`super::gitlab_ci`]).
//!
//! The library is `saphyr-parser` (0.3.4): a pure-Rust, `no_std` + `alloc` YAML 1.2 event parser
//! (the maintained successor of yaml-rust, the same code base as `yaml-rust2`) whose only
//! dependencies are `arraydeque` and `thiserror`, so it builds for wasm32-wasip2 as it is. Each
//! event comes with a start *and* an end marker (`yaml-rust2`'s marked events have only a
//! start; `marked-yaml`, built on it, refuses anchors and aliases, which GitLab files depend on,
//! and keeps only strings), it reports anchors, aliases, tags (GitLab's `!reference`) and the
//! style of every scalar, and it returns errors with a position instead of panicking.
//!
//! Its markers count characters, not bytes (a BOM counts as one); they are turned into byte
//! offsets with a table of character starts. The library gives a scalar's value already decoded
//! but not where each character came from, so every scalar is scanned again here, from its span,
//! into a [`Mapped`] string; when that scan does not reproduce the library's value exactly, the
//! library's value is kept and mapped to the whole scalar as one piece (never wrong, only
//! coarser).
//!
//! Tree building: anchors and aliases are resolved (an aliased node keeps the spans of the
//! anchor's definition, and says where the alias was), merge keys (`<<: *a`, `<<: [*a, *b]`) are
//! applied with YAML 1.1's rules (keys written in the mapping win, then earlier merged maps win),
//! and a key written twice is reported once, the later value being kept (Ruby's Psych, which
//! GitLab uses, keeps the later one; GitHub Actions rejects the file).

use std::collections::{HashMap, HashSet};

use saphyr_parser::{Event, Parser, ScalarStyle, Span};

use super::{Mapped, Problem, Range};

/// Nodes nested deeper than this are not read (the file is reported instead).
const MAX_DEPTH: usize = 256;
/// Alias expansion stops once the tree holds this many nodes ("billion laughs").
const MAX_NODES: usize = 200_000;

/// A YAML node.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: Value,
    /// The node as written: quotes and block indicators included, anchor and tag excluded. For a
    /// block scalar, from the `|` or `>` to the end of its last non-empty line. For a block
    /// collection, from its first entry to the end of its last one.
    pub range: Range,
    /// The tag as written or resolved (`!reference`, `tag:yaml.org,2002:str`).
    pub tag: Option<String>,
    /// When this node is a copy of an anchored node: the range of the `*alias` that put it here.
    /// `range` and every span inside point at the anchor's definition.
    pub alias: Option<Range>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Scalar(Scalar),
    Sequence(Vec<Node>),
    Mapping(Vec<Entry>),
}

/// A scalar: its value as YAML decodes it (folding, escapes, chomping), each byte mapped to the
/// source. Non-string scalars (`true`, `1.20`, `~`, an empty value) are their text as written.
#[derive(Debug, Clone, PartialEq)]
pub struct Scalar {
    pub text: Mapped,
    pub style: Style,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Plain,
    SingleQuoted,
    DoubleQuoted,
    /// `|`
    Literal,
    /// `>`
    Folded,
}

/// A `key: value` pair of a mapping.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub key: Node,
    pub value: Node,
    /// From the start of the key to the end of the value as written in this mapping (an alias
    /// value ends at the `*alias`), for fixes that remove the entry. An entry merged in by `<<`
    /// keeps its range in the mapping it was merged from.
    pub range: Range,
}

impl Node {
    /// The scalar, if this is one.
    pub fn scalar(&self) -> Option<&Scalar> {
        match &self.value {
            Value::Scalar(s) => Some(s),
            _ => None,
        }
    }

    /// The text of a scalar.
    pub fn as_str(&self) -> Option<&str> {
        self.scalar().map(|s| s.text.as_str())
    }

    pub fn as_mapping(&self) -> Option<&[Entry]> {
        match &self.value {
            Value::Mapping(m) => Some(m),
            _ => None,
        }
    }

    pub fn as_sequence(&self) -> Option<&[Node]> {
        match &self.value {
            Value::Sequence(s) => Some(s),
            _ => None,
        }
    }

    /// A plain `~`, `null`, `Null`, `NULL` or nothing at all.
    pub fn is_null(&self) -> bool {
        self.scalar().is_some_and(|s| {
            s.style == Style::Plain
                && matches!(s.text.as_str(), "" | "~" | "null" | "Null" | "NULL")
        })
    }

    /// The entry of a mapping whose key is the scalar `key` (keys are unique once loaded: of
    /// duplicates, the later is kept).
    pub fn entry(&self, key: &str) -> Option<&Entry> {
        self.as_mapping()?
            .iter()
            .find(|e| e.key.as_str() == Some(key))
    }

    /// The value of a mapping's entry `key`.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.entry(key).map(|e| &e.value)
    }
}

impl Entry {
    /// The key's text, when the key is a scalar.
    pub fn key_str(&self) -> Option<&str> {
        self.key.as_str()
    }
}

/// A value with the source range it was written at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spanned<T> {
    pub value: T,
    pub range: Range,
}

/// A scalar value as the CI configuration parsers hand it on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The decoded value, mapped to the source.
    pub text: Mapped,
    /// The scalar as written (quotes and block indicators included).
    pub range: Range,
    /// The CI system rewrites the value before use (a GitHub `${{ … }}` expression, a GitLab
    /// `$VAR` reference): its final text is not known from the file.
    pub dynamic: bool,
}

impl Text {
    pub fn as_str(&self) -> &str {
        self.text.as_str()
    }
}

/// The documents of a YAML stream.
#[derive(Debug, Clone, Default)]
pub struct Documents {
    pub docs: Vec<Node>,
    /// A syntax error stopped the reading: the last document is only the part read before it.
    pub truncated: bool,
}

/// Parse every document of a YAML stream. A syntax error becomes one problem at its position;
/// the documents read before it are returned, and so is the part of the current one read so far
/// (open collections closed where the error stopped them).
pub fn load(text: &str, problems: &mut Vec<Problem>) -> Documents {
    load_counting(text, problems).0
}

/// [`load`], also counting the scalars whose value could not be mapped byte by byte.
fn load_counting(text: &str, problems: &mut Vec<Problem>) -> (Documents, usize) {
    let mut truncated = false;
    let mut b = Builder::new(text);
    let mut parser = Parser::new_from_str(text);
    loop {
        match parser.next_event() {
            None => break,
            Some(Ok((event, span))) => {
                if let Err(problem) = b.event(event, span) {
                    problems.push(problem);
                    truncated = true;
                    b.close_all();
                    break;
                }
            }
            Some(Err(err)) => {
                let at = b.byte(err.marker().index());
                let end = text[at..].chars().next().map_or(at, |c| at + c.len_utf8());
                problems.push(Problem::at(
                    at..end,
                    format!("invalid YAML: {}", err.info()),
                ));
                truncated = true;
                b.close_all();
                break;
            }
        }
    }
    b.problems
        .sort_by_key(|p| p.range.as_ref().map(|r| r.start));
    problems.append(&mut b.problems);
    let docs = Documents {
        docs: b.docs,
        truncated,
    };
    (docs, b.coarse)
}

/// A collection being read.
struct Open {
    items: Items,
    /// Where its `[`/`{` is, for a flow collection.
    start: usize,
    flow: bool,
    anchor: usize,
    tag: Option<String>,
    /// The extent of its children as written here (an alias counts where the `*alias` is).
    first: Option<usize>,
    last: usize,
}

enum Items {
    Sequence(Vec<Node>),
    Mapping {
        entries: Vec<Entry>,
        key: Option<Node>,
    },
}

/// Where a node is written in its parent: the alias for a copy of an anchored node.
fn written(node: &Node) -> Range {
    node.alias.clone().unwrap_or_else(|| node.range.clone())
}

struct Builder<'a> {
    src: &'a str,
    /// Byte offset of each character, then the length of the text.
    char_starts: Vec<usize>,
    stack: Vec<Open>,
    anchors: HashMap<usize, (Node, usize)>,
    docs: Vec<Node>,
    /// The end of the last event, to find a block scalar's indicator after it.
    prev_end: usize,
    nodes: usize,
    /// Scalars mapped as one piece because the scan did not reproduce the value.
    coarse: usize,
    problems: Vec<Problem>,
}

impl<'a> Builder<'a> {
    fn new(src: &'a str) -> Self {
        let mut char_starts: Vec<usize> = src.char_indices().map(|(i, _)| i).collect();
        char_starts.push(src.len());
        Builder {
            src,
            char_starts,
            stack: Vec::new(),
            anchors: HashMap::new(),
            docs: Vec::new(),
            prev_end: 0,
            nodes: 0,
            coarse: 0,
            problems: Vec::new(),
        }
    }

    /// The byte offset of character `index`.
    fn byte(&self, index: usize) -> usize {
        self.char_starts
            .get(index)
            .copied()
            .unwrap_or(self.src.len())
    }

    fn range(&self, span: Span) -> Range {
        let start = self.byte(span.start.index());
        let end = self.byte(span.end.index()).max(start);
        start..end
    }

    fn event(&mut self, event: Event<'_>, span: Span) -> Result<(), Problem> {
        let range = self.range(span);
        let is_seq = matches!(event, Event::SequenceStart(..));
        match event {
            Event::Scalar(value, style, anchor, tag) => {
                let (text, node_range, exact) =
                    scalar(self.src, range.clone(), self.prev_end, &value, style);
                self.coarse += usize::from(!exact);
                let node = Node {
                    value: Value::Scalar(Scalar {
                        text,
                        style: match style {
                            ScalarStyle::Plain => Style::Plain,
                            ScalarStyle::SingleQuoted => Style::SingleQuoted,
                            ScalarStyle::DoubleQuoted => Style::DoubleQuoted,
                            ScalarStyle::Literal => Style::Literal,
                            ScalarStyle::Folded => Style::Folded,
                        },
                    }),
                    range: node_range,
                    tag: tag.map(|t| format!("{}{}", t.handle, t.suffix)),
                    alias: None,
                };
                self.prev_end = range.end;
                self.nodes += 1;
                self.complete(node, anchor, 1);
            }
            Event::Alias(id) => {
                self.prev_end = range.end;
                let node = match self.anchors.get(&id) {
                    Some((node, size)) if self.nodes + size <= MAX_NODES => {
                        self.nodes += size;
                        let mut node = node.clone();
                        node.alias = Some(range);
                        node
                    }
                    found => {
                        if found.is_some() {
                            return Err(Problem::at(
                                range,
                                "aliases expand to too many nodes: the rest of the file is not read",
                            ));
                        }
                        return Err(Problem::at(range, "alias to an unknown anchor"));
                    }
                };
                let size = count(&node);
                self.complete(node, 0, size);
            }
            Event::SequenceStart(anchor, tag) | Event::MappingStart(anchor, tag) => {
                if self.stack.len() >= MAX_DEPTH {
                    return Err(Problem::at(
                        range,
                        format!(
                            "nested more than {MAX_DEPTH} levels deep: the rest of the file is not read"
                        ),
                    ));
                }
                self.prev_end = range.end;
                self.nodes += 1;
                // The span covers the anchor and tag, then a `[` or `{` for a flow collection.
                let written = self.src[range.clone()].trim_end();
                let flow = written.ends_with(['[', '{']);
                let tag = tag.map(|t| format!("{}{}", t.handle, t.suffix));
                let start = if flow { range.end - 1 } else { range.end };
                self.stack.push(Open {
                    items: if is_seq {
                        Items::Sequence(Vec::new())
                    } else {
                        Items::Mapping {
                            entries: Vec::new(),
                            key: None,
                        }
                    },
                    start,
                    flow,
                    anchor,
                    tag,
                    first: None,
                    last: start,
                });
            }
            Event::SequenceEnd | Event::MappingEnd => {
                if !range.is_empty() {
                    self.prev_end = range.end;
                }
                self.close(Some(range.end));
            }
            Event::Nothing | Event::StreamStart | Event::StreamEnd => {}
            Event::DocumentStart(_) | Event::DocumentEnd => self.prev_end = range.end,
        }
        Ok(())
    }

    /// Close the innermost open collection; `flow_end` is the end of its closing bracket.
    fn close(&mut self, flow_end: Option<usize>) {
        let Some(open) = self.stack.pop() else { return };
        let value = match open.items {
            Items::Sequence(items) => Value::Sequence(items),
            Items::Mapping { mut entries, key } => {
                if let Some(key) = key {
                    // Cut short by an error: keep the key with an empty value.
                    let at = key.range.end;
                    entries.push(Entry {
                        range: written(&key),
                        key,
                        value: empty_node(at),
                    });
                }
                Value::Mapping(self.merge_and_dedup(entries))
            }
        };
        let range = match (open.flow, flow_end) {
            (true, Some(end)) => open.start..end.max(open.start),
            (true, None) => open.start..open.last.max(open.start),
            (false, _) => {
                let first = open.first.unwrap_or(open.start);
                first..open.last.max(first)
            }
        };
        let node = Node {
            value,
            range,
            tag: open.tag,
            alias: None,
        };
        let size = count(&node);
        self.complete(node, open.anchor, size);
    }

    fn close_all(&mut self) {
        while !self.stack.is_empty() {
            self.close(None);
        }
    }

    /// A node is complete: remember it under its anchor and attach it to its parent.
    fn complete(&mut self, node: Node, anchor: usize, size: usize) {
        if anchor != 0 {
            self.anchors.insert(anchor, (node.clone(), size));
        }
        let Some(open) = self.stack.last_mut() else {
            self.docs.push(node);
            return;
        };
        let here = written(&node);
        open.first.get_or_insert(here.start);
        open.last = open.last.max(here.end);
        match &mut open.items {
            Items::Sequence(items) => items.push(node),
            Items::Mapping { entries, key } => match key.take() {
                None => *key = Some(node),
                Some(k) => {
                    let k_here = written(&k);
                    entries.push(Entry {
                        range: k_here.start.min(here.start)..here.end.max(k_here.end),
                        key: k,
                        value: node,
                    });
                }
            },
        }
    }

    /// Apply merge keys, then keep only the last of entries with the same key.
    fn merge_and_dedup(&mut self, entries: Vec<Entry>) -> Vec<Entry> {
        let is_merge = |e: &Entry| {
            e.key
                .scalar()
                .is_some_and(|s| s.style == Style::Plain && s.text.as_str() == "<<")
        };
        let mut out: Vec<Entry> = Vec::with_capacity(entries.len());
        if entries.iter().any(is_merge) {
            // Keys written in the mapping win over merged ones, earlier merged ones over later.
            let mut taken: HashSet<String> = entries
                .iter()
                .filter(|e| !is_merge(e))
                .filter_map(|e| e.key_str().map(str::to_owned))
                .collect();
            for entry in entries {
                if !is_merge(&entry) {
                    out.push(entry);
                    continue;
                }
                let sources: Vec<&Node> = match &entry.value.value {
                    Value::Mapping(_) => vec![&entry.value],
                    Value::Sequence(items) => items.iter().collect(),
                    Value::Scalar(_) => Vec::new(),
                };
                if sources.is_empty() || sources.iter().any(|n| n.as_mapping().is_none()) {
                    self.problems.push(Problem::at(
                        entry.value.range.clone(),
                        "a merge key `<<` takes a mapping or a list of mappings",
                    ));
                }
                for source in sources {
                    for e in source.as_mapping().unwrap_or_default() {
                        if e.key_str().is_some_and(|k| taken.insert(k.to_owned())) {
                            out.push(e.clone());
                        }
                    }
                }
            }
        } else {
            out = entries;
        }
        // Keys written twice (merged keys never are): the later entry wins and stays where it
        // was written.
        let mut keep = vec![true; out.len()];
        let mut later: HashMap<&str, usize> = HashMap::new();
        for (i, e) in out.iter().enumerate().rev() {
            let Some(k) = e.key_str() else { continue };
            if let Some(j) = later.insert(k, i) {
                keep[i] = false;
                self.problems.push(Problem::at(
                    out[j].key.range.clone(),
                    format!("duplicate key `{k}`: this later value is used"),
                ));
            }
        }
        let mut keep = keep.into_iter();
        out.retain(|_| keep.next().unwrap_or(true));
        out
    }
}

fn empty_node(at: usize) -> Node {
    Node {
        value: Value::Scalar(Scalar {
            text: Mapped::new(),
            style: Style::Plain,
        }),
        range: at..at,
        tag: None,
        alias: None,
    }
}

fn count(node: &Node) -> usize {
    match &node.value {
        Value::Scalar(_) => 1,
        Value::Sequence(items) => 1 + items.iter().map(count).sum::<usize>(),
        Value::Mapping(entries) => {
            1 + entries
                .iter()
                .map(|e| count(&e.key) + count(&e.value))
                .sum::<usize>()
        }
    }
}

/// Map a scalar's value to the source. `span` is the library's span (it may include an anchor
/// and a tag; for a block scalar it starts at the content or at the properties). Returns the
/// mapped value, the node's range and whether the value is mapped byte by byte.
fn scalar(
    src: &str,
    span: Range,
    prev_end: usize,
    value: &str,
    style: ScalarStyle,
) -> (Mapped, Range, bool) {
    if value.is_empty() && style == ScalarStyle::Plain {
        // No value at all (`key:`, `{a, b: c}`): the library's span may cover what follows.
        return (Mapped::new(), span.start..span.start, true);
    }
    let mapped = match style {
        ScalarStyle::Plain | ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted => {
            let start = skip_properties(src, span.start, span.end);
            // A plain scalar's span may take in the blanks before a comment.
            let end = if style == ScalarStyle::Plain {
                start
                    + src[start..span.end]
                        .trim_end_matches([' ', '\t', '\r', '\n'])
                        .len()
            } else {
                span.end
            };
            let content = start..end;
            let inner = match style {
                ScalarStyle::Plain => Some(content.clone()),
                _ => {
                    let q = if style == ScalarStyle::SingleQuoted {
                        b'\''
                    } else {
                        b'"'
                    };
                    closing_quote(src, content.clone(), q).map(|close| content.start + 1..close)
                }
            };
            // The span of a quoted scalar may run on to a comment after it.
            inner.map(|inner| {
                let end = if style == ScalarStyle::Plain {
                    inner.end
                } else {
                    inner.end + 1
                };
                (flow_scalar(src, inner, style), content.start..end)
            })
        }
        ScalarStyle::Literal | ScalarStyle::Folded => block_scalar(
            src,
            span.clone(),
            prev_end,
            value,
            style == ScalarStyle::Folded,
        ),
    };
    match mapped {
        Some((m, range)) if m.as_str() == value => (m, range, true),
        other => {
            // The scan did not reproduce the value: map it to the whole scalar as one piece.
            let range = other.map_or(span.clone(), |(_, r)| r);
            let mut m = Mapped::new();
            m.push_from(value, range.clone());
            (m, range, false)
        }
    }
}

/// The offset of the quote `q` closing the quoted scalar that opens at `span.start`.
fn closing_quote(src: &str, span: Range, q: u8) -> Option<usize> {
    let b = src.as_bytes();
    if b.get(span.start) != Some(&q) {
        return None;
    }
    let mut i = span.start + 1;
    while i < span.end {
        match b[i] {
            b'\\' if q == b'"' => i += 2,
            b'\'' if q == b'\'' && b.get(i + 1) == Some(&b'\'') => i += 2,
            c if c == q => return Some(i),
            _ => i += 1,
        }
    }
    None
}

/// Skip an anchor (`&a`), a tag (`!t`, `!!str`, `!<…>`) and the blanks and comments after them.
fn skip_properties(src: &str, mut at: usize, end: usize) -> usize {
    let b = src.as_bytes();
    while at < end && (b[at] == b'&' || b[at] == b'!') {
        while at < end && !b[at].is_ascii_whitespace() {
            at += 1;
        }
        loop {
            while at < end && b[at].is_ascii_whitespace() {
                at += 1;
            }
            if at < end && b[at] == b'#' {
                while at < end && b[at] != b'\n' {
                    at += 1;
                }
            } else {
                break;
            }
        }
    }
    at
}

/// The lines of `src[range]`: (line range without its break, break range if any).
fn lines(src: &str, range: Range) -> Vec<(Range, Option<Range>)> {
    let mut out = Vec::new();
    let mut at = range.start;
    loop {
        match src[at..range.end].find('\n') {
            Some(i) => {
                let nl = at + i;
                let (end, brk) = if nl > at && src.as_bytes()[nl - 1] == b'\r' {
                    (nl - 1, nl - 1..nl + 1)
                } else {
                    (nl, nl..nl + 1)
                };
                out.push((at..end, Some(brk)));
                at = nl + 1;
            }
            None => {
                out.push((at..range.end, None));
                return out;
            }
        }
    }
}

/// A line break: `\n` as itself; `\r\n` (or the end of the file) as a whole.
fn push_break(m: &mut Mapped, src: &str, brk: &Range) {
    if &src[brk.clone()] == "\n" {
        m.push_exact("\n", brk.start);
    } else {
        m.push_from("\n", brk.clone());
    }
}

/// One character of a flow scalar line: decoded text and where it came from.
struct Piece {
    text: String,
    src: Range,
    /// A blank written as itself (trimmed at line ends), not an escape.
    blank: bool,
    exact: bool,
}

/// Plain and quoted scalars: `inner` is the text between the quotes. Lines are folded: blanks
/// around a line break are dropped, one break becomes a space, each further empty line a
/// newline; in double quotes an escaped break joins the lines with nothing.
fn flow_scalar(src: &str, inner: Range, style: ScalarStyle) -> Mapped {
    let all = lines(src, inner);
    let last = all.len() - 1;
    let mut out = Mapped::new();
    // The break to fold after the previous non-empty line, and whether it was escaped.
    let mut pending: Option<(Range, bool)> = None;
    let mut empties: Vec<Range> = Vec::new();
    for (i, (line, brk)) in all.iter().enumerate() {
        let mut pieces = pieces(src, line.clone(), style);
        let mut escaped_break = false;
        if style == ScalarStyle::DoubleQuoted
            && brk.is_some()
            && pieces.last().is_some_and(|p| !p.exact && p.text.is_empty())
        {
            // A `\` at the end of the line (decoded as an empty piece): the break is escaped.
            pieces.pop();
            escaped_break = true;
        }
        if i > 0 {
            let lead = pieces.iter().take_while(|p| p.blank).count();
            pieces.drain(..lead);
        }
        if i < last && !escaped_break {
            while pieces.last().is_some_and(|p| p.blank) {
                pieces.pop();
            }
        }
        if i > 0 && i < last && pieces.is_empty() && !escaped_break {
            if let Some(b) = brk {
                empties.push(b.clone());
            }
            continue;
        }
        if let Some((b, escaped)) = pending.take() {
            if empties.is_empty() && !escaped {
                out.push_from(" ", b);
            }
            for e in empties.drain(..) {
                push_break(&mut out, src, &e);
            }
        }
        for p in &pieces {
            if p.exact {
                out.push_exact(&p.text, p.src.start);
            } else {
                out.push_from(&p.text, p.src.clone());
            }
        }
        pending = brk.clone().map(|b| (b, escaped_break));
    }
    out
}

/// Decode one line of a flow scalar into pieces. A `\` right at the end of a double-quoted line
/// gives an empty opaque piece (an escaped line break).
fn pieces(src: &str, line: Range, style: ScalarStyle) -> Vec<Piece> {
    let text = &src[line.clone()];
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let at = line.start + i;
        let exact = |c: char| Piece {
            text: c.to_string(),
            src: at..at + c.len_utf8(),
            blank: c == ' ' || c == '\t',
            exact: true,
        };
        match (style, c) {
            (ScalarStyle::SingleQuoted, '\'') => {
                if chars.peek().is_some_and(|&(_, n)| n == '\'') {
                    chars.next();
                }
                out.push(Piece {
                    text: "'".into(),
                    src: at..at + 2,
                    blank: false,
                    exact: false,
                });
            }
            (ScalarStyle::DoubleQuoted, '\\') => {
                let Some((j, n)) = chars.next() else {
                    out.push(Piece {
                        text: String::new(),
                        src: at..at + 1,
                        blank: false,
                        exact: false,
                    });
                    break;
                };
                let simple = match n {
                    '0' => Some('\0'),
                    'a' => Some('\x07'),
                    'b' => Some('\x08'),
                    't' | '\t' => Some('\t'),
                    'n' => Some('\n'),
                    'v' => Some('\x0b'),
                    'f' => Some('\x0c'),
                    'r' => Some('\r'),
                    'e' => Some('\x1b'),
                    ' ' => Some(' '),
                    '"' => Some('"'),
                    '/' => Some('/'),
                    '\\' => Some('\\'),
                    'N' => Some('\u{85}'),
                    '_' => Some('\u{a0}'),
                    'L' => Some('\u{2028}'),
                    'P' => Some('\u{2029}'),
                    _ => None,
                };
                let mut end = line.start + j + n.len_utf8();
                let decoded = match simple {
                    Some(d) => d,
                    None => {
                        let digits = match n {
                            'x' => 2,
                            'u' => 4,
                            'U' => 8,
                            _ => 0,
                        };
                        let hex_start = line.start + j + 1;
                        let hex = src.get(hex_start..hex_start + digits).unwrap_or("");
                        let code = (digits > 0 && hex.len() == digits)
                            .then(|| u32::from_str_radix(hex, 16).ok())
                            .flatten()
                            .and_then(char::from_u32);
                        match code {
                            Some(d) => {
                                for _ in 0..digits {
                                    chars.next();
                                }
                                end = hex_start + digits;
                                d
                            }
                            // Invalid: the library rejects it; keep the text.
                            None => n,
                        }
                    }
                };
                out.push(Piece {
                    text: decoded.to_string(),
                    src: at..end,
                    blank: false,
                    exact: false,
                });
            }
            _ => out.push(exact(c)),
        }
    }
    out
}

/// A literal or folded block scalar. The library's span starts at the first content line (or at
/// the anchor/tag before the indicator) and ends after the trailing empty lines.
fn block_scalar(
    src: &str,
    span: Range,
    prev_end: usize,
    value: &str,
    folded: bool,
) -> Option<(Mapped, Range)> {
    let indicator = if folded { b'>' } else { b'|' };
    let b = src.as_bytes();
    // The indicator: the first `|`/`>` after the previous event, after a blank or at its start,
    // followed by indentation/chomping indicators and a blank, a comment or the line end.
    let search_end = span.end.min(src.len());
    let from = prev_end.min(search_end);
    let ind = (from..search_end).find(|&i| {
        b[i] == indicator && (i == from || b[i - 1].is_ascii_whitespace()) && {
            let rest = &b[i + 1..search_end];
            let n = rest
                .iter()
                .take_while(|c| c.is_ascii_digit() || **c == b'+' || **c == b'-')
                .count();
            rest.get(n).is_none_or(|c| c.is_ascii_whitespace())
        }
    })?;
    let body_start = src[ind..].find('\n').map_or(src.len(), |i| ind + i + 1);
    if body_start > span.end {
        // An empty block scalar at the end of the file.
        return Some((Mapped::new(), ind..ind + 1));
    }
    let body = lines(src, body_start..span.end);
    let mut body: Vec<(Range, Option<Range>)> = body;
    // A last line that is empty and unterminated is just where the span ended.
    if body
        .last()
        .is_some_and(|(l, brk)| l.is_empty() && brk.is_none())
    {
        body.pop();
    }
    let spaces = |l: &Range| src[l.clone()].bytes().take_while(|&c| c == b' ').count();
    let is_blank = |l: &Range| spaces(l) == l.len();
    let auto = body.iter().find(|(l, _)| !is_blank(l)).map_or_else(
        || body.iter().map(|(l, _)| spaces(l)).max().unwrap_or(0),
        |(l, _)| spaces(l),
    );
    let content_end = body
        .iter()
        .rev()
        .find(|(l, _)| !is_blank(l))
        .map_or(ind + 1, |(l, _)| l.end);
    let range = ind..content_end.max(ind + 1);
    // The indentation is the first content line's unless an indicator says less: try it first.
    for indent in std::iter::once(auto).chain((0..auto).rev()) {
        if let Some(m) = block_body(src, &body, indent, folded)
            && m.as_str().starts_with(value)
        {
            // Chomping only removes trailing line breaks: the value is a prefix of "keep".
            return Some((m.slice(0..value.len()), range));
        }
    }
    None
}

/// The body of a block scalar with all trailing line breaks kept.
fn block_body(
    src: &str,
    body: &[(Range, Option<Range>)],
    indent: usize,
    folded: bool,
) -> Option<Mapped> {
    let mut out = Mapped::new();
    let mut leading_break: Option<Range> = None;
    let mut trailing: Vec<Range> = Vec::new();
    let mut leading_blank = false;
    for (line, brk) in body {
        let text = &src[line.clone()];
        let sp = text.bytes().take_while(|&c| c == b' ').count();
        if sp == text.len() && sp <= indent {
            if let Some(b) = brk {
                trailing.push(b.clone());
            }
            continue;
        }
        if sp < indent {
            return None;
        }
        let content = &text[indent..];
        let trailing_blank = content.starts_with([' ', '\t']);
        // Folding: a break between two lines that do not start with a blank becomes a space,
        // or disappears before empty lines.
        let fold = folded && !leading_blank && !trailing_blank;
        match leading_break.take() {
            Some(lb) if fold && trailing.is_empty() => out.push_from(" ", lb),
            Some(_) if fold => {}
            Some(lb) => push_break(&mut out, src, &lb),
            None => {}
        }
        for t in trailing.drain(..) {
            push_break(&mut out, src, &t);
        }
        leading_blank = trailing_blank;
        out.push_exact(content, line.start + indent);
        // The library ends a last line at the end of the file with a line break too: it maps to
        // the (empty) end of the file.
        leading_break = Some(brk.clone().unwrap_or(line.end..line.end));
    }
    if let Some(lb) = leading_break {
        push_break(&mut out, src, &lb);
    }
    for t in trailing {
        push_break(&mut out, src, &t);
    }
    Some(out)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Load one document, asserting that every scalar is mapped byte by byte and no problem.
    fn doc(text: &str) -> Node {
        let mut problems = Vec::new();
        let (docs, coarse) = load_counting(text, &mut problems);
        let mut docs = docs.docs;
        assert_eq!(problems, vec![], "{text:?}");
        assert_eq!(coarse, 0, "a scalar was mapped as one piece in {text:?}");
        assert_eq!(docs.len(), 1, "{text:?}");
        docs.remove(0)
    }

    fn text<'a>(node: &'a Node, key: &str) -> &'a Mapped {
        &node
            .get(key)
            .and_then(Node::scalar)
            .unwrap_or_else(|| panic!("no scalar {key}"))
            .text
    }

    /// The source text that `needle`'s first occurrence in `m` came from.
    fn src_of<'a>(src: &'a str, m: &Mapped, needle: &str) -> &'a str {
        let at = m
            .as_str()
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} in {m:?}"));
        let r = m.source_range(at..at + needle.len()).expect("mapped");
        &src[r]
    }

    /// Every problem has a range inside the text, on character boundaries.
    pub(crate) fn assert_problems_in(text: &str, problems: &[Problem]) {
        for p in problems {
            if let Some(r) = &p.range {
                assert!(r.start <= r.end && r.end <= text.len(), "{p:?} in {text:?}");
                assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            }
        }
    }

    fn load_docs(text: &str, problems: &mut Vec<Problem>) -> Vec<Node> {
        load(text, problems).docs
    }

    #[test]
    fn plain_scalars_fold_lines_and_map_each_word() {
        let src = "k: plain multi\n  line  \n\n  more\nn: 1.20\nb: true\ne:\nt: ~\n";
        let d = doc(src);
        let k = text(&d, "k");
        assert_eq!(k.as_str(), "plain multi line\nmore");
        assert_eq!(src_of(src, k, "line"), "line");
        assert_eq!(
            k.source_range(16..17),
            Some(24..25),
            "the empty line's break"
        );
        assert_eq!(src_of(src, k, "more"), "more");
        assert_eq!(text(&d, "n").as_str(), "1.20");
        assert_eq!(text(&d, "b").as_str(), "true");
        assert_eq!(text(&d, "e").as_str(), "");
        assert!(d.get("e").is_some_and(Node::is_null));
        assert!(d.get("t").is_some_and(Node::is_null));
        assert!(!d.get("b").is_some_and(Node::is_null));
        let e = d.get("e").expect("e");
        assert!(e.range.is_empty() && e.range.start > src.find("e:").expect("e"));
        assert_eq!(d.entry("n").map(|e| &src[e.range.clone()]), Some("n: 1.20"));
    }

    #[test]
    fn quoted_scalars_decode_escapes_and_map_them_to_their_source() {
        let src = "s: 'it''s  \n   two'\nd: \"a\\tb \\u00e9\\x41\\\"q\\\n    c\\\\ d\"\ne: \"x\n\n  y \"\n";
        let d = doc(src);
        let s = text(&d, "s");
        assert_eq!(s.as_str(), "it's two");
        assert_eq!(src_of(src, s, "'"), "''");
        assert_eq!(src_of(src, s, "two"), "two");
        let q = text(&d, "d");
        assert_eq!(q.as_str(), "a\tb éA\"qc\\ d");
        assert_eq!(src_of(src, q, "\t"), "\\t");
        assert_eq!(src_of(src, q, "é"), "\\u00e9");
        assert_eq!(src_of(src, q, "A"), "\\x41");
        assert_eq!(src_of(src, q, "qc"), "q\\\n    c");
        assert_eq!(src_of(src, q, " d"), " d");
        let e = text(&d, "e");
        assert_eq!(e.as_str(), "x\ny ");
        assert_eq!(
            d.get("d").map(|n| &src[n.range.clone()]),
            Some(&src[src.find("\"a").expect("a")..src.find(" d\"").expect("d") + 3])
        );
    }

    #[test]
    fn literal_blocks_map_every_line_to_its_source_line() {
        let src = "jobs:\n  b:\n    steps:\n      - run: |  # build\n          echo \"héllo\"\n\n          GOFLAGS=-mod=mod go build ./...\n            indented\n      - run: echo\n";
        let d = doc(src);
        let run = d
            .get("jobs")
            .and_then(|j| j.get("b"))
            .and_then(|b| b.get("steps"))
            .and_then(Node::as_sequence)
            .and_then(|s| s.first())
            .and_then(|s| s.get("run"))
            .expect("run");
        let script = &run.scalar().expect("scalar").text;
        assert_eq!(
            script.as_str(),
            "echo \"héllo\"\n\nGOFLAGS=-mod=mod go build ./...\n  indented\n"
        );
        let cmd = "GOFLAGS=-mod=mod go build";
        let at = script.as_str().find(cmd).expect("cmd");
        let r = script.source_range(at..at + cmd.len()).expect("mapped");
        assert_eq!(r.start, src.find(cmd).expect("in src"));
        assert_eq!(&src[r], cmd);
        assert_eq!(src_of(src, script, "  indented"), "  indented");
        assert_eq!(
            &src[run.range.clone()],
            &src[src.find("|  #").expect("|")..src.find("indented").expect("i") + 8]
        );
    }

    #[test]
    fn block_scalar_chomping_indentation_and_folding() {
        let src = "a: |-\n  x\n  y\n\nb: |+\n  k\n\n\nc: >\n  f1\n  f2\n\n  f3\n    more\n  g\nd: >-\n  one\n  two\ne: |2\n    lead\n  base\nf: &anc |\n  anchored\ng: >+\n  z\n\nh: |\n\n  after-empty\n";
        let d = doc(src);
        assert_eq!(text(&d, "a").as_str(), "x\ny");
        assert_eq!(text(&d, "b").as_str(), "k\n\n\n");
        let c = text(&d, "c");
        assert_eq!(c.as_str(), "f1 f2\nf3\n  more\ng\n");
        assert_eq!(src_of(src, c, "f2"), "f2");
        assert_eq!(src_of(src, c, "  more"), "  more");
        assert_eq!(text(&d, "d").as_str(), "one two");
        let e = text(&d, "e");
        assert_eq!(e.as_str(), "  lead\nbase\n");
        assert_eq!(src_of(src, e, "  lead"), "  lead");
        assert_eq!(text(&d, "f").as_str(), "anchored\n");
        assert_eq!(text(&d, "g").as_str(), "z\n\n");
        assert_eq!(text(&d, "h").as_str(), "\nafter-empty\n");
        let f = d.get("f").expect("f");
        assert_eq!(&src[f.range.clone()], "|\n  anchored");
    }

    #[test]
    fn crlf_and_bom_and_non_ascii_give_byte_offsets() {
        let src = "\u{feff}name: ünïcødé 🚀 x\r\nrun: |\r\n  go build\r\n  GOFLAGS=-x go test\r\nq: 'é''é'\r\n";
        let d = doc(src);
        let n = text(&d, "name");
        assert_eq!(n.as_str(), "ünïcødé 🚀 x");
        assert_eq!(src_of(src, n, "🚀 x"), "🚀 x");
        let run = text(&d, "run");
        assert_eq!(run.as_str(), "go build\nGOFLAGS=-x go test\n");
        assert_eq!(src_of(src, run, "GOFLAGS=-x"), "GOFLAGS=-x");
        assert_eq!(src_of(src, run, "build\nGO"), "build\r\n  GO");
        assert_eq!(src_of(src, text(&d, "q"), "é'é"), "é''é");
        let key = &d.as_mapping().expect("map")[0].key;
        assert_eq!(key.range, 3..7);
    }

    #[test]
    fn tabs_inside_values_are_kept() {
        let src = "t: a\tb  \nl: |\n  \tindented by a tab\n";
        let d = doc(src);
        assert_eq!(text(&d, "t").as_str(), "a\tb");
        assert_eq!(text(&d, "l").as_str(), "\tindented by a tab\n");
    }

    #[test]
    fn aliases_point_at_the_anchor_and_merge_keys_merge() {
        let src = "base: &b\n  A: 1\n  B: 2\nother: &o {C: 3, A: 9}\nuse:\n  <<: [*b, *o]\n  B: own\nv: *b\ns: &s hello\nt: *s\n";
        let d = doc(src);
        let u = d.get("use").expect("use");
        let keys: Vec<_> = u
            .as_mapping()
            .expect("map")
            .iter()
            .map(|e| {
                format!(
                    "{}={}",
                    e.key_str().unwrap_or(""),
                    e.value.as_str().unwrap_or("")
                )
            })
            .collect();
        assert_eq!(keys, ["A=1", "C=3", "B=own"]);
        let a = u.get("A").expect("A");
        assert_eq!(a.range, src.find("1").map(|i| i..i + 1).expect("1"));
        let t = d.get("t").expect("t");
        assert_eq!(t.as_str(), Some("hello"));
        assert_eq!(&src[t.range.clone()], "hello");
        assert_eq!(t.alias.clone().map(|r| &src[r]), Some("*s"));
        let v = d.get("v").expect("v");
        assert_eq!(v.get("B").and_then(Node::as_str), Some("2"));
        assert_eq!(&src[v.range.clone()], "A: 1\n  B: 2");
    }

    #[test]
    fn duplicate_keys_keep_the_later_value_and_are_reported() {
        let src = "a: 1\nb: x\na: 2\n";
        let mut problems = Vec::new();
        let docs = load_docs(src, &mut problems);
        assert_eq!(docs[0].get("a").and_then(Node::as_str), Some("2"));
        assert_eq!(docs[0].as_mapping().map(<[Entry]>::len), Some(2));
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].range, Some(10..11));
        assert!(problems[0].message.contains("duplicate key `a`"));
    }

    #[test]
    fn flow_collections_and_tags() {
        let src = "m: {a: 1, b: [x y, 'z']}\nr: !reference [.setup, script]\n";
        let d = doc(src);
        let m = d.get("m").expect("m");
        assert_eq!(&src[m.range.clone()], "{a: 1, b: [x y, 'z']}");
        let b = m.get("b").expect("b");
        assert_eq!(&src[b.range.clone()], "[x y, 'z']");
        let z = &b.as_sequence().expect("seq")[1];
        assert_eq!(&src[z.range.clone()], "'z'");
        let r = d.get("r").expect("r");
        assert_eq!(r.tag.as_deref(), Some("!reference"));
        assert_eq!(r.as_sequence().map(<[Node]>::len), Some(2));
    }

    #[test]
    fn errors_are_one_problem_at_a_byte_position_and_keep_what_was_read() {
        let src = "é: 1\nkeep: yes\nbad: 'unterminated\n";
        let mut problems = Vec::new();
        let docs = load_docs(src, &mut problems);
        assert_eq!(problems.len(), 1, "{problems:?}");
        let r = problems[0].range.clone().expect("range");
        assert!(r.start >= src.find("bad").expect("bad"), "{r:?}");
        assert_problems_in(src, &problems);
        assert_eq!(docs[0].get("keep").and_then(Node::as_str), Some("yes"));

        let mut problems = Vec::new();
        load("a: b: c\n", &mut problems);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].range, Some(4..5));

        let mut problems = Vec::new();
        load("a: *nowhere\n", &mut problems);
        assert_eq!(problems.len(), 1);
    }

    #[test]
    fn non_mapping_roots_and_several_documents() {
        let mut problems = Vec::new();
        let docs = load_docs("- a\n- b\n", &mut problems);
        assert!(docs[0].as_sequence().is_some());
        let docs = load_docs("just text", &mut problems);
        assert_eq!(docs[0].as_str(), Some("just text"));
        let docs = load_docs("---\na: 1\n---\nb: 2\n", &mut problems);
        assert_eq!(docs.len(), 2);
        assert!(load_docs("", &mut problems).is_empty());
        assert_eq!(problems, vec![]);
    }

    #[test]
    fn deep_nesting_and_alias_bombs_are_refused() {
        let mut problems = Vec::new();
        let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
        load(&deep, &mut problems);
        assert_eq!(problems.len(), 1);
        // The library stops first (its own recursion limit); ours is a second guard.
        assert!(
            problems[0].message.contains("recursion limit"),
            "{problems:?}"
        );

        let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 0..10 {
            let prev = if i == 0 {
                "a".to_owned()
            } else {
                format!("a{}", i - 1)
            };
            bomb.push_str(&format!("a{i}: &a{i} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
        }
        let mut problems = Vec::new();
        load(&bomb, &mut problems);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("too many"));
    }

    #[test]
    fn assorted_scalars_are_mapped_byte_by_byte() {
        for src in [
            "- a\n  b\n- 'x\n\n\n  y'\n- \"p \\\n  q\"\n- \"e\\ \n  f\"\n",
            "\"quoted key\": 'v'\n'k2': \"\"\n? complex\n: value\n",
            "[a, b\n  c, 'd\n  e']\n",
            "a: '  lead'\nb: \" \\t x \"\nc: \"\\U0001F680\"\n",
            "a: !!str &x 12\nb: &y\n  # comment\n  value\n",
            "--- |\n  root\n",
            "- |1\n  two\n- >2-\n   a\n  b\n- |\n  x\n\n\n",
            "a: >\n\n  folded after empty\n\n\n  para\n",
            "s: |\n  last line without newline",
            "s: plain # comment\nt: \"a#b\" # c\n",
            "s: 'one\n\n  '\n",
            "e: |\n\nx: 1\n",
            "w: {go-version '1.22', cache: true, k:}\n",
        ] {
            let mut problems = Vec::new();
            let (_, coarse) = load_counting(src, &mut problems);
            assert_eq!(problems, vec![], "{src:?}");
            assert_eq!(coarse, 0, "{src:?}");
        }
    }

    #[test]
    fn large_mappings_with_duplicates_and_merges_stay_fast() {
        let mut src = String::from("base: &b\n");
        for i in 0..20_000 {
            src.push_str(&format!("  k{i}: v\n"));
        }
        src.push_str("m:\n  <<: *b\n");
        for i in 0..20_000 {
            src.push_str(&format!("  k{i}: own\n  k{i}: again\n"));
        }
        let started = std::time::Instant::now();
        let mut problems = Vec::new();
        let docs = load(&src, &mut problems).docs;
        assert_eq!(problems.len(), 20_000);
        let starts: Vec<_> = problems
            .iter()
            .map(|p| p.range.as_ref().map(|r| r.start))
            .collect();
        assert!(starts.windows(2).all(|w| w[0] <= w[1]));
        let m = docs[0].get("m").expect("m");
        assert_eq!(m.as_mapping().map(<[Entry]>::len), Some(20_000));
        assert_eq!(m.get("k7").and_then(Node::as_str), Some("again"));
        assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
    }

    pub(crate) const CORPUS: &str = "\u{feff}# ci\nenv:\n  GOPROXY: \"https://proxy.example/é\"\n  X: 'a''b'\nbase: &b\n  GOFLAGS: -mod=mod\njobs:\n  build:\n    <<: *b\n    steps:\n      - run: |\r\n          GOFLAGS=-mod=mod go build\n          echo \"${{ matrix.go }}\"\n      - uses: actions/setup-go@v5\n        with: {go-version: '1.22', cache: true}\n      - run: >-\n          folded\n          text\n";

    /// Every prefix, and the text with each byte replaced by a few troublesome characters,
    /// loads without panicking, and problems stay inside the text.
    pub(crate) fn mutations(corpus: &str) -> Vec<String> {
        let mut out = Vec::new();
        let bounds: Vec<usize> = corpus.char_indices().map(|(i, _)| i).collect();
        for &i in &bounds {
            out.push(corpus[..i].to_owned());
            let next = corpus[i..].chars().next().map_or(i, |c| i + c.len_utf8());
            for rep in [
                "", "\t", ":", "'", "\"", "|", "-", "&", "*", "{", "\n", " ", "\\", "é",
            ] {
                out.push(format!("{}{}{}", &corpus[..i], rep, &corpus[next..]));
            }
        }
        out
    }

    #[test]
    fn mutated_and_truncated_inputs_never_panic() {
        for input in mutations(CORPUS) {
            let mut problems = Vec::new();
            let docs = load(&input, &mut problems);
            assert!(!docs.truncated || !problems.is_empty());
            let docs = docs.docs;
            assert_problems_in(&input, &problems);
            fn walk(n: &Node, len: usize) {
                assert!(n.range.start <= n.range.end && n.range.end <= len);
                if let Some(r) = n.scalar().and_then(|s| s.text.full_source_range()) {
                    assert!(r.end <= len);
                }
                for c in n.as_sequence().unwrap_or_default() {
                    walk(c, len);
                }
                for e in n.as_mapping().unwrap_or_default() {
                    walk(&e.key, len);
                    walk(&e.value, len);
                }
            }
            for d in &docs {
                walk(d, input.len());
            }
        }
    }
}
