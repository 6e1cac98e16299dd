/**
 * Bring the proof copy at a body offset into view and flash it: the paragraph holding the offset,
 * then the last run starting at or before it (runs carry their body offset in `data-at`).
 */
export function scrollProofTo(start: number): void {
  const body = document.querySelector('[data-testid=proof-body]');
  if (!body) return;
  const paras = [...body.querySelectorAll<HTMLElement>('p[data-at]')];
  const para = paras.filter((p) => Number(p.dataset.at) <= start).at(-1) ?? paras[0];
  if (!para) return;
  const runs = [...para.querySelectorAll<HTMLElement>('[data-at]')];
  const target = runs.filter((r) => Number(r.dataset.at) <= start).at(-1) ?? para;
  target.scrollIntoView({ block: 'center' });
  target.classList.add('bx-pf-flash');
  target.setAttribute('data-flash', '');
  window.setTimeout(() => {
    target.classList.remove('bx-pf-flash');
    target.removeAttribute('data-flash');
  }, 1600);
}
