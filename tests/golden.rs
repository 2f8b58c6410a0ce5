//! Golden files: every export of one small article of our own, checked by hand.
//! After a deliberate change, re-record with `QUOTEGRAPH_RECORD=1 cargo test --test
//! golden`, then read every re-recorded file before committing it.

mod common;

use common::{quotegraph, root};

#[test]
fn each_format_of_the_golden_article_matches_its_checked_file() {
    let record = std::env::var_os("QUOTEGRAPH_RECORD").is_some();
    let mut stale = Vec::new();
    for (format, extension) in [("json", "json"), ("dot", "dot"), ("jsonld", "jsonld"), ("nquads", "nq")] {
        let out = quotegraph(&["build", "tests/golden/school.txt", "--format", format, "--quiet"]);
        assert!(out.status.success(), "{format}: {}", String::from_utf8_lossy(&out.stderr));
        let golden = root().join(format!("tests/golden/school.{extension}"));
        if record {
            std::fs::write(&golden, &out.stdout).unwrap();
        } else if std::fs::read(&golden).ok().as_deref() != Some(&out.stdout[..]) {
            stale.push(golden.display().to_string());
        }
    }
    assert!(stale.is_empty(), "output differs from {stale:?}; if the change is intended, re-record with QUOTEGRAPH_RECORD=1 and read the files");
}
