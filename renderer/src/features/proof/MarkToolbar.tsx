import { Alert, Button, Input, Segmented, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { CORRECTION_KINDS, CORRECTION_LABELS, type CorrectionKind, type ErrorClass } from '../../../../shared/model/proofing';
import { errorText } from '../../api/error-text';
import { useLang } from '../../i18n/store';
import { useLabel, useProofT } from './messages';
import { correctionParams, defaultKind, reversed } from './spans';
import { useProof } from './store';
import { useSession } from '../session/store';

/** Show a selected span readably: paragraph breaks as ↵, long spans shortened in the middle. */
const shown = (s: string): string => {
  const v = s.replace(/\n/g, '↵');
  const cps = [...v];
  return cps.length > 24 ? `${cps.slice(0, 10).join('')}…${cps.slice(-10).join('')}` : v;
};

/** Choose a GB/T 14706 mark for the selected span, type the new text, and mark it. */
export function MarkToolbar() {
  const t = useProofT();
  const label = useLabel();
  const lang = useLang((s) => s.lang);
  const { story, body, selection, busy, errors, add } = useProof();
  const [kind, setKind] = useState<CorrectionKind>('replace');
  const [replacement, setReplacement] = useState('');
  const [comment, setComment] = useState('');
  const [errorClass, setErrorClass] = useState<ErrorClass>('C');
  const [problem, setProblem] = useState(false);

  // A new selection starts a new mark: its kind from the span, the text fields blank.
  useEffect(() => {
    if (!selection) return;
    setKind(defaultKind(selection.start, selection.end));
    setReplacement('');
    setComment('');
    setProblem(false);
  }, [selection]);
  // Another story or another person at the desk: nothing typed for the last mark carries over.
  const me = useSession((s) => s.current?.id);
  useEffect(() => {
    setReplacement('');
    setComment('');
    setErrorClass('C');
    setProblem(false);
  }, [story?.id, me]);

  if (!story) return null;
  const original = selection ? body.slice(selection.start, selection.end) : '';
  const params = selection ? correctionParams(story.id, body, selection, { kind, replacement, comment, errorClass }) : null;
  const needsText = kind === 'insert' || kind === 'replace' || kind === 'transpose';
  const onKind = (k: CorrectionKind): void => {
    setKind(k);
    if (k === 'transpose' && original) setReplacement(reversed(original));
    setProblem(false);
  };
  const onMark = async (): Promise<void> => {
    if (!params) return setProblem(true);
    // Once marked, the 批注 and 改为 fields start empty for the next mark.
    if (await add(params)) {
      setReplacement('');
      setComment('');
    }
  };
  return (
    <div className="bx-pf-toolbar" data-testid="mark-toolbar">
      <div className="bx-pf-selection" data-testid="mark-selection">
        {!selection ? t('noSelection') : selection.start === selection.end ? t('caretAt', { at: selection.start }) : `${t('selected')}「${shown(original)}」`}
      </div>
      <Segmented<CorrectionKind>
        value={kind}
        onChange={onKind}
        options={CORRECTION_KINDS.map((k) => ({
          value: k,
          label: (
            <Tooltip title={CORRECTION_LABELS[k].mark}>
              <span data-testid={`mark-kind-${k}`}>{label(CORRECTION_LABELS[k])}</span>
            </Tooltip>
          ),
        }))}
      />
      {needsText && (
        <Input className="bx-pf-input" placeholder={t('replacement')} value={replacement} onChange={(e) => setReplacement(e.target.value)} data-testid="mark-replacement" onPressEnter={() => void onMark()} />
      )}
      <Input className="bx-pf-input" placeholder={t('comment')} value={comment} onChange={(e) => setComment(e.target.value)} data-testid="mark-comment" />
      <Segmented<ErrorClass>
        value={errorClass}
        onChange={setErrorClass}
        options={(['A', 'B', 'C'] as const).map((c) => ({ value: c, label: <span title={t(`class${c}`)} data-testid={`mark-class-${c}`}>{c}</span> }))}
      />
      <Button type="primary" disabled={!selection || busy} onClick={() => void onMark()} data-testid="mark-submit">
        {t('mark')}
      </Button>
      {problem && <Alert type="warning" showIcon title={t('cannotMark')} data-testid="mark-problem" />}
      {errors.mark !== undefined && <Alert type="error" showIcon title={errorText(errors.mark, lang)} data-testid="mark-error" />}
    </div>
  );
}
