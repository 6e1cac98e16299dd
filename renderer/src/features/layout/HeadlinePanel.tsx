import { Button, Input, InputNumber, Segmented, Select, Switch, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { defaultRank } from '../../../../shared/layout/kind-defaults';
import { HAO_SCALE, HEADLINE_ALIGNS, HEADLINE_FAMILIES, HEADLINE_RANKS, HEADLINE_WEIGHTS, type HeadlineTier, type HeadlineTierStyle } from '../../../../shared/model/headline-typography';
import type { Frame } from '../../../../shared/model/layout';
import { useHeadlineT } from './headline-messages';
import { useLayoutT } from './messages';
import { gridOfPage, useLayout } from './store';

/** The fit-to-width limits offered when the designer switches fitting on: 小二 to 初号, 85–115 %. */
const DEFAULT_FIT = { minSize: 18, maxSize: 42, minScaleX: 0.85, maxScaleX: 1.15 };

/** "绘蓝图 明任务/聚共识 擂战鼓" → the breaks of the text, or null when anything but "/" differs. */
export function breaksFromSlashes(text: string, typed: string): number[] | null {
  const breaks: number[] = [];
  let plain = '';
  for (const ch of typed) {
    if (ch === '/') breaks.push(plain.length);
    else plain += ch;
  }
  if (plain.trim() !== text.trim()) return null;
  return breaks.filter((b) => b > 0 && b < plain.length);
}

/** The text with "/" at its breaks, for editing. */
export function slashesFromBreaks(text: string, breaks: readonly number[] | undefined): string {
  const at = new Set(breaks ?? []);
  let out = '';
  for (let i = 0; i < text.length; i++) out += (at.has(i) ? '/' : '') + text[i];
  return out;
}

/**
 * The selected headline frame's typography: its rank (which picks the house style), 竖排, 通栏, and
 * per tier — 引题, 主题, 副题 — size in 号 or points, face, weight, 长/扁, tracking, lines or manual
 * breaks, alignment and fit-to-width (off as soon as a size is set). A continuation frame edits its
 * 转版标题. Every change is one undoable layout action; the frame then takes its content's height.
 */
export function HeadlinePanel() {
  const lt = useLayoutT();
  const t = useHeadlineT();
  const frame = useLayout((s) => (s.selected.length === 1 ? s.frames.find((f) => f.id === s.selected[0] && f.role === 'headline') : undefined));
  const story = useLayout((s) => s.stories.find((x) => x.id === frame?.storyId));
  const [tier, setTier] = useState<HeadlineTier>('main');
  const [breaksText, setBreaksText] = useState('');
  const [jump, setJump] = useState('');
  const [breaksBad, setBreaksBad] = useState(false);
  const tierText = frame?.props.continuation ? (frame.props.jumpTitle || story?.headline || '') : tier === 'kicker' ? (story?.kicker ?? '') : tier === 'sub' ? `——${story?.subhead ?? ''}` : (story?.headline ?? '');
  const own: HeadlineTierStyle = frame?.props.headline?.[tier] ?? {};
  const ownBreaks = own.breaks;
  useEffect(() => {
    setBreaksText(slashesFromBreaks(tierText, ownBreaks));
    setBreaksBad(false);
  }, [frame?.id, tier, tierText, ownBreaks]);
  useEffect(() => setJump(frame?.props.jumpTitle ?? ''), [frame?.id, frame?.props.jumpTitle]);
  if (!frame) return null;
  const s = useLayout.getState();
  const activeTier: HeadlineTier = frame.props.continuation ? 'main' : tier;
  const tierOwn: HeadlineTierStyle = frame.props.headline?.[activeTier] ?? {};

  /** Change the active tier: `undefined` values remove a setting (back to the house style). */
  const setTierStyle = (patch: Partial<Record<keyof HeadlineTierStyle, unknown>>): void => {
    const next: Record<string, unknown> = { ...tierOwn, ...patch };
    for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
    // A size set by hand switches fitting off; fitting on clears the size.
    if (patch.size !== undefined) delete next.fit;
    if (patch.fit !== undefined) delete next.size;
    const headline = { ...frame.props.headline, [activeTier]: next as HeadlineTierStyle };
    if (Object.keys(next).length === 0) delete headline[activeTier];
    const props: Frame['props'] = { ...frame.props, headline };
    // The panel's size is the tier's now: the older single 主题 size would only confuse.
    if (activeTier === 'main') delete props.headlineSize;
    if (Object.keys(headline).length === 0) delete props.headline;
    void s.setFrameProps(frame.id, props);
  };
  const size = tierOwn.size ?? (activeTier === 'main' ? frame.props.headlineSize : undefined);
  const page = useLayout.getState().issue?.pages.find((p) => p.id === frame.pageId);
  const fullWidth = (): void => {
    if (!page) return;
    const g = gridOfPage(page);
    void s.setFrameGeometry(frame.id, { x: g.area.x, w: g.spanWidth(g.template.columns) });
  };

  return (
    <div className="lx-image-panel lx-headline-panel" data-testid="headline-panel" data-frame-id={frame.id}>
      <strong>{lt('headlinePanel')}</strong>
      {frame.props.continuation ? (
        <label className="lx-shelf-meta">
          {t('jumpTitle')}
          <Input
            size="small"
            value={jump}
            maxLength={60}
            placeholder={t('jumpTitlePlaceholder')}
            onChange={(e) => setJump(e.target.value)}
            onBlur={() => void s.setFrameProps(frame.id, { jumpTitle: jump.trim() || undefined })}
            onPressEnter={() => void s.setFrameProps(frame.id, { jumpTitle: jump.trim() || undefined })}
            data-testid="headline-jump-title"
          />
        </label>
      ) : (
        <>
          <Segmented
            size="small"
            value={frame.props.headlineRank ?? defaultRank(story?.kind ?? 'article')}
            onChange={(v) => void s.setFrameProps(frame.id, { headlineRank: v as Frame['props']['headlineRank'] })}
            options={HEADLINE_RANKS.map((r) => ({ value: r, label: <span data-testid={`headline-rank-${r}`}>{t(`rank_${r}`)}</span> }))}
          />
          <div className="lx-row">
            <label className="lx-shelf-meta">
              <Switch size="small" checked={frame.props.vertical === true} onChange={(on) => void s.setFrameProps(frame.id, { vertical: on || undefined })} data-testid="headline-vertical" /> {lt('vertical')}
            </label>
            <Tooltip title={t('fullWidthHint')}>
              <Button size="small" onClick={fullWidth} data-testid="headline-full-width">
                {t('fullWidth')}
              </Button>
            </Tooltip>
          </div>
          <Segmented
            size="small"
            value={tier}
            onChange={(v) => setTier(v as HeadlineTier)}
            options={(['kicker', 'main', 'sub'] as const).map((k) => ({ value: k, label: <span data-testid={`headline-tier-${k}`}>{t(`tier_${k}`)}</span> }))}
          />
        </>
      )}
      <div className="lx-row">
        <span className="lx-shelf-meta">{t('size')}</span>
        <Select
          size="small"
          style={{ width: 104 }}
          placeholder={t('sizeHouse')}
          value={size !== undefined && HAO_SCALE.some(([, v]) => v === size) ? size : null}
          allowClear
          onChange={(v: number | undefined) => setTierStyle({ size: v })}
          options={HAO_SCALE.map(([name, v]) => ({ value: v, label: <span data-testid={`hao-${name}`}>{`${name} ${v}`}</span> }))}
          data-testid="headline-size-hao"
        />
        <InputNumber size="small" min={5} max={200} step={0.5} style={{ width: 70 }} placeholder={t('sizeHouse')} value={size ?? null} onChange={(v) => setTierStyle({ size: v ?? undefined })} data-testid="headline-size" />
        <span className="lx-shelf-meta">pt</span>
      </div>
      <div className="lx-row">
        <Select
          size="small"
          style={{ width: 84 }}
          placeholder={t('family')}
          value={tierOwn.family ?? null}
          allowClear
          onChange={(v: string | undefined) => setTierStyle({ family: v })}
          options={HEADLINE_FAMILIES.map((f) => ({ value: f, label: t(`family_${f}`) }))}
          data-testid="headline-family"
        />
        <Select
          size="small"
          style={{ width: 76 }}
          placeholder={t('weight')}
          value={tierOwn.weight ?? null}
          allowClear
          onChange={(v: string | undefined) => setTierStyle({ weight: v })}
          options={HEADLINE_WEIGHTS.map((w) => ({ value: w, label: t(`weight_${w}`) }))}
          data-testid="headline-weight"
        />
      </div>
      <div className="lx-row">
        <span className="lx-shelf-meta">{t('scaleX')}</span>
        <InputNumber size="small" min={70} max={130} step={5} style={{ width: 64 }} value={tierOwn.scaleX !== undefined ? Math.round(tierOwn.scaleX * 100) : null} placeholder="100" onChange={(v) => setTierStyle({ scaleX: v === null ? undefined : v / 100 })} data-testid="headline-scale" />
        <span className="lx-shelf-meta">%</span>
        <span className="lx-shelf-meta">{t('tracking')}</span>
        <InputNumber size="small" min={-10} max={100} step={5} style={{ width: 60 }} value={tierOwn.tracking !== undefined ? Math.round(tierOwn.tracking * 100) : null} placeholder="0" onChange={(v) => setTierStyle({ tracking: v === null ? undefined : v / 100 })} data-testid="headline-tracking" />
        <span className="lx-shelf-meta">%em</span>
      </div>
      <div className="lx-row">
        <span className="lx-shelf-meta">{t('lines')}</span>
        <InputNumber size="small" min={1} max={4} style={{ width: 52 }} value={tierOwn.lines ?? null} placeholder="1" onChange={(v) => setTierStyle({ lines: v ?? undefined })} data-testid="headline-lines" />
        <Segmented
          size="small"
          value={tierOwn.align ?? 'center'}
          onChange={(v) => setTierStyle({ align: v })}
          options={HEADLINE_ALIGNS.map((a) => ({ value: a, label: <span data-testid={`headline-align-${a}`}>{t(`align_${a}`)}</span> }))}
        />
      </div>
      <label className="lx-shelf-meta">
        {t('breaks')}
        <Input
          size="small"
          value={breaksText}
          placeholder={t('breaksHint')}
          status={breaksBad ? 'error' : undefined}
          onChange={(e) => setBreaksText(e.target.value)}
          onPressEnter={() => {
            const b = breaksFromSlashes(tierText, breaksText);
            setBreaksBad(b === null);
            if (b !== null) setTierStyle({ breaks: b.length ? b : undefined });
          }}
          data-testid="headline-breaks"
        />
        {breaksBad && <span className="lx-bad">{t('breaksMismatch')}</span>}
      </label>
      <div className="lx-row">
        <label className="lx-shelf-meta">
          <Switch size="small" checked={tierOwn.fit !== undefined} onChange={(on) => setTierStyle({ fit: on ? DEFAULT_FIT : undefined })} data-testid="headline-fit" /> {t('fit')}
        </label>
        {tierOwn.fit && (
          <span className="lx-shelf-meta">
            {t('fitRange', { min: tierOwn.fit.minSize, max: tierOwn.fit.maxSize, lo: Math.round(tierOwn.fit.minScaleX * 100), hi: Math.round(tierOwn.fit.maxScaleX * 100) })}
          </span>
        )}
        <Button size="small" type="link" onClick={() => void s.setFrameProps(frame.id, { headline: undefined, headlineSize: undefined })} data-testid="headline-reset">
          {t('reset')}
        </Button>
      </div>
    </div>
  );
}
