/**
 * How large a file the desk may hand to the core, per kind, in bytes of the file itself. The
 * renderer checks these before reading and encoding a file, so a too-large choice gets a message
 * naming the limit instead of a frame the transport refuses (or, before that was handled, a host
 * that died on it). The core keeps its own checks with the same numbers (a test ties them together).
 */
export const UPLOAD_LIMITS = {
  /** A story file for 导入 (.txt, .md, .docx, .pdf): the importer's own limit. */
  source: 20 * 1024 * 1024,
  /** A JPEG or PNG for the picture library. */
  image: 40 * 1024 * 1024,
  /** A font file the newsroom adds. */
  font: 64 * 1024 * 1024,
  /** An ICC output profile. */
  icc: 16 * 1024 * 1024,
} as const;

export type UploadKind = keyof typeof UPLOAD_LIMITS;

/**
 * The largest WebSocket frame the web host accepts: the largest upload, base64-encoded (4/3),
 * with room for the JSON around it. A bigger frame closes that socket (1009), never the host.
 */
export const MAX_FRAME_BYTES = 96 * 1024 * 1024;

/** A byte count as people read it: 20 MB, 1.5 MB, 900 KB. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Number((n / 1024 / 1024).toFixed(1))} MB`;
  if (n >= 1024) return `${Math.ceil(n / 1024)} KB`;
  return `${n} B`;
}

/** A size shown beside its limit: exact bytes when rounding would make the two look equal. */
function sizeOver(size: number, limit: number): { zh: string; en: string } {
  const shown = formatBytes(size);
  if (shown !== formatBytes(limit)) return { zh: shown, en: shown };
  const exact = size.toLocaleString('en-US');
  return { zh: `${exact} 字节`, en: `${exact} bytes` };
}

/** The zh-CN and English message for a file over its kind's limit, or null when it fits. */
export function uploadTooLarge(kind: UploadKind, name: string, size: number): { zh: string; en: string } | null {
  const limit = UPLOAD_LIMITS[kind];
  if (size <= limit) return null;
  const shown = sizeOver(size, limit);
  return {
    zh: `文件“${name}”有 ${shown.zh}，超过上限 ${formatBytes(limit)}，未上传。`,
    en: `The file "${name}" is ${shown.en}, over the ${formatBytes(limit)} limit; it was not sent.`,
  };
}

/**
 * The same check for pasted copy, measured as the importer measures it (UTF-16 code units × 2,
 * text and HTML together): a paste from a huge document is refused before it is sent.
 */
export function pasteTooLarge(paste: { text: string; html?: string | undefined }): { zh: string; en: string } | null {
  const size = (paste.text.length + (paste.html?.length ?? 0)) * 2;
  const limit = UPLOAD_LIMITS.source;
  if (size <= limit) return null;
  const shown = sizeOver(size, limit);
  return {
    zh: `粘贴的内容有 ${shown.zh}，超过上限 ${formatBytes(limit)}，未发送。请分几次粘贴，或保存为文件后导入。`,
    en: `The pasted copy is ${shown.en}, over the ${formatBytes(limit)} limit; it was not sent. Paste it in parts, or save it as a file and import that.`,
  };
}
