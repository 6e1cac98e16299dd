import { describe, expect, it } from 'vitest';
import { hanRuns } from '../../../shared/proof/archive/han-runs';
import { NgramIndex } from '../../../shared/proof/archive/ngram-index';
import { archiveSuspects } from '../../../shared/proof/archive/suspects';

// A small 稿库 in county-news style: the 县长's name four times, a fixed phrase three times.
const ARCHIVE = [
  '县长李梦楚主持召开县政府常务会议，研究部署春耕生产工作。',
  '县长李梦楚带队检查安全生产，要求压实各方责任。',
  '昨天，县长李梦楚到溪口镇调研乡村振兴工作。',
  '县长李梦楚在会上强调，要坚持实事求是，把问题找准。',
  '各级干部必须坚持实事求是的思想路线。',
  '调查研究要实事求是，不能走马观花。',
];

function indexOf(texts: readonly string[]): NgramIndex {
  const ix = new NgramIndex();
  for (const t of texts) ix.add(t);
  return ix;
}

describe('Han runs', () => {
  it('splits at everything that is not an ideograph and steps over astral characters by two units', () => {
    const runs = hanRuns('𠮷野家，2025年开业');
    expect(runs.map((r) => String.fromCodePoint(...r.chars))).toEqual(['𠮷野家', '年开业']);
    expect(runs[0]!.offsets).toEqual([0, 2, 3, 4]);
    expect(runs[1]!.offsets).toEqual([9, 10, 11, 12]);
  });
});

describe('the n-gram index', () => {
  it('counts grams and forgets a removed text exactly', () => {
    const ix = indexOf(ARCHIVE);
    const g = [...'李梦楚主'].map((c) => c.codePointAt(0)!);
    expect(ix.count(g, 0, 3)).toBe(4);
    expect(ix.count(g)).toBe(1);
    expect(ix.fillersAt([...'长李梦X'].map((c) => c.codePointAt(0)!), 3).map((f) => [String.fromCodePoint(f.cp), f.count])).toEqual([['楚', 4]]);
    ix.remove(ARCHIVE[0]!);
    ix.remove(ARCHIVE[1]!);
    expect(ix.count(g, 0, 3)).toBe(2);
    expect(ix.fillersAt([...'长李梦X'].map((c) => c.codePointAt(0)!), 3).map((f) => f.count)).toEqual([2]);
    ix.remove(ARCHIVE[2]!);
    expect(ix.fillersAt([...'长李梦X'].map((c) => c.codePointAt(0)!), 3)).toEqual([]); // below two sightings: not listed
    expect(ix.hanChars).toBe(ARCHIVE.slice(3).join('').replace(/[，。、]/g, '').length);
  });
});

describe('疑似 errors against the archive', () => {
  const ix = indexOf(ARCHIVE);

  it('flags a name written with a different character and suggests the archive’s', () => {
    const text = '会上作讲话的是县长李梦础。';
    const f = archiveSuspects(ix, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ start: text.indexOf('础'), end: text.indexOf('础') + 1, suggestion: '楚', category: 'confusable-word', rule: 'archive-ngram', severity: 'info' });
    expect(f[0]!.message).toMatch(/^疑似：稿库中“.*李梦楚”出现 \d+ 次，未见“.*李梦础”/);
  });

  it('flags a fixed phrase missing a character as an insertion at the gap', () => {
    const text = '我们要坚持实求是，办好民生实事。';
    const f = archiveSuspects(ix, text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ start: text.indexOf('求'), end: text.indexOf('求'), suggestion: '事', severity: 'info' });
    expect(f[0]!.message).toContain('疑漏“事”字');
  });

  it('reports UTF-16 offsets when an astral character comes first', () => {
    const text = '𠮷𠮷镇，来的是县长李梦础。';
    const [f] = archiveSuspects(ix, text);
    expect(f!.start).toBe(text.indexOf('础'));
    expect(text.slice(f!.start, f!.end)).toBe('础');
  });

  it('stays quiet when the archive’s variant is rare', () => {
    const rare = indexOf(ARCHIVE.slice(2)); // 李梦楚 twice only
    expect(archiveSuspects(rare, '会上作讲话的是县长李梦础。')).toEqual([]);
  });

  it('stays quiet when the archive also has the text’s own window, even once', () => {
    const both = indexOf([...ARCHIVE, '副县长李梦础出席。']);
    expect(archiveSuspects(both, '会上作讲话的是县长李梦础。')).toEqual([]);
  });

  it('stays quiet when the story itself writes the new form twice', () => {
    const story = '会上作讲话的是县长李梦础。\n李梦础说，县长李梦础这个名字没有错。';
    expect(archiveSuspects(ix, '会上作讲话的是县长李梦础。', { story: story.split('\n') })).toEqual([]);
  });

  it('leaves the checked story out of the archive it is checked against', () => {
    const story = '县长李梦楚说。县长李梦楚讲。讲话的是县长李梦础。';
    const all = indexOf([...ARCHIVE, story]);
    expect(archiveSuspects(all, story)).toEqual([]); // counted in, the story's own 李梦础 makes the window "seen"
    const [f] = archiveSuspects(all, story, { story: [story], indexed: true });
    expect(f!.message).toContain('出现 4 次'); // the archive's four, not the story's own two on top
    const fewer = indexOf([...ARCHIVE.slice(2), story]); // two sightings elsewhere, two in the story
    expect(archiveSuspects(fewer, story, { story: [story], indexed: true })).toEqual([]);
  });

  it('does not take the archive’s next word for a correction (a character at the window’s edge mid-run)', () => {
    expect(archiveSuspects(ix, '县长李梦础作了讲话。')).toEqual([]); // 础 ends 长李梦础 but the run goes on: no telling
  });

  it('stays quiet when the archive is split over which character belongs there', () => {
    const split = indexOf([...ARCHIVE, '县长李梦晨到会。', '县长李梦晨指出。', '县长李梦晨要求。']);
    expect(archiveSuspects(split, '会上作讲话的是县长李梦础。')).toEqual([]);
  });
});
