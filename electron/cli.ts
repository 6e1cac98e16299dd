#!/usr/bin/env node
/**
 * Banxin's headless commands. Runs the core in-process (no Electron): the same contract the
 * windows use. `npm run --silent cli -- <command>` or the package's `banxin` bin.
 */
import { composeCommand } from './cli/compose-command';
import { backupCommand, restoreCommand } from './cli/backup-command';
import { demoCommand } from './cli/demo-command';
import { doctorCommand } from './cli/doctor-command';
import { exportCommand } from './cli/export-command';
import { fontsCommand } from './cli/fonts-command';
import { importCommand } from './cli/import-command';
import { migrateCommand } from './cli/migrate-command';
import { imagesCommand } from './cli/images-command';
import { processIo, type CliIo } from './cli/io';
import { proofCommand } from './cli/proof-command';
import { searchCommand } from './cli/search-command';
import { serveCommand } from './cli/serve-command';
import { serverCommand } from './cli/server-command';
import { tagsCommand } from './cli/tags-command';
import { usersCommand } from './cli/users-command';
import { restrictNewFiles } from './store/private-files';

type Command = { summary: string; run: (args: string[], io: CliIo) => Promise<number> };

export const COMMANDS: Record<string, Command> = {
  doctor: { summary: '检查环境与数据库 / versions, database path, schema, settings', run: doctorCommand },
  import: { summary: '导入稿件 / import <file>... [--db PATH]', run: importCommand },
  images: { summary: '图片 / images import <file>... | images list [--db PATH]: JPEG/PNG for the layout desk', run: imagesCommand },
  search: { summary: '检索稿库 / search <query> [--db PATH]', run: searchCommand },
  proof: { summary: '自动校对 / proof [--db PATH] FILE.txt | proof [--db PATH] --jsonl IN.jsonl (--db: with that newsroom 词库)', run: proofCommand },
  compose: { summary: '排版测试 / compose --text FILE --measure N [--size PT] [--style basic|gb|strict] --json', run: composeCommand },
  demo: { summary: '示例头版 / demo [--db PATH] [--seed FILE]: import the sample page and lay out its front page', run: demoCommand },
  tags: { summary: '标签 / tags suggest FILE [--db PATH] [--limit N]: ranked tag suggestions as JSON', run: tagsCommand },
  export: { summary: '导出 / export [--db PATH] --issue ID|latest [--pdf OUT] [--proof OUT] [--galley OUT] [--epaper DIR] [--newsml DIR] [--archive FILE] [--overwrite] [--strict] [--crop-marks] [--icc FILE]', run: exportCommand },
  fonts: { summary: '字体 / fonts list | fonts add FILE | fonts set STYLE FONT_ID...|--default [--db PATH]', run: fontsCommand },
  backup: { summary: '备份数据库 / backup [--db PATH] | backup list [--verify] [--json] | backup --pg URL [--out DIR]: pg_dump, verified by a restore', run: backupCommand },
  restore: { summary: '从备份恢复 / restore <id|file> [--db PATH] | restore FILE.dump --pg URL (an empty database)', run: restoreCommand },
  users: { summary: '账户 / users add --name NAME --display 显示名 --role ROLE | users passwd NAME | users list [--db PATH] (password: first line of stdin)', run: usersCommand },
  migrate: { summary: '迁移数据库 / migrate --from PATH.db --to postgres://… (or back): move the store between engines, verified, resumable', run: migrateCommand },
  serve: { summary: '浏览器模式 / serve [--port N] [--db PATH]: the loopback web host', run: serveCommand },
  server: { summary: '编辑部服务器 / server --db PATH [--pg URL] [--host ADDR] [--port N] [--tls-cert F --tls-key F] [--insecure-http]', run: serverCommand },
};

export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  restrictNewFiles();
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`版心 Banxin CLI\n\n${Object.entries(COMMANDS).map(([k, c]) => `  ${k.padEnd(8)} ${c.summary}`).join('\n')}\n`);
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  try {
    return await command.run(args, io);
  } catch (err) {
    io.stderr(`${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] !== undefined && /cli\.(ts|cjs|mjs|js)$/.test(process.argv[1]);
if (invokedDirectly) {
  runCli(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      process.stderr.write(`${String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
