//! Every input format through the command line, stdin, a corpus with broken files and
//! records, and an interrupted write.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::{quotegraph, validate_against_schema};
use serde_json::Value;

const TEXT: &str = "Cllr Maya Fenwick, the Green leader of Westbrook Council, said: “We will fix this.”\n";
const HTML: &str = r#"<html><head><title>Ward plan | Gazette</title><meta property="article:published_time" content="2024-06-10"></head>
<body><nav>Home | News</nav><article><h1>Ward plan approved</h1>
<p>Cllr Tomas Reyes, the Labour member for Eastfield, said: &ldquo;The plan is fair.&rdquo;</p>
<script>document.write("Cllr Fake Person said: “not here”")</script></article></body></html>"#;
const JSONL: &str = concat!(
    r#"{"id": "a1", "text": "Cllr Ruth Okafor, the Conservative deputy leader, said: “Taxes must fall.”", "url": "https://gazette.example/a1", "published": "2024-02-01", "publisher": "Gazette"}"#, "\n",
    r#"{"id": "a2", "text": "cut off"#, "\n",
    r#"{"id": "a3", "body": "Cllr Ivan Petrov, the Reform UK councillor, said: “Scrap the scheme.”"}"#, "\n",
);
const CSV: &str = "id,title,text\nc1,Budget,\"Cllr Lena Brandt, the Liberal Democrat finance lead, said: \"\"The sums add up.\"\"\"\nc2,Empty,\n";

fn speakers(graph: &Value) -> Vec<String> {
    let mut names: Vec<String> = graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == "said")
        .map(|e| graph["nodes"].as_array().unwrap().iter().find(|n| n["id"] == e["source"]).unwrap()["label"].as_str().unwrap().to_string())
        .collect();
    names.sort();
    names.dedup();
    names
}

fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn every_format_in_one_folder_and_broken_ones_are_reported_by_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(p.join("plain.txt"), TEXT).unwrap();
    std::fs::write(p.join("note.md"), "# Notes\n\nCllr Sam Idris, the Independent councillor, said: “No comment.”\n").unwrap();
    std::fs::write(p.join("page.html"), HTML).unwrap();
    std::fs::write(p.join("feed.jsonl"), JSONL).unwrap();
    std::fs::write(p.join("table.csv"), CSV).unwrap();
    std::fs::write(p.join("photo.txt"), b"\x89PNG\r\n\x1a\n\0\0\0").unwrap();
    std::fs::write(p.join("latin1.txt"), b"Caf\xe9 society").unwrap();
    std::os::unix::fs::symlink(p.join("gone.txt"), p.join("dangling.txt")).unwrap();
    let out = quotegraph(&["build", p.to_str().unwrap()]);
    let stderr = stderr_of(&out);
    assert!(out.status.success(), "{stderr}");
    let graph: Value = serde_json::from_slice(&out.stdout).unwrap();
    validate_against_schema(&graph).unwrap();
    assert_eq!(
        speakers(&graph),
        ["Ivan Petrov", "Lena Brandt", "Maya Fenwick", "Ruth Okafor", "Sam Idris", "Tomas Reyes"],
        "{stderr}"
    );
    for warning in ["feed.jsonl:2: record is not valid JSON", "table.csv:3: record has no `text` or `body`", "photo.txt: looks binary", "latin1.txt: not UTF-8", "dangling.txt"] {
        assert!(stderr.contains(warning), "no `{warning}` in:\n{stderr}");
    }
    assert!(stderr.contains("6 articles") && stderr.contains("5 files or records skipped"), "{stderr}");
    let documents: Vec<&Value> = graph["nodes"].as_array().unwrap().iter().filter(|n| n["type"] == "Document").collect();
    let a1 = documents.iter().find(|d| d["name"] == "feed.jsonl#a1").expect("a record is a document named ARCHIVE#ID");
    assert_eq!((a1["url"].as_str(), a1["published"].as_str(), a1["publisher"].as_str()), (Some("https://gazette.example/a1"), Some("2024-02-01"), Some("Gazette")));
    let page = documents.iter().find(|d| d["name"] == "page.html").unwrap();
    assert_eq!((page["label"].as_str(), page["published"].as_str()), (Some("Ward plan approved"), Some("2024-06-10")));
    assert!(!graph.to_string().contains("Fake Person"), "script text was read as the article");
}

