import { Alert, Button, Card, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { DeskState, ProbeResult, TrustResult } from '../../../shared/api/desk-bridge';
import { useLang } from '../i18n/store';
import { deskBridge } from './desk-bridge';
import { FingerprintView } from './FingerprintView';
import { MismatchWarning } from './MismatchWarning';
import { useDeskT, type DeskKey } from './messages';

type Failure = Extract<ProbeResult | TrustResult, { ok: false }>;
type Probed = Extract<ProbeResult, { ok: true }>;

const FAILURE_KEY: Record<Failure['reason'], DeskKey> = {
  'invalid-address': 'invalidAddress',
  'not-https': 'notHttps',
  unreachable: 'failed',
  changed: 'changedNow',
  forbidden: 'failed',
};

/**
 * First start of a desk (and 切换编辑部服务器): 单机使用, or a newsroom server whose certificate
 * fingerprint the person compares with the administrator and pins. The main process does the
 * connecting, checking and remembering; this page only shows and asks.
 */
export function DeskChooser() {
  const t = useDeskT();
  const { lang, setLang } = useLang();
  const bridge = deskBridge();
  const [state, setState] = useState<DeskState | null>(null);
  const [address, setAddress] = useState('');
  const [probed, setProbed] = useState<Probed | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [leaving, setLeaving] = useState(false);

  useEffect(() => {
    if (!bridge) return;
    void bridge.state().then((s) => {
      setState(s);
      if (s.current?.mode === 'server') setAddress(s.current.serverUrl);
      if (s.notice.kind === 'mismatch' || s.notice.kind === 'unreachable') setAddress(s.notice.serverUrl);
    });
  }, [bridge]);

  if (!bridge) return <Alert type="error" message={t('noBridge')} />;

  const fail = (f: Failure): void => setFailure(t(FAILURE_KEY[f.reason], { message: f.message }));
  const run = async <R,>(work: () => Promise<R>): Promise<R | undefined> => {
    setBusy(true);
    setFailure(null);
    try {
      return await work();
    } catch (err) {
      setFailure(t('failed', { message: err instanceof Error ? err.message : String(err) }));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  const probe = async (): Promise<void> => {
    setProbed(null);
    const r = await run(() => bridge.probe(address));
    if (!r) return;
    if (r.ok) setProbed(r);
    else fail(r);
  };
  const trust = async (serverAddress: string, fingerprint: string): Promise<void> => {
    const r = await run(() => bridge.trust(serverAddress, fingerprint));
    if (!r) return;
    if (r.ok) setLeaving(true);
    else fail(r);
  };
  const useLocal = async (): Promise<void> => {
    if (await run(() => bridge.useLocal())) setLeaving(true);
  };

  const notice = state?.notice;
  const current = state?.current;
  return (
    <div className="bx-desk-chooser" data-testid="desk-chooser" data-leaving={leaving ? 'yes' : 'no'}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <Typography.Title level={3} style={{ margin: 0 }}>{t('title')}</Typography.Title>
          <Button type="link" onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')} data-testid="desk-lang">
            {lang === 'en' ? '中文' : 'English'}
          </Button>
        </Space>
        <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
        {notice?.kind === 'switching' && <Alert type="info" showIcon message={t('switching')} />}
        {notice?.kind === 'damaged-profile' && <Alert type="warning" showIcon data-testid="desk-damaged" message={t('damaged', { keptAs: notice.keptAs })} />}
        {notice?.kind === 'unreachable' && (
          <Alert
            type="warning"
            showIcon
            data-testid="desk-unreachable"
            message={t('unreachable', { server: notice.serverUrl, message: notice.message })}
            action={current?.mode === 'server' ? <Button onClick={() => void trust(current.serverUrl, current.fingerprint)} loading={busy}>{t('retry')}</Button> : undefined}
          />
        )}
        {notice?.kind === 'mismatch' && !probed && (
          <MismatchWarning server={notice.serverUrl} pinned={notice.pinned} presented={notice.presented} busy={busy} onRetrust={() => void trust(notice.serverUrl, notice.presented)} />
        )}
        {failure && <Alert type="error" showIcon data-testid="desk-failure" message={failure} />}
        <Card title={t('serverTitle')}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text type="secondary">{t('serverBody')}</Typography.Text>
            <Space.Compact style={{ width: '100%' }}>
              <Input
                value={address}
                onChange={(e) => {
                  setAddress(e.target.value);
                  setProbed(null);
                }}
                onPressEnter={() => void probe()}
                placeholder="banxin.lan:8443"
                aria-label={t('address')}
                data-testid="desk-server-address"
              />
              <Button type="primary" onClick={() => void probe()} loading={busy && !probed} disabled={!address.trim()} data-testid="desk-probe">
                {busy && !probed ? t('probing') : t('probe')}
              </Button>
            </Space.Compact>
            {probed && probed.pinned === 'changed' && probed.pinnedFingerprint && (
              <MismatchWarning server={probed.serverUrl} pinned={probed.pinnedFingerprint} presented={probed.fingerprint} busy={busy} onRetrust={() => void trust(probed.serverUrl, probed.fingerprint)} />
            )}
            {probed && probed.pinned !== 'changed' && (
              <div className="bx-desk-cert" data-testid="desk-certificate">
                <Typography.Text strong>{t('fingerprint')}</Typography.Text>
                <FingerprintView fingerprint={probed.fingerprint} testId="desk-fingerprint" />
                <Typography.Text type="secondary">{t('fingerprintHint')}</Typography.Text>
                <div>
                  {t('subject')}：{probed.subject} · {t('validTo')}：{probed.validTo}
                </div>
                {probed.pinned === 'same' && <Typography.Text type="success">{t('samePin')}</Typography.Text>}
                <Button type="primary" onClick={() => void trust(probed.serverUrl, probed.fingerprint)} loading={busy} data-testid="desk-trust">
                  {t('trust')}
                </Button>
              </div>
            )}
          </Space>
        </Card>
        <Card title={t('localTitle')}>
          <Space direction="vertical">
            <Typography.Text type="secondary">{t('localBody')}</Typography.Text>
            <Button onClick={() => void useLocal()} disabled={busy} data-testid="desk-use-local">
              {t('useLocal')}
            </Button>
          </Space>
        </Card>
      </Space>
    </div>
  );
}
