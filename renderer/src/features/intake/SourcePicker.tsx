import { Button, Input } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { fileToBase64 } from '../../api/base64';
import { assertPasteSize } from '../../api/upload-size';
import { useIntake } from './store';

/**
 * Where the copy comes from: a file read as bytes in the page, or pasted copy. A paste from Word or
 * a web page keeps its HTML beside the text: the core sanitises it and reads its structure (the
 * HTML is never rendered here).
 */
export function SourcePicker() {
  const t = useT();
  const { mode, busy, previewSource } = useIntake();
  const [text, setText] = useState('');
  const [html, setHtml] = useState<string | undefined>(undefined);
  const previewPaste = async (paste: { text: string; html?: string }): Promise<void> => {
    try {
      assertPasteSize(paste);
    } catch (error) {
      useIntake.setState({ error });
      return;
    }
    await previewSource({ paste });
  };
  if (mode === 'paste') {
    return (
      <div className="bx-source">
        <Input.TextArea
          rows={8}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (!e.target.value.trim()) setHtml(undefined);
          }}
          onPaste={(e) => {
            const pasted = e.clipboardData.getData('text/html');
            setHtml(pasted.trim() ? pasted : undefined);
          }}
          placeholder={t('import.pastePlaceholder')}
          data-testid="paste-text"
        />
        <Button type="primary" disabled={!text.trim()} loading={busy} onClick={() => void previewPaste(html === undefined ? { text } : { text, html })} data-testid="paste-preview">
          {t('import.preview')}
        </Button>
      </div>
    );
  }
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    let dataBase64: string;
    try {
      dataBase64 = await fileToBase64(file, 'source');
    } catch (error) {
      useIntake.setState({ error });
      return;
    }
    await previewSource({ file: { name: file.name, dataBase64 } });
  };
  return (
    <label className="bx-file-picker">
      <span>{t('import.chooseFile')}</span>
      <input type="file" accept=".txt,.md,.markdown,.docx,.pdf,text/plain,application/pdf" onChange={(e) => void onFile(e.target.files?.[0])} data-testid="import-file" />
    </label>
  );
}
