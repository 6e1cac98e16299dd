import { takeFlag, takeOption, type CliIo } from './io';
import { openCliCore } from './open-core';

const USAGE = `用法 / usage:
  banxin tags suggest FILE [--db PATH] [--limit N] [--date YYYY-MM-DD] [--verbose]
      ranked suggestions as JSON [{"tag","kind","score"}] (with --verbose also tagId, count, source, detail);
      uses the database's archive (TF-IDF) and taxonomy; the first line of FILE is taken as the headline
  banxin tags list [--db PATH] [--kind KIND]
      the taxonomy as JSON
`;

/** `tags suggest FILE` and `tags list`: tagging from the command line. */
export async function tagsCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'suggest' && sub !== 'list') {
    (sub === '--help' || sub === undefined ? io.stdout : io.stderr)(USAGE);
    return sub === '--help' ? 0 : 2;
  }
  const limit = Number(takeOption(rest, '--limit') ?? 20);
  const date = takeOption(rest, '--date');
  const kind = takeOption(rest, '--kind');
  const verbose = takeFlag(rest, '--verbose');
  if (!Number.isInteger(limit) || limit < 1 || limit > 100 || (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date))) {
    io.stderr(USAGE);
    return 2;
  }
  let text = '';
  if (sub === 'suggest') {
    const file = rest.find((a) => !a.startsWith('--'));
    if (!file) {
      io.stderr(USAGE);
      return 2;
    }
    rest.splice(rest.indexOf(file), 1);
    try {
      text = await io.readFile(file);
    } catch (e) {
      io.stderr(`cannot read ${file}: ${(e as Error).message}\n`);
      return 1;
    }
    if (!text.trim()) {
      io.stdout('[]\n');
      return 0;
    }
  }
  const { core, client } = await openCliCore(rest);
  try {
    if (sub === 'list') {
      const tags = await client.call('tags.list', kind ? { kind: kind as never } : {});
      io.stdout(`${JSON.stringify(tags, null, 2)}\n`);
      return 0;
    }
    const headline = text.trim().split('\n')[0]!.trim().slice(0, 500);
    const found = await client.call('tags.suggestText', { text, headline, limit, ...(date ? { date } : {}) });
    const out = verbose ? found : found.map(({ tag, kind, score }) => ({ tag, kind, score }));
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  } finally {
    core.close();
  }
}
