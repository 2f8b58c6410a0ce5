//! Which files hold the articles: paths and folders walked into sources, each file once,
//! each with a name of its own.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::error::InputError;

use super::{InputFormat, TextEncoding, STDIN};

/// A file (or standard input) to read articles from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// Where it is; `-` for standard input.
    pub path: PathBuf,
    /// The name its articles are known by.
    pub name: String,
    /// Its format, when known before reading; else it is guessed from its first bytes.
    pub format: Option<InputFormat>,
    /// Its size in bytes, when known.
    pub bytes: u64,
    /// The encoding its text is read in when it is not UTF-8 and does not name one: none
    /// from [`find_sources`], which cannot know; the user's to set.
    pub encoding: Option<TextEncoding>,
}

/// What makes two paths one input: the same file (reached through two folders, a link or
/// a second spelling), or standard input.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum FileId {
    Stdin,
    #[cfg(unix)]
    Inode(u64, u64),
    #[cfg(not(unix))]
    Canonical(PathBuf),
}

impl FileId {
    #[cfg(unix)]
    fn of(_path: &Path, meta: &fs::Metadata) -> FileId {
        use std::os::unix::fs::MetadataExt;
        FileId::Inode(meta.dev(), meta.ino())
    }

    #[cfg(not(unix))]
    fn of(path: &Path, _meta: &fs::Metadata) -> FileId {
        FileId::Canonical(fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
    }
}

/// The sources at `paths`, in name order: folders are walked for files with an ending of
/// a known format, hidden entries skipped, and a pipe, socket or device among them is
/// reported rather than read; files named directly are read whatever their ending and
/// kind (a pipe from `<(...)` among them); `-` is standard input. `forced` overrides
/// every format. A file reached twice is read once; two files that would share a name
/// are each named by their path as given, so that their articles, statements and
/// evidence never merge.
pub fn find_sources(paths: &[PathBuf], forced: Option<InputFormat>) -> (Vec<Source>, Vec<InputError>) {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        if path.as_os_str() == STDIN {
            found.push((FileId::Stdin, Source { path: path.clone(), name: "stdin".to_string(), format: forced, bytes: 0, encoding: None }));
            continue;
        }
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk_folder(path, forced, &mut found, &mut problems),
            Ok(meta) => {
                let name = path.file_name().map_or_else(|| path_name(path), |n| n.to_string_lossy().into_owned());
                let format = forced.or_else(|| InputFormat::from_path(path));
                found.push((FileId::of(path, &meta), Source { path: path.clone(), name, format, bytes: meta.len(), encoding: None }));
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => problems.push(InputError::NotFound { path: path.clone() }),
            Err(source) => problems.push(InputError::Io { path: path.clone(), source }),
        }
    }
    let mut seen = HashSet::new();
    let mut sources: Vec<Source> = found.into_iter().filter(|(id, _)| seen.insert(id.clone())).map(|(_, s)| s).collect();
    give_distinct_names(&mut sources);
    sources.sort_by(|a, b| a.name.cmp(&b.name));
    (sources, problems)
}

/// A path written with `/` between its parts.
fn path_name(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// Renames sources whose names collide: first to their paths as given, then, for the rare
/// clash left (a path spelt like another's relative name), with `~2`, `~3`... in path order.
fn give_distinct_names(sources: &mut [Source]) {
    for s in shared_names(sources).into_iter().flatten() {
        sources[s].name = path_name(&sources[s].path);
    }
    for group in shared_names(sources) {
        let mut group = group;
        group.sort_by(|&a, &b| sources[a].path.cmp(&sources[b].path));
        for (n, &s) in group.iter().enumerate().skip(1) {
            sources[s].name = format!("{}~{}", sources[s].name, n + 1);
        }
    }
}

/// Indices of the sources of each name held by more than one.
fn shared_names(sources: &[Source]) -> Vec<Vec<usize>> {
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
    for (ix, s) in sources.iter().enumerate() {
        by_name.entry(&s.name).or_default().push(ix);
    }
    by_name.into_values().filter(|group| group.len() > 1).collect()
}

/// What a folder entry that is neither file nor folder is, in words.
fn special_kind(meta: &fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_fifo() {
            return "named pipe";
        }
        if kind.is_socket() {
            return "socket";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "device";
        }
    }
    let _ = meta;
    "special file"
}

