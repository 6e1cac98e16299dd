/** Where a database file lives, as far as safety goes. */
export type LocationKind = 'local' | 'network' | 'sync';

export interface LocationVerdict {
  kind: LocationKind;
  /** The sync service or filesystem type that decided it. */
  via?: string;
  /** zh-CN explanation for the confirmation dialog; empty when local. */
  messageZh: string;
}

/** Folders that sync clients watch: a database there can be copied mid-write or duplicated. */
const SYNC_FOLDERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^dropbox( \(.+\))?$/i, 'Dropbox'],
  [/^onedrive( - .+)?$/i, 'OneDrive'],
  [/^icloud ?drive/i, 'iCloud'],
  [/^mobile documents$/i, 'iCloud'],
  [/^cloudstorage$/i, 'macOS CloudStorage'],
  [/^google ?drive$/i, 'Google Drive'],
  [/^my drive$/i, 'Google Drive'],
  [/^坚果云$/, '坚果云'],
  [/^nutstore( files)?$/i, '坚果云'],
  [/^我的坚果云$/, '坚果云'],
  [/^百度网盘/, '百度网盘'],
  [/^baidunetdisk/i, '百度网盘'],
  [/^baiduyun/i, '百度网盘'],
  [/^阿里云盘/, '阿里云盘'],
  [/^aliyundrive/i, '阿里云盘'],
  [/^seafile$/i, 'Seafile'],
  [/^nextcloud$/i, 'Nextcloud'],
  [/^owncloud$/i, 'ownCloud'],
  [/^syncthing$/i, 'Syncthing'],
  [/^box( sync)?$/i, 'Box'],
  [/^wps ?云文档|^wpsdrive/i, 'WPS 云文档'],
];

/** Filesystem types (from /proc/mounts) whose locking and fsync SQLite cannot rely on. */
const NETWORK_FS = /^(nfs4?|cifs|smb3?|smbfs|ncpfs|afs|9p|ceph|glusterfs|lustre|gpfs|davfs|fuse\.(sshfs|davfs2?|rclone|s3fs|gvfsd-fuse|smbnetfs|curlftpfs|goofys|juicefs|ossfs|cosfs)|fuse\.glusterfs|fuse\.ceph)$/i;

/** Parsed `/proc/mounts` entry. Octal escapes (`\040` for a space) are decoded. */
export interface MountEntry {
  mountPoint: string;
  fsType: string;
  device: string;
}

export function parseMounts(text: string): MountEntry[] {
  const unescape = (s: string) => s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
  const out: MountEntry[] = [];
  for (const line of text.split('\n')) {
    const [device, mountPoint, fsType] = line.trim().split(/\s+/);
    if (device && mountPoint && fsType) out.push({ device: unescape(device), mountPoint: unescape(mountPoint), fsType });
  }
  return out;
}

const segmentsOf = (p: string): string[] => p.split(/[\\/]+/).filter(Boolean);

function message(kind: LocationKind, via: string): string {
  if (kind === 'network') return `数据库位于网络位置（${via}）。SQLite 在网络文件系统上无法可靠加锁和落盘，可能损坏稿件。请把数据库放在本机磁盘上。`;
  return `数据库位于同步文件夹（${via}）中。同步软件可能在写入途中复制或覆盖文件，造成稿件丢失或损坏。请把数据库移到同步文件夹之外。`;
}

/**
 * Classify a database path (pure; table-tested). Network: UNC paths, gvfs mounts, and the longest
 * mount point in `mounts` whose filesystem is network-backed. Sync: any path segment naming a
 * known sync client's folder (Dropbox, OneDrive, iCloud, 坚果云, 百度网盘…).
 */
export function classifyDatabasePath(path: string, mounts: readonly MountEntry[] = []): LocationVerdict {
  if (/^(\\\\|\/\/)[^\\/]+[\\/]/.test(path) && !/^\\\\[?.]\\[A-Za-z]:/.test(path)) {
    return { kind: 'network', via: 'UNC', messageZh: message('network', 'UNC 共享路径') };
  }
  if (/^\/run\/user\/\d+\/gvfs\//.test(path)) return { kind: 'network', via: 'gvfs', messageZh: message('network', 'gvfs') };
  let best: MountEntry | undefined;
  for (const m of mounts) {
    const mp = m.mountPoint.endsWith('/') ? m.mountPoint : `${m.mountPoint}/`;
    if ((path === m.mountPoint || path.startsWith(mp) || m.mountPoint === '/') && (!best || m.mountPoint.length > best.mountPoint.length)) best = m;
  }
  if (best && NETWORK_FS.test(best.fsType)) return { kind: 'network', via: best.fsType, messageZh: message('network', best.fsType) };
  for (const seg of segmentsOf(path)) {
    for (const [re, name] of SYNC_FOLDERS) {
      if (re.test(seg)) return { kind: 'sync', via: name, messageZh: message('sync', name) };
    }
  }
  return { kind: 'local', messageZh: '' };
}
