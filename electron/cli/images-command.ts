import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ApiCallError } from '../../shared/api/client';
import type { CliIo } from './io';
import { openCliCore } from './open-core';

const USAGE = '用法: banxin images import <图片>... | images list [--db PATH]\nusage: banxin images import <file>... | images list [--db PATH]\n';

/**
 * `images import FILE... [--db PATH]`: store JPEG/PNG pictures (read here, handed to the core as
 * bytes, as the UI does) and print what was stored as JSON; `images list`: the stored pictures.
 */
export async function imagesCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'import' && sub !== 'list') {
    io.stderr(USAGE);
    return 2;
  }
  const { core, client } = await openCliCore(rest);
  try {
    if (sub === 'list') {
      io.stdout(JSON.stringify(await client.call('images.list', {}), null, 2) + '\n');
      return 0;
    }
    const files = rest.filter((a) => !a.startsWith('--'));
    if (files.length === 0) {
      io.stderr(USAGE);
      return 2;
    }
    const out: unknown[] = [];
    let failed = 0;
    for (const file of files) {
      try {
        const bytes = await readFile(file);
        const { image, duplicate } = await client.call('images.import', { file: { name: basename(file), dataBase64: bytes.toString('base64') } });
        out.push({ file, id: image.id, format: image.format, width: image.width, height: image.height, components: image.components, hash: image.hash, duplicate });
      } catch (err) {
        failed++;
        const msg = err instanceof ApiCallError ? `${err.error.messageZh} ${err.error.messageEn}` : err instanceof Error ? err.message : String(err);
        out.push({ file, error: msg });
        io.stderr(`${file}: ${msg}\n`);
      }
    }
    io.stdout(JSON.stringify(out, null, 2) + '\n');
    return failed ? 1 : 0;
  } finally {
    core.close();
  }
}