fn walk_folder(root: &Path, forced: Option<InputFormat>, found: &mut Vec<(FileId, Source)>, problems: &mut Vec<InputError>) {
    // A stack, not recursion: a folder tree of any depth is walked. Folders are visited
    // once each, so a link back to a parent folder cannot loop.
    let mut pending = vec![root.to_path_buf()];
    let mut seen = HashSet::new();
    while let Some(dir) = pending.pop() {
        if !seen.insert(fs::canonicalize(&dir).unwrap_or_else(|_| dir.clone())) {
            continue;
        }
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(source) => {
                problems.push(InputError::Io { path: dir, source });
                continue;
            }
        };
        for entry in entries {
            let entry = match entry {
                Ok(e) => e,
                Err(source) => {
                    problems.push(InputError::Io { path: dir.clone(), source });
                    continue;
                }
            };
            let path = entry.path();
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let Ok(meta) = fs::metadata(&path) else {
                problems.push(InputError::NotFound { path });
                continue;
            };
            if meta.is_dir() {
                pending.push(path);
                continue;
            }
            let Some(format) = InputFormat::from_path(&path) else { continue };
            if !meta.is_file() {
                problems.push(InputError::NotAFile { path, kind: special_kind(&meta) });
            } else {
                let name = path_name(path.strip_prefix(root).unwrap_or(&path));
                let id = FileId::of(&path, &meta);
                found.push((id, Source { path, name, format: Some(forced.unwrap_or(format)), bytes: meta.len(), encoding: None }));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(paths: &[PathBuf]) -> Vec<String> {
        let (sources, problems) = find_sources(paths, None);
        assert!(problems.is_empty(), "{problems:?}");
        sources.into_iter().map(|s| s.name).collect()
    }

    #[test]
    fn files_of_one_name_in_two_places_keep_apart() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("monday"), dir.path().join("tuesday"));
        for folder in [&a, &b] {
            fs::create_dir_all(folder.join("council")).unwrap();
            fs::write(folder.join("council/report.txt"), "Text.").unwrap();
            fs::write(folder.join(format!("{}.txt", folder.file_name().unwrap().to_string_lossy())), "Own.").unwrap();
        }
        let given = |p: &Path| path_name(p);
        assert_eq!(
            names(&[a.clone(), b.clone()]),
            [given(&a.join("council/report.txt")), given(&b.join("council/report.txt")), "monday.txt".into(), "tuesday.txt".into()]
        );
        assert_eq!(
            names(&[a.join("council/report.txt"), b.join("council/report.txt")]),
            [given(&a.join("council/report.txt")), given(&b.join("council/report.txt"))]
        );
        // One file is given directly and also found in a folder: read once, by its name.
        assert_eq!(names(&[a.join("monday.txt"), a.clone(), a.join("../monday/monday.txt")]), ["council/report.txt", "monday.txt"]);
    }

    #[test]
    fn pipes_and_sockets_in_a_folder_are_reported_not_read() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("story.txt"), "Text.").unwrap();
        // Opening a pipe waits for a writer: read from a folder, it would stop the run.
        assert!(std::process::Command::new("mkfifo").arg(dir.path().join("feed.jsonl")).status().unwrap().success());
        assert!(std::process::Command::new("mkfifo").arg(dir.path().join("fifo.bin")).status().unwrap().success());
        let _listener = std::os::unix::net::UnixListener::bind(dir.path().join("wire.md")).unwrap();
        let (sources, problems) = find_sources(&[dir.path().to_path_buf()], None);
        assert_eq!(sources.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["story.txt"]);
        let mut problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
        problems.sort();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].ends_with("feed.jsonl: a named pipe, not a file; name it on its own to read from it"), "{problems:?}");
        assert!(problems[1].ends_with("wire.md: a socket, not a file; name it on its own to read from it"), "{problems:?}");
        // Named on its own, a pipe is a source like any file (as `<(...)` gives one).
        let (sources, problems) = find_sources(&[dir.path().join("feed.jsonl")], None);
        assert!(problems.is_empty() && sources.len() == 1);
    }

    #[test]
    fn standard_input_is_read_once() {
        assert_eq!(names(&[PathBuf::from(STDIN), PathBuf::from(STDIN)]), ["stdin"]);
    }

    #[test]
    fn a_path_spelt_like_another_name_gets_a_number() {
        let mut sources: Vec<Source> = ["x.txt", "sub/x.txt", "sub/sub/x.txt"]
            .iter()
            .map(|p| Source { path: PathBuf::from(p), name: String::new(), format: None, bytes: 0, encoding: None })
            .collect();
        sources[0].name = "x.txt".into();
        sources[1].name = "x.txt".into();
        sources[2].name = "sub/x.txt".into();
        give_distinct_names(&mut sources);
        let mut got: Vec<&str> = sources.iter().map(|s| s.name.as_str()).collect();
        got.sort_unstable();
        assert_eq!(got, ["sub/x.txt", "sub/x.txt~2", "x.txt"]);
    }
}
