//! The inbox's address in the signed manifest (`publish --contributions`): signed in, kept by
//! later publications that do not name another, changed alone on the same snapshot, and only
//! an https address (or http to this device) is accepted.

use super::support::*;
use toutpres::sync::publish::{self, PublishOptions};

#[test]
fn the_contributions_address_is_signed_in_kept_and_checked() {
    let fx = fixture();
    let site = scratch_dir("contributions-address");
    let with = |url: Option<&str>| PublishOptions {
        contributions: url.map(str::to_string),
        ..publish_options(1)
    };
    let first = "https://donnees.example.org/contributions";
    publish::publish(&fx.editions[0], &site, &key(), &with(Some(first))).unwrap();
    assert_eq!(site_manifest(&site).contributions.as_deref(), Some(first));
    // The same snapshot again, with only another address: a new manifest, nothing else.
    let second = "https://inbox.example.org/contributions";
    let p = publish::publish(&fx.editions[0], &site, &key(), &with(Some(second))).unwrap();
    assert!(p.deltas.is_empty());
    assert_eq!(site_manifest(&site).contributions.as_deref(), Some(second));
    // A later publication that names none keeps it.
    publish::publish(&fx.editions[1], &site, &key(), &with(None)).unwrap();
    let m = site_manifest(&site);
    assert_eq!((m.version, m.contributions.as_deref()), (101, Some(second)));
    // Plain http to another machine is refused before anything is written.
    let err = publish::publish(
        &fx.editions[2],
        &site,
        &key(),
        &with(Some("http://example.org/c")),
    )
    .unwrap_err();
    assert!(err.contains("contributions address"), "{err}");
    assert_eq!(site_manifest(&site).version, 101);
    // A site published without the field says nothing about it.
    assert_eq!(site_manifest(&fx.site).contributions, None);
}
