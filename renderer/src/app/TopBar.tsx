import { Button } from 'antd';
import { useLang } from '../i18n/store';
import { useT } from '../i18n/use-t';

/** The product name and the language switch. */
export function TopBar() {
  const t = useT();
  const { lang, setLang } = useLang();
  return (
    <div className="bx-topbar">
      <span className="bx-logo" data-testid="app-name">
        版心
      </span>
      <span className="bx-tagline">{lang === 'en' ? `Banxin · ${t('app.tagline')}` : t('app.tagline')}</span>
      <div className="bx-spacer" />
      <Button size="small" type="text" className="bx-topbar-btn" onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')} data-testid="lang-switch">
        {t('lang.switch')}
      </Button>
    </div>
  );
}
