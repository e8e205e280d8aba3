//! Replays the fuzz corpus on the stable toolchain: every committed seed (`fuzz/seeds/<target>/`)
//! and every input a fuzzer once broke the checker with (`fuzz/regressions/<target>/`) goes
//! through the same entry point the fuzz target calls, which checks the invariants (no panic,
//! ranges inside their text, valid JSON/SARIF…). See fuzz/README.md.

use std::path::{Path, PathBuf};

use goproxy_doctor_checker::fuzzing;

type Target = fn(&[u8]);

const TARGETS: &[(&str, Target)] = &[
    ("dockerfile", fuzzing::dockerfile),
    ("shell", fuzzing::shell),
    ("gomod", fuzzing::gomod),
    ("envfile", fuzzing::envfile),
    ("ci_yaml", fuzzing::ci_yaml),
    ("dockerignore", fuzzing::dockerignore),
    ("config", fuzzing::config),
    ("pipeline", fuzzing::pipeline),
];

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz")
}

fn inputs(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

/// Run `target` on every file of `dir`; the names of the files it panicked on.
fn replay(target: Target, dir: &Path) -> (usize, Vec<String>) {
    let files = inputs(dir);
    let mut failed = Vec::new();
    for path in &files {
        let data = std::fs::read(path).expect("readable corpus file");
        if std::panic::catch_unwind(|| target(&data)).is_err() {
            failed.push(path.display().to_string());
        }
    }
    (files.len(), failed)
}

#[test]
fn every_seed_passes_its_target() {
    let mut failed = Vec::new();
    for (name, target) in TARGETS {
        let (count, bad) = replay(*target, &fuzz_dir().join("seeds").join(name));
        assert!(count > 0, "no seeds for fuzz target {name}");
        failed.extend(bad);
    }
    assert!(failed.is_empty(), "seeds that fail: {failed:#?}");
}

#[test]
fn every_regression_input_passes_its_target() {
    let mut failed = Vec::new();
    for (name, target) in TARGETS {
        failed.extend(replay(*target, &fuzz_dir().join("regressions").join(name)).1);
    }
    assert!(
        failed.is_empty(),
        "regression inputs that fail: {failed:#?}"
    );
}

#[test]
fn every_corpus_directory_names_a_target() {
    for kind in ["seeds", "regressions"] {
        let Ok(entries) = std::fs::read_dir(fuzz_dir().join(kind)) else {
            continue;
        };
        for e in entries {
            let name = e.expect("readable directory entry").file_name();
            let name = name.to_string_lossy();
            assert!(
                TARGETS.iter().any(|(t, _)| *t == name),
                "fuzz/{kind}/{name} is not a fuzz target"
            );
        }
    }
}
