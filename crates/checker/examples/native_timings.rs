//! The checker's native build on the same inputs as the CLI, for the benchmark (bench/run):
//! read the files named in LIST (one path a line, as the CLI shows them; the CLI's
//! `--format json` lists them under `files`), analyse them once with the default options, render
//! each FORMAT, and print per-phase timings to standard error in the CLI's `--timings` form.
//!
//! ```sh
//! cargo run --release -p goproxy-doctor-checker --example native_timings -- LIST text sarif
//! ```
#![allow(clippy::print_stderr, clippy::print_stdout)]

use std::io::Write;
use std::time::Instant;

use goproxy_doctor_checker::render::{self, Format, RenderOptions};
use goproxy_doctor_checker::{Options, analyze};

fn main() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let list = args
        .next()
        .ok_or("usage: native_timings LIST [FORMAT...]")?;
    let formats: Vec<Format> = args
        .map(|f| match f.as_str() {
            "text" => Ok(Format::Text),
            "json" => Ok(Format::Json),
            "sarif" => Ok(Format::Sarif),
            "github" => Ok(Format::Github),
            "markdown" => Ok(Format::Markdown),
            other => Err(format!("unknown format {other:?}")),
        })
        .collect::<Result<_, _>>()?;
    let formats = if formats.is_empty() {
        vec![Format::Text]
    } else {
        formats
    };

    let started = Instant::now();
    let list = std::fs::read_to_string(&list).map_err(|e| format!("{list}: {e}"))?;
    let mut files = Vec::new();
    let mut bytes = 0;
    for path in list.lines().filter(|l| !l.is_empty()) {
        let contents = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
        bytes += contents.len();
        files.push((path.to_owned(), contents));
    }
    let count = files.len();
    let read = started.elapsed();

    let t = Instant::now();
    let report = analyze(files, &Options::default());
    let analysed = t.elapsed();

    let mut rendered = Vec::new();
    let mut render_time = std::time::Duration::ZERO;
    for format in formats {
        let t = Instant::now();
        rendered.push(render::render(&report, format, &RenderOptions::default()));
        render_time += t.elapsed();
    }
    let mut out = std::io::stdout().lock();
    for text in &rendered {
        out.write_all(text.as_bytes()).map_err(|e| e.to_string())?;
    }
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1e3;
    eprintln!(
        "timings: read {:.3} ms ({count} files, {bytes} bytes); analyze {:.3} ms ({} findings); render {:.3} ms; total {:.3} ms",
        ms(read),
        ms(analysed),
        report.findings.len(),
        ms(render_time),
        ms(started.elapsed()),
    );
    Ok(())
}
