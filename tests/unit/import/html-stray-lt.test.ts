import { describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/import';
import { htmlToParagraphs } from '../../../electron/import/html-to-paragraphs';

// Found by fuzzing: a '<' that opens no tag used to swallow the following tag up to its '>', so the
// content of `<script>`/`<style>` after it was emitted as copy.
describe('HTML tokenizer: a stray "<" before a tag', () => {
  it('still drops the body of <<script>', () => {
    const r = htmlToParagraphs('<p>正文<<script>alert(1)</script>完</p>');
    expect(r.paragraphs).toEqual([{ text: '正文<完' }]);
    expect(r.droppedActive).toBe(1);
  });

  it('still drops the body of <<style>, also with spaces and upper case between', () => {
    const r = htmlToParagraphs('<p>甲< <STYLE>p{color:red}</Style>乙</p><<style>p{}</style>');
    expect(r.paragraphs).toEqual([{ text: '甲< 乙' }, { text: '<' }]);
    expect(r.droppedActive).toBe(2);
  });

  it('keeps a "<" that opens no tag as text, as a browser does', () => {
    expect(htmlToParagraphs('<p>3 < 5，且 6 > 4</p><p>末尾<</p>').paragraphs).toEqual([{ text: '3 < 5，且 6 > 4' }, { text: '末尾<' }]);
  });

  it('finds the close tag after characters whose lower case is longer (U+0130)', () => {
    expect(htmlToParagraphs('<p>İİİİ<script>alert(1)</SCRIPT>z</p>').paragraphs).toEqual([{ text: 'İİİİz' }]);
  });

  it('a pasted "<<script>" / "<<style>" reaches no story field', async () => {
    const r = await importFile({ name: 'paste', text: '', html: '<p>正文</p><<script>alert(1)</script><<style>p{}</style>' });
    const fields = r.stories.flatMap((s) => [s.kicker, s.headline, s.subhead, s.byline, s.dateline, ...s.body]);
    expect(fields.join('\n')).not.toMatch(/alert|p\{\}/);
    expect(fields).toContain('正文');
  });
});
