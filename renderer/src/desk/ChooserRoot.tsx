import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect } from 'react';
import { cspNonce } from '../app/csp-nonce';
import { theme } from '../app/theme';
import { useLang } from '../i18n/store';
import { DeskChooser } from './DeskChooser';

const nonce = cspNonce();

/** The chooser page's providers: antd with the CSP nonce, the UI language, the Banxin theme. */
export function ChooserRoot() {
  const lang = useLang((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <ConfigProvider csp={nonce ? { nonce } : undefined} locale={lang === 'en' ? enUS : zhCN} theme={theme} componentSize="middle">
      <AntApp>
        <DeskChooser />
      </AntApp>
    </ConfigProvider>
  );
}
