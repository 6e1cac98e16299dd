import { Button, Input } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { bytesToBase64, useIntake } from './store';

/** Where the copy comes from: a file read as bytes in the page, or pasted text. */
export function SourcePicker() {
  const t = useT();
  const { mode, busy, previewSource } = useIntake();
  const [text, setText] = useState('');
  if (mode === 'paste') {
    return (
      <div className="bx-source">
        <Input.TextArea
          rows={8}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('import.pastePlaceholder')}
          data-testid="paste-text"
        />
        <Button type="primary" disabled={!text.trim()} loading={busy} onClick={() => void previewSource({ paste: { text } })} data-testid="paste-preview">
          {t('import.preview')}
        </Button>
      </div>
    );
  }
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const dataBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    await previewSource({ file: { name: file.name, dataBase64 } });
  };
  return (
    <label className="bx-file-picker">
      <span>{t('import.chooseFile')}</span>
      <input type="file" accept=".txt,.md,.markdown,.docx,text/plain" onChange={(e) => void onFile(e.target.files?.[0])} data-testid="import-file" />
    </label>
  );
}