/// Runs the binary with `args`, writing `input` to its standard input.
fn with_stdin(args: &[&str], input: &str) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_quotegraph"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn stdin_is_read_with_a_dash_and_its_format_guessed_or_given() {
    let run = |args: &[&str], input: &str| {
        let out = with_stdin(args, input);
        assert!(out.status.success(), "{}", stderr_of(&out));
        speakers(&serde_json::from_slice(&out.stdout).unwrap())
    };
    assert_eq!(run(&["build", "-", "-q"], TEXT), ["Maya Fenwick"]);
    assert_eq!(run(&["build", "-", "-q"], JSONL), ["Ivan Petrov", "Ruth Okafor"]);
    assert_eq!(run(&["build", "-", "-q"], HTML), ["Tomas Reyes"]);
    assert_eq!(run(&["build", "-", "-q", "--input-format", "csv"], CSV), ["Lena Brandt"]);
}

#[test]
fn a_problem_on_stdin_is_named_as_stdin() {
    let out = with_stdin(&["build", "-"], JSONL);
    assert!(out.status.success());
    let stderr = stderr_of(&out);
    assert!(stderr.contains("skipped <stdin>:2: record is not valid JSON"), "{stderr}");
}

#[test]
fn two_articles_of_one_file_name_stay_two_articles() {
    // Scrapers write one folder a day with the same file names in each.
    let dir = tempfile::tempdir().unwrap();
    let (monday, tuesday) = (dir.path().join("monday"), dir.path().join("tuesday"));
    for (folder, text) in [
        (&monday, "Cllr Ada Novak, the Labour leader of Northam Council, said: “The budget is balanced.”\n"),
        (&tuesday, "Cllr Piotr Zielinski, the Reform UK group leader, said: “The budget is a fantasy.”\n"),
    ] {
        std::fs::create_dir(folder).unwrap();
        std::fs::write(folder.join("council-budget.txt"), text).unwrap();
    }
    let graph = common::graph_of(&["build", monday.to_str().unwrap(), tuesday.to_str().unwrap(), "-q"]);
    assert_eq!(speakers(&graph), ["Ada Novak", "Piotr Zielinski"]);
    let documents: Vec<&str> =
        graph["nodes"].as_array().unwrap().iter().filter(|n| n["type"] == "Document").map(|n| n["name"].as_str().unwrap()).collect();
    assert_eq!(documents.len(), 2, "{documents:?}");
    assert!(documents[0].ends_with("monday/council-budget.txt") && documents[1].ends_with("tuesday/council-budget.txt"), "{documents:?}");
}

#[test]
fn an_archive_shows_progress_on_a_terminal_and_only_the_summary_when_piped() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("feed.jsonl");
    std::fs::write(&archive, quotegraph::synth::to_json_lines(&quotegraph::synth::corpus(2000, 7))).unwrap();
    let graph = dir.path().join("graph.json");
    let (archive, graph) = (archive.to_str().unwrap(), graph.to_str().unwrap());
    let piped = quotegraph(&["build", archive, "-o", graph]);
    assert!(piped.status.success());
    let stderr = stderr_of(&piped);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("quotegraph: 2000 articles, "), "{stderr}");
    // `script` runs the build on a pseudo-terminal and copies what it drew to stdout.
    let command = format!("'{}' build '{archive}' -o '{graph}'", env!("CARGO_BIN_EXE_quotegraph"));
    let on_terminal = Command::new("script").args(["-qec", &command, "/dev/null"]).output().expect("`script` (util-linux) runs");
    assert!(on_terminal.status.success());
    let drawn = String::from_utf8_lossy(&on_terminal.stdout);
    assert!(drawn.contains("reading [") && drawn.contains("quotegraph: 2000 articles, "), "{drawn}");
}

#[test]
fn text_in_a_legacy_encoding_is_read_when_the_encoding_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    // An older site's archive, saved as windows-1252: "é", curly quotes and a dash are one byte each.
    std::fs::write(p.join("old.txt"), b"Care home rated inadequate\n\nCllr Ren\xe9e Hart, the Green leader of Eastmoor Council, said: \x93We will act \x96 today.\x94\n").unwrap();
    std::fs::write(p.join("old.csv"), b"id,text\n7,\"Cllr Ivo Bakr, the Labour councillor, said: \x93Caf\xe9s must stay open.\x94\"\n").unwrap();
    std::fs::write(p.join("new.txt"), TEXT).unwrap();
    let folder = p.to_str().unwrap();

    let unnamed = quotegraph(&["build", folder]);
    let stderr = stderr_of(&unnamed);
    assert!(unnamed.status.success(), "{stderr}");
    assert_eq!(speakers(&serde_json::from_slice(&unnamed.stdout).unwrap()), ["Maya Fenwick"]);
    assert!(stderr.contains("old.txt: not UTF-8 text (invalid byte at offset 36)") && stderr.contains("old.csv:2: a cell of the record is not UTF-8"), "{stderr}");
    assert!(stderr.contains("hint: 1 file is not UTF-8; if it is in a legacy encoding, name it with --encoding"), "{stderr}");

    let named = quotegraph(&["build", folder, "--encoding", "windows-1252"]);
    let stderr = stderr_of(&named);
    assert!(named.status.success() && !stderr.contains("warning") && !stderr.contains("hint"), "{stderr}");
    let graph: Value = serde_json::from_slice(&named.stdout).unwrap();
    assert_eq!(speakers(&graph), ["Ivo Bakr", "Maya Fenwick", "Renée Hart"]);
    assert!(graph.to_string().contains("We will act – today."), "the quote is decoded with its dash");

    // Only files that are not UTF-8 hold the whole run back: the error says how to read them.
    let alone = quotegraph(&["build", p.join("old.txt").to_str().unwrap()]);
    assert_eq!(alone.status.code(), Some(2));
    assert!(stderr_of(&alone).contains("error: no article could be read from") && stderr_of(&alone).contains("name it with --encoding"), "{}", stderr_of(&alone));
    let wrong = quotegraph(&["build", folder, "--encoding", "utf-16le"]);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(stderr_of(&wrong).contains("does not keep ASCII as ASCII"), "{}", stderr_of(&wrong));
}

