import { accessSync, constants, statSync } from 'node:fs';

/**
 * Why an existing database file could not be checked or opened, sorted into the two things a
 * person must tell apart: the file's bytes are damaged (SQLite said so, or quick_check failed),
 * or the file could not be reached at all (permissions, a path that is not a file, disk I/O).
 * Only damage may move a file aside; an unreachable file is healthy as far as anyone knows.
 */
export type OpenProblem =
  | { kind: 'damage'; problem: string }
  | { kind: 'unreachable'; code: string; reason: UnreachableReason; problem: string };

export type UnreachableReason = 'permission' | 'not-a-file' | 'io' | 'cannot-open' | 'other';

// SQLite's own verdicts on the bytes. Extended codes (SQLITE_CORRUPT_INDEX …) are damage too.
const DAMAGE = /^SQLITE_(CORRUPT|NOTADB)(_|$)/;
const PERMISSION = /^(SQLITE_(PERM|AUTH|READONLY)(_|$)|EACCES$|EPERM$|EROFS$)/;
const IO = /^(SQLITE_(IOERR|FULL)(_|$)|EIO$|ENOSPC$)/;
const CANNOT_OPEN = /^(SQLITE_CANTOPEN(_|$)|EISDIR$|ENOTDIR$|ENOENT$|ELOOP$|ENAMETOOLONG$)/;

export const isDamageCode = (code: string): boolean => DAMAGE.test(code);

/**
 * Sort a failure of opening or checking `path` by its error code (`err.code`). SQLite reports a
 * refused open(2) as SQLITE_CANTOPEN and a read-only file as an I/O error on its lock, whatever
 * the cause, so the file itself is asked first whether it is a file this user may read and write.
 */
export function classifyOpenProblem(path: string, code: string, message: string): OpenProblem {
  const problem = `${code || 'ERROR'}: ${message}`;
  if (isDamageCode(code)) return { kind: 'damage', problem };
  const reason: UnreachableReason =
    askTheFile(path) ?? (PERMISSION.test(code) ? 'permission' : IO.test(code) ? 'io' : CANNOT_OPEN.test(code) ? 'cannot-open' : 'other');
  return { kind: 'unreachable', code: code || 'ERROR', reason, problem };
}

function askTheFile(path: string): UnreachableReason | undefined {
  try {
    if (statSync(path).isDirectory()) return 'not-a-file';
    accessSync(path, constants.R_OK | constants.W_OK);
    return undefined;
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    return code === 'EACCES' || code === 'EPERM' ? 'permission' : code === 'ENOTDIR' ? 'not-a-file' : undefined;
  }
}

const REASON_TEXT: Record<UnreachableReason, { zh: string; en: string }> = {
  permission: { zh: '当前用户没有读写这个文件的权限', en: 'this user has no permission to read and write it' },
  'not-a-file': { zh: '这个路径不是一个文件（是文件夹，或路径中有一段是文件）', en: 'the path is not a file (it is a folder, or part of the path is a file)' },
  io: { zh: '读写磁盘时出错', en: 'the disk reported an I/O error' },
  'cannot-open': { zh: '操作系统拒绝打开这个文件', en: 'the operating system refused to open it' },
  other: { zh: 'SQLite 报告了错误', en: 'SQLite reported an error' },
};

/** The message for an unreachable file: names it, says why, and that it was left untouched. */
export function unreachableMessage(path: string, reason: UnreachableReason, problem: string): { zh: string; en: string } {
  const why = REASON_TEXT[reason];
  return {
    zh: `无法读取数据库文件“${path}”：${why.zh}（${problem}）。文件没有被改动，也没有被移走；这不表示文件已损坏。请检查文件权限、磁盘和路径后重新打开版心。`,
    en: `Cannot read the database file "${path}": ${why.en} (${problem}). The file was not changed or moved; this does not mean it is damaged. Check its permissions, the disk and the path, then start Banxin again.`,
  };
}
