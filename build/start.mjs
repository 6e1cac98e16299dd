// `npm start`: build, then launch Electron; where the Electron binary cannot be had (as on the
// build machines) say so in one line and run the same app in browser mode on the loopback host.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { buildElectron, buildRenderer } from './build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const passThrough = process.argv.slice(2);

await buildRenderer();
await buildElectron();

function electronBinary() {
  try {
    return require('electron'); // the path of the binary, or a throw when it was never downloaded
  } catch {
    // Electron's binary is fetched on demand; its own installer knows where from.
    const r = spawnSync(process.execPath, [require.resolve('electron/install.js')], { cwd: root, stdio: 'ignore', timeout: 120_000 });
    if (r.status !== 0) return null;
    try {
      return require('electron');
    } catch {
      return null;
    }
  }
}

const electron = process.env.BANXIN_BROWSER_MODE === '1' ? null : electronBinary();
if (electron) {
  // better-sqlite3 must match Electron's ABI: a release/dev step, never a postinstall.
  spawnSync(process.execPath, [require.resolve('electron-builder/cli.js'), 'install-app-deps'], { cwd: root, stdio: 'inherit' });
  const child = spawn(electron, ['dist/electron/main.cjs', ...passThrough], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Electron 程序不可用，改用浏览器模式 / Electron binary unavailable: starting browser mode.');
  const child = spawn(process.execPath, ['dist/cli.mjs', 'serve', ...passThrough], { cwd: root, stdio: 'inherit' });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code) => process.exit(code ?? 0));
}
