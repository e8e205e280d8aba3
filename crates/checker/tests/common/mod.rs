//! What the differential tests against the real go command share (differential.rs,
//! quoted_errors.rs): the Go toolchains under test, scratch directories, a stored zip writer,
//! and the golden files' escaping.
#![allow(dead_code)] // each test uses its own subset

use std::io::Write as _;
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

pub(crate) struct GoUnderTest {
    pub(crate) version: &'static str,
    /// Path of the binary relative to the repository root, or absolute.
    pub(crate) candidates: &'static [&'static str],
    /// Required when GOPROXY_DOCTOR_REQUIRE_GO=1.
    pub(crate) required: bool,
}

pub(crate) const GOS: &[GoUnderTest] = &[
    GoUnderTest {
        version: "1.27.3",
        candidates: &[".cache/go/1.27.3/go/bin/go"],
        required: true,
    },
    GoUnderTest {
        version: "1.21.13",
        candidates: &[".cache/go/1.21.13/go/bin/go"],
        required: true,
    },
    GoUnderTest {
        version: "1.19.8",
        candidates: &["/usr/lib/go-1.19/bin/go"],
        required: true,
    },
];

pub(crate) fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub(crate) fn find_go(g: &GoUnderTest) -> Option<PathBuf> {
    for c in g.candidates {
        let p = if c.starts_with('/') {
            PathBuf::from(c)
        } else {
            repo_root().join(c)
        };
        if p.is_file() {
            let out = Command::new(&p).arg("version").env_clear().output().ok()?;
            let text = String::from_utf8_lossy(&out.stdout);
            if text.contains(&format!("go{} ", g.version)) {
                return Some(p);
            }
            eprintln!(
                "differential: {} is not go{}: {}",
                p.display(),
                g.version,
                text.trim()
            );
        }
    }
    None
}

/// A closed port below the ephemeral range (so no server of a concurrent case can get it):
/// 9 (discard) unless something listens there.
pub(crate) fn closed_port() -> u16 {
    static PORT: std::sync::OnceLock<u16> = std::sync::OnceLock::new();
    *PORT.get_or_init(|| {
        (1..1024)
            .map(|p| if p == 1 { 9 } else { p })
            .find(|p| {
                TcpStream::connect_timeout(
                    &(std::net::Ipv4Addr::LOCALHOST, *p).into(),
                    Duration::from_secs(1),
                )
                .is_err()
            })
            .expect("a closed port below 1024")
    })
}

pub(crate) fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

pub(crate) fn zip_stored(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    let (time, date) = (0u16, (40u16 << 9) | (1 << 5) | 1); // 2020-01-01 00:00
    for (name, data) in files {
        let offset = out.len() as u32;
        let crc = crc32(data);
        let size = data.len() as u32;
        let name_len = name.len() as u16;
        // local file header
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        out.extend_from_slice(&20u16.to_le_bytes()); // version needed
        out.extend_from_slice(&0u16.to_le_bytes()); // flags
        out.extend_from_slice(&0u16.to_le_bytes()); // method: stored
        out.extend_from_slice(&time.to_le_bytes());
        out.extend_from_slice(&date.to_le_bytes());
        out.extend_from_slice(&crc.to_le_bytes());
        out.extend_from_slice(&size.to_le_bytes());
        out.extend_from_slice(&size.to_le_bytes());
        out.extend_from_slice(&name_len.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
        // central directory entry
        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes()); // made by
        central.extend_from_slice(&20u16.to_le_bytes()); // needed
        central.extend_from_slice(&0u16.to_le_bytes());
        central.extend_from_slice(&0u16.to_le_bytes());
        central.extend_from_slice(&time.to_le_bytes());
        central.extend_from_slice(&date.to_le_bytes());
        central.extend_from_slice(&crc.to_le_bytes());
        central.extend_from_slice(&size.to_le_bytes());
        central.extend_from_slice(&size.to_le_bytes());
        central.extend_from_slice(&name_len.to_le_bytes());
        central.extend_from_slice(&0u16.to_le_bytes()); // extra
        central.extend_from_slice(&0u16.to_le_bytes()); // comment
        central.extend_from_slice(&0u16.to_le_bytes()); // disk
        central.extend_from_slice(&0u16.to_le_bytes()); // internal attrs
        central.extend_from_slice(&0u32.to_le_bytes()); // external attrs
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let cd_offset = out.len() as u32;
    let cd_size = central.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&(files.len() as u16).to_le_bytes());
    out.extend_from_slice(&(files.len() as u16).to_le_bytes());
    out.extend_from_slice(&cd_size.to_le_bytes());
    out.extend_from_slice(&cd_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

pub(crate) fn make_writable(p: &Path) {
    let Ok(meta) = std::fs::symlink_metadata(p) else {
        return;
    };
    if !meta.is_dir() {
        return;
    }
    let mut perm = meta.permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perm.set_readonly(false);
    let _ = std::fs::set_permissions(p, perm);
    if let Ok(rd) = std::fs::read_dir(p) {
        for e in rd.flatten() {
            make_writable(&e.path());
        }
    }
}

pub(crate) fn esc(s: &str) -> String {
    s.escape_debug().to_string()
}

pub(crate) fn unesc(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('0') => out.push('\0'),
            Some('u') => {
                let _ = it.next(); // '{'
                let hex: String = it.by_ref().take_while(|c| *c != '}').collect();
                if let Some(ch) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    out.push(ch);
                }
            }
            Some(o) => out.push(o),
            None => {}
        }
    }
    out
}

/// A line on the real stderr, past the test harness's capture (skips and summaries belong in
/// CI logs even when the test passes).
pub(crate) fn say(line: String) {
    let _ = writeln!(std::io::stderr(), "{line}");
}
