import { ApiCallError } from '../../../shared/api/client';
import type { ErrorCode } from '../../../shared/api/errors';
import type { Lang } from '../i18n/store';
import { FileTooLargeError } from './upload-size';

/** The message to show for a failed call, in the UI language; typed core errors first. */
export function errorText(err: unknown, lang: Lang): string {
  if (err instanceof ApiCallError) return lang === 'zh-CN' ? err.error.messageZh : err.error.messageEn;
  if (err instanceof FileTooLargeError) return lang === 'zh-CN' ? err.messageZh : err.messageEn;
  if (err instanceof Error) return err.message;
  return String(err);
}

/** The typed error code of a failed call, or null for anything else. */
export function errorCode(err: unknown): ErrorCode | null {
  return err instanceof ApiCallError ? err.error.code : null;
}
