// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { Snippet } from '../../../renderer/src/features/library/Snippet';
import { snippetParts } from '../../../renderer/src/features/library/snippet';

describe('search snippets', () => {
  it('splits hits marked with U+E000 … U+E001', () => {
    expect(snippetParts('…市委\uE000经济工作\uE001会议召开，\uE000经济\uE001')).toEqual([
      { text: '…市委', hit: false },
      { text: '经济工作', hit: true },
      { text: '会议召开，', hit: false },
      { text: '经济', hit: true },
    ]);
  });

  it('never shows the private-use markers, even when malformed', () => {
    expect(snippetParts('\uE001前\uE000𠮷野')).toEqual([
      { text: '前', hit: false },
      { text: '𠮷野', hit: true },
    ]);
    expect(snippetParts('')).toEqual([]);
  });

  it('renders hits as <mark> and escapes the copy', async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => root.render(<Snippet text={'<b>永康</b>\uE000五金\uE001之都'} />));
    const marks = [...host.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['五金']);
    expect(host.querySelector('b')).toBeNull();
    expect(host.textContent).toBe('<b>永康</b>五金之都');
    await act(async () => root.unmount());
  });
});
