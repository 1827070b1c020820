import type { ChildSummary } from './cases.api';
import { fill, formatDate, useCasesText } from './cases-text';

/** "Noor Janssens °4 mei 2017, ongeboren kind (verwacht 15 jan. 2027)". */
export function ChildNames({ children }: { children: readonly ChildSummary[] }) {
  const { text, locale } = useCasesText();
  return (
    <ul className="child-names">
      {children.map((child) => (
        <li key={child.id}>
          <span className="child-names__name">{[child.firstName, child.lastName].filter(Boolean).join(' ') || text.list.unborn}</span>{' '}
          <span className="muted">
            {child.unborn
              ? `${child.firstName ? `${text.list.unborn}, ` : ''}${fill(text.list.expected, { date: formatDate(child.expectedBirth, locale) })}`
              : child.dateOfBirth
                ? fill(text.list.born, { date: formatDate(child.dateOfBirth, locale) })
                : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
