import { DatePicker, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { STATUS_LABELS, STORY_STATUSES, type StoryStatus } from '../../../../shared/model/story';
import { useLang } from '../../i18n/store';
import { useT } from '../../i18n/use-t';
import { useSession } from '../session/store';
import { useLibrary, type SortKey } from './store';

const SORTS: SortKey[] = ['updated-desc', 'updated-asc', 'headline', 'chars-desc'];

/** Status, section, author, date range and sort of the story list. */
export function LibraryFilters() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const users = useSession((s) => s.users);
  const { filters, sort, setFilters, setSort } = useLibrary();
  const label = (s: StoryStatus) => (lang === 'en' ? STATUS_LABELS[s].en : STATUS_LABELS[s].zh);
  const onDates = (range: [Dayjs | null, Dayjs | null] | null) =>
    setFilters({ updatedFrom: range?.[0]?.startOf('day').toISOString(), updatedTo: range?.[1]?.endOf('day').toISOString() });
  return (
    <Space wrap size={8} data-testid="library-filters">
      <Select<StoryStatus | undefined>
        allowClear
        placeholder={t('library.filterStatus')}
        style={{ width: 120 }}
        value={filters.status}
        onChange={(status) => setFilters({ status })}
        options={STORY_STATUSES.map((s) => ({ value: s, label: label(s) }))}
        data-testid="filter-status"
      />
      <Input.Search
        allowClear
        placeholder={t('library.filterSection')}
        style={{ width: 140 }}
        onSearch={(v) => setFilters({ section: v.trim() || undefined })}
        data-testid="filter-section"
      />
      <Select<number | undefined>
        allowClear
        placeholder={t('library.filterAuthor')}
        style={{ width: 140 }}
        value={filters.ownerId}
        onChange={(ownerId) => setFilters({ ownerId })}
        options={users.map((u) => ({ value: u.id, label: u.displayName }))}
        data-testid="filter-author"
      />
      <DatePicker.RangePicker onChange={(r) => onDates(r)} data-testid="filter-dates" />
      <Select<SortKey>
        style={{ width: 150 }}
        value={sort}
        onChange={setSort}
        options={SORTS.map((s) => ({ value: s, label: t(`library.sort.${s}`) }))}
        data-testid="library-sort"
      />
    </Space>
  );
}
