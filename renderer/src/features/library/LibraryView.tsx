import { Alert, Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { errorText } from '../../api/error-text';
import { useLoadOnStoryChanges } from '../../api/use-story-changes';
import { useLang } from '../../i18n/store';
import { useT } from '../../i18n/use-t';
import { ImportButtons } from '../intake/ImportButtons';
import { useCan } from '../session/use-can';
import { TagFilter } from '../tags/TagFilter';
import { LibraryFilters } from './LibraryFilters';
import { StoryTable } from './StoryTable';
import { useLibrary } from './store';

/** 稿库: search, filters, the story table and the import entry points. */
export function LibraryView({ onOpen }: { onOpen: (id: number) => void }) {
  const t = useT();
  const can = useCan();
  const lang = useLang((s) => s.lang);
  const { load, search, query, hitTotal, hitCapped, error } = useLibrary();
  const [typed, setTyped] = useState(query);
  const runSearch = (v: string) => {
    setTyped(v);
    void search(v);
  };
  // Imports and saves from any window refresh the list.
  useLoadOnStoryChanges(load);
  return (
    <div className="bx-page" data-testid="library-view">
      <div className="bx-toolbar">
        <Typography.Title level={5} className="bx-page-title">
          {t('library.title')}
        </Typography.Title>
        <Input.Search
          allowClear
          className="bx-search"
          placeholder={t('library.search')}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onSearch={runSearch}
          data-testid="library-search"
        />
        <div className="bx-spacer" />
        {can('import.commit') && <ImportButtons />}
      </div>
      <div className="bx-toolbar">
        {query ? (
          <Space>
            <span data-testid="search-summary">{t('library.searchResults', { n: hitCapped ? `${hitTotal}+` : hitTotal })}</span>
            <Button size="small" onClick={() => runSearch('')} data-testid="clear-search">
              {t('library.clearSearch')}
            </Button>
          </Space>
        ) : (
          <LibraryFilters />
        )}
      </div>
      <TagFilter onOpen={onOpen} />
      {error !== null && <Alert type="error" showIcon message={errorText(error, lang)} data-testid="library-error" />}
      <StoryTable onOpen={onOpen} />
    </div>
  );
}
