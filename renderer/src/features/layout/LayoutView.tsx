import { useEffect } from 'react';
import { coalesce } from '../../api/coalesce';
import { onCoreEvent } from '../../api/connection';
import { PageLockBar } from '../collab/PageLockBar';
import { useEditLease } from '../collab/use-edit-lease';
import { PageTagsPanel } from '../tags/PageTagsPanel';
import './layout.css';
import { DropQuestion } from './DropQuestion';
import { LayoutStatus } from './LayoutStatus';
import { LayoutToolbar } from './LayoutToolbar';
import { PageCanvas } from './PageCanvas';
import { PagePlan } from './PagePlan';
import { PageThumbs } from './PageThumbs';
import { StoryShelf } from './StoryShelf';
import { useLayout } from './store';
import { useLayoutKeys } from './use-layout-keys';

/** 版面: the layout desk — 稿库 shelf, the page canvas or the page plan, page thumbnails. */
export function LayoutView() {
  const view = useLayout((s) => s.view);
  const pageId = useLayout((s) => s.pageId);
  useLayoutKeys(true);
  // The page on the canvas is this desk's to lay out: its lease is taken on opening it, renewed
  // while the person works, given back on turning to another page, the plan or another section.
  // Nothing is unsaved when it is broken away: every layout action reached the core as it was made.
  const leased = view === 'canvas' ? pageId : null;
  useEditLease('page', leased);
  useEffect(() => {
    void useLayout.getState().init();
    // New or edited copy changes what the shelf offers and what the pages hold.
    const reload = coalesce(() => useLayout.getState().loadStories());
    const recompose = coalesce(() => useLayout.getState().refresh());
    const offs = [
      onCoreEvent('stories.imported', reload),
      onCoreEvent('story.changed', () => {
        reload();
        recompose();
      }),
      // Another desk moved a frame, placed a story or changed the fonts: the open page follows.
      onCoreEvent('data.changed', ({ topic, pageId }) => {
        if (topic === 'layout' && (pageId === undefined || pageId === useLayout.getState().pageId)) recompose();
        if (topic === 'story' || topic === 'tags') reload();
      }),
    ];
    return () => offs.forEach((off) => off());
  }, []);
  return (
    <div className="lx-view" data-testid="layout-view">
      <LayoutToolbar />
      <PageLockBar pageId={leased} />
      <PageTagsPanel />
      <div className="lx-body">
        <StoryShelf />
        {view === 'canvas' ? <PageCanvas /> : <PagePlan />}
        <PageThumbs />
      </div>
      <LayoutStatus />
      <DropQuestion />
    </div>
  );
}
