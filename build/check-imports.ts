// `npm run check:imports`: enforce the architecture's import direction over the source tree.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findImports, violation } from './import-rules';

const root = fileURLToPath(new URL('..', import.meta.url));

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* sources(p);
    else if (/\.(ts|tsx|mts|cts)$/.test(name) && !name.endsWith('.d.ts')) yield p;
  }
}

let bad = 0;
let checked = 0;
for (const area of ['shared', 'renderer', 'electron']) {
  for (const abs of sources(join(root, area))) {
    const file = relative(root, abs).replaceAll('\\', '/');
    for (const ref of findImports(file, readFileSync(abs, 'utf8'))) {
      checked++;
      const why = violation(ref);
      if (why) {
        bad++;
        console.error(`${file}: import '${ref.specifier}': ${why}`);
      }
    }
  }
}
console.log(`import direction: ${checked} imports checked, ${bad} violations`);
process.exitCode = bad ? 1 : 0;
