//! GOSUMDB as the go command reads it (`modfetch.dbDial`, `note.NewVerifier`,
//! go-semantics.md §4.1–§4.2).

use base64::Engine as _;
use sha2::{Digest, Sha256};

use super::pattern::match_prefix_patterns;

/// The verifier key of sum.golang.org, the only database Go knows by name.
pub const SUM_GOLANG_ORG_KEY: &str =
    "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8";

/// A checksum database Go would accept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SumDb {
    /// The database name (`sum.golang.org`), also its default host.
    pub name: String,
    /// An explicit URL (second field): lookups go there, never through GOPROXY.
    pub url: Option<String>,
    /// The name was given without a key (only sum.golang.org and its alias can be).
    pub known_by_name: bool,
}

/// Parse an effective GOSUMDB that is not `off` into the database Go would use, or Go's error
/// (as Go prints it after `verifying module: `).
pub fn parse(gosumdb: &str) -> Result<SumDb, String> {
    let gosumdb = if gosumdb == "sum.golang.google.cn" {
        "sum.golang.org https://sum.golang.google.cn"
    } else {
        gosumdb
    };
    if gosumdb == "off" {
        return Err("checksum database disabled by GOSUMDB=off".into());
    }
    let mut fields: Vec<&str> = gosumdb.split_whitespace().collect();
    let mut known_by_name = false;
    if fields.first() == Some(&"sum.golang.org") {
        fields[0] = SUM_GOLANG_ORG_KEY;
        known_by_name = true;
    }
    match fields.len() {
        0 => return Err("missing GOSUMDB".into()),
        1 | 2 => {}
        _ => return Err("invalid GOSUMDB: too many fields".into()),
    }
    let name = verifier_name(fields[0]).map_err(|e| format!("invalid GOSUMDB: {e}"))?;
    let host_path_ok = super::url::parse(&format!("https://{name}")).is_ok_and(|u| {
        !u.host.is_empty()
            && u.user.is_none()
            && u.query.is_none()
            && u.fragment.is_none()
            && !u.path.contains('%')
    }) && !name.ends_with('/');
    if !host_path_ok {
        return Err(format!("invalid sumdb name (must be host[/path]): {name}"));
    }
    let url = match fields.get(1) {
        Some(u) => {
            super::url::parse(u).map_err(|e| format!("invalid GOSUMDB URL: {e}"))?;
            Some((*u).to_owned())
        }
        None => None,
    };
    Ok(SumDb {
        name,
        url,
        known_by_name,
    })
}

/// Validate a verifier key `<name>+<hash>+<base64 key>` like `note.NewVerifier`; its name.
pub fn verifier_name(vkey: &str) -> Result<String, &'static str> {
    const MALFORMED: &str = "malformed verifier id";
    let (name, rest) = vkey.split_once('+').unwrap_or((vkey, ""));
    let (hash16, key64) = rest.split_once('+').unwrap_or((rest, ""));
    let hash = u32::from_str_radix(hash16, 16).ok();
    let engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new().with_decode_allow_trailing_bits(true),
    );
    let key = engine.decode(key64).ok();
    let valid_name =
        !name.is_empty() && !name.contains('+') && !name.chars().any(char::is_whitespace);
    let (Some(hash), Some(key)) = (hash, key) else {
        return Err(MALFORMED);
    };
    if hash16.len() != 8 || !valid_name || key.is_empty() || hash16.starts_with(['+', '-']) {
        return Err(MALFORMED);
    }
    let digest = Sha256::new()
        .chain_update(name.as_bytes())
        .chain_update(b"\n")
        .chain_update(&key)
        .finalize();
    if u32::from_be_bytes([digest[0], digest[1], digest[2], digest[3]]) != hash {
        return Err("invalid verifier hash");
    }
    match key[0] {
        1 if key.len() == 33 => Ok(name.to_owned()),
        1 => Err(MALFORMED),
        _ => Err("unknown verifier algorithm"),
    }
}

/// Whether the go command asks the checksum database about `module` (`useSumDB`), given the
/// effective GOSUMDB, GONOSUMDB and GOPROXY.
pub fn consulted(gosumdb: &str, gonosumdb: &str, goproxy: &str, module: &str) -> bool {
    if module == "golang.org/toolchain" {
        let single_file_proxy = goproxy.starts_with("file://") && !goproxy.contains([',', '|']);
        if !single_file_proxy {
            return true;
        }
    }
    gosumdb != "off" && !match_prefix_patterns(gonosumdb, module)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// go-semantics.md §4.2 vectors.
    #[test]
    fn gosumdb_vectors() {
        let db = parse("sum.golang.org").unwrap();
        assert_eq!(db.name, "sum.golang.org");
        assert_eq!(db.url, None);
        let db = parse("sum.golang.org https://sum.example/x").unwrap();
        assert_eq!(db.url.as_deref(), Some("https://sum.example/x"));
        let db = parse(&format!("{SUM_GOLANG_ORG_KEY} http://127.0.0.1:9")).unwrap();
        assert_eq!(db.name, "sum.golang.org");
        assert!(!db.known_by_name);
        let db = parse("sum.golang.google.cn").unwrap();
        assert_eq!(db.url.as_deref(), Some("https://sum.golang.google.cn"));
        for bad in ["bogus", "OFF", "off ", "off\r", " off"] {
            assert_eq!(
                parse(bad).unwrap_err(),
                "invalid GOSUMDB: malformed verifier id",
                "{bad:?}"
            );
        }
        assert_eq!(
            parse("a b c").unwrap_err(),
            "invalid GOSUMDB: too many fields"
        );
        assert_eq!(parse("").unwrap_err(), "missing GOSUMDB");
        assert_eq!(parse("   ").unwrap_err(), "missing GOSUMDB");
        assert_eq!(
            parse("off").unwrap_err(),
            "checksum database disabled by GOSUMDB=off"
        );
    }

    #[test]
    fn verifier_keys() {
        assert_eq!(verifier_name(SUM_GOLANG_ORG_KEY).unwrap(), "sum.golang.org");
        // a wrong hash
        let wrong = SUM_GOLANG_ORG_KEY.replace("033de0ae", "033de0af");
        assert_eq!(verifier_name(&wrong), Err("invalid verifier hash"));
        // the right hash over another name
        let renamed = SUM_GOLANG_ORG_KEY.replace("sum.golang.org", "sum.example.com");
        assert_eq!(verifier_name(&renamed), Err("invalid verifier hash"));
        assert_eq!(verifier_name("a+b+c"), Err("malformed verifier id"));
        assert_eq!(
            verifier_name("sum.golang.org"),
            Err("malformed verifier id")
        );
        assert_eq!(
            verifier_name("sum.golang.org+033de0ae+!!!!"),
            Err("malformed verifier id")
        );
    }

    #[test]
    fn toolchains_are_always_checked() {
        let m = "golang.org/toolchain";
        assert!(consulted("off", "", "https://proxy.golang.org,direct", m));
        assert!(consulted("sum.golang.org", "*", "https://p", m));
        assert!(!consulted("off", "", "file:///srv/proxy", m));
        assert!(consulted("off", "", "file:///srv/proxy,direct", m));
        assert!(!consulted("off", "", "https://p", "example.com/m"));
        assert!(!consulted(
            "sum.golang.org",
            "example.com",
            "https://p",
            "example.com/m"
        ));
        assert!(consulted("OFF", "", "https://p", "example.com/m"));
    }
}
