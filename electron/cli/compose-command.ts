import { FontRegistry } from '../fonts/font-registry';
import { flowStory, type StoryBlock } from '../../shared/typeset/flow';
import type { KinsokuLevel } from '../../shared/typeset/kinsoku';
import type { PunctuationStyle } from '../../shared/typeset/punctuation';
import { bodyStyle } from '../../shared/typeset/styles';

/** I/O the command needs, injected so tests and the CLI share it. */
export interface ComposeIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (p: string) => Promise<string>;
}

const USAGE =
  'usage: compose --text FILE --measure N [--size PT] [--style basic|gb|strict] [--punct gb|quanjiao|kaiming] [--lines N] [--font ID] [--json]\n' +
  '  --measure N  column width in characters (ems); --lines N  frame depth in lines (for overset)\n';

const LEVELS: readonly KinsokuLevel[] = ['basic', 'gb', 'strict'];
const PUNCTS: readonly PunctuationStyle[] = ['gb', 'quanjiao', 'kaiming'];

let registry: FontRegistry | undefined;

/**
 * `compose`: sets a text file (one paragraph per non-empty line) in one column and prints
 * each line with its width in ems, plus the overset when `--lines` limits the column.
 * Returns the process exit code.
 */
export async function composeCommand(args: string[], io: ComposeIo): Promise<number> {
  const opts = new Map<string, string>();
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') {
      io.stdout(USAGE);
      return 0;
    } else if (a.startsWith('--') && i + 1 < args.length) opts.set(a.slice(2), args[++i]!);
    else {
      io.stderr(`compose: unexpected argument ${a}\n${USAGE}`);
      return 2;
    }
  }
  const file = opts.get('text');
  const measure = Number(opts.get('measure'));
  const size = Number(opts.get('size') ?? '10.5');
  const level = (opts.get('style') ?? 'gb') as KinsokuLevel;
  const punct = (opts.get('punct') ?? 'gb') as PunctuationStyle;
  const maxLines = opts.has('lines') ? Number(opts.get('lines')) : Infinity;
  if (!file || !(measure > 0) || !(size > 0) || !LEVELS.includes(level) || !PUNCTS.includes(punct) || !(maxLines > 0)) {
    io.stderr(`compose: bad or missing option\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (e) {
    io.stderr(`compose: cannot read ${file}: ${(e as Error).message}\n`);
    return 1;
  }
  registry ??= new FontRegistry();
  const font = opts.get('font');
  const style = bodyStyle(size === 9 ? 9 : 10.5, {
    size,
    leading: size * 1.5,
    kinsoku: level,
    punctuation: punct,
    ...(font ? { fonts: [font] } : {}),
  });
  const blocks: StoryBlock[] = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((t) => ({ text: t, style }));
  const depth = Number.isFinite(maxLines) ? maxLines : blocks.reduce((n, b) => n + b.text.length + 1, 0);
  const frame = { id: 'column', width: measure * size, height: depth * style.leading };
  const reg = registry;
  const result = flowStory(blocks, [frame], (s) => reg.fontSet(s.fonts));
  const lines = result.frames[0]!.lines;
  const overset = result.overset ? { chars: result.overset.chars, lines: result.overset.lines } : { chars: 0, lines: 0 };
  for (const w of result.warnings) io.stderr(`compose: block ${w.block} offset ${w.offset}: ${w.message}\n`);
  if (json) {
    io.stdout(
      JSON.stringify({
        lines: lines.map((l) => ({
          text: l.text,
          width: l.width,
          block: l.block,
          start: l.start,
          end: l.end,
          justified: l.justified,
          overfull: l.overfull,
        })),
        overset,
        copyfit: result.copyfit,
      }) + '\n',
    );
  } else {
    for (const l of lines) io.stdout(`${l.width.toFixed(3).padStart(7)}${l.justified ? ' J ' : '   '}${l.text}\n`);
    io.stdout(`overset: ${overset.chars} chars, ${overset.lines} lines\n`);
  }
  return 0;
}
