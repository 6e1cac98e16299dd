import { readFile } from 'node:fs/promises';

/** What a CLI command may touch: output streams and file reads. Tests pass their own. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (p: string) => Promise<string>;
  /** The first line of standard input (a password is piped in, never passed as an argument that `ps` shows). */
  readStdinLine?: () => Promise<string>;
}

export const processIo: CliIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readFile: (p) => readFile(p, 'utf8'),
  readStdinLine: () => firstLine(process.stdin),
};

/** Read up to the first newline (or the end), without waiting for more input after it. */
export function firstLine(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const done = (): void => {
      stream.off('data', onData);
      stream.off('end', done);
      stream.off('error', reject);
      stream.pause();
      resolve(text.split(/\r?\n/)[0] ?? '');
    };
    const onData = (chunk: Buffer | string): void => {
      text += chunk.toString();
      if (/\r?\n/.test(text)) done();
    };
    stream.on('data', onData);
    stream.once('end', done);
    stream.once('error', reject);
  });
}

/** Remove `--name value` from args, returning the value. */
export function takeOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) {
    const v = args[i + 1];
    args.splice(i, 2);
    return v;
  }
  const eq = args.findIndex((a) => a.startsWith(`${name}=`));
  if (eq >= 0) {
    const v = args[eq]!.slice(name.length + 1);
    args.splice(eq, 1);
    return v;
  }
  return undefined;
}

export function takeFlag(args: string[], name: string): boolean {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
}

/** The options that choose the store (`--db PATH`, `--pg URL`, `--pg-password-file F`), removed from args, to pass on to openCliCore. */
export function takeStoreArgs(args: string[]): string[] {
  const out: string[] = [];
  for (const name of ['--db', '--pg', '--pg-password-file']) {
    const v = takeOption(args, name);
    if (v !== undefined) out.push(name, v);
  }
  return out;
}
