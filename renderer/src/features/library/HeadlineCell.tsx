import { Typography } from 'antd';
import type { StorySummary } from '../../../../shared/model/story';
import { LockBadge } from '../collab/LockBadge';

/** 引题 above, 主题 in bold, 副题 below: the way a headline group reads on the page. */
export function HeadlineCell({ story, onOpen }: { story: StorySummary; onOpen: (id: number) => void }) {
  return (
    <div className="bx-headline-cell">
      {story.kicker && (
        <div className="bx-kicker" data-testid="story-kicker">
          {story.kicker}
        </div>
      )}
      <Typography.Link strong data-testid="story-headline" className="bx-headline" data-story-id={story.id} onClick={() => onOpen(story.id)}>
        {story.headline || '（无标题）'}
      </Typography.Link>
      <LockBadge kind="story" id={story.id} />
      {story.subhead && (
        <div className="bx-subhead" data-testid="story-subhead">
          {story.subhead}
        </div>
      )}
    </div>
  );
}
