/**
 * Typed errors of the contract. Every failure that crosses a transport is one of these codes,
 * with a message in zh-CN (shown first in the UI) and in English.
 */
export const ERROR_MESSAGES = {
  VALIDATION: { zh: '请求参数不合法。', en: 'The request parameters are invalid.' },
  UNKNOWN_METHOD: { zh: '未知的操作。', en: 'Unknown method.' },
  NOT_FOUND: { zh: '找不到要操作的对象，它可能已被删除。', en: 'The item was not found; it may have been deleted.' },
  CONFLICT: { zh: '稿件已被他人修改，请刷新后再保存。', en: 'The item was changed by someone else; reload before saving.' },
  LOCKED: { zh: '编辑锁：', en: 'Edit lock:' },
  ALREADY_PLACED: { zh: '这篇稿件已排在本期版面上', en: 'The story is already placed in this issue' },
  FORBIDDEN: { zh: '当前用户无权执行此操作。', en: 'The current user may not do this.' },
  NO_USER: { zh: '请先选择当前用户。', en: 'Choose the current user first.' },
  UNAUTHENTICATED: { zh: '请先登录。', en: 'Sign in first.' },
  SIGN_IN_FAILED: { zh: '用户名或密码不正确。', en: 'Wrong user name or password.' },
  ACCOUNT_LOCKED: { zh: '密码连续输错次数过多，账户已暂时锁定，请稍后再试或联系管理员。', en: 'Too many wrong passwords: the account is locked for a while. Try later or ask an administrator.' },
  IMPORT_FAILED: { zh: '导入失败。', en: 'The import failed.' },
  IMAGE_INVALID: { zh: '图片无法导入：', en: 'The image cannot be imported.' },
  FONT_INVALID: { zh: '字体无法使用：', en: 'The font cannot be used: ' },
  PROFILE_INVALID: { zh: 'ICC 特性文件无法使用：', en: 'The ICC profile cannot be used: ' },
  EXPORT_FAILED: { zh: '导出失败，文件未写出（已保存的稿件不受影响）', en: 'The export failed; no file was written (saved work is intact)' },
  STORAGE_FULL: {
    zh: '磁盘已满，稿件未能保存。请释放磁盘空间后重试；未保存的内容仍保留在编辑器中。',
    en: 'The disk is full and the story was not saved. Free some space and retry; your draft is still in the editor.',
  },
  STORAGE_ERROR: {
    zh: '数据库写入失败，稿件未能保存。已保存的内容不受影响，请重试或联系管理员。',
    en: 'Writing to the database failed; the story was not saved. Saved work is intact; retry or call your administrator.',
  },
  DATABASE_LOCKED: {
    zh: '数据库正被另一个版心实例使用。请关闭另一个实例后再试。',
    en: 'The database is in use by another Banxin instance. Close the other instance and try again.',
  },
  CHECK_TIMEOUT: {
    zh: '校对检查超时，已中止；稿件未受影响。请检查词库中是否有过于复杂的上下文条件，或分段检查。',
    en: 'The proof check took too long and was stopped; the story is unaffected. A 词库 context condition may be too complex, or check the text in parts.',
  },
  ADMINISTERED_DATABASE: {
    zh: '数据库在 PostgreSQL 上，备份与恢复由数据库管理员完成（banxin backup --pg、pg_dump 与 WAL 归档），不在版心界面中进行。',
    en: 'The database is on PostgreSQL: backups and restores are the database administrator’s (banxin backup --pg, pg_dump and WAL archiving), not done from Banxin’s window.',
  },
  INTERNAL: { zh: '内部错误，操作未完成。已保存的内容不受影响。', en: 'Internal error; the operation did not complete. Saved work is intact.' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[];

/** The serialisable error every transport carries. */
export interface ApiError {
  code: ErrorCode;
  messageZh: string;
  messageEn: string;
  /** Machine-readable detail, e.g. zod issues for VALIDATION. */
  details?: unknown;
}

/** Thrown by services; the dispatcher turns it into an {@link ApiError}. */
export class BanxinError extends Error {
  readonly code: ErrorCode;
  readonly messageZh: string;
  readonly messageEn: string;
  readonly details: unknown;

  constructor(code: ErrorCode, detail?: { zh?: string; en?: string; details?: unknown }) {
    const base = ERROR_MESSAGES[code];
    const zh = detail?.zh ? `${base.zh}${detail.zh}` : base.zh;
    const en = detail?.en ? `${base.en} ${detail.en}` : base.en;
    super(en);
    this.name = 'BanxinError';
    this.code = code;
    this.messageZh = zh;
    this.messageEn = en;
    this.details = detail?.details;
  }

  toApiError(): ApiError {
    const e: ApiError = { code: this.code, messageZh: this.messageZh, messageEn: this.messageEn };
    if (this.details !== undefined) e.details = this.details;
    return e;
  }
}

export function apiError(code: ErrorCode, details?: unknown): ApiError {
  return new BanxinError(code, { details }).toApiError();
}

export function isApiError(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && v.code in ERROR_MESSAGES && typeof v.messageZh === 'string' && typeof v.messageEn === 'string';
}
