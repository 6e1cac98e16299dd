import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Client } from '../../shared/api/client';
import { appRoot } from '../core/app-root';
import { takeOption, type CliIo } from './io';
import { openCliCore } from './open-core';

/** Where the acceptance sample page sits beside a checkout (read-only reference material). */
export function defaultSeedPath(): string {
  return join(appRoot(), '..', 'shared', 'seed', '000_482dc2148900315e.txt');
}

/**
 * `demo [--db PATH] [--seed FILE]`: from a fresh database, import the sample page and build the
 * front page of its issue — 报头, the 侧记 as 头条, the commentary, the news item and the box.
 */
export async function demoCommand(args: string[], io: CliIo): Promise<number> {
  const seed = takeOption(args, '--seed') ?? defaultSeedPath();
  if (!existsSync(seed)) {
    io.stderr(`找不到示例稿件 ${seed}，请用 --seed 指定。/ Sample page not found: pass --seed FILE.\n`);
    return 2;
  }
  const { core, client, dbPath } = await openCliCore(args);
  try {
    const { issue, stories } = await buildDemoIssue(client, { name: basename(seed), bytes: readFileSync(seed) });
    const front = issue.pages[0]!;
    const page = await client.call('layout.page', { pageId: front.id });
    io.stdout(
      JSON.stringify(
        {
          database: dbPath,
          issue: { id: issue.id, date: issue.date, paperName: issue.paperName, pages: issue.pages.length },
          frontPage: { id: front.id, frames: page.frames.length, warnings: page.warnings },
          stories: stories.map((s) => ({ id: s.id, kind: s.kind, headline: s.headline })),
        },
        null,
        2,
      ) + '\n',
    );
    return page.warnings.some((w) => w.kind === 'overset' || w.kind === 'missing-glyph') ? 1 : 0;
  } finally {
    core.close();
  }
}

/**
 * The sample issue, through the contract: the page imported (section 要闻), a four-page issue for
 * 2025-01-04 with the 五号 front page, and the front page laid out from its four items. The `demo`
 * command and the tests that need the sample issue both build it here.
 */
export async function buildDemoIssue(client: Client, seed: { name: string; bytes: Uint8Array }) {
  const imported = await client.call('import.commit', {
    source: { file: { name: seed.name, dataBase64: Buffer.from(seed.bytes).toString('base64') } },
    section: '要闻',
  });
  const stories = imported.stories;
  const articles = stories.filter((s) => s.kind === 'article');
  const issue = await client.call('issues.create', {
    date: '2025-01-04',
    number: 3,
    totalNumber: 9999,
    paperName: '永康日报',
    publisher: '中共永康市委主办',
    cnNumber: '国内统一连续出版物号 CN 00-0000（示例）',
    pages: [
      { name: '要闻', template: 'broadsheet-wuhao' },
      { name: '综合', template: 'broadsheet' },
      { name: '评论', template: 'broadsheet' },
      { name: '副刊', template: 'broadsheet' },
    ],
  });
  const commentary = stories.find((s) => s.kind === 'commentary');
  const box = stories.find((s) => s.kind === 'box');
  await client.call('layout.frontPage', {
    pageId: issue.pages[0]!.id,
    lead: articles[0]!.id,
    ...(commentary ? { commentary: commentary.id } : {}),
    ...(articles[1] ? { news: articles[1].id } : {}),
    ...(box ? { box: box.id } : {}),
  });
  return { issue, stories };
}
