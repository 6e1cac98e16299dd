import { Switch, Tooltip } from 'antd';
import type { CategoryGroup } from './live-check';
import { useLiveT } from './live-messages';
import { useEditor } from './store';

const SWATCHES: readonly CategoryGroup[] = ['punct', 'space', 'word', 'number', 'policy'];

/** 实时校对 on/off, how many findings are underlined, and (on hover) the colour legend. */
export function LiveCheckToggle() {
  const t = useLiveT();
  const on = useEditor((s) => s.liveCheck);
  const stats = useEditor((s) => s.liveStats);
  const setLiveCheck = useEditor((s) => s.setLiveCheck);
  const legend = (
    <div>
      <div>{t('legend')}</div>
      {SWATCHES.map((g) => (
        <div key={g}>
          <span className={`bx-live-swatch bx-live-swatch-${g}`} /> {t(g)}
        </div>
      ))}
      {stats && <div>{t('timing', { ms: stats.ms.toFixed(1), n: stats.rechecked })}</div>}
    </div>
  );
  return (
    <Tooltip title={legend}>
      <span className="bx-live-toggle">
        <Switch size="small" checked={on} onChange={setLiveCheck} data-testid="live-check-toggle" />
        {t('live')}
        {on && stats && (
          <span data-testid="live-check-count" data-count={stats.findings}>
            {t('count', { n: stats.findings })}
          </span>
        )}
      </span>
    </Tooltip>
  );
}
