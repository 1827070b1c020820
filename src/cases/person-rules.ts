// Rules about a person's birth that hold wherever a person is recorded (a report's children, the
// people in a case file). An unborn child is a child, with an expected date instead of a birth date.
import type { FieldProblem } from '../platform/errors.js';

export interface BirthFacts {
  unborn: boolean;
  dateOfBirth: string | null;
  expectedBirth: string | null;
}

/** Problems with paths under `prefix` (e.g. `children.0.`); `today` is YYYY-MM-DD. */
export function birthProblems(person: BirthFacts, prefix: string, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (person.unborn && person.dateOfBirth) problems.push({ path: `${prefix}dateOfBirth`, key: 'case_unborn_with_birth_date' });
  if (!person.unborn && person.expectedBirth) problems.push({ path: `${prefix}expectedBirth`, key: 'case_expected_birth_only_unborn' });
  if (person.dateOfBirth && person.dateOfBirth > today) problems.push({ path: `${prefix}dateOfBirth`, key: 'case_birth_in_future' });
  return problems;
}
