import { DisconnectOutlined, LinkOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useConnection } from '../api/connection';
import { useT } from '../i18n/use-t';

/**
 * Browser mode's link to the core: hidden while all is well, red while a dropped WebSocket is
 * retrying (saves wait and the draft stays in the editor), green for a few seconds once it is back.
 */
export function ConnectionBadge() {
  const t = useT();
  const { state, drops } = useConnection();
  const [justBack, setJustBack] = useState(false);
  useEffect(() => {
    if (state !== 'open' || drops === 0) return;
    setJustBack(true);
    const timer = setTimeout(() => setJustBack(false), 4000);
    return () => clearTimeout(timer);
  }, [state, drops]);
  if (state === 'lost') {
    return (
      <Tag color="error" icon={<DisconnectOutlined />} data-testid="connection-lost" title={t('connection.lostHint')}>
        {t('connection.lost')}
      </Tag>
    );
  }
  if (justBack) {
    return (
      <Tag color="success" icon={<LinkOutlined />} data-testid="connection-back">
        {t('connection.back')}
      </Tag>
    );
  }
  return null;
}
