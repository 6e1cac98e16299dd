import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { STYLE_KEYS, type StyleKey } from '../../shared/typeset/style-keys';
import { takeFlag, takeStoreArgs, type CliIo } from './io';
import { openCliCore } from './open-core';

const USAGE = `用法 / usage:
  banxin fonts list [--db PATH]
      every font Banxin can set with, and each style's default and chosen fonts, as JSON
  banxin fonts add FILE.ttf|.otf|.ttc [--db PATH]
      add the paper's own (licensed) font file; it is kept beside the database
  banxin fonts set STYLE FONT_ID... [--db PATH]      choose a style's fonts (first preferred)
  banxin fonts set STYLE --default [--db PATH]       back to the style's own fonts
      STYLE: ${STYLE_KEYS.join(' | ')}
`;

const isStyleKey = (s: string | undefined): s is StyleKey => s !== undefined && (STYLE_KEYS as readonly string[]).includes(s);

/** `fonts list | add FILE | set STYLE FONT…`: the 字体 dialog from the command line. */
export async function fontsCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'list' && sub !== 'add' && sub !== 'set') {
    (sub === '--help' || sub === undefined ? io.stdout : io.stderr)(USAGE);
    return sub === '--help' ? 0 : 2;
  }
  const useDefault = takeFlag(rest, '--default');
  const dbArgs = takeStoreArgs(rest);
  if ((sub === 'add' && rest.length !== 1) || (sub === 'set' && (!isStyleKey(rest[0]) || (useDefault ? rest.length !== 1 : rest.length < 2))) || (sub === 'list' && rest.length > 0)) {
    io.stderr(USAGE);
    return 2;
  }
  let bytes: Buffer | undefined;
  if (sub === 'add') {
    try {
      bytes = readFileSync(rest[0]!);
    } catch (e) {
      io.stderr(`cannot read ${rest[0]}: ${(e as Error).message}\n`);
      return 1;
    }
  }
  const { core, client } = await openCliCore(dbArgs);
  try {
    if (sub === 'list') io.stdout(`${JSON.stringify(await client.call('fonts.list', {}), null, 2)}\n`);
    else if (sub === 'add') io.stdout(`${JSON.stringify(await client.call('fonts.add', { name: basename(rest[0]!), dataBase64: bytes!.toString('base64') }), null, 2)}\n`);
    else io.stdout(`${JSON.stringify(await client.call('fonts.setStyle', { key: rest[0] as StyleKey, fontIds: useDefault ? null : rest.slice(1) }), null, 2)}\n`);
    return 0;
  } catch (e) {
    const err = (e as { error?: { messageZh?: string; messageEn?: string } }).error;
    io.stderr(`fonts: ${err ? `${err.messageZh} / ${err.messageEn}` : (e as Error).message}\n`);
    return 1;
  } finally {
    core.close();
  }
}
