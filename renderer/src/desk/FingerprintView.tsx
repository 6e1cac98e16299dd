import { Fragment } from 'react';
import { fingerprintGroups } from '../../../shared/api/desk-bridge';

/**
 * A SHA-256 fingerprint people can compare aloud: pairs of hex digits, four to a group, a space
 * between groups and no break inside one — a line never ends in the middle of a byte.
 */
export function FingerprintView({ fingerprint, testId, danger }: { fingerprint: string; testId: string; danger?: boolean }) {
  return (
    <code className={`bx-fingerprint${danger ? ' bx-fingerprint-danger' : ''}`} data-testid={testId} data-fingerprint={fingerprint}>
      {fingerprintGroups(fingerprint).map((g, i) => (
        // The space sits between the groups, outside them: the only places a line may break.
        <Fragment key={i}>
          {i > 0 ? ' ' : ''}
          <span className="bx-fingerprint-group">{g}</span>
        </Fragment>
      ))}
    </code>
  );
}
