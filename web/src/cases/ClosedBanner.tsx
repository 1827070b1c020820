// A closed case says so at the top, with when and why, and that nothing can change until it is
// reopened — with a link straight to reopening, so the read-only state is never a puzzle.
import { Alert } from '../ui/Alert';
import type { CaseFile, Term } from './cases.api';
import { fill, formatDate, termLabel, useCasesText } from './cases-text';
import { useClosureText } from './closure-text';

export function ClosedBanner({ file, terms }: { file: CaseFile; terms: readonly Term[] | undefined }) {
  const { text, locale } = useCasesText();
  const closure = useClosureText();
  return (
    <Alert tone="info" title={text.file.readOnly} className="closed-banner">
      <p>
        {fill(closure.closedBanner, { date: formatDate(file.closedAt, locale), outcome: termLabel(terms, 'closure_outcome', file.closureOutcome ?? '', locale) })} <a href="#closure-title">{closure.toReopen}</a>
      </p>
    </Alert>
  );
}
