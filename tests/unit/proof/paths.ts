import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** /work/shared (the read-only reference folder), found by walking up from this file. */
export function sharedDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'shared', 'proof-eval', 'dev.jsonl');
    if (existsSync(candidate)) return path.join(dir, 'shared');
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('shared/proof-eval/dev.jsonl not found above the tests');
    dir = parent;
  }
}
