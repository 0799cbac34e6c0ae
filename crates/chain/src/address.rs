//! Addresses of users and realms: `a1` followed by the first 20 bytes of a SHA-256 hash, in lowercase hex.

use sha2::{Digest, Sha256};

/// The length of an address in characters.
pub const ADDRESS_LEN: usize = 42;

fn derive(domain: &str, name: &str) -> String {
    let mut h = Sha256::new();
    h.update(domain.as_bytes());
    h.update([0u8]);
    h.update(name.as_bytes());
    let digest = h.finalize();
    let mut out = String::with_capacity(ADDRESS_LEN);
    out.push_str("a1");
    for b in digest.iter().take(20) {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// The address of the user called `name` (`amber call --caller NAME`).
pub fn user_address(name: &str) -> String {
    derive("amber/user", name)
}

/// The address of the realm at package path `path`.
pub fn realm_address(path: &str) -> String {
    derive("amber/realm", path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_have_a_fixed_form_and_differ_by_kind() {
        let u = user_address("alice");
        assert_eq!(u.len(), ADDRESS_LEN);
        assert!(u.starts_with("a1"));
        assert!(u[2..]
            .bytes()
            .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(&c)));
        assert_ne!(u, realm_address("alice"));
        assert_eq!(u, user_address("alice"));
        assert_ne!(u, user_address("bob"));
    }
}
