import { UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useRef, type ReactNode } from 'react';

interface FileButtonProps {
  /** What the file dialog offers (the input's accept). */
  accept: string;
  multiple?: boolean;
  /** The chosen files; the input is cleared so the same file can be chosen again. */
  onFiles: (files: File[]) => void;
  /** data-testid of the hidden input (tests set files on it). */
  inputTestId: string;
  /** data-testid of the button. */
  testId?: string;
  loading?: boolean;
  size?: 'small' | 'middle';
  children: ReactNode;
}

/** A button that opens the file dialog: the bytes are read by the caller and sent, never a path. */
export function FileButton({ accept, multiple, onFiles, inputTestId, testId, loading, size = 'middle', children }: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={accept}
        multiple={multiple}
        hidden
        data-testid={inputTestId}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
      <Button size={size} icon={<UploadOutlined />} loading={loading} onClick={() => input.current?.click()} data-testid={testId}>
        {children}
      </Button>
    </>
  );
}
