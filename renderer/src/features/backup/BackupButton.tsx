import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { BackupDialog } from './BackupDialog';
import { useBackupT } from './messages';

/** The status bar's 备份 entry: opens the backup dialog (the window-wide reload on a restore lives in the status bar). */
export function BackupButton() {
  const t = useBackupT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" type="text" icon={<SafetyCertificateOutlined />} title={t('buttonHint')} onClick={() => setOpen(true)} data-testid="backup-open">
        {t('button')}
      </Button>
      <BackupDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
