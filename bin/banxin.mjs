#!/usr/bin/env node
// The package's `banxin` command: the built CLI (run `npm run build` once after installing).
const { runCli } = await import('../dist/cli.mjs');
process.exitCode = await runCli(process.argv.slice(2));
