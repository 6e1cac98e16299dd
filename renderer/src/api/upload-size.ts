import { pasteTooLarge, uploadTooLarge, type UploadKind } from '../../../shared/api/upload-limits';

/** A chosen file over its kind's limit: refused in the window, before a byte is read or encoded. */
export class FileTooLargeError extends Error {
  constructor(
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = 'FileTooLargeError';
  }
}

/** Throws {@link FileTooLargeError} (naming the limit) when the file is larger than `kind` allows. */
export function assertUploadSize(file: Pick<File, 'name' | 'size'>, kind: UploadKind): void {
  const over = uploadTooLarge(kind, file.name, file.size);
  if (over) throw new FileTooLargeError(over.zh, over.en);
}

/** Throws {@link FileTooLargeError} when pasted copy is larger than the importer takes. */
export function assertPasteSize(paste: { text: string; html?: string | undefined }): void {
  const over = pasteTooLarge(paste);
  if (over) throw new FileTooLargeError(over.zh, over.en);
}
