import { UnlockOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { INSECURE_HTTP_META } from '../../../shared/api/transport-markers';
import { useT } from '../i18n/use-t';

/** True when the page came from a newsroom server started with --insecure-http (it says so in a meta tag). */
export function servedOverInsecureHttp(doc: Pick<Document, 'querySelector'> = document): boolean {
  return doc.querySelector(`meta[name="${INSECURE_HTTP_META}"]`) !== null;
}

/** Red, always visible while it is true: stories and passwords cross the network unencrypted. */
export function InsecureBadge() {
  const t = useT();
  if (!servedOverInsecureHttp()) return null;
  return (
    <Tag color="error" icon={<UnlockOutlined />} data-testid="insecure-http" title={t('connection.insecureHint')}>
      {t('connection.insecure')}
    </Tag>
  );
}
