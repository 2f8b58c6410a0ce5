//! The command line, driven end to end on the bundled seeds and the test corpus.

mod common;

use std::io::Read;
use std::process::{Command, Stdio};

use common::{copy_dir, graph_of, quotegraph, root, validate_against_schema};

#[test]
fn build_writes_graph_json_that_the_schema_accepts() {
    for input in ["seeds", "tests/corpus/articles"] {
        let graph = graph_of(&["build", input, "--quiet"]);
        validate_against_schema(&graph).unwrap_or_else(|e| panic!("{input}: {e}"));
        let statements = graph["nodes"].as_array().unwrap().iter().filter(|n| n["type"] == "Statement").count();
        assert!(statements > 20, "{input}: only {statements} statements");
    }
}

#[test]
fn the_schema_rejects_a_graph_that_breaks_the_contract() {
    let mut graph = graph_of(&["build", "seeds", "--quiet"]);
    let statement = graph["nodes"].as_array_mut().unwrap().iter_mut().find(|n| n["type"] == "Statement").unwrap();
    statement["kind"] = "rumour".into();
    assert!(validate_against_schema(&graph).is_err());
}

#[test]
fn two_runs_and_any_argument_order_give_identical_bytes() {
    let files: Vec<String> = std::fs::read_dir(root().join("seeds"))
        .unwrap()
        .map(|e| format!("seeds/{}", e.unwrap().file_name().to_string_lossy()))
        .collect();
    let mut forward: Vec<&str> = files.iter().map(String::as_str).collect();
    forward.sort();
    let mut backward = forward.clone();
    backward.reverse();
    let runs: Vec<Vec<u8>> = [forward.clone(), forward, backward]
        .into_iter()
        .map(|paths| {
            let mut args = vec!["build", "--quiet"];
            args.extend(paths);
            quotegraph(&args).stdout
        })
        .collect();
    assert!(!runs[0].is_empty());
    assert_eq!(runs[0], runs[1]);
    assert_eq!(runs[0], runs[2]);
}

#[test]
fn a_non_utf8_file_is_named_in_a_warning_and_the_rest_are_built() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("seeds"), dir.path());
    std::fs::write(dir.path().join("latin1.txt"), b"Cllr Ren\xe9 Dupont said: \"Caf\xe9 closures hurt.\"").unwrap();
    let out = quotegraph(&["build", dir.path().to_str().unwrap()]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("warning") && stderr.contains("latin1.txt") && stderr.contains("not UTF-8"), "{stderr}");
    let graph: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let documents: Vec<&str> = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["type"] == "Document")
        .map(|n| n["name"].as_str().unwrap())
        .collect();
    assert_eq!(documents.len(), 5, "{documents:?}");
}

#[test]
fn nothing_readable_is_an_error_with_status_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("blob.txt"), b"\x00\x01\x02").unwrap();
    let out = quotegraph(&["build", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("blob.txt") && stderr.contains("binary"), "{stderr}");
    assert!(stderr.contains("no article could be read"), "{stderr}");
    assert!(out.stdout.is_empty());
    let missing = quotegraph(&["build", "no/such/folder"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no/such/folder: no such file or folder"));
}

#[test]
fn output_file_is_written_whole_and_nothing_else_is_left_behind() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("graph.json");
    let out = quotegraph(&["build", "seeds", "-o", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stdout.is_empty(), "data goes to the file, not stdout");
    let written: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(written, graph_of(&["build", "seeds", "--quiet"]));
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(left.len(), 1);
    assert!(String::from_utf8_lossy(&out.stderr).contains("5 articles"));
}

#[test]
fn output_dash_is_stdout_and_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_quotegraph"))
        .args(["build", "--quiet", "-o", "-", root().join("seeds").to_str().unwrap()])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let graph: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(graph, graph_of(&["build", "seeds", "--quiet"]));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "no file named `-`");
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let article = std::fs::read_to_string(root().join("tests/corpus/articles/04_budget_lib_dem.txt")).unwrap();
    for i in 0..150 {
        std::fs::write(dir.path().join(format!("a{i:03}.txt")), &article).unwrap();
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_quotegraph"))
        .args(["build", "--quiet", dir.path().to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    assert!(status.success(), "{status:?}: {stderr}");
    assert!(stderr.is_empty(), "{stderr}");
}

#[test]
fn help_explains_the_commands() {
    let out = quotegraph(&["--help"]);
    let help = String::from_utf8_lossy(&out.stdout);
    for word in ["build", "eval", "who said what"] {
        assert!(help.contains(word), "{help}");
    }
    let build = String::from_utf8_lossy(&quotegraph(&["build", "--help"]).stdout).to_string();
    assert!(build.contains("recursively") && build.contains("--output"), "{build}");
    // The help states the library's limit on one article, as it is.
    let limit = format!("over {} MiB", quotegraph::corpus::MAX_ARTICLE_BYTES >> 20);
    assert!(build.split_whitespace().collect::<Vec<_>>().join(" ").contains(&limit), "{build}");
    let none = quotegraph(&["build"]);
    assert_eq!(none.status.code(), Some(2));
}

#[test]
fn an_error_names_its_cause_once() {
    let out = quotegraph(&["query", "--graph", "no-such-graph.json", "statements by Labour"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.starts_with("quotegraph: error: no-such-graph.json: "), "{stderr}");
    assert_eq!(stderr.matches("(os error 2)").count(), 1, "{stderr}");
}