#[test]
fn a_corpus_with_nothing_readable_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("feed.jsonl"), "{not json}\n").unwrap();
    let out = quotegraph(&["build", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = stderr_of(&out);
    assert!(stderr.contains("feed.jsonl:1:") && stderr.contains("error: no article could be read"), "{stderr}");
}

#[test]
fn a_pipe_in_a_folder_and_a_device_named_on_the_line_do_not_stop_the_run() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("story.txt"), TEXT).unwrap();
    // Nothing ever writes to this pipe: had the folder walk opened it, the run would wait forever.
    assert!(Command::new("mkfifo").arg(dir.path().join("scraper.jsonl")).status().unwrap().success());
    let mut child = Command::new(env!("CARGO_BIN_EXE_quotegraph"))
        .args(["build", dir.path().to_str().unwrap(), "/dev/zero"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > std::time::Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("the build was still running after a minute");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(speakers(&serde_json::from_slice(&out.stdout).unwrap()), ["Maya Fenwick"]);
    let stderr = stderr_of(&out);
    assert!(stderr.contains("scraper.jsonl: a named pipe, not a file; name it on its own to read from it"), "{stderr}");
    assert!(stderr.contains("/dev/zero: looks binary (NUL byte at offset 0)"), "{stderr}");
    assert!(stderr.contains("quotegraph: 1 article, "), "{stderr}");
}

#[test]
fn an_interrupted_write_leaves_the_previous_graph_whole() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("graph.json");
    std::fs::write(&out_path, "{\"previous\": true}\n").unwrap();
    // The kernel kills the process (SIGXFSZ) once a file it writes passes 8 KiB: the build
    // dies in the middle of writing a graph of several hundred KiB.
    let script = format!("ulimit -f 8; exec '{}' build seeds tests/corpus/articles -q -o '{}'", env!("CARGO_BIN_EXE_quotegraph"), out_path.display());
    let status = Command::new("bash").arg("-c").arg(&script).current_dir(common::root()).status().unwrap();
    assert!(!status.success(), "the write was expected to be cut off");
    assert_eq!(std::fs::read_to_string(&out_path).unwrap(), "{\"previous\": true}\n");
    let complete = quotegraph(&["build", "seeds", "-q", "-o", out_path.to_str().unwrap()]);
    assert!(complete.status.success());
    let graph: Value = serde_json::from_str(&std::fs::read_to_string(&out_path).unwrap()).unwrap();
    validate_against_schema(&graph).unwrap();
}

#[test]
fn output_to_a_pipe_or_device_is_written_in_place_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("graph.pipe");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let out = quotegraph(&["build", "seeds", "-q", "-o", fifo.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    // Checked before joining: had the pipe been replaced, the reader would wait forever.
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo(), "the pipe was replaced by a file");
    let graph: Value = serde_json::from_str(&reader.join().unwrap()).unwrap();
    assert!(graph["nodes"].as_array().is_some_and(|n| !n.is_empty()));
}

#[test]
fn an_archive_records_address_date_and_publisher_reach_the_linked_data() {
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("feed.jsonl");
    std::fs::write(&feed, JSONL).unwrap();
    let out = quotegraph(&["build", feed.to_str().unwrap(), "-q", "-f", "jsonld"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let article = doc["@graph"].as_array().unwrap().iter().find(|n| n["name"] == "feed.jsonl#a1").expect("the record's NewsArticle");
    assert_eq!(article["url"], "https://gazette.example/a1");
    assert_eq!(article["publisher"], "Gazette");
    assert_eq!(article["datePublished"]["@value"], "2024-02-01");
    let other = doc["@graph"].as_array().unwrap().iter().find(|n| n["name"] == "feed.jsonl#a3").unwrap();
    assert!(other.get("url").is_none() && other.get("datePublished").is_none());
}
