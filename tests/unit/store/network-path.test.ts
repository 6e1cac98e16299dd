import { describe, expect, it } from 'vitest';
import { classifyDatabasePath, parseMounts } from '../../../electron/store/network-path';

const MOUNTS = parseMounts(`/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
server:/export/news /mnt/news nfs4 rw,vers=4.2 0 0
//nas/编辑部 /mnt/nas cifs rw 0 0
me@host:/srv /home/me/remote fuse.sshfs rw 0 0
/dev/sdb1 /mnt/nas/local\\040disk ext4 rw 0 0
tmpfs /tmp tmpfs rw 0 0`);

describe('classifyDatabasePath', () => {
  const table: Array<[string, 'local' | 'network' | 'sync', string?]> = [
    ['/home/me/.config/Banxin/banxin.db', 'local'],
    ['/tmp/banxin.db', 'local'],
    ['/mnt/news/banxin.db', 'network', 'nfs4'],
    ['/mnt/news', 'network', 'nfs4'],
    ['/mnt/newsroom/banxin.db', 'local'],
    ['/mnt/nas/2025/banxin.db', 'network', 'cifs'],
    ['/mnt/nas/local disk/banxin.db', 'local'],
    ['/home/me/remote/banxin.db', 'network', 'fuse.sshfs'],
    ['/run/user/1000/gvfs/smb-share:server=nas,share=news/banxin.db', 'network', 'gvfs'],
    ['\\\\NAS\\编辑部\\banxin.db', 'network', 'UNC'],
    ['//nas/share/banxin.db', 'network', 'UNC'],
    ['\\\\?\\C:\\Users\\me\\banxin.db', 'local'],
    ['C:\\Users\\me\\Dropbox\\banxin.db', 'sync', 'Dropbox'],
    ['C:\\Users\\me\\Dropbox (某报社)\\版心\\banxin.db', 'sync', 'Dropbox'],
    ['C:\\Users\\me\\OneDrive - 某县融媒体中心\\banxin.db', 'sync', 'OneDrive'],
    ['/Users/me/Library/Mobile Documents/com~apple~CloudDocs/banxin.db', 'sync', 'iCloud'],
    ['/Users/me/Library/CloudStorage/GoogleDrive-me@x.com/My Drive/banxin.db', 'sync', 'macOS CloudStorage'],
    ['D:\\坚果云\\编辑部\\banxin.db', 'sync', '坚果云'],
    ['/home/me/Nutstore Files/banxin.db', 'sync', '坚果云'],
    ['D:\\百度网盘同步\\banxin.db', 'sync', '百度网盘'],
    ['D:\\BaiduNetdiskWorkspace\\banxin.db', 'sync', '百度网盘'],
    ['C:\\Users\\me\\Documents\\banxin.db', 'local'],
    ['C:\\Users\\me\\Documents\\dropbox-notes.db', 'local'],
  ];
  for (const [path, kind, via] of table) {
    it(`${path} → ${kind}${via ? ` (${via})` : ''}`, () => {
      const v = classifyDatabasePath(path, MOUNTS);
      expect(v.kind).toBe(kind);
      if (via) expect(v.via).toBe(via);
      expect(v.messageZh === '').toBe(kind === 'local');
    });
  }

  it('decodes octal escapes in /proc/mounts', () => {
    expect(MOUNTS.find((m) => m.fsType === 'ext4' && m.mountPoint.includes(' '))?.mountPoint).toBe('/mnt/nas/local disk');
  });
});
