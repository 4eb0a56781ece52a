//! Which IP addresses are internal: the host's table of the IANA special-purpose address
//! registries, used to refuse internal destinations for origins that were not allowed
//! explicitly (the origins a component's descriptor declares), so DNS can never steer them at a loopback
//! service, a private network or a cloud metadata endpoint.
//!
//! Sources, as published by IANA (entries up to RFC 9780, 2025):
//! - IANA IPv4 Special-Purpose Address Registry,
//!   <https://www.iana.org/assignments/iana-ipv4-special-registry/>
//! - IANA IPv6 Special-Purpose Address Registry,
//!   <https://www.iana.org/assignments/iana-ipv6-special-registry/>
//!
//! Every block of both registries counts as internal, including the few marked
//! "globally reachable" (AS112, AMT, anycast services): none of them is where a public
//! API lives. Beyond the registries, IPv4 multicast (224.0.0.0/4) and every
//! IPv6 address outside global unicast 2000::/3 (multicast, the deprecated site-local
//! fec0::/10, unassigned space) are internal too.
//!
//! IPv6 forms that embed an IPv4 address are decoded and the IPv4 address is checked:
//! IPv4-mapped `::ffff:0:0/96`, IPv4-compatible `::/96` (deprecated), NAT64
//! `64:ff9b::/96` (RFC 6052) and `64:ff9b:1::/48` (RFC 8215, /48 layout), 6to4
//! `2002::/16` (RFC 3056) and Teredo `2001::/32` (RFC 4380, server and obfuscated
//! client). Only the mapped form and the well-known NAT64 prefix (which DNS64 networks
//! hand out for public IPv4 hosts) are acceptable, and only when the IPv4 address they
//! carry is.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// One registry block: network, prefix length, and its name in the registry.
struct Block<T> {
    network: T,
    prefix: u8,
    name: &'static str,
}

const fn v4(a: u8, b: u8, c: u8, d: u8, prefix: u8, name: &'static str) -> Block<u32> {
    Block {
        network: u32::from_be_bytes([a, b, c, d]),
        prefix,
        name,
    }
}

const fn v6(segments: [u16; 8], prefix: u8, name: &'static str) -> Block<u128> {
    let mut network = 0u128;
    let mut i = 0;
    while i < 8 {
        network = (network << 16) | segments[i] as u128;
        i += 1;
    }
    Block {
        network,
        prefix,
        name,
    }
}

/// The IPv4 special-purpose registry, plus multicast.
const IPV4_BLOCKS: &[Block<u32>] = &[
    v4(0, 0, 0, 0, 8, "\"this network\" (RFC 791)"),
    v4(10, 0, 0, 0, 8, "private-use (RFC 1918)"),
    v4(100, 64, 0, 0, 10, "shared address space (RFC 6598)"),
    v4(127, 0, 0, 0, 8, "loopback (RFC 1122)"),
    v4(169, 254, 0, 0, 16, "link-local (RFC 3927)"),
    v4(172, 16, 0, 0, 12, "private-use (RFC 1918)"),
    v4(192, 0, 0, 0, 24, "IETF protocol assignments (RFC 6890)"),
    v4(192, 0, 2, 0, 24, "documentation TEST-NET-1 (RFC 5737)"),
    v4(192, 31, 196, 0, 24, "AS112-v4 (RFC 7535)"),
    v4(192, 52, 193, 0, 24, "AMT (RFC 7450)"),
    v4(
        192,
        88,
        99,
        0,
        24,
        "deprecated 6to4 relay anycast (RFC 7526)",
    ),
    v4(192, 168, 0, 0, 16, "private-use (RFC 1918)"),
    v4(
        192,
        175,
        48,
        0,
        24,
        "direct delegation AS112 service (RFC 7534)",
    ),
    v4(198, 18, 0, 0, 15, "benchmarking (RFC 2544)"),
    v4(198, 51, 100, 0, 24, "documentation TEST-NET-2 (RFC 5737)"),
    v4(203, 0, 113, 0, 24, "documentation TEST-NET-3 (RFC 5737)"),
    v4(224, 0, 0, 0, 4, "multicast (RFC 5771)"),
    v4(240, 0, 0, 0, 4, "reserved (RFC 1112)"),
    v4(255, 255, 255, 255, 32, "limited broadcast (RFC 919)"),
];

