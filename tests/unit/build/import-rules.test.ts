import { describe, expect, it } from 'vitest';
import { findImports, violation } from '../../../build/import-rules';

describe('import direction rule', () => {
  it.each([
    ['renderer/src/app.tsx', '../../electron/core/create-core', false, /electron\/ code/],
    ['shared/api/x.ts', '../../electron/store', false, /electron\/ code/],
    ['shared/text/x.ts', 'node:fs', false, /Node built-ins/],
    ['shared/text/x.ts', 'path', false, /Node built-ins/],
    ['electron/core/x.ts', 'electron', false, /only electron\/shell/],
    ['renderer/src/x.ts', 'electron', false, /only electron\/shell/],
    ['electron/core/x.ts', '../../renderer/src/app', false, /renderer/],
  ])('%s importing %s is refused', (file, specifier, typeOnly, why) => {
    expect(violation({ file, specifier, typeOnly })).toMatch(why);
  });

  it.each([
    ['electron/shell/main.ts', 'electron', false],
    ['electron/shell/security.ts', 'electron', true],
    ['electron/core/x.ts', '../../shared/api', false],
    ['renderer/src/x.ts', '../../shared/api/client', false],
    ['shared/proof/x.ts', 'opencc-js', false],
  ])('%s importing %s is allowed', (file, specifier, typeOnly) => {
    expect(violation({ file, specifier, typeOnly })).toBeNull();
  });

  it('finds static, type-only, re-export, dynamic and require imports', () => {
    const src = `import a from './a';\nimport type { B } from 'electron';\nexport * from "../c";\nconst d = await import('./d');\nconst e = require('node:fs');\nimport './side-effect';`;
    expect(findImports('electron/core/x.ts', src).map((r) => [r.specifier, r.typeOnly])).toEqual([
      ['./a', false], ['electron', true], ['../c', false], ['./side-effect', false], ['./d', false], ['node:fs', false],
    ]);
  });
});
