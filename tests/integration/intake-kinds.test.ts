// 简讯, 图片说明 and 通知 through the core: the preview shows the kind the importer found, the commit
// stores it (migration 12 widened the column), and a 'kind' structure edit can give any of them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../support/temp-core';

let t: TempCore;
beforeEach(async () => (t = await tempCore()));
afterEach(() => t.dispose());

const PAGE = [
  '县图书馆延长周末开放时间',
  '本报讯(通讯员 冯晓丽)从5月起,县图书馆周六、周日开放时间延长至晚上9点。',
  '油菜花开引客来',
  '5月3日,游客在桃源村油菜花田中拍照留念。(冯小川 摄)',
  '停水通知',
  '因供水管道维修,我公司定于2026年5月22日9:00—17:00对城区部分区域暂停供水。',
  '请相关用户提前做好储水准备,给您带来的不便,敬请谅解。',
  '某某县供水有限责任公司',
  '2026年5月19日',
].join('\n\n');
const source = { paste: { text: PAGE } };

describe('item kinds through import', () => {
  it('previews and stores 简讯, 图片说明 and 通知 as recognised; a kind edit gives another', async () => {
    const preview = await t.client.call('import.preview', { source });
    expect(preview.stories.map((s) => [s.kind, s.headline])).toEqual([
      ['brief', '县图书馆延长周末开放时间'],
      ['caption', '油菜花开引客来'],
      ['notice', '停水通知'],
    ]);
    const r = await t.client.call('import.commit', { source, section: '综合' });
    const stored = await Promise.all(r.stories.map((s) => t.client.call('stories.get', { id: s.id })));
    expect(stored.map((s) => s.content.kind)).toEqual(['brief', 'caption', 'notice']);
    expect(stored[2]!.content.body.map((b) => b.text).slice(-2)).toEqual(['某某县供水有限责任公司', '2026年5月19日']);

    const line = preview.stories[0]!.lines.find((l) => l.role === 'headline')!.id;
    const edited = await t.client.call('import.preview', { source, structureEdits: [{ op: 'kind', line, kind: 'notice' }] });
    expect(edited.stories.map((s) => s.kind)).toEqual(['notice', 'caption', 'notice']);
  });
});
