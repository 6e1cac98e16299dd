import { BorderInnerOutlined, DeleteOutlined, LinkOutlined, MinusOutlined, PlusOutlined, RedoOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Dropdown, Segmented, Select, Tooltip } from 'antd';
import { useState } from 'react';
import { usePageLock } from '../collab/lease-lock';
import { IssueDialog } from './IssueDialog';
import { PaperDialog } from './PaperDialog';
import { useLayoutT } from './messages';
import { useLayout, type Zoom } from './store';

const ZOOMS: Zoom[] = ['fit', 0.25, 0.5, 0.75, 1, 1.5, 2, 4];

/** Issue and page choice, view switch, zoom, grid, undo/redo and the layout actions. */
export function LayoutToolbar() {
  const t = useLayoutT();
  const [dialog, setDialog] = useState(false);
  const issues = useLayout((s) => s.issues);
  const issue = useLayout((s) => s.issue);
  const pageId = useLayout((s) => s.pageId);
  const zoom = useLayout((s) => s.zoom);
  const view = useLayout((s) => s.view);
  const showGrid = useLayout((s) => s.showGrid);
  const canUndo = useLayout((s) => s.history.done.length > 0);
  const canRedo = useLayout((s) => s.history.undone.length > 0);
  const selected = useLayout((s) => s.selected);
  const frames = useLayout((s) => s.frames);
  const s = useLayout.getState();
  // Someone else laying out this page (or the role may not): nothing here may change it.
  const readOnly = usePageLock(pageId).readOnly;
  const storySelected = frames.some((f) => selected.includes(f.id) && f.storyId !== null);
  const otherPages = issue?.pages.filter((p) => p.id !== pageId) ?? [];
  return (
    <div className="lx-toolbar" data-testid="layout-toolbar">
      <Select
        size="small"
        className="lx-issue-select"
        style={{ minWidth: 230 }}
        placeholder={t('issue')}
        value={issue?.id}
        onChange={(id: number) => void s.openIssue(id)}
        options={issues.map((i) => ({ value: i.id, label: t('issueLabel', { date: i.date, number: i.number, total: i.totalNumber }) }))}
        data-testid="issue-select"
      />
      <Button size="small" icon={<PlusOutlined />} onClick={() => setDialog(true)} data-testid="new-issue">
        {t('newIssue')}
      </Button>
      <Segmented
        size="small"
        value={view}
        onChange={(v) => s.setView(v as 'canvas' | 'plan')}
        options={[
          { value: 'canvas', label: <span data-testid="view-canvas">{t('canvas')}</span> },
          { value: 'plan', label: <span data-testid="view-plan">{t('plan')}</span> },
        ]}
      />
      <Select
        size="small"
        style={{ width: 104 }}
        value={zoom}
        onChange={(z: Zoom) => s.setZoom(z)}
        options={ZOOMS.map((z) => ({ value: z, label: z === 'fit' ? t('fit') : `${Math.round(z * 100)}%` }))}
        data-testid="zoom-select"
      />
      <Button size="small" type={showGrid ? 'primary' : 'default'} icon={<BorderInnerOutlined />} onClick={s.toggleGrid} data-testid="toggle-grid">
        {t('grid')}
      </Button>
      <Tooltip title="Ctrl+Z">
        <Button size="small" icon={<UndoOutlined />} disabled={!canUndo || readOnly} onClick={() => void s.undo()} data-testid="layout-undo">
          {t('undo')}
        </Button>
      </Tooltip>
      <Tooltip title="Ctrl+Y">
        <Button size="small" icon={<RedoOutlined />} disabled={!canRedo || readOnly} onClick={() => void s.redo()} data-testid="layout-redo">
          {t('redo')}
        </Button>
      </Tooltip>
      <Button size="small" icon={<DeleteOutlined />} disabled={!selected.length || readOnly} onClick={() => void s.deleteSelected()} data-testid="layout-delete">
        {t('delete')}
      </Button>
      <Button size="small" icon={<MinusOutlined />} disabled={!issue || readOnly} onClick={() => void s.addRule()} data-testid="add-rule">
        {t('addRule')}
      </Button>
      <Dropdown
        disabled={!storySelected || !otherPages.length || readOnly}
        trigger={['click']}
        menu={{
          items: otherPages.map((p) => ({ key: String(p.id), label: <span data-testid={`link-page-${p.number}`}>{t('pageName', { n: p.number, name: p.name })}</span> })),
          onClick: ({ key }) => void s.linkTo(Number(key)),
        }}
      >
        <Tooltip title={t('linkHint')}>
          <Button size="small" icon={<LinkOutlined />} disabled={!storySelected || !otherPages.length || readOnly} data-testid="link-next">
            {t('linkNext')}
          </Button>
        </Tooltip>
      </Dropdown>
      <Button size="small" disabled={!issue} onClick={() => void s.frontPage()} data-testid="front-page">
        {t('frontPage')}
      </Button>
      <PaperDialog />
      <IssueDialog open={dialog} onClose={() => setDialog(false)} />
    </div>
  );
}
