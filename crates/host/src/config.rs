//! Finding the configuration file. The checker reads it (so that the CLI and the Action apply
//! it alike); the host only decides which file it is.

use std::path::{Path, PathBuf};

use crate::cli::CheckArgs;

/// The configuration file's name.
pub(crate) const FILE_NAME: &str = ".goproxy-doctor.toml";

/// The configuration file for a run: `--config`, else `.goproxy-doctor.toml` in the first
/// directory PATH (the current directory when every PATH is a file) or the nearest parent
/// directory that has one, not above the repository root (the first directory with `.git`).
pub(crate) fn locate(args: &CheckArgs) -> Result<Option<PathBuf>, String> {
    if let Some(path) = &args.config {
        return match std::fs::metadata(path) {
            Ok(m) if m.is_file() => Ok(Some(path.clone())),
            Ok(_) => Err(format!("--config {}: not a file", path.display())),
            Err(e) => Err(format!("--config {}: {e}", path.display())),
        };
    }
    let start = args
        .paths
        .iter()
        .find(|p| p.is_dir())
        .cloned()
        .unwrap_or_else(|| PathBuf::from("."));
    Ok(search(&start))
}

fn search(start: &Path) -> Option<PathBuf> {
    let absolute = std::path::absolute(start).ok()?;
    let mut dir = Some(absolute.as_path());
    while let Some(d) = dir {
        let candidate = d.join(FILE_NAME);
        if candidate.is_file() {
            // keep it relative when the start was, so the checker sees the path it shows
            return Some(match absolute.strip_prefix(d) {
                Ok(rest) if start.is_relative() => {
                    let ups = rest.components().count();
                    let mut p = start.to_path_buf();
                    for _ in 0..ups {
                        p.push("..");
                    }
                    p.join(FILE_NAME)
                }
                _ => candidate,
            });
        }
        if d.join(".git").exists() {
            return None;
        }
        dir = d.parent();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_parent_up_to_the_repository_root() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        std::fs::create_dir_all(root.join("repo/.git")).unwrap();
        std::fs::create_dir_all(root.join("repo/svc/api")).unwrap();
        assert_eq!(search(&root.join("repo/svc/api")), None);
        std::fs::write(root.join(FILE_NAME), "").unwrap();
        assert_eq!(search(&root.join("repo/svc/api")), None, "not above .git");
        std::fs::write(root.join("repo").join(FILE_NAME), "").unwrap();
        assert_eq!(
            search(&root.join("repo/svc/api")),
            Some(root.join("repo").join(FILE_NAME))
        );
        std::fs::write(root.join("repo/svc").join(FILE_NAME), "").unwrap();
        assert_eq!(
            search(&root.join("repo/svc/api")),
            Some(root.join("repo/svc").join(FILE_NAME))
        );
    }
}
