import { snippetParts } from './snippet';

/** A search snippet with its hits as <mark>. */
export function Snippet({ text }: { text: string }) {
  return (
    <span className="bx-snippet" data-testid="search-snippet">
      {snippetParts(text).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </span>
  );
}
