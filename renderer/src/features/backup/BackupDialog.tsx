import { CheckCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Table, Tag, Tooltip } from 'antd';
import { useEffect, type HTMLAttributes } from 'react';
import type { BackupView } from '../../../../shared/api/methods/backup';
import { errorText } from '../../api/error-text';
import { useLang } from '../../i18n/store';
import { useSession } from '../session/store';
import { AsideFiles } from './AsideFiles';
import { formatBackupTime, formatBytes, reasonKey } from './format';
import { useBackupT } from './messages';
import { useBackups } from './store';
import { reloadKeepingDraft } from './use-reload-on-replace';

const testId = (id: string) => ({ 'data-testid': id }) as Record<`data-${string}`, string>;

/** The backups of this database, 立即备份, and 恢复 (administrators) with a confirmation. */
export function BackupDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useBackupT();
  const lang = useLang((s) => s.lang);
  const { modal, message } = App.useApp();
  const isAdmin = useSession((s) => s.current?.role === 'admin');
  const { backups, aside, loading, busy, error, load, backupNow, restore } = useBackups();

  useEffect(() => {
    if (open) void load();
  }, [open, load]);

  const confirmRestore = (b: BackupView): void => {
    modal.confirm({
      title: t('confirmTitle', { time: formatBackupTime(b.createdAt) }),
      content: <div data-testid="backup-confirm-body">{t('confirmBody')}</div>,
      okText: t('confirmOk'),
      okType: 'danger',
      cancelText: t('cancel'),
      okButtonProps: testId('backup-confirm-ok'),
      onOk: async () => {
        if (await restore(b.id)) reloadKeepingDraft();
      },
    });
  };

  const makeBackup = async (): Promise<void> => {
    const made = await backupNow();
    if (made) void message.success(`${t('backedUp')} ${formatBackupTime(made.createdAt)}`);
  };

  return (
    <Modal
      open={open}
      title={t('title')}
      onCancel={onClose}
      width={760}
      destroyOnHidden
      footer={<Button onClick={onClose}>{t('close')}</Button>}
    >
      <div data-testid="backup-dialog">
        <p>{t('intro')}</p>
        <Button type="primary" onClick={() => void makeBackup()} loading={busy === 'now'} disabled={busy !== null} data-testid="backup-now">
          {t('backupNow')}
        </Button>
        {error !== null && <Alert type="error" showIcon message={errorText(error, lang)} data-testid="backup-error" style={{ marginTop: 12 }} />}
        <Table<BackupView>
          style={{ marginTop: 12 }}
          size="small"
          rowKey="id"
          loading={loading}
          dataSource={backups}
          pagination={backups.length > 8 ? { pageSize: 8 } : false}
          locale={{ emptyText: t('empty') }}
          onRow={(b) => ({ 'data-testid': 'backup-row', 'data-id': b.id, 'data-reason': b.reason }) as HTMLAttributes<HTMLElement>}
          columns={[
            { key: 'time', title: t('colTime'), render: (_, b) => formatBackupTime(b.createdAt) },
            { key: 'reason', title: t('colReason'), render: (_, b) => t(reasonKey(b.reason)) },
            { key: 'size', title: t('colSize'), align: 'right', render: (_, b) => formatBytes(b.bytes) },
            // The core lists only backups that passed its integrity check.
            { key: 'verified', title: t('colVerified'), render: () => <Tag icon={<CheckCircleOutlined />} color="success">{t('verified')}</Tag> },
            {
              key: 'restore',
              title: '',
              align: 'right',
              render: (_, b) => (
                <Tooltip title={isAdmin ? undefined : t('restoreAdminOnly')}>
                  <Button
                    size="small"
                    danger
                    disabled={!isAdmin || busy !== null}
                    loading={busy === b.id}
                    onClick={() => confirmRestore(b)}
                    data-testid="backup-restore"
                  >
                    {busy === b.id ? t('restoring') : t('restore')}
                  </Button>
                </Tooltip>
              ),
            },
          ]}
        />
        <AsideFiles files={aside} />
      </div>
    </Modal>
  );
}
