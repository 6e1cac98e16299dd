import { Button, Select } from 'antd';
import { BookOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { STATUS_LABELS, type StorySummary } from '../../../../shared/model/story';
import { api } from '../../api/connection';
import { useEditor } from '../editor/store';
import { useLexiconT } from './lexicon-messages';
import { LexiconDialog } from './LexiconDialog';
import { useLabel, useProofT } from './messages';
import { useProof } from './store';

/** Pick the story to proofread (any story in the 稿库, or the one open in the editor); open the 词库. */
export function StoryPicker() {
  const t = useProofT();
  const label = useLabel();
  const { story, open } = useProof();
  const editorId = useEditor((s) => s.story?.id);
  const lt = useLexiconT();
  const [items, setItems] = useState<StorySummary[]>([]);
  const [lexiconsOpen, setLexiconsOpen] = useState(false);
  const status = story?.status;
  useEffect(() => {
    // Statuses change as rounds move on: list again whenever the proofed story's status does.
    api()
      .call('stories.list', { limit: 500 })
      .then((r) => setItems(r.items))
      .catch(() => setItems([]));
  }, [status]);
  return (
    <div className="bx-toolbar">
      <Select<number>
        className="bx-pf-picker"
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('pickStory')}
        value={story?.id}
        onChange={(id) => void open(id)}
        options={items.map((s) => ({ value: s.id, label: `${s.headline || s.subhead || `#${s.id}`}（${label(STATUS_LABELS[s.status])}）` }))}
        data-testid="proof-story-picker"
      />
      {editorId && editorId !== story?.id && (
        <Button size="small" onClick={() => void open(editorId)} data-testid="proof-from-editor">
          {t('fromEditor')}
        </Button>
      )}
      <Button size="small" icon={<BookOutlined />} onClick={() => setLexiconsOpen(true)} data-testid="open-lexicons">
        {lt('open')}
      </Button>
      <LexiconDialog open={lexiconsOpen} onClose={() => setLexiconsOpen(false)} />
    </div>
  );
}
