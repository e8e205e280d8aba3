//! Strings assembled from source text that remember where each byte came from.

use super::Range;

/// A string built from pieces of a source file (joined continuation lines, a value with its
/// quotes removed, an expanded variable), mapping any sub-range back to the source bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mapped {
    text: String,
    segments: Vec<Segment>,
}

/// `text[text_start..]` up to the next segment came from `src`. When `exact`, text and source
/// bytes correspond one to one; otherwise the whole piece stands for the whole source range
/// (an escape sequence, a `$VAR` reference).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Segment {
    text_start: usize,
    src: Range,
    exact: bool,
}

impl Mapped {
    pub fn new() -> Self {
        Self::default()
    }

    /// Text copied verbatim from `src_start..src_start + text.len()`.
    pub fn push_exact(&mut self, text: &str, src_start: usize) {
        if text.is_empty() {
            return;
        }
        if let Some(last) = self.segments.last_mut()
            && last.exact
            && last.src.end == src_start
        {
            last.src.end += text.len();
        } else {
            self.segments.push(Segment {
                text_start: self.text.len(),
                src: src_start..src_start + text.len(),
                exact: true,
            });
        }
        self.text.push_str(text);
    }

    /// Text standing for the source range `src` as a whole.
    pub fn push_from(&mut self, text: &str, src: Range) {
        if text.is_empty() {
            return;
        }
        self.segments.push(Segment {
            text_start: self.text.len(),
            src,
            exact: false,
        });
        self.text.push_str(text);
    }

    /// Append another mapped string.
    pub fn push_mapped(&mut self, other: &Mapped) {
        for (i, seg) in other.segments.iter().enumerate() {
            let end = other
                .segments
                .get(i + 1)
                .map_or(other.text.len(), |s| s.text_start);
            let piece = &other.text[seg.text_start..end];
            if seg.exact {
                self.push_exact(piece, seg.src.start);
            } else {
                self.push_from(piece, seg.src.clone());
            }
        }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// The source range covering the first through the last source byte of the whole text.
    pub fn full_source_range(&self) -> Option<Range> {
        self.source_range(0..self.text.len())
    }

    /// The source range that text bytes `range` came from (None for an empty range).
    pub fn source_range(&self, range: Range) -> Option<Range> {
        if range.start >= range.end || range.end > self.text.len() {
            return None;
        }
        let start = self.map_byte(range.start).start;
        let end = self.map_byte(range.end - 1).end;
        Some(start.min(end)..end.max(start))
    }

    fn map_byte(&self, i: usize) -> Range {
        let idx = match self.segments.binary_search_by(|s| s.text_start.cmp(&i)) {
            Ok(idx) => idx,
            Err(idx) => idx - 1,
        };
        let seg = &self.segments[idx];
        if seg.exact {
            let at = seg.src.start + (i - seg.text_start);
            at..at + 1
        } else {
            seg.src.clone()
        }
    }

    /// A sub-string, keeping the mapping.
    pub fn slice(&self, range: Range) -> Mapped {
        let mut out = Mapped::new();
        // the first segment that can overlap `range`
        let first = self
            .segments
            .partition_point(|s| s.text_start <= range.start)
            .saturating_sub(1);
        for (i, seg) in self.segments.iter().enumerate().skip(first) {
            if seg.text_start >= range.end {
                break;
            }
            let seg_end = self
                .segments
                .get(i + 1)
                .map_or(self.text.len(), |s| s.text_start);
            let start = seg.text_start.max(range.start);
            let end = seg_end.min(range.end);
            if start >= end {
                continue;
            }
            let piece = &self.text[start..end];
            if seg.exact {
                out.push_exact(piece, seg.src.start + (start - seg.text_start));
            } else {
                out.push_from(piece, seg.src.clone());
            }
        }
        out
    }

    /// The same text with leading and trailing whitespace removed, keeping the mapping.
    pub fn trim(&self) -> Mapped {
        let start = self.text.len() - self.text.trim_start().len();
        let end = self.text.trim_end().len();
        self.slice(start..end.max(start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_sub_ranges_through_exact_and_opaque_pieces() {
        // source: `a\` + newline + `  "b c"` ; text: "a  b c" built from pieces
        let mut m = Mapped::new();
        m.push_exact("a", 0);
        m.push_exact("  ", 3);
        m.push_from("b", 6..7);
        m.push_exact(" c", 7);
        assert_eq!(m.as_str(), "a  b c");
        assert_eq!(m.source_range(0..1), Some(0..1));
        assert_eq!(m.source_range(3..6), Some(6..9));
        assert_eq!(m.source_range(1..3), Some(3..5));
        assert_eq!(m.source_range(2..2), None);
        let s = m.slice(3..6);
        assert_eq!(s.as_str(), "b c");
        assert_eq!(s.full_source_range(), Some(6..9));
        assert_eq!(m.trim().as_str(), "a  b c");
    }

    #[test]
    fn adjacent_exact_pieces_merge() {
        let mut m = Mapped::new();
        m.push_exact("ab", 10);
        m.push_exact("cd", 12);
        assert_eq!(m.segments.len(), 1);
        assert_eq!(m.source_range(1..3), Some(11..13));
    }
}
