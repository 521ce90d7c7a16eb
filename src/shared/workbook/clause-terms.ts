import type { Clause } from './schema';

/** A clause's terms: what the teams agree to (not its wording, status or discussion). */
function terms(c: Clause): string {
  const { status: _status, comments: _comments, title: _title, ...rest } = c;
  return JSON.stringify(rest);
}

/**
 * An agreed clause whose terms changed goes back to "proposed": the teams agreed to the old terms, not the
 * new ones. Applied by the editor after every clause edit; returns the status the clause should have.
 */
export function statusAfterEdit(before: Clause, after: Clause): Clause['status'] {
  return after.status === 'agreed' && before.status === 'agreed' && terms(before) !== terms(after)
    ? 'proposed'
    : after.status;
}
