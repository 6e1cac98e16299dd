import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliProcess {
  child: ChildProcess;
  /** The first stdout line that matched the ready pattern, and its captures. */
  ready: RegExpExecArray;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal name) once the process has ended. */
  exited: Promise<number | string>;
}

/**
 * Run `banxin <args>` from source as its own process (as an operator would run it), and wait
 * until a stdout line matches `ready`. Rejects with everything it printed if it exits first.
 */
export function startCli(args: string[], ready: RegExp, env: Record<string, string> = {}): Promise<CliProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      for (const line of out.split('\n')) {
        const m = ready.exec(line);
        if (m) return resolve({ child, ready: m, stdout: () => out, stderr: () => err, exited });
      }
    });
    void exited.then((code) => reject(new Error(`banxin ${args.join(' ')} exited (${code}) before it was ready:\n${out}\n${err}`)));
  });
}
