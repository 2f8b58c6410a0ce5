//! Helpers shared by the end-to-end tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The project root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the built binary with `args` from the project root.
pub fn quotegraph(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_quotegraph")).args(args).current_dir(root()).output().expect("run quotegraph")
}

/// stdout of a successful run, as JSON.
pub fn graph_of(args: &[&str]) -> serde_json::Value {
    let out = quotegraph(args);
    assert!(out.status.success(), "quotegraph {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("graph JSON on stdout")
}

/// The JSON Schema of graph JSON, compiled.
pub fn validate_against_schema(graph: &serde_json::Value) -> Result<(), String> {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("schema/graph.schema.json")).unwrap()).unwrap();
    let mut compiler = boon::Compiler::new();
    let mut schemas = boon::Schemas::new();
    let url = "https://quotegraph.dev/schema/graph.schema.json";
    compiler.add_resource(url, schema).unwrap();
    let index = compiler.compile(url, &mut schemas).unwrap();
    schemas.validate(graph, index).map_err(|e| format!("{e:#}"))
}

/// Copies the files of `from` into `to`.
pub fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
    }
}
