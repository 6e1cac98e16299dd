import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ApiCallError } from '../../shared/api/client';
import { takeOption, type CliIo } from './io';
import { openCliCore } from './open-core';

/**
 * `import <file>... [--db PATH] [--section 栏目] [--preview]`: store each file's stories, print them
 * as JSON. `--preview` stores nothing and prints each story with its body (what the preview shows).
 */
export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const section = takeOption(args, '--section') ?? '';
  const previewAt = args.indexOf('--preview');
  const preview = previewAt >= 0;
  if (preview) args.splice(previewAt, 1);
  const { core, client } = await openCliCore(args);
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    io.stderr('用法: banxin import <文件>... [--db PATH] [--preview]\nusage: banxin import <file>... [--db PATH] [--preview]\n');
    core.close();
    return 2;
  }
  const out: unknown[] = [];
  let failed = 0;
  try {
    for (const file of files) {
      try {
        const bytes = await readFile(file);
        const source = { file: { name: basename(file), dataBase64: bytes.toString('base64') } };
        if (preview) {
          const p = await client.call('import.preview', { source, rejectedRepairIds: [] });
          out.push({ file, stories: p.stories.map(({ repairs: _repairs, ...s }) => s), warnings: p.warnings });
          continue;
        }
        const r = await client.call('import.commit', { source, section });
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
