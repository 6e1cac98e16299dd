/**
 * The dependency rule of the architecture, as a pure function over (file, import specifier) pairs:
 * - renderer/ and shared/ never import electron/* code nor the `electron` package;
 * - shared/ imports no Node built-ins, no DOM-only code (renderer/), nothing of electron/;
 * - only electron/shell/ may import the `electron` package at run time (`import type` is erased);
 * - electron/ never imports renderer/.
 */
import { builtinModules } from 'node:module';
import { dirname, join, normalize } from 'node:path';

export interface ImportRef {
  file: string; // repo-relative, forward slashes
  specifier: string;
  typeOnly: boolean;
}

const NODE_BUILTINS = new Set(builtinModules);

function resolvesTo(ref: ImportRef): string | null {
  if (!ref.specifier.startsWith('.')) return null;
  return normalize(join(dirname(ref.file), ref.specifier)).replaceAll('\\', '/');
}

export function violation(ref: ImportRef): string | null {
  const target = resolvesTo(ref);
  const area = ref.file.split('/')[0];
  const isElectronPkg = ref.specifier === 'electron' || ref.specifier.startsWith('electron/');
  const isNode = ref.specifier.startsWith('node:') || NODE_BUILTINS.has(ref.specifier.split('/')[0]!);
  if (isElectronPkg && !ref.typeOnly && !ref.file.startsWith('electron/shell/')) return 'only electron/shell/ may import the electron package';
  if ((area === 'renderer' || area === 'shared') && isElectronPkg) return `${area}/ must not import the electron package`;
  if ((area === 'renderer' || area === 'shared') && target?.startsWith('electron/')) return `${area}/ must not import electron/ code`;
  if (area === 'shared' && isNode) return 'shared/ must stay free of Node built-ins';
  if (area === 'shared' && target?.startsWith('renderer/')) return 'shared/ must not import renderer/';
  if (area === 'electron' && target?.startsWith('renderer/')) return 'electron/ must not import renderer/';
  return null;
}

const IMPORT_RE = /(?:^|[;\n])\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g;
const DYNAMIC_RE = /(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every import/export-from/dynamic import/require specifier in a source text. */
export function findImports(file: string, source: string): ImportRef[] {
  const refs: ImportRef[] = [];
  for (const m of source.matchAll(IMPORT_RE)) refs.push({ file, specifier: m[3]!, typeOnly: Boolean(m[2]) });
  for (const m of source.matchAll(DYNAMIC_RE)) refs.push({ file, specifier: m[1]!, typeOnly: false });
  return refs;
}
