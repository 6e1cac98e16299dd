import type { DiffOp } from '../../../../shared/api/methods/stories';
import type { MessageKey } from '../../i18n/zh-cn';
import { useT } from '../../i18n/use-t';

export type DiffField = { field: string; ops: DiffOp[] };

const FIELD_LABELS: Record<string, MessageKey> = {
  kicker: 'field.kicker',
  headline: 'field.headline',
  subhead: 'field.subhead',
  byline: 'field.byline',
  dateline: 'field.dateline',
  section: 'field.section',
  body: 'field.body',
};

/** Only the fields that changed. */
export function changedFields(fields: readonly DiffField[]): DiffField[] {
  return fields.filter((f) => f.ops.some((o) => o.op !== 'equal'));
}

/** A revision diff per field: inline (deletions struck through in red, insertions green) or side by side. */
export function DiffView({ fields, mode }: { fields: DiffField[]; mode: 'inline' | 'side' }) {
  const t = useT();
  const changed = changedFields(fields);
  if (!changed.length) return <div data-testid="diff-empty">{t('editor.noChange')}</div>;
  return (
    <div className="bx-diff" data-testid="diff-view">
      {changed.map((f) => (
        <section key={f.field} className="bx-diff-field" data-testid={`diff-field-${f.field}`}>
          <h4>{FIELD_LABELS[f.field] ? t(FIELD_LABELS[f.field]!) : f.field}</h4>
          {mode === 'inline' ? (
            <div className="bx-diff-text">{renderOps(f.ops, 'both')}</div>
          ) : (
            <div className="bx-diff-side">
              <div className="bx-diff-text" data-testid="diff-old">{renderOps(f.ops, 'old')}</div>
              <div className="bx-diff-text" data-testid="diff-new">{renderOps(f.ops, 'new')}</div>
            </div>
          )}
        </section>
      ))}
    </div>
  );
}

function renderOps(ops: DiffOp[], side: 'both' | 'old' | 'new') {
  return ops.map((o, i) => {
    if (o.op === 'equal') return <span key={i}>{elide(o.text, i === 0, i === ops.length - 1)}</span>;
    if (o.op === 'delete') return side === 'new' ? null : <del key={i} className="bx-del" data-testid="diff-del">{o.text}</del>;
    return side === 'old' ? null : <ins key={i} className="bx-ins" data-testid="diff-ins">{o.text}</ins>;
  });
}

const KEEP = 60;

/** Long unchanged stretches shrink to their ends, so the change is what the eye finds. */
export function elide(text: string, first: boolean, last: boolean): string {
  const cps = Array.from(text);
  if (cps.length <= KEEP * 2 + 20) return text;
  const head = first ? '' : cps.slice(0, KEEP).join('');
  const tail = last ? '' : cps.slice(-KEEP).join('');
  return `${head}……${tail}`;
}
