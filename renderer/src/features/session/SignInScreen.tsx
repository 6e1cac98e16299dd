import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { errorText } from '../../api/error-text';
import { InsecureBadge, servedOverInsecureHttp } from '../../app/InsecureBadge';
import { useT } from '../../i18n/use-t';
import { useLang } from '../../i18n/store';
import { useSessionT } from './messages';
import { useSession } from './store';

type Values = { name: string; password: string };

/** The newsroom server's door: nothing but this answers before the desk signs in. */
export function SignInScreen() {
  const t = useSessionT();
  const tApp = useT();
  const lang = useLang((s) => s.lang);
  const signIn = useSession((s) => s.signIn);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await signIn(v.name.trim(), v.password);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="bx-signin" data-testid="sign-in-screen">
      <Card title={t('signInTitle')} style={{ width: 360 }}>
        <p>{t('signInIntro')}</p>
        {/* The password is about to cross the network: say so before it is typed, not only after. */}
        {servedOverInsecureHttp() && (
          <Alert type="error" showIcon={false} style={{ marginBottom: 12 }} message={<InsecureBadge />} description={tApp('connection.insecureHint')} data-testid="sign-in-insecure" />
        )}
        <Form<Values> layout="vertical" onFinish={(v) => void submit(v)} disabled={busy}>
          <Form.Item name="name" label={t('name')} rules={[{ required: true, whitespace: true, max: 40 }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="sign-in-name" />
          </Form.Item>
          <Form.Item name="password" label={t('password')} rules={[{ required: true, max: 200 }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="sign-in-password" />
          </Form.Item>
          {error !== null && <Alert type="error" showIcon message={errorText(error, lang)} style={{ marginBottom: 12 }} data-testid="sign-in-error" />}
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="sign-in-submit">
            {busy ? t('signingIn') : t('signIn')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
