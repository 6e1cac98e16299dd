import { z } from 'zod';

/**
 * Newsroom roles, in the order they appear in the UI. The 质检员 (quality-checker) reads the published
 * issue and marks the errors left in it (质检), which count in 差错率.
 */
export const ROLES = ['reporter', 'editor', 'proofreader', 'quality-checker', 'designer', 'duty-editor', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** Who sets the paper's type and decides what goes to the plant: layout staff, the duty editor, administrators. */
export const PRODUCTION_ROLES: readonly Role[] = ['designer', 'duty-editor', 'admin'];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  reporter: { zh: '记者', en: 'Reporter' },
  editor: { zh: '编辑', en: 'Editor' },
  proofreader: { zh: '校对', en: 'Proofreader' },
  'quality-checker': { zh: '质检员', en: 'Quality checker' },
  designer: { zh: '美编', en: 'Layout designer' },
  'duty-editor': { zh: '值班总编', en: 'Duty editor' },
  admin: { zh: '管理员', en: 'Administrator' },
};