/// The IPv6 special-purpose registry (the embedding forms are handled separately).
const IPV6_BLOCKS: &[Block<u128>] = &[
    v6([0, 0, 0, 0, 0, 0, 0, 1], 128, "loopback (RFC 4291)"),
    v6([0, 0, 0, 0, 0, 0, 0, 0], 128, "unspecified (RFC 4291)"),
    v6(
        [0x64, 0xff9b, 1, 0, 0, 0, 0, 0],
        48,
        "local-use IPv4/IPv6 translation (RFC 8215)",
    ),
    v6([0x100, 0, 0, 0, 0, 0, 0, 0], 64, "discard-only (RFC 6666)"),
    v6(
        [0x100, 0, 0, 1, 0, 0, 0, 0],
        64,
        "dummy IPv6 prefix (RFC 9780)",
    ),
    v6(
        [0x2001, 0, 0, 0, 0, 0, 0, 0],
        23,
        "IETF protocol assignments (RFC 2928), incl. Teredo, ORCHID, AMT, AS112-v6, benchmarking",
    ),
    v6(
        [0x2001, 0xdb8, 0, 0, 0, 0, 0, 0],
        32,
        "documentation (RFC 3849)",
    ),
    v6([0x2002, 0, 0, 0, 0, 0, 0, 0], 16, "6to4 (RFC 3056)"),
    v6(
        [0x2620, 0x4f, 0x8000, 0, 0, 0, 0, 0],
        48,
        "direct delegation AS112 service (RFC 7534)",
    ),
    v6(
        [0x3fff, 0, 0, 0, 0, 0, 0, 0],
        20,
        "documentation (RFC 9637)",
    ),
    v6(
        [0x5f00, 0, 0, 0, 0, 0, 0, 0],
        16,
        "segment routing SIDs (RFC 9602)",
    ),
    v6([0xfc00, 0, 0, 0, 0, 0, 0, 0], 7, "unique-local (RFC 4193)"),
    v6(
        [0xfe80, 0, 0, 0, 0, 0, 0, 0],
        10,
        "link-local unicast (RFC 4291)",
    ),
];

fn contains<T>(block: &Block<T>, address: T) -> bool
where
    T: Copy + std::ops::Shr<u32, Output = T> + PartialEq,
{
    let bits = (std::mem::size_of::<T>() * 8) as u32;
    let shift = bits - u32::from(block.prefix);
    if shift == bits {
        return true;
    }
    (address >> shift) == (block.network >> shift)
}

/// How an IPv6 address carries an IPv4 address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Embedding {
    /// `::ffff:a.b.c.d`: the connection really is IPv4.
    Mapped,
    /// `::a.b.c.d` (deprecated).
    Compatible,
    /// `64:ff9b::a.b.c.d`, the well-known NAT64 prefix.
    Nat64,
    /// `64:ff9b:1::/48`, the local-use NAT64 prefix (RFC 6052 /48 layout).
    Nat64LocalUse,
    /// `2002:AABB:CCDD::/48`, 6to4.
    SixToFour,
    /// `2001:0:SSSS:SSSS:…:CCCC:CCCC`, Teredo's server (the client is checked too).
    Teredo,
}

