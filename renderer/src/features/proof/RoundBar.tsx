import { Alert, Button, Steps } from 'antd';
import { STATUS_LABELS, STORY_STATUSES } from '../../../../shared/model/story';
import { errorText } from '../../api/error-text';
import { useLang } from '../../i18n/store';
import { roundColour } from './colours';
import { GalleyButton } from './GalleyButton';
import { useLabel, useProofT } from './messages';
import { useProof } from './store';
import { nextStatus, roundOf } from './workflow';

/** Where the story is in 草稿 → … → 已签发, in the round's ink, with the button that sends it on. */
export function RoundBar() {
  const t = useProofT();
  const label = useLabel();
  const lang = useLang((s) => s.lang);
  const { story, moveTo, busy, errors } = useProof();
  if (!story) return null;
  const next = nextStatus(story.status);
  const round = roundOf(story.status);
  return (
    <div className="bx-pf-roundbar" data-testid="round-bar" data-status={story.status}>
      <span className="bx-pf-status" style={round ? { color: roundColour(round), borderColor: roundColour(round) } : undefined} data-testid="proof-status">
        {label(STATUS_LABELS[story.status])}
      </span>
      <Steps
        className="bx-pf-steps"
        size="small"
        current={STORY_STATUSES.indexOf(story.status)}
        items={STORY_STATUSES.map((s) => ({ title: label(STATUS_LABELS[s]) }))}
      />
      {next && (
        <Button type="primary" disabled={busy} onClick={() => void moveTo(next)} data-testid="next-status" data-next={next}>
          {t('moveTo', { status: label(STATUS_LABELS[next]) })}
        </Button>
      )}
      <GalleyButton storyId={story.id} />
      {errors.status !== undefined && <Alert type="error" showIcon title={errorText(errors.status, lang)} data-testid="status-error" />}
    </div>
  );
}
