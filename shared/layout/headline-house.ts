import type { HeadlineRank, HeadlineTier, HeadlineTierStyle, HeadlineTypography } from '../model/headline-typography';
import type { StoryKind } from '../model/story';
import { FONT_SANS, FONT_SANS_BOLD, FONT_SERIF, FONT_SERIF_BOLD, FONT_SERIF_HEAVY, STYLES, type TextStyle } from '../typeset';
import { defaultRank } from './kind-defaults';
import type { PageTemplate } from './templates';

type Tiers = Record<HeadlineTier, HeadlineTierStyle>;
type Sizes = readonly [kicker: number, main: number, sub: number];

/**
 * The house style's sizes in points per rank, on a 对开 broadsheet and on a 四开 tabloid. The
 * 头条's 主题 is 初号 (小初 on a tabloid): more than one and a half times any other 主题, so the
 * page reads in order of importance. 评论员 articles keep their own style whatever their rank:
 * a 黑体 主题 a step below a story's, which sets them apart from news.
 */
const SIZES: Record<'broadsheet' | 'tabloid', Record<HeadlineRank | 'commentary' | 'continuation', Sizes>> = {
  broadsheet: {
    lead: [18, 42, 16],
    secondary: [14, 26, 14],
    brief: [12, 18, 12],
    commentary: [14, 24, 15],
    continuation: [12, 18, 12],
  },
  tabloid: {
    lead: [16, 36, 15],
    secondary: [14, 22, 14],
    brief: [12, 16, 12],
    commentary: [14, 22, 14],
    continuation: [12, 16, 12],
  },
};

/** A page is a broadsheet when it is at least as wide as a 对开 (about 350 mm); otherwise tabloid. */
export const paperClass = (t: Pick<PageTemplate, 'trimWidth'>): 'broadsheet' | 'tabloid' => (t.trimWidth >= 350 ? 'broadsheet' : 'tabloid');

/**
 * The house style of a headline: for news, a heavy 宋 主题 between 黑体 引题 and 副题; for a
 * commentary a bold 黑体 主题 with a 宋 副题 (the "——论…" line). Everything centred, no fit.
 */
export function houseTiers(rank: HeadlineRank, kind: StoryKind, template: Pick<PageTemplate, 'trimWidth'>, continuation = false): Tiers {
  const key = continuation ? 'continuation' : kind === 'commentary' ? 'commentary' : rank;
  const [k, m, s] = SIZES[paperClass(template)][key];
  const lead = !continuation && kind !== 'commentary' && rank === 'lead';
  if (kind === 'commentary' && !continuation) {
    return {
      kicker: { size: k, family: 'hei', weight: 'regular', align: 'center' },
      main: { size: rank === 'lead' ? SIZES[paperClass(template)].lead[1] - 6 : m, family: 'hei', weight: 'bold', align: 'center' },
      sub: { size: s, family: 'song', weight: 'regular', align: 'center' },
    };
  }
  return {
    kicker: { size: k, family: 'hei', weight: lead ? 'bold' : 'regular', align: 'center' },
    main: { size: m, family: 'song', weight: 'heavy', align: 'center' },
    sub: { size: s, family: 'hei', weight: 'regular', align: 'center' },
  };
}

/** The frame's own settings over the house style, field by field; a set size switches fit off. */
export function mergeTier(house: HeadlineTierStyle, own: HeadlineTierStyle | undefined): HeadlineTierStyle {
  if (!own) return house;
  const out: HeadlineTierStyle = { ...house, ...own };
  if (own.size !== undefined) delete out.fit;
  // Fit chosen without a size: the house size no longer pins it.
  else if (own.fit) delete out.size;
  return out;
}

/** The typography of every tier of a headline frame: house style, then the frame's own choices. */
export function resolveTiers(
  props: { headline?: HeadlineTypography | undefined; headlineRank?: HeadlineRank | undefined; headlineSize?: number | undefined; continuation?: boolean | undefined },
  kind: StoryKind,
  template: Pick<PageTemplate, 'trimWidth'>,
): Tiers {
  const house = houseTiers(props.headlineRank ?? defaultRank(kind), kind, template, props.continuation === true);
  const own = props.headline ?? {};
  // Older frames kept the 主题 size alone; it still counts when the tier has none.
  const main = own.main?.size === undefined && props.headlineSize !== undefined ? { ...own.main, size: props.headlineSize } : own.main;
  return { kicker: mergeTier(house.kicker, own.kicker), main: mergeTier(house.main, main), sub: mergeTier(house.sub, own.sub) };
}

const BASE: Record<HeadlineTier, TextStyle> = { kicker: STYLES.yinti, main: STYLES.zhuti, sub: STYLES.futi };
const LEADING: Record<HeadlineTier, number> = { kicker: 1.35, main: 1.2, sub: 1.35 };

/** The font ids of a family and weight (黑 has no heavier face than bold). */
function familyFonts(family: HeadlineTierStyle['family'], weight: HeadlineTierStyle['weight']): string[] {
  if (family === 'hei') return weight === 'regular' ? [FONT_SANS] : [FONT_SANS_BOLD];
  return weight === 'heavy' ? [FONT_SERIF_HEAVY] : weight === 'bold' ? [FONT_SERIF_BOLD] : [FONT_SERIF];
}

/**
 * The composer style of a tier. When the frame picked the face itself (family, weight or a font),
 * the style gets an id of its own so the newsroom's per-style font choice does not override it;
 * otherwise it stays 引题/主题/副题 and the newsroom's faces apply.
 */
export function tierTextStyle(tier: HeadlineTier, s: HeadlineTierStyle, own: HeadlineTierStyle | undefined): TextStyle {
  const base = BASE[tier];
  const size = s.size ?? s.fit?.maxSize ?? base.size;
  const picked = own !== undefined && (own.family !== undefined || own.weight !== undefined || own.fontId !== undefined);
  const faces = familyFonts(s.family, s.weight);
  const style: TextStyle = {
    ...base,
    id: picked ? `${base.id}-frame` : base.id,
    size,
    leading: Math.round(size * LEADING[tier] * 4) / 4,
    fonts: s.fontId ? [s.fontId, ...faces] : faces,
    align: s.align ?? 'center',
    indent: 0,
    scaleX: s.scaleX ?? 1,
  };
  const { fit: _houseFit, ...plain } = style;
  if (s.size === undefined && s.fit) return { ...plain, fit: s.fit };
  return plain;
}
