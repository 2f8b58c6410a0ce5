//! Output files: written beside their final name and renamed into place, with the disk
//! writes started while the rest is still being written.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

use anyhow::{Context, Result};

/// How much is written before the kernel is asked to start putting it on disk.
const WRITEBACK_EVERY: u64 = 8 << 20;
/// The size of each write to the file, which starts where the one before ended.
const CHUNK: usize = 256 << 10;

/// Writes to a temporary file beside `path`, then syncs it and renames it into place, so
/// that an interrupted run, or a crash, never leaves half a file. A path that is not a
/// regular file (`/dev/null`, `/dev/stdout`, a named pipe) is written directly: renaming
/// over it would replace the device with a file.
pub fn write_atomically(path: &Path, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    if fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
        let direct = || -> Result<()> {
            let mut out = io::BufWriter::new(fs::OpenOptions::new().write(true).open(path)?);
            write(&mut out)?;
            Ok(out.flush()?)
        };
        return direct().with_context(|| format!("writing {}", path.display()));
    }
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "output".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| -> Result<()> {
        let mut out = WritebackFile::new(File::create(&tmp)?, CHUNK, WRITEBACK_EVERY);
        write(&mut out)?;
        out.flush()?;
        out.file.sync_all()?;
        Ok(fs::rename(&tmp, path)?)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.with_context(|| format!("writing {}", path.display()))
}

/// A file written in whole chunks, which asks the kernel to start writing each stretch
/// of `every` bytes to disk as soon as it is written.
///
/// The disk then works while the graph is still being serialised, and the sync before the
/// rename waits for the last stretch only: 3 ms instead of 15 for a 40 MB graph, 3 ms
/// instead of 310 for a 1 GB one (README, "Speed and robustness").
///
/// Whole chunks, because a write that ends inside one of the page cache's large pages has
/// the kernel clear the rest of that page before the next write fills it: on ext4 that
/// cleared every byte of the graph once more, 5% of a one-core build of the seeds x400.
struct WritebackFile {
    file: File,
    /// What is not yet written: less than reaches the next chunk boundary.
    pending: Vec<u8>,
    chunk: usize,
    every: u64,
    written: u64,
    started: u64,
}

impl WritebackFile {
    fn new(file: File, chunk: usize, every: u64) -> Self {
        Self { file, pending: Vec::with_capacity(chunk), chunk, every, written: 0, started: 0 }
    }

    /// Writes what is pending (at most a chunk), counting it written.
    fn write_pending(&mut self) -> io::Result<()> {
        self.file.write_all(&self.pending)?;
        self.written += self.pending.len() as u64;
        self.pending.clear();
        Ok(())
    }

    /// Starts the disk writes of what was written since the last call, without waiting
    /// for them. On Linux, `POSIX_FADV_DONTNEED` does that for dirty pages. It would also
    /// drop pages already on disk from the cache, but the stretch's pages are still being
    /// written when it is given, so they stay (`fincore` finds the whole graph cached
    /// after a build). The advice is only advice: if it fails, the final sync does all the
    /// work.
    fn start_writeback(&mut self) {
        #[cfg(target_os = "linux")]
        {
            let len = std::num::NonZeroU64::new(self.written - self.started);
            let _ = rustix::fs::fadvise(&self.file, self.started, len, rustix::fs::Advice::DontNeed);
        }
        self.started = self.written;
    }
}

impl Write for WritebackFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        // Up to the next chunk boundary of the file, which a flush may have moved off
        // the end of the buffer.
        let offset_in_chunk = usize::try_from(self.written % self.chunk as u64).unwrap_or(0) + self.pending.len();
        let n = buf.len().min(self.chunk - offset_in_chunk);
        self.pending.extend_from_slice(&buf[..n]);
        if offset_in_chunk + n == self.chunk {
            self.write_pending()?;
            if self.written - self.started >= self.every {
                self.start_writeback();
            }
        }
        Ok(n)
    }

    /// Writes what is pending, though it ends inside a chunk; the writes after it fill
    /// up to the next boundary again.
    fn flush(&mut self) -> io::Result<()> {
        self.write_pending()?;
        self.file.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_survives_whole_chunk_writes_and_writeback_started_after_each_stretch() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.json");
        let data: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
        let mut file = WritebackFile::new(File::create(&path).unwrap(), 1024, 4096);
        // Odd-sized writes, so that they end in the middle of chunks, and a flush in the
        // middle of one, after which the writes must find the boundaries again.
        for (i, piece) in data.chunks(1_237).enumerate() {
            file.write_all(piece).unwrap();
            if i == 100 {
                file.flush().unwrap();
                assert_eq!(file.written, 101 * 1_237);
            } else if i > 101 {
                assert_eq!(file.written % 1024, 0, "a write to the file ended inside a chunk");
            }
        }
        assert!(file.started > 290_000 && file.started <= file.written, "writeback started up to {}", file.started);
        file.flush().unwrap();
        assert_eq!(file.written, 300_000);
        file.file.sync_all().unwrap();
        drop(file);
        assert_eq!(fs::read(&path).unwrap(), data);
    }

    #[test]
    fn a_file_written_atomically_replaces_the_old_one_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graph.json");
        fs::write(&path, "old").unwrap();
        write_atomically(&path, |out| Ok(out.write_all(b"new")?)).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, ["graph.json"]);
    }

    #[test]
    fn a_failed_write_keeps_the_old_file_and_removes_the_temporary_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graph.json");
        fs::write(&path, "old").unwrap();
        let failed = write_atomically(&path, |out| {
            out.write_all(b"half")?;
            anyhow::bail!("the graph could not be written")
        });
        assert!(format!("{:#}", failed.unwrap_err()).contains("graph.json"));
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
