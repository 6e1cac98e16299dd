import { CloudServerOutlined } from '@ant-design/icons';
import { useSession } from '../features/session/store';
import { useT } from '../i18n/use-t';

/**
 * On a newsroom server, which one and as whom: 服务器：host:port · 李梦楚. The page came from the
 * server, so its own address is the server's (the desk app loads the server's pages directly).
 */
export function ServerBadge({ server = window.location.host }: { server?: string }) {
  const t = useT();
  const signedIn = useSession((s) => s.info?.requireSignIn === true);
  const current = useSession((s) => s.current);
  if (!signedIn || !current) return null;
  return (
    <span className="bx-status-item" data-testid="server-status" title={t('status.serverHint')}>
      <CloudServerOutlined /> {t('status.server', { server, name: current.displayName })}
    </span>
  );
}
