import { describe, expect, it } from 'vitest';
import { buildTestIssue } from '../../../../test/support/test-issue';
import { admitIssue } from './admit-issue';
import { validateIssue } from './validate-issue';

// Who set the status is a name typed in another browser: the door keeps it trimmed and at most
// 80 characters, and drops anything else, keeping the rest of the issue.
describe('statusSetBy at the schema door', () => {
  const issue = { ...buildTestIssue({ cards: 2 }), statusChangedAt: 7 };

  it('lets a trimmed name through, the issue unchanged', () => {
    const named = { ...issue, statusSetBy: 'Ana Ruiz' };
    expect(admitIssue(named)).toBe(named);
  });

  it('trims a name and cuts it to 80 characters, whole code points', () => {
    expect(admitIssue({ ...issue, statusSetBy: '  Ana \n' }).statusSetBy).toBe('Ana');
    const long = `${'é'.repeat(79)}😀😀`;
    expect(admitIssue({ ...issue, statusSetBy: long }).statusSetBy).toBe(`${'é'.repeat(79)}😀`);
    expect(admitIssue({ ...issue, statusSetBy: `${'a'.repeat(79)} b` }).statusSetBy).toBe(
      'a'.repeat(79),
    );
  });

  it.each([42, null, {}, ['Ana'], '', '   '])('drops %j and keeps the rest of the issue', (bad) => {
    const admitted = admitIssue({ ...issue, statusSetBy: bad });
    expect(admitted).not.toHaveProperty('statusSetBy');
    expect(admitted).toEqual(issue);
  });

  it('is refused by the validator alone when not repaired', () => {
    expect(() => validateIssue({ ...issue, statusSetBy: ' Ana' })).toThrow(/statusSetBy/);
    expect(() => validateIssue({ ...issue, statusSetBy: 3 })).toThrow(/statusSetBy/);
  });
});
