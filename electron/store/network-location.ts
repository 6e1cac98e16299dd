import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { classifyDatabasePath, parseMounts, type LocationVerdict } from './network-path';

/**
 * Classify where a database path really lives on this machine: resolves it and, on Linux, reads
 * /proc/mounts. Call before the first open; a non-local verdict needs the user's confirmation.
 */
export function checkDatabaseLocation(dbPath: string): LocationVerdict {
  let mounts = '';
  if (process.platform === 'linux') {
    try {
      mounts = readFileSync('/proc/mounts', 'utf8');
    } catch {
      // No /proc (containers, sandboxes): fall back to the path rules alone.
    }
  }
  return classifyDatabasePath(resolve(dbPath), parseMounts(mounts));
}
