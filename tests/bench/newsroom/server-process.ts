// The newsroom server as a real child process for the load benchmark: started with the CLI,
// ready when it prints its `newsroom: URL` line, killed with SIGKILL and restarted on the same
// port, its CPU time and memory read from /proc while it runs.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ServerUsage {
  /** Mean CPU over the run, in % of one core. */
  cpuMeanPercent: number;
  cpuPeakPercent: number;
  rssPeakMb: number;
}

/** CPU ticks (user + system) and resident memory of one process, from /proc; null once it is gone. */
function sample(pid: number): { ticks: number; rssMb: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return { ticks, rssMb: rss ? Number(rss[1]) / 1024 : 0 };
  } catch {
    return null;
  }
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export class ServerProcess {
  private child: ChildProcess | null = null;
  url = '';
  private port = 0;
  private cpuSamples: number[] = [];
  private rssPeak = 0;
  private sampler: NodeJS.Timeout | null = null;
  private last: { pid: number; ticks: number; at: number } | null = null;

  /** `storeArgs`: `--db PATH`, and `--pg URL` for a server on PostgreSQL. */
  constructor(private readonly command: string[], private readonly storeArgs: readonly string[], private readonly env: NodeJS.ProcessEnv = process.env) {}

  /** Start (or restart on the port it had) and resolve with its URL once it takes connections. */
  async start(): Promise<string> {
    const [cmd, ...args] = this.command;
    this.last = null; // a new process: its CPU clock starts again
    const child = spawn(cmd!, [...args, 'server', ...this.storeArgs, '--host', '127.0.0.1', '--port', String(this.port)], { stdio: ['ignore', 'pipe', 'pipe'], env: this.env });
    this.child = child;
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + String(d)).slice(-4000)));
    this.url = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`server did not start in 60 s: ${stderr}`)), 60_000);
      child.stdout!.on('data', (d: Buffer) => {
        out += String(d);
        const m = /^newsroom: (\S+)/m.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!.replace(/\/$/, ''));
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`server exited (${code}) before it was ready: ${stderr}`));
      });
    });
    this.port = Number(new URL(this.url).port);
    this.sampler ??= setInterval(() => this.sampleOnce(), 1000);
    return this.url;
  }

  private sampleOnce(): void {
    const pid = this.child?.pid;
    if (pid === undefined) return;
    const s = sample(pid);
    if (!s) return;
    const at = performance.now();
    if (this.last && this.last.pid === pid) this.cpuSamples.push((100 * (s.ticks - this.last.ticks)) / TICKS_PER_SECOND / ((at - this.last.at) / 1000));
    this.last = { pid, ticks: s.ticks, at };
    this.rssPeak = Math.max(this.rssPeak, s.rssMb);
  }

  /** kill -9: no chance to finish anything. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await gone;
    this.child = null;
  }

  /** SIGTERM and wait: the server finishes what it received and closes the database. */
  async stop(): Promise<number | null> {
    if (this.sampler) clearInterval(this.sampler);
    const child = this.child;
    if (!child) return null;
    const code = new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
    child.kill('SIGTERM');
    this.child = null;
    return code;
  }

  usage(): ServerUsage {
    const cpu = this.cpuSamples;
    return {
      cpuMeanPercent: Math.round(cpu.reduce((a, b) => a + b, 0) / Math.max(1, cpu.length)),
      cpuPeakPercent: Math.round(Math.max(0, ...cpu)),
      rssPeakMb: Math.round(this.rssPeak),
    };
  }
}
