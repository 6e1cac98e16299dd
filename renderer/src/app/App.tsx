import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect } from 'react';
import { useLang } from '../i18n/store';
import { AppFrame } from './AppFrame';
import { cspNonce } from './csp-nonce';
import { theme } from './theme';

const nonce = cspNonce();

/** Providers: antd with the CSP nonce, the UI language's locale and the Banxin theme. */
export function App() {
  const lang = useLang((s) => s.lang);
  useEffect(() => {
    dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <ConfigProvider csp={nonce ? { nonce } : undefined} locale={lang === 'en' ? enUS : zhCN} theme={theme} componentSize="small">
      <AntApp className="bx-antapp">
        <AppFrame />
      </AntApp>
    </ConfigProvider>
  );
}
