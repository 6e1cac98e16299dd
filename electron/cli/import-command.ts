import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ApiCallError } from '../../shared/api/client';
import { takeOption, type CliIo } from './io';
import { openCliCore } from './open-core';

/** `import <file>... [--db PATH] [--section 栏目]`: store each file's stories, print them as JSON. */
export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const section = takeOption(args, '--section') ?? '';
  const { core, client } = await openCliCore(args);
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    io.stderr('用法: banxin import <文件>... [--db PATH]\nusage: banxin import <file>... [--db PATH]\n');
    core.close();
    return 2;
  }
  const out: unknown[] = [];
  let failed = 0;
  try {
    for (const file of files) {
      try {
        const bytes = await readFile(file);
        const r = await client.call('import.commit', { source: { file: { name: basename(file), dataBase64: bytes.toString('base64') } }, section });
        out.push({
          file,
          stories: r.stories.map((s) => ({ id: s.id, kind: s.kind, kicker: s.kicker, headline: s.headline, subhead: s.subhead, byline: s.byline, charCount: s.charCount })),
        });
      } catch (err) {
        failed++;
        const msg = err instanceof ApiCallError ? `${err.error.messageZh} ${err.error.messageEn}` : err instanceof Error ? err.message : String(err);
        out.push({ file, error: msg });
        io.stderr(`${file}: ${msg}\n`);
      }
    }
  } finally {
    core.close();
  }
  io.stdout(JSON.stringify(out, null, 2) + '\n');
  return failed ? 1 : 0;
}
