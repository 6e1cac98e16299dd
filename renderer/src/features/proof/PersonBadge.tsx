import { personColour, personInitial } from './colours';

/** A round badge with the first character of a person's name, in that person's colour. */
export function PersonBadge({ userId, name }: { userId: number; name: string }) {
  return (
    <span className="bx-pf-person" style={{ background: personColour(userId) }} title={name} data-testid="person-badge" data-user={name}>
      {personInitial(name)}
    </span>
  );
}
