//! The real binary, run in a directory with a scrubbed environment (only PATH, plus what a
//! test sets), and what it wrote.

use std::path::Path;
use std::process::Command;

pub(crate) struct Run {
    pub(crate) code: i32,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
}

/// Run `goproxy-doctor args` in `dir` with PATH and `env` as its only environment.
pub(crate) fn run_with_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_goproxy-doctor"))
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .envs(env.iter().copied())
        .output()
        .expect("run goproxy-doctor");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// [`run_with_env`] with PATH only.
pub(crate) fn run(dir: &Path, args: &[&str]) -> Run {
    run_with_env(dir, args, &[])
}

/// Write `contents` to `root/rel`, creating its directories.
pub(crate) fn write(root: &Path, rel: &str, contents: impl AsRef<[u8]>) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("create dir");
    std::fs::write(path, contents).expect("write file");
}
