import type { CheckOptions, Finding, ProofCategory } from '../../shared/proof/index';
import { checkText, PROOF_CATEGORIES } from '../../shared/proof/index';
import { categoryName } from '../../shared/proof/category-names';
import { lexiconsFromListed } from '../../shared/proof/lexicons/merge';
import type { Lexicons } from '../../shared/proof/lexicons/types';

/** I/O the command needs; the CLI passes process streams and fs.readFile. */
export interface ProofCommandIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (p: string) => Promise<string>;
}

const USAGE = `usage: banxin proof [--db PATH | --pg URL] [--categories a,b,…] FILE.txt
       banxin proof [--db PATH | --pg URL] [--categories a,b,…] --jsonl IN.jsonl
  --db PATH      check with that newsroom's 词库 (its own entries, defaults it switched off);
  --pg URL       the same from a newsroom's PostgreSQL (password from BANXIN_PG_PASSWORD);
                 without it, the shipped word lists only (what proof-eval scores)
  FILE.txt       print findings for people (line:column, 类别 in Chinese, fix, reason)
  --jsonl IN     read records {"id","text"} one per line; write one line per record:
                 {"id","findings":[{"start","end","category","suggestion","message"}]}
                 (UTF-16 offsets, the format proof-eval/score.mjs scores)
`;

function parseCategories(v: string | undefined): ProofCategory[] | null {
  if (!v) return null;
  const known = new Set<string>(PROOF_CATEGORIES);
  const out = v.split(',').map((c) => c.trim()).filter(Boolean);
  return out.every((c) => known.has(c)) ? (out as ProofCategory[]) : null;
}

/** Line and column (1-based, column in code points) of a UTF-16 offset. */
function position(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const nl = before.lastIndexOf('\n');
  const line = before.split('\n').length;
  return { line, col: Array.from(before.slice(nl + 1)).length + 1 }; // code points, not UTF-16 units
}

const SEVERITY_NAMES: Record<Finding['severity'], string> = { error: '差错', warning: '存疑', info: '提示' };

function human(file: string, text: string, findings: Finding[]): string {
  const lines = findings.map((f) => {
    const { line, col } = position(text, f.start);
    const found = JSON.stringify(text.slice(f.start, f.end));
    // People read the trade's names; the English codes stay in the --jsonl output for scripts.
    return `${file}:${line}:${col}  ${SEVERITY_NAMES[f.severity]} ${categoryName(f.category)} ${found} → ${JSON.stringify(f.suggestion)}  ${f.message}`;
  });
  lines.push(`${findings.length} finding(s)`);
  return `${lines.join('\n')}\n`;
}

/** The word lists of the newsroom's database (`--db`, or `--pg` on PostgreSQL), read through the contract (lexicons.list). */
async function newsroomLexicons(storeArgs: string[]): Promise<Lexicons> {
  // Loaded only with --db/--pg: the plain checker needs no database or core.
  const { openCliCore } = await import('./open-core');
  const { core, client } = await openCliCore(storeArgs);
  try {
    return lexiconsFromListed(await client.call('lexicons.list', {}));
  } finally {
    core.close();
  }
}

/**
 * `banxin proof`: check a text file (human output) or a JSONL file of records (machine
 * output). Returns the exit code: 0 done, 1 unreadable input, 2 usage error.
 */
export async function proofCommand(args: string[], io: ProofCommandIo): Promise<number> {
  let jsonl: string | null = null;
  let file: string | null = null;
  let categories: ProofCategory[] | undefined;
  const storeArgs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--db' || a === '--pg') {
      const value = args[++i];
      if (!value) {
        io.stderr(USAGE);
        return 2;
      }
      storeArgs.push(a, value);
    } else if (a === '--jsonl') {
      jsonl = args[++i] ?? null;
      if (!jsonl) break;
    } else if (a === '--categories') {
      const parsed = parseCategories(args[++i]);
      if (!parsed) {
        io.stderr(`unknown category in ${args[i] ?? ''}; known: ${PROOF_CATEGORIES.join(', ')}\n`);
        return 2;
      }
      categories = parsed;
    } else if (a === '--help' || a === '-h') {
      io.stdout(USAGE);
      return 0;
    } else if (a !== undefined && !a.startsWith('--') && file === null) {
      file = a;
    } else {
      io.stderr(USAGE);
      return 2;
    }
  }
  const path = jsonl ?? file;
  if (!path || (jsonl !== null && file !== null)) {
    io.stderr(USAGE);
    return 2;
  }
  let input: string;
  try {
    input = await io.readFile(path);
  } catch (e) {
    io.stderr(`cannot read ${path}: ${(e as Error).message}\n`);
    return 1;
  }
  const options: CheckOptions = {};
  if (categories) options.categories = categories;
  if (storeArgs.length > 0) options.lexicons = await newsroomLexicons(storeArgs);
  if (jsonl === null) {
    io.stdout(human(path, input, checkText(input, options)));
    return 0;
  }
  let lineNo = 0;
  for (const line of input.split('\n')) {
    lineNo++;
    if (!line.trim()) continue;
    let rec: { id?: unknown; text?: unknown };
    try {
      rec = JSON.parse(line) as { id?: unknown; text?: unknown };
    } catch {
      io.stderr(`${path}:${lineNo}: not JSON, skipped\n`);
      continue;
    }
    if (typeof rec.text !== 'string') {
      io.stderr(`${path}:${lineNo}: no "text", skipped\n`);
      continue;
    }
    const findings = checkText(rec.text, options).map(({ start, end, category, suggestion, message }) => ({
      start,
      end,
      category,
      suggestion,
      message,
    }));
    io.stdout(`${JSON.stringify({ id: rec.id, findings })}\n`);
  }
  return 0;
}
