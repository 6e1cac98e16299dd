import { Button, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Result } from '../../../../shared/api/contract';
import { fileToBase64 } from '../../api/base64';
import { FileButton } from '../../ui/FileButton';
import { api } from '../../api/connection';
import { errorText } from '../../api/error-text';
import { useLang } from '../../i18n/store';
import { useExportT } from './messages';

/**
 * 印刷输出条件: the CMYK output profile the print PDF declares. The plant's own .icc (e.g.
 * ISOnewspaper26v4 for newsprint) is sent as bytes and embedded from then on; 恢复默认 goes back
 * to FOGRA39 by reference.
 */
export function OutputProfilePanel() {
  const t = useExportT();
  const lang = useLang((s) => s.lang);
  const [profile, setProfile] = useState<Result<'export.outputProfile'> | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    void api().call('export.outputProfile', {}).then(setProfile, setError);
  }, []);
  const set = async (file: File | null): Promise<void> => {
    setError(null);
    try {
      const profile = file ? { name: file.name, dataBase64: await fileToBase64(file, 'icc') } : null;
      setProfile(await api().call('export.setOutputProfile', { profile }));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div className="bx-ex-option" data-testid="output-profile">
      <div>
        <span>{t('outputCondition')}：</span>
        <Typography.Text code data-testid="output-profile-name">
          {profile ? (profile.name ?? t('outputDefault')) : '…'}
        </Typography.Text>
      </div>
      <div className="bx-ex-profile-actions">
        <FileButton accept=".icc,.icm" size="small" inputTestId="output-profile-file" onFiles={([file]) => void set(file!)}>
          {t('outputChoose')}
        </FileButton>
        <Button size="small" disabled={!profile?.name} onClick={() => void set(null)} data-testid="output-profile-default">
          {t('outputUseDefault')}
        </Button>
      </div>
      <div className="bx-ex-hint">{t('outputHint')}</div>
      {error !== null && (
        <Typography.Text type="danger" role="alert" data-testid="output-profile-error">
          {errorText(error, lang)}
        </Typography.Text>
      )}
    </div>
  );
}
