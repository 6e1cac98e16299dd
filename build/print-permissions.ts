// `npx tsx build/print-permissions.ts`: the README's permission table, generated from shared/api/permissions.ts.
import { permissionsMarkdown } from '../shared/api/permissions-table';

console.log(permissionsMarkdown());
