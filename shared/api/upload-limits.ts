/**
 * How large a file the desk may hand to the core, per kind, in bytes of the file itself. The
 * renderer checks these before reading and encoding a file, so a too-large choice gets a message
 * naming the limit instead of a frame the transport refuses (or, before that was handled, a host
 * that died on it). The core keeps its own checks with the same numbers (a test ties them together).
 */
export const UPLOAD_LIMITS = {
  /** A story file for 导入 (.txt, .md, .docx): the importer's own limit. */
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

/** The zh-CN and English message for a file over its kind's limit, or null when it fits. */
export function uploadTooLarge(kind: UploadKind, name: string, size: number): { zh: string; en: string } | null {
  const limit = UPLOAD_LIMITS[kind];
  if (size <= limit) return null;
  return {
    zh: `文件“${name}”有 ${formatBytes(size)}，超过上限 ${formatBytes(limit)}，未上传。`,
    en: `The file "${name}" is ${formatBytes(size)}, over the ${formatBytes(limit)} limit; it was not sent.`,
  };
}