/// The IPv4 addresses an IPv6 address embeds (Teredo carries two), with their form.
pub fn embedded_ipv4(ip: Ipv6Addr) -> Vec<(Embedding, Ipv4Addr)> {
    let bits = u128::from(ip);
    let s = ip.segments();
    let low32 = Ipv4Addr::from(bits as u32);
    match s {
        [0, 0, 0, 0, 0, 0xffff, ..] => vec![(Embedding::Mapped, low32)],
        // `::` and `::1` are the unspecified and loopback addresses, not embeddings.
        [0, 0, 0, 0, 0, 0, ..] if bits > 1 => vec![(Embedding::Compatible, low32)],
        [0x64, 0xff9b, 0, 0, 0, 0, ..] => vec![(Embedding::Nat64, low32)],
        [0x64, 0xff9b, 1, ..] => {
            let b = ip.octets();
            // Octets 6-7, then 9-10: octet 8 is the reserved "u" octet.
            let v4 = Ipv4Addr::new(b[6], b[7], b[9], b[10]);
            vec![(Embedding::Nat64LocalUse, v4)]
        }
        [0x2002, ..] => vec![(Embedding::SixToFour, Ipv4Addr::from((bits >> 80) as u32))],
        [0x2001, 0, ..] => vec![
            (Embedding::Teredo, Ipv4Addr::from((bits >> 64) as u32)),
            (Embedding::Teredo, Ipv4Addr::from(!(bits as u32))),
        ],
        _ => Vec::new(),
    }
}

/// Why an address is internal (its registry block, or the embedded IPv4 address's), or
/// `None` for a public unicast address.
pub fn internal_reason(ip: IpAddr) -> Option<String> {
    match ip {
        IpAddr::V4(v4) => {
            let address = u32::from(v4);
            IPV4_BLOCKS
                .iter()
                .find(|block| contains(block, address))
                .map(|block| block.name.to_owned())
        }
        IpAddr::V6(v6) => {
            let embedded = embedded_ipv4(v6);
            for (form, v4) in &embedded {
                if let Some(reason) = internal_reason(IpAddr::V4(*v4)) {
                    return Some(format!("embeds {v4} ({form:?}): {reason}"));
                }
            }
            // A mapped address is an IPv4 connection, and the well-known NAT64 prefix is
            // how DNS64 networks reach public IPv4 hosts: both are judged by what they carry.
            if let [(Embedding::Mapped | Embedding::Nat64, _)] = embedded.as_slice() {
                return None;
            }
            if let Some((form, _)) = embedded.first() {
                return Some(format!(
                    "IPv4 embedding {form:?} is not used by public APIs"
                ));
            }
            let address = u128::from(v6);
            if let Some(block) = IPV6_BLOCKS.iter().find(|block| contains(block, address)) {
                return Some(block.name.to_owned());
            }
            if v6.segments()[0] & 0xe000 != 0x2000 {
                return Some("outside global unicast 2000::/3 (RFC 4291)".to_owned());
            }
            None
        }
    }
}

