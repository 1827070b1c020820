import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { Table, type TableColumn } from '../ui/Table';
import type { CaseSummary, Term } from './cases.api';
import { ChildNames } from './ChildNames';
import { DeadlineBadge } from './DeadlineBadge';
import { fill, termLabel, useCasesText } from './cases-text';

export interface CaseTableProps<Row extends CaseSummary> {
  caption: string;
  captionHidden?: boolean;
  rows: readonly Row[];
  terms: readonly Term[] | undefined;
  /** Extra columns in front (e.g. the waiting position) and at the end (e.g. actions). */
  leading?: TableColumn<Row>[];
  trailing?: TableColumn<Row>[];
  /** Columns a list does not need, e.g. the stage on the waiting list (all are waiting). */
  hide?: readonly ('urgency' | 'status' | 'owner')[];
}

export function CaseNumberLink({ row }: { row: CaseSummary }): ReactNode {
  const { text } = useCasesText();
  return (
    <>
      <Link to="/cases/$caseId" params={{ caseId: row.id }} className="case-number">
        {row.number}
      </Link>
      {row.track === 'mano' ? <span className="badge badge--negative case-track">{text.track.mano}</span> : null}
    </>
  );
}

/** A list of cases as a table; the case number opens the file. */
export function CaseTable<Row extends CaseSummary>({ caption, captionHidden, rows, terms, leading = [], trailing = [], hide = [] }: CaseTableProps<Row>) {
  const { text, locale } = useCasesText();
  const all: TableColumn<Row>[] = [
    ...leading,
    { id: 'number', header: text.list.number, isRowHeader: true, cell: (row) => <CaseNumberLink row={row} /> },
    { id: 'children', header: text.list.children, cell: (row) => <ChildNames children={row.children} /> },
    { id: 'urgency', header: text.list.urgency, cell: (row) => <span className={`urgency urgency--${row.urgency}`}>{termLabel(terms, 'urgency', row.urgency, locale)}</span> },
    { id: 'status', header: text.list.status, cell: (row) => text.status[row.status] ?? row.status },
    { id: 'owner', header: text.list.owner, cell: (row) => row.owner?.name ?? <span className="muted">{text.list.nobody}</span> },
    { id: 'waited', header: text.list.waited, className: 'numeric', cell: (row) => fill(text.list.days, { n: row.waitingDays }) },
    { id: 'deadline', header: text.list.deadline, cell: (row) => <DeadlineBadge deadline={row.deadline} /> },
    ...trailing,
  ];
  const columns = all.filter((column) => !(hide as readonly string[]).includes(column.id));
  return <Table caption={caption} captionHidden={captionHidden} columns={columns} rows={rows} rowKey={(row) => row.id} />;
}
