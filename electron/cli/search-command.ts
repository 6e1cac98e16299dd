import { takeFlag, takeOption, type CliIo } from './io';
import { openCliCore } from './open-core';

/** `search <query> [--db PATH] [--limit N] [--json]`: the 稿库 search from the command line. */
export async function searchCommand(args: string[], io: CliIo): Promise<number> {
  const json = takeFlag(args, '--json');
  const limit = Number(takeOption(args, '--limit') ?? 20);
  const { core, client } = await openCliCore(args);
  try {
    const query = args.filter((a) => !a.startsWith('--')).join(' ');
    if (!query) {
      io.stderr('用法: banxin search <关键词> [--db PATH]\nusage: banxin search <query> [--db PATH]\n');
      return 2;
    }
    const r = await client.call('stories.search', { query, limit });
    if (json) {
      io.stdout(JSON.stringify(r, null, 2) + '\n');
    } else {
      io.stdout(`共 ${r.total} 篇 / ${r.total} stories\n`);
      for (const h of r.items) {
        io.stdout(`#${h.story.id}  ${h.story.headline}\n    ${h.snippet.replace(/\uE000/g, '【').replace(/\uE001/g, '】')}\n`);
      }
    }
    return 0;
  } finally {
    core.close();
  }
}
