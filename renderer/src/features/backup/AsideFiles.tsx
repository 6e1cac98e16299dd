import { Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import type { AsideFileView } from '../../../../shared/api/methods/backup';
import { formatBackupTime, formatBytes } from './format';
import { useBackupT } from './messages';

/**
 * The database files Banxin moved aside instead of deleting (found damaged at open, or replaced
 * by a restore), so that people know they exist and where. Shown only when there are any.
 */
export function AsideFiles({ files }: { files: AsideFileView[] }) {
  const t = useBackupT();
  if (files.length === 0) return null;
  return (
    <div data-testid="aside-files" style={{ marginTop: 16 }}>
      <Typography.Title level={5}>{t('asideTitle')}</Typography.Title>
      <p>{t('asideIntro')}</p>
      <Table<AsideFileView>
        size="small"
        rowKey="name"
        dataSource={files}
        pagination={files.length > 5 ? { pageSize: 5 } : false}
        onRow={(f) => ({ 'data-testid': 'aside-row', 'data-kind': f.kind }) as HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'time', title: t('colMovedAt'), render: (_, f) => formatBackupTime(f.movedAt) },
          { key: 'kind', title: t('colAsideKind'), render: (_, f) => t(f.kind === 'damaged' ? 'asideDamaged' : 'asideBeforeRestore') },
          { key: 'name', title: t('colFile'), render: (_, f) => <Typography.Text code copyable>{f.name}</Typography.Text> },
          { key: 'size', title: t('colSize'), align: 'right', render: (_, f) => formatBytes(f.bytes) },
        ]}
      />
    </div>
  );
}
