import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** How to start a worker thread: a bundled script on disk, code to evaluate, or none found. */
export type WorkerScript = { url: URL; execArgv: string[] } | { code: string } | null;

/**
 * Where a worker thread's script is, for a pool module at `poolUrl` (its import.meta.url) whose
 * worker source is `<name>.ts` beside it: from source (TypeScript, loaded with tsx as the rest
 * is), or the bundle build/build.mjs writes as `dist/electron/<name>.cjs` next to the app's own.
 */
export function workerScript(poolUrl: string, name: string): WorkerScript {
  if (poolUrl.endsWith('.ts')) {
    // From source (tests, `npm run cli`): register tsx in the worker, then load the TypeScript.
    // Loader hooks and --import do not carry into a worker thread on Node 20.
    const api = tsxEsmApi(poolUrl);
    const entry = new URL(`./${name}.ts`, poolUrl).href;
    return { code: `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });` };
  }
  for (const rel of [`./${name}.cjs`, `./electron/${name}.cjs`]) {
    // In the packaged app the script is unpacked beside the asar archive (electron-builder.yml).
    const path = fileURLToPath(new URL(rel, poolUrl)).replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
    if (existsSync(path)) return { url: pathToFileURL(path), execArgv: [] };
  }
  return null;
}

/** tsx's ESM register API (a dev dependency: only source runs come here), by its package exports. */
function tsxEsmApi(from: string): string {
  const require = createRequire(from);
  const manifest = require.resolve('tsx/package.json');
  const pkg = require(manifest) as { exports: Record<string, { import: { default: string } }> };
  return new URL(pkg.exports['./esm/api']!.import.default, pathToFileURL(manifest)).href;
}
