import { collapseSpaces } from '../../shared/text';
import type { SourceParagraph } from './source-paragraph';

/** Result of converting HTML: plain paragraphs plus what was dropped. */
export interface HtmlConversion {
  paragraphs: SourceParagraph[];
  droppedImages: number;
  droppedActive: number;
}

// Elements whose whole content is dropped: active content, styling, embedded documents.
const DROP_CONTENT = new Set(['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'svg', 'math', 'frame', 'frameset', 'applet', 'head', 'title', 'textarea', 'select', 'button']);
const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'blockquote', 'section', 'article', 'pre', 'table', 'ul', 'ol', 'dd', 'dt', 'header', 'footer', 'td', 'th', 'hr', 'body', 'html', 'figure', 'figcaption', 'aside', 'main', 'nav', 'caption']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BOLD = new Set(['b', 'strong']);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', hellip: '…', middot: '·', ensp: ' ', emsp: ' ', thinsp: ' ', shy: '' };

/** Decodes the HTML character references a clipboard or mammoth produces; unknown ones stay as text. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (m, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(cp);
    }
    return NAMED[ref.toLowerCase()] ?? m;
  });
}

/**
 * Converts (untrusted) HTML — mammoth output or pasted clipboard HTML — into plain paragraphs.
 * Sanitising by construction: the output is text only, so no element, attribute, script, event
 * handler, `javascript:` link or remote resource can survive. Content of script/style/iframe/…
 * is dropped entirely; images are dropped and counted. Headings and all-bold paragraphs are
 * kept as hints for structure recognition. Linear time, tolerant of malformed markup.
 */
export function htmlToParagraphs(html: string): HtmlConversion {
  const paragraphs: SourceParagraph[] = [];
  let droppedImages = 0;
  let droppedActive = 0;
  let text = '';
  let boldChars = 0;
  let plainChars = 0;
  let heading = false;
  let boldDepth = 0;

  const flush = (): void => {
    const t = collapseSpaces(decodeEntities(text));
    if (t.length > 0) {
      const p: SourceParagraph = { text: t };
      if (heading) p.hint = 'heading';
      else if (boldChars > 0 && plainChars === 0) p.hint = 'bold';
      paragraphs.push(p);
    }
    text = '';
    boldChars = 0;
    plainChars = 0;
    heading = false;
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const chunkEnd = lt < 0 ? html.length : lt;
    if (chunkEnd > i) {
      const chunk = html.slice(i, chunkEnd).replace(/[\r\n\t]+/g, ' ');
      text += chunk;
      const visible = chunk.replace(/\s+/g, '').length;
      if (boldDepth > 0) boldChars += visible;
      else plainChars += visible;
    }
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (!startsMarkup(html, lt + 1)) {
      // A '<' that opens no tag ('a < 1', the first of '<<script>') is text, as in a browser's
      // tokenizer; consuming it up to the next '>' would hide the following tag and leak its content.
      text += '<';
      if (boldDepth > 0) boldChars++;
      else plainChars++;
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break; // an unterminated tag: drop the rest rather than show markup as text
    const raw = html.slice(lt + 1, gt);
    i = gt + 1;
    const m = /^\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9:-]*)/.exec(raw);
    if (!m) continue; // <!DOCTYPE>, <?xml?>, stray '<' followed by junk
    const closing = m[1] === '/';
    const name = (m[2] ?? '').toLowerCase();
    if (!closing && DROP_CONTENT.has(name)) {
      droppedActive++;
      // Skip to the matching close tag (case-insensitive); no nesting needed for raw-text elements.
      // A case-insensitive search in `html` itself: lower-casing first can change the string's length
      // (U+0130 becomes two code units) and would shift the index found.
      const closeRe = new RegExp(`</${name}`, 'gi');
      closeRe.lastIndex = i;
      const close = closeRe.exec(html)?.index ?? -1;
      if (close < 0) {
        i = html.length;
      } else {
        const closeEnd = html.indexOf('>', close);
        i = closeEnd < 0 ? html.length : closeEnd + 1;
      }
      continue;
    }
    if (name === 'img' || name === 'picture' || name === 'video' || name === 'audio' || name === 'source') {
      if (name === 'img') droppedImages++;
      continue;
    }
    if (name === 'br') {
      flush();
      continue;
    }
    if (BOLD.has(name)) {
      boldDepth = Math.max(0, boldDepth + (closing ? -1 : 1));
      continue;
    }
    if (BLOCK.has(name)) {
      flush();
      if (!closing && HEADINGS.has(name)) heading = true;
    }
  }
  flush();
  return { paragraphs, droppedImages, droppedActive };
}

/**
 * Whether the '<' just before `at` opens markup, as in the HTML tokenizer: a tag name, '/', '!'
 * or '?' right after it. A '<' followed by a space is text: treating '< A<script>' as a tag would
 * run it up to the script tag's '>' and hide that tag, leaking the script's body into the copy.
 */
function startsMarkup(html: string, at: number): boolean {
  const c = html[at];
  return c !== undefined && /[a-zA-Z/!?]/.test(c);
}
