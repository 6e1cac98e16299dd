import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { BackupDialog } from './BackupDialog';
import { useBackupT } from './messages';
import { useReloadOnDatabaseReplaced } from './use-reload-on-replace';

/**
 * The status bar's 备份 entry: opens the backup dialog. Always mounted, so it also carries the
 * window-wide reload when another window restores a backup.
 */
export function BackupButton() {
  const t = useBackupT();
  const [open, setOpen] = useState(false);
  useReloadOnDatabaseReplaced();
  return (
    <>
      <Button size="small" type="text" icon={<SafetyCertificateOutlined />} title={t('buttonHint')} onClick={() => setOpen(true)} data-testid="backup-open">
        {t('button')}
      </Button>
      <BackupDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