/// Whether an address is internal: in a special-purpose block, embedding an internal
/// IPv4 address, or otherwise not a public unicast address.
pub fn is_internal(ip: IpAddr) -> bool {
    internal_reason(ip).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_addresses_are_recognized() {
        for ip in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "0.0.0.0",
            "100.64.0.1",
            "::1",
            "fe80::1",
            "fd00::1",
            "::ffff:10.0.0.1",
        ] {
            assert!(is_internal(ip.parse().unwrap()), "{ip}");
        }
        for ip in ["8.8.8.8", "104.16.0.1", "2606:4700::1111"] {
            assert!(!is_internal(ip.parse().unwrap()), "{ip}");
        }
    }

    /// F4: one address in every block of the IANA IPv4 and IPv6 special-purpose
    /// registries (and the other non-global ranges) is internal.
    #[test]
    fn every_iana_special_purpose_block_is_internal() {
        for ip in [
            "0.1.2.3",         // 0.0.0.0/8 "this network"
            "10.20.30.40",     // 10.0.0.0/8 private-use
            "100.64.0.1",      // 100.64.0.0/10 shared address space
            "100.127.255.254", // 100.64.0.0/10, last
            "127.1.2.3",       // 127.0.0.0/8 loopback
            "169.254.169.254", // 169.254.0.0/16 link-local
            "172.31.255.255",  // 172.16.0.0/12 private-use
            "192.0.0.8",       // 192.0.0.0/24 IETF protocol assignments
            "192.0.0.170",     // 192.0.0.170/32 NAT64/DNS64 discovery
            "192.0.2.1",       // 192.0.2.0/24 TEST-NET-1
            "192.31.196.1",    // 192.31.196.0/24 AS112-v4
            "192.52.193.1",    // 192.52.193.0/24 AMT
            "192.88.99.1",     // 192.88.99.0/24 deprecated 6to4 relay anycast
            "192.168.0.1",     // 192.168.0.0/16 private-use
            "192.175.48.1",    // 192.175.48.0/24 AS112 direct delegation
            "198.18.0.1",      // 198.18.0.0/15 benchmarking
            "198.19.255.255",  // 198.18.0.0/15, last
            "198.51.100.7",    // 198.51.100.0/24 TEST-NET-2
            "203.0.113.9",     // 203.0.113.0/24 TEST-NET-3
            "224.0.0.1",       // 224.0.0.0/4 multicast
            "240.0.0.1",       // 240.0.0.0/4 reserved
            "255.255.255.255", // limited broadcast
            "::",              // unspecified
            "::1",             // loopback
            "::ffff:10.0.0.1", // IPv4-mapped private
            "100::1",          // 100::/64 discard-only
            "100:0:0:1::1",    // 100:0:0:1::/64 dummy prefix
            "2001::1",         // 2001::/23 IETF protocol assignments (Teredo)
            "2001:1::1",       // 2001:1::1/128 PCP anycast
            "2001:2::1",       // 2001:2::/48 benchmarking
            "2001:3::1",       // 2001:3::/32 AMT
            "2001:4:112::1",   // 2001:4:112::/48 AS112-v6
            "2001:10::1",      // 2001:10::/28 deprecated ORCHID
            "2001:20::1",      // 2001:20::/28 ORCHIDv2
            "2001:30::1",      // 2001:30::/28 drone remote ID
            "2001:db8::1",     // 2001:db8::/32 documentation
            "2002:808:808::1", // 2002::/16 6to4 (even of a public address)
            "2620:4f:8000::1", // 2620:4f:8000::/48 AS112 direct delegation
            "3fff::1",         // 3fff::/20 documentation
            "5f00::1",         // 5f00::/16 segment routing SIDs
            "64:ff9b:1::1",    // 64:ff9b:1::/48 local-use translation
            "fc00::1",         // fc00::/7 unique-local
            "fd12:3456::1",    // fc00::/7 unique-local
            "fe80::1",         // fe80::/10 link-local
            "fec0::1",         // fec0::/10 deprecated site-local
            "ff02::1",         // ff00::/8 multicast
            "4000::1",         // outside 2000::/3 global unicast
        ] {
            assert!(is_internal(ip.parse().unwrap()), "{ip} must be internal");
        }
    }

    /// F4: the IPv4 address embedded in each IPv6 form is checked.
    #[test]
    fn embedded_ipv4_is_checked_in_every_ipv6_form() {
        for ip in [
            "::ffff:127.0.0.1",             // IPv4-mapped
            "::ffff:169.254.169.254",       // IPv4-mapped metadata
            "::10.0.0.1",                   // IPv4-compatible (deprecated)
            "::127.0.0.1",                  // IPv4-compatible loopback
            "64:ff9b::a00:1",               // NAT64 well-known prefix, 10.0.0.1
            "64:ff9b::a9fe:a9fe",           // NAT64 well-known prefix, 169.254.169.254
            "64:ff9b:1:a00:0:100::",        // NAT64 local-use /48, 10.0.0.1
            "2002:a00:1::1",                // 6to4 of 10.0.0.1
            "2002:c0a8:101::1",             // 6to4 of 192.168.1.1
            "2001:0:a00:1::1",              // Teredo server 10.0.0.1
            "2001:0:808:808:0:0:f5ff:fffe", // Teredo client 10.0.0.1 (obfuscated)
        ] {
            assert!(is_internal(ip.parse().unwrap()), "{ip} must be internal");
        }
        for ip in [
            "8.8.8.8",
            "104.16.0.1",
            "::ffff:8.8.8.8",   // mapped public
            "64:ff9b::808:808", // NAT64 of a public address (DNS64 networks)
            "2606:4700::1111",
            "2a00:1450:4001::1",
        ] {
            assert!(!is_internal(ip.parse().unwrap()), "{ip} is public");
        }
    }
}
