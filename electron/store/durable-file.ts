import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** Write a file and fsync it before returning: what was written survives a crash or power cut. */
export function writeDurably(path: string, data: string | Uint8Array, flags: string, mode = 0o644): void {
  const fd = openSync(path, flags, mode);
  try {
    if (typeof data === 'string') writeSync(fd, data);
    else for (let at = 0; at < data.length; ) at += writeSync(fd, data, at, data.length - at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function fsyncPath(path: string, flags = 'r'): void {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

// Directory fsync makes a rename itself durable; not supported on Windows (EPERM/EISDIR there).
export function fsyncDir(dir: string): void {
  try {
    fsyncPath(dir);
  } catch {
    // Best effort: the file's own fsync already happened.
  }
}

/**
 * Put `data` at `path` whole or not at all: written durably to a temporary file beside it, then
 * renamed over it. A crash leaves the old file or the new one, never half of one. `mode` applies
 * to the new file from its creation (a private file is never readable by others, not even briefly).
 */
export function replaceDurably(path: string, data: string | Uint8Array, mode = 0o644): void {
  const tmp = `${path}.${process.pid}.tmp`;
  rmSync(tmp, { force: true }); // a leftover from a crash would keep its old mode: openSync's mode applies only on creation
  writeDurably(tmp, data, 'w', mode);
  renameSync(tmp, path);
  fsyncDir(dirname(path));
}
