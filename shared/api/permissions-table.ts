import { ROLES, ROLE_LABELS } from '../model/roles';
import { METHOD_NAMES } from './contract';
import { PERMISSIONS, REVIEW_STAGE_ROLES, type Access } from './permissions';

const who = (access: Access): string => {
  if (access === 'public') return '未登录也可 / anyone, before sign-in';
  if (access === 'single-desk') return '仅单机（服务器上拒绝）/ single desk only (refused on the server)';
  if (access.length === ROLES.length) return '所有角色 / every role';
  return ROLES.filter((r) => access.includes(r)).map((r) => `${ROLE_LABELS[r].zh} ${r}`).join(' · ');
};

/**
 * The permission table as the README shows it: one row per set of roles, with every method that
 * set may call. Generated from PERMISSIONS, and a test holds the README to it.
 */
export function permissionsMarkdown(): string {
  const rows = new Map<string, string[]>();
  for (const m of METHOD_NAMES) {
    const key = who(PERMISSIONS[m]);
    rows.set(key, [...(rows.get(key) ?? []), m]);
  }
  const lines = ['| 可调用者 / who may call | 方法 / methods |', '| --- | --- |'];
  for (const [key, methods] of rows) lines.push(`| ${key} | ${methods.map((m) => `\`${m}\``).join(', ')} |`);
  const stages = Object.entries(REVIEW_STAGE_ROLES).map(([stage, roles]) => `\`${stage}\`: ${roles.map((r) => ROLE_LABELS[r].zh).join('、')}`);
  lines.push(`| \`workflow.review\` by stage | ${stages.join('; ')} |`);
  return lines.join('\n');
}
