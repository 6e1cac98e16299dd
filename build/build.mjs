// Build what `npm start` and the e2e tests need: the renderer (Vite) and the Electron main,
// preload and CLI bundles (esbuild). Node packages stay external: they load from node_modules.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv[2]; // 'renderer' | 'electron' | undefined (both)

// import.meta.url has no meaning in a CommonJS bundle: give it the bundle's own file URL.
const cjsImportMeta = {
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl' },
};

export async function buildElectron() {
  const common = { absWorkingDir: root, bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };
  await esbuild({ ...common, ...cjsImportMeta, entryPoints: ['electron/shell/main.ts'], outfile: 'dist/electron/main.cjs', format: 'cjs', packages: 'external' });
  // The preload runs sandboxed: it may require only 'electron', so everything else is bundled in.
  await esbuild({ ...common, entryPoints: ['electron/shell/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'] });
  // The desk chooser's preload (单机使用 / 连接编辑部服务器), sandboxed the same way.
  await esbuild({ ...common, entryPoints: ['electron/shell/desk-preload.ts'], outfile: 'dist/electron/desk-preload.cjs', format: 'cjs', external: ['electron'] });
  await esbuild({ ...common, entryPoints: ['electron/cli.ts'], outfile: 'dist/cli.mjs', format: 'esm', packages: 'external' });
  // The picture worker thread (export/picture-worker-pool.ts finds it beside main.cjs, or from dist/cli.mjs).
  await esbuild({ ...common, ...cjsImportMeta, entryPoints: ['electron/export/picture-worker.ts'], outfile: 'dist/electron/picture-worker.cjs', format: 'cjs', packages: 'external' });
  // The proof check worker thread (core/proof-check/proof-pool.ts finds it the same way). Pure
  // JavaScript, bundled whole: opencc-js's dictionaries are ES modules, which a CommonJS bundle can
  // only read correctly when esbuild inlines them (Node 20's require of them gives no default).
  await esbuild({ ...common, ...cjsImportMeta, entryPoints: ['electron/core/proof-check/proof-worker.ts'], outfile: 'dist/electron/proof-worker.cjs', format: 'cjs' });
  // The PDF import worker thread (import/pdf/pdf-reader.ts finds it the same way). pdf.js stays
  // external: it is loaded from node_modules by dynamic import (an ES module), with its CMaps and
  // standard fonts read from its own folder, unpacked from the asar (electron-builder.yml).
  await esbuild({ ...common, ...cjsImportMeta, entryPoints: ['electron/import/pdf/pdf-worker.ts'], outfile: 'dist/electron/pdf-worker.cjs', format: 'cjs', packages: 'external' });
  // The PostgreSQL connection thread (store/engine/pg-db.ts finds it the same way); pg stays in node_modules.
  await esbuild({ ...common, ...cjsImportMeta, entryPoints: ['electron/store/engine/pg-worker.ts'], outfile: 'dist/electron/pg-worker.cjs', format: 'cjs', packages: 'external' });
}

export async function buildRenderer() {
  await viteBuild({ configFile: `${root}renderer/vite.config.ts`, logLevel: 'warn' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const t = Date.now();
  if (only !== 'electron') await buildRenderer();
  if (only !== 'renderer') await buildElectron();
  console.log(`build done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}
