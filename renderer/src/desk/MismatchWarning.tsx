import { Alert, Button, Checkbox, Space, Typography } from 'antd';
import { useState } from 'react';
import { FingerprintView } from './FingerprintView';
import { useDeskT } from './messages';

/**
 * The loud one: the server presents another certificate than the pinned one. Both fingerprints,
 * in red, and re-trusting only after the person ticks that they checked with the administrator.
 */
export function MismatchWarning({ server, pinned, presented, busy, onRetrust }: { server: string; pinned: string; presented: string; busy: boolean; onRetrust(): void }) {
  const t = useDeskT();
  const [checked, setChecked] = useState(false);
  return (
    <Alert
      type="error"
      showIcon
      data-testid="desk-mismatch"
      className="bx-desk-mismatch"
      message={<strong>{t('mismatchTitle')}</strong>}
      description={
        <Space direction="vertical" size="small" style={{ width: '100%' }}>
          <span>{t('mismatchBody', { server })}</span>
          <div>
            <Typography.Text strong>{t('mismatchPinned')}</Typography.Text>
            <FingerprintView fingerprint={pinned} testId="desk-mismatch-pinned" danger />
          </div>
          <div>
            <Typography.Text strong>{t('mismatchPresented')}</Typography.Text>
            <FingerprintView fingerprint={presented} testId="desk-mismatch-presented" danger />
          </div>
          <Typography.Text type="danger">{t('mismatchAdvice')}</Typography.Text>
          <Checkbox checked={checked} onChange={(e) => setChecked(e.target.checked)} data-testid="desk-retrust-confirm">
            {t('retrustConfirm')}
          </Checkbox>
          <Button danger disabled={!checked} loading={busy} onClick={onRetrust} data-testid="desk-retrust">
            {t('retrust')}
          </Button>
        </Space>
      }
    />
  );
}
