import type { RepairView } from '../../../../shared/api/methods/intake';
import type { MessageKey } from '../../i18n/zh-cn';

/** The label of each kind of repair; a kind the core adds later falls back to 其他修复. */
const LABELS: Record<string, MessageKey> = {
  'fullwidth-punct': 'import.group.fullwidth-punct',
  'rejoin-paragraph': 'import.group.rejoin-paragraph',
  'strip-artifact': 'import.group.strip-artifact',
  'split-headline': 'import.group.split-headline',
  'normalize-dateline': 'import.group.normalize-dateline',
  'collapse-space': 'import.group.collapse-space',
};

export function repairKindLabel(kind: string): MessageKey {
  return LABELS[kind] ?? 'import.group.other';
}

export interface RepairGroup {
  kind: string;
  repairs: RepairView[];
}

/** Repairs grouped by kind, largest group first ("全角标点 ×117", "段落重接 ×6"). */
export function groupRepairs(repairs: readonly RepairView[]): RepairGroup[] {
  const by = new Map<string, RepairView[]>();
  for (const r of repairs) by.set(r.kind, [...(by.get(r.kind) ?? []), r]);
  return [...by].map(([kind, rs]) => ({ kind, repairs: rs })).sort((a, b) => b.repairs.length - a.repairs.length || a.kind.localeCompare(b.kind));
}
