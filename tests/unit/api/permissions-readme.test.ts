import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api/contract';
import { PERMISSIONS } from '../../../shared/api/permissions';
import { permissionsMarkdown } from '../../../shared/api/permissions-table';

describe('the permission table in the README', () => {
  it('is exactly the one in code (regenerate with npx tsx build/print-permissions.ts)', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(permissionsMarkdown());
  });

  it('names every contract method once', () => {
    const table = permissionsMarkdown();
    for (const m of METHOD_NAMES) expect(table.split(`\`${m}\``).length - 1, m).toBe(m === 'workflow.review' ? 2 : 1);
    expect(Object.keys(PERMISSIONS)).toHaveLength(METHOD_NAMES.length);
  });
});
