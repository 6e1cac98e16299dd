import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** Write a file and fsync it before returning: what was written survives a crash or power cut. */
export function writeDurably(path: string, data: string | Uint8Array, flags: string): void {
  const fd = openSync(path, flags, 0o644);
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
 * renamed over it. A crash leaves the old file or the new one, never half of one.
 */
export function replaceDurably(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeDurably(tmp, data, 'w');
  renameSync(tmp, path);
  fsyncDir(dirname(path));
}
