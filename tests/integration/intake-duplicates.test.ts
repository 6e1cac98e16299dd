// #18 item 4: before storing, each incoming story is compared with the 稿库 by body similarity.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textSimilarity } from '../../shared/text/similarity';
import { tempCore, type TempCore } from '../support/temp-core';

let t: TempCore;
beforeEach(async () => (t = await tempCore()));
afterEach(() => t.dispose());

const STORY = [
  '药材产业富了山里人',
  '',
  '本报讯（记者 邱明）5月10日，在大坪乡的中药材种植基地，村民们正忙着为黄精除草施肥。近年来，大坪乡依托山区气候优势，引导农户发展中药材种植，全乡种植面积已达1.2万亩。',
  '',
  '“种黄精比种玉米划算多了，一亩地能多收三千多元。”村民邓志刚一边干活一边说。为了让农户种得好、卖得出，乡里引进两家加工企业，与种植户签订保底收购协议。',
  '',
  '目前，全乡已有中药材专业合作社9家，带动1,300余户农户增收，中药材产业成为当地群众致富的重要产业。',
].join('\n');
const OTHER = '山城夜景引客来\n\n本报讯（通讯员 何静）入夏以来，县城滨江步道每晚灯火通明，游客络绎不绝，沿江夜市摊位增至两百余个，带火了夜间消费。';
const file = (name: string, text: string) => ({ file: { name, dataBase64: Buffer.from(text).toString('base64') } });

describe('duplicate warning before storing', () => {
  it('measures similarity over the body: equal 1, a corrected figure still close, unrelated copy far', () => {
    const body = STORY.split('\n\n').slice(2).join('');
    expect(textSimilarity(body, body)).toBe(1);
    expect(textSimilarity(body, body.replace('9家', '11家').replace('三千多元', '两千多元'))).toBeGreaterThan(0.9);
    expect(textSimilarity(body, OTHER)).toBeLessThan(0.2);
    expect(textSimilarity(body, body.replace(/，/g, ',').replace(/\n/g, ' '))).toBe(1);
  });

  it('warns 已有相近稿件《…》（相似度 N%） for the same story re-sent, lets the editor skip it, and stays quiet for new copy', async () => {
    const first = await t.client.call('import.commit', { source: file('a.txt', STORY) });
    expect(first.stories).toHaveLength(1);
    const fresh = await t.client.call('import.preview', { source: file('b.txt', OTHER) });
    expect(fresh.stories[0]?.similar).toBeNull();

    // The same story again, re-typed with a changed figure and ASCII punctuation.
    const again = STORY.replace('9家', '10家').replace(/，/g, ',');
    const p = await t.client.call('import.preview', { source: file('c.txt', `${again}\n\n${OTHER}`) });
    expect(p.stories).toHaveLength(2);
    const dup = p.stories[0]?.similar;
    expect(dup?.storyId).toBe(first.stories[0]!.id);
    expect(dup?.similarity).toBeGreaterThan(0.9);
    expect(dup?.similarity).toBeLessThan(1);
    expect(dup?.message).toMatch(/^已有相近稿件《药材产业富了山里人》（相似度 9\d%）$/);
    expect(p.warnings.some((w) => w.includes('已有相近稿件《药材产业富了山里人》'))).toBe(true);
    expect(p.stories[1]?.similar).toBeNull();

    // Skip the duplicate, import the rest.
    const r = await t.client.call('import.commit', { source: file('c.txt', `${again}\n\n${OTHER}`), skipStories: [0] });
    expect(r.stories.map((s) => s.headline)).toEqual(['山城夜景引客来']);
    expect((await t.client.call('stories.list', {})).total).toBe(2);
    // Import anyway: nothing skipped stores both, the duplicate included.
    await t.client.call('import.commit', { source: file('c.txt', again) });
    expect((await t.client.call('stories.list', {})).total).toBe(3);
  });
});
