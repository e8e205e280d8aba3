//! Bad input never panics: mutated versions of realistic inputs go through the whole pipeline
//! and every renderer; spans stay inside their files and SARIF stays valid JSON. (Deterministic:
//! a fixed-seed generator, so a failure reproduces.)

use goproxy_doctor_checker::render::{Format, RenderOptions, render};
use goproxy_doctor_checker::{Options, SourceFile, analyze, parse};

const SEEDS: &[(&str, &str)] = &[
    (
        "Dockerfile",
        "# syntax=docker/dockerfile:1\n# escape=\\\nARG GO=1.23\nFROM golang:${GO} AS b\nENV GOPROXY=\"https://a,direct,https://b\" \\\n  GOSUMDB=off GO_PROXY=x\nRUN <<EOF\necho hi\nEOF\nONBUILD ENV GOSUMDB=off\nFROM b\nARG GOSUMDB\nRUN go build\n",
    ),
    (
        ".env",
        "export GOPROXY=off,https://x\nGOSUMDB=\"off\"\nGONOSUMCHECK='a b'\nA=${B:-c}\n",
    ),
    (
        "svc/Dockerfile",
        "FROM golang:1.22\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN --mount=type=secret,id=n GOFLAGS=-mod=mod go mod download && go env -w GOPRIVATE=x.example\nCOPY . .\nRUN cd cmd && (export GOSUMDB=off; go build) | tee log\n",
    ),
    ("svc/.dockerignore", "**/*.md\n!README.md\nvendor/\n"),
    (
        "svc/go.mod",
        "module x.example/svc\n\ngo 1.22\n\nrequire (\n\tx.example/lib v1.0.0 // indirect\n)\nreplace x.example/lib => ../lib\n",
    ),
    ("go.work", "go 1.22\nuse (\n\t./svc\n)\n"),
    ("go.env", "GOPROXY=https://m.example,direct\nGOSUMDB=off\n"),
    (
        ".github/workflows/ci.yml",
        "env:\n  GOPROXY: https://a|direct\njobs:\n  b:\n    container: golang:1.23\n    steps:\n      - uses: actions/setup-go@v5\n        with: {go-version: '1.22.x'}\n      - run: |\n          echo \"GONOSUMDB=x\" >> $GITHUB_ENV\n          GOFLAGS='-mod=mod' go build\n        env: {GOSUMDB: off}\n",
    ),
    (
        ".gitlab-ci.yml",
        "variables:\n  GOPRIVATE: x.example\n.t: &t\n  image: golang:1.22\n  before_script: [export GOFLAGS=-mod=mod]\nbuild:\n  <<: *t\n  extends: .t\n  script:\n    - go mod download\n",
    ),
];

/// xorshift64*: tiny and deterministic.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const INTERESTING: &[&[u8]] = &[
    b"\\",
    b"`",
    b"\"",
    b"'",
    b"$",
    b"${",
    b"}",
    b"=",
    b"\n",
    b"\r",
    b"\r\n",
    b"<<EOF",
    b"EOF",
    b"\xff",
    b"\xef\xbb\xbf",
    b"\0",
    b"#",
    b"|",
    b",",
    b"direct",
    b"off",
    b"ENV ",
    b"ARG ",
    b"FROM ",
    b": ",
    b"- ",
    b"  ",
    b"&a",
    b"*a",
    b"${{ ",
    b"require (",
    b")",
    b"=>",
    b"&&",
    b"\xc3",
    b"\xe2\x82",
    b"\t",
    b" ",
];

fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(out.len() + 1);
        match rng.below(3) {
            0 => {
                let piece = INTERESTING[rng.below(INTERESTING.len())];
                out.splice(at..at, piece.iter().copied());
            }
            1 if at < out.len() => {
                let end = (at + rng.below(16)).min(out.len());
                out.drain(at..end);
            }
            _ => {
                let from = rng.below(out.len());
                let end = (from + rng.below(32)).min(out.len());
                let copy = out[from..end].to_vec();
                out.splice(at..at, copy);
            }
        }
    }
    out
}

#[test]
fn mutated_inputs_never_panic_and_spans_stay_in_bounds() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for round in 0..1500 {
        let files: Vec<(String, Vec<u8>)> = SEEDS
            .iter()
            .map(|(path, text)| ((*path).to_owned(), mutate(&mut rng, text.as_bytes())))
            .collect();
        let sizes: Vec<(String, usize)> = files.iter().map(|(p, b)| (p.clone(), b.len())).collect();
        // the parsers never see a file with a NUL byte through `analyze` (it is skipped as
        // binary): give them every file directly
        let sources: Vec<SourceFile> = files
            .iter()
            .map(|(p, b)| SourceFile::new(p.clone(), b.clone()))
            .collect();
        parse::parse_all(&sources, &mut Vec::new());
        let report = analyze(files, &Options::default());
        for f in &report.findings {
            for loc in std::iter::once(&f.primary).chain(&f.related) {
                let size = sizes
                    .iter()
                    .find(|(p, _)| *p == loc.path)
                    .map_or(0, |(_, s)| *s);
                assert!(loc.span.start <= loc.span.end, "round {round}: {f:?}");
                // offsets are byte offsets of the file, even where invalid bytes became U+FFFD
                assert!(loc.span.end as usize <= size, "round {round}: {f:?}");
                assert!(
                    loc.span.start_line >= 1 && loc.span.start_column >= 1,
                    "round {round}"
                );
                assert!(!loc.lines.is_empty(), "round {round}: {f:?}");
            }
        }
        for format in Format::ALL {
            let out = render(&report, format, &RenderOptions::default());
            if matches!(format, Format::Json | Format::Sarif) {
                serde_json::from_str::<serde_json::Value>(&out).expect("valid JSON");
            }
        }
    }
}
