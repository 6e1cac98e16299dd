import { TeamOutlined } from '@ant-design/icons';
import { Popover } from 'antd';
import { ROLE_LABELS } from '../../../../shared/model/roles';
import { useLang } from '../../i18n/store';
import { useCollab } from './leases-store';
import { useCollabT } from './messages';

/** 在线 N 人 in the status bar; hovering lists who and what each has open. Hidden when nobody is on the board (a single desk). */
export function PresenceBadge() {
  const t = useCollabT();
  const lang = useLang((s) => s.lang);
  const presence = useCollab((s) => s.presence);
  if (presence.length === 0) return null;
  const list = (
    <ul className="bx-presence-list" data-testid="presence-list">
      {presence.map((p, i) => (
        <li key={`${p.userId}-${i}`}>
          <strong>{p.displayName}</strong>（{lang === 'en' ? ROLE_LABELS[p.role].en : ROLE_LABELS[p.role].zh}）·{' '}
          {p.storyId !== null ? t('atStory', { id: p.storyId }) : p.pageId !== null ? t('atPage', { id: p.pageId }) : t('idle')}
        </li>
      ))}
    </ul>
  );
  return (
    <Popover title={t('onlineTitle')} content={list}>
      <span className="bx-status-item" data-testid="presence-badge" data-names={presence.map((p) => p.displayName).join(',')}>
        <TeamOutlined /> {t('online', { count: new Set(presence.map((p) => p.userId)).size })}
      </span>
    </Popover>
  );
}
