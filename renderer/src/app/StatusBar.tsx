import { DatabaseOutlined } from '@ant-design/icons';
import { Alert } from 'antd';
import { errorText } from '../api/error-text';
import { BackupButton } from '../features/backup/BackupButton';
import { FontsButton } from '../features/fonts/FontsButton';
import { useSession } from '../features/session/store';
import { useCan } from '../features/session/use-can';
import { useReloadOnDatabaseReplaced } from '../features/backup/use-reload-on-replace';
import { useLang } from '../i18n/store';
import { useT } from '../i18n/use-t';
import { ConnectionBadge } from './ConnectionBadge';
import { InsecureBadge } from './InsecureBadge';
import { SaveIndicator } from './SaveIndicator';
import { ServerBadge } from './ServerBadge';
import { UserSwitcher } from './UserSwitcher';
import { PresenceBadge } from '../features/collab/PresenceBadge';

/** Save state, acting user and role, the newsroom server if any, and which database this window works on. */
export function StatusBar() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const info = useSession((s) => s.info);
  const error = useSession((s) => s.error);
  const can = useCan();
  // Every window reloads when a backup is restored, whether or not its person may open the backup dialog.
  useReloadOnDatabaseReplaced();
  return (
    <div className="bx-statusbar" data-testid="status-bar">
      <SaveIndicator />
      <ConnectionBadge />
      <InsecureBadge />
      <ServerBadge />
      <UserSwitcher />
      <PresenceBadge />
      {error !== null && <Alert type="error" banner message={errorText(error, lang)} className="bx-status-error" />}
      <div className="bx-spacer" />
      {can('fonts.setStyle') && <FontsButton />}
      {can('backup.list') && <BackupButton />}
      <span className="bx-status-item bx-dbpath" data-testid="db-path" title={info?.databasePath}>
        <DatabaseOutlined /> {t('status.db')}
        {info?.databasePath ?? '…'}
      </span>
      {info && <span className="bx-status-item">{info.transport} · v{info.appVersion}</span>}
    </div>
  );
}
