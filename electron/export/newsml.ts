import type { StoryContent } from '../../shared/model/story';
import { escapeXml } from '../../shared/render/xml';

/** A tag as the NewsML-G2 item carries it. */
export interface NewsmlTag {
  name: string;
  kind: string;
  /** IPTC Media Topic QCode (`medtop:NNNNNNNN`) when the tag is mapped to one. */
  iptcCode: string | null;
}

/** Everything one article's NewsML-G2 item needs. */
export interface NewsmlInput {
  storyId: number;
  content: StoryContent;
  revision: number;
  tags: readonly NewsmlTag[];
  /** Issue date, YYYY-MM-DD. */
  issueDate: string;
  paperName: string;
  /** 版次 the article starts on. */
  pageNumber: number;
  /** When the item was written (ISO 8601 with zone). */
  versionCreated: string;
  /** Provider domain used in the GUID. */
  provider?: string;
}

const NS = 'http://iptc.org/std/nar/2006-10-01/';
// Our own schemes, declared in the item's inline catalog so every QCode resolves.
const BX_URI = 'https://banxin.invalid/cv/';
const MEDTOP = /^medtop:\d{8}$/;
// Headline roles (引题/主题/副题) as QCodes of Banxin's headline-role scheme.
const HEADLINE_ROLES = [
  ['kicker', 'bxhl:kicker'],
  ['headline', 'bxhl:main'],
  ['subhead', 'bxhl:subtitle'],
] as const;

const x = escapeXml;

/** A URN-safe GUID for a story: stable across exports so a re-export updates the same item. */
export function newsmlGuid(provider: string, storyId: number): string {
  return `urn:newsml:${provider}:story:${storyId}`;
}

/**
 * One article as a NewsML-G2 2.35 newsItem: 引题/主题/副题 as role-tagged `headline`s, byline as
 * `by`, 电头 as `dateline`, 栏目 as a section `subject`, tags as subjects (IPTC Media Topic
 * QCodes where mapped, literals otherwise), and the body as inline XHTML.
 */
export function newsmlItem(input: NewsmlInput): string {
  const c = input.content;
  const provider = input.provider ?? 'banxin.local';
  const lines: string[] = [];
  const push = (s: string): void => {
    lines.push(s);
  };
  push('<?xml version="1.0" encoding="UTF-8"?>');
  push(
    `<newsItem xmlns="${NS}" guid="${x(newsmlGuid(provider, input.storyId))}" version="${Math.max(1, input.revision)}" standard="NewsML-G2" standardversion="2.35" conformance="power" xml:lang="zh-CN">`,
  );
  push('  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"/>');
  push('  <catalog>');
  push(`    <scheme alias="bxhl" uri="${BX_URI}headline-role/"/>`);
  push(`    <scheme alias="bxsec" uri="${BX_URI}section/"/>`);
  push(`    <scheme alias="bxtag" uri="${BX_URI}tag-kind/"/>`);
  push('  </catalog>');
  push('  <itemMeta>');
  push('    <itemClass qcode="ninat:text"/>');
  push(`    <provider literal="${x(input.paperName || provider)}"/>`);
  push(`    <versionCreated>${x(input.versionCreated)}</versionCreated>`);
  push('    <pubStatus qcode="stat:usable"/>');
  push('  </itemMeta>');
  push('  <contentMeta>');
  push(`    <contentCreated>${x(input.issueDate)}</contentCreated>`);
  push('    <language tag="zh-CN"/>');
  if (c.section) push(`    <subject type="cpnat:abstract" literal="${x(`section:${c.section}`)}" why="why:direct"><name>${x(c.section)}</name></subject>`);
  for (const t of input.tags) {
    const mapped = t.iptcCode && MEDTOP.test(t.iptcCode);
    const id = mapped ? `qcode="${x(t.iptcCode!)}"` : `literal="${x(`${t.kind}:${t.name}`)}"`;
    push(`    <subject type="cpnat:abstract" ${id}><name>${x(t.name)}</name></subject>`);
  }
  push(`    <slugline>${x(`${input.paperName} 第${input.pageNumber}版`)}</slugline>`);
  for (const [field, role] of HEADLINE_ROLES) {
    const v = c[field];
    if (v) push(`    <headline role="${role}">${x(v)}</headline>`);
  }
  if (c.dateline) push(`    <dateline>${x(c.dateline)}</dateline>`);
  if (c.byline) push(`    <by>${x(c.byline)}</by>`);
  push('  </contentMeta>');
  push('  <contentSet>');
  push('    <inlineXML contenttype="application/xhtml+xml">');
  push('      <html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN"><head><title>' + x(c.headline) + '</title></head><body>');
  for (const b of c.body) {
    const tag = b.type === 'subheading' ? 'h3' : 'p';
    push(`        <${tag}>${x(b.text)}</${tag}>`);
  }
  push('      </body></html>');
  push('    </inlineXML>');
  push('  </contentSet>');
  push('</newsItem>');
  return lines.join('\n') + '\n';
}
