// Who handles a consult question: the centre's handlers in a native list, with the server's error
// under it. What "no one chosen" means differs on purpose: when registering, the worker who took
// the call usually answers it, so they are offered by default; once registered, "nobody" is a real
// state of a question (waiting to be picked up) and is offered as such.
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { NativeSelectField } from '../ui/NativeField';
import { consultApi, consultKeys } from './consult.api';

/** `nobody`: '' is an unassigned question, shown as `label`. `self`: '' is the worker themself. */
export type UnassignedChoice = { offer: 'nobody'; label: string } | { offer: 'self'; self: { id: string; name: string } };

interface Props {
  label: string;
  /** The chosen handler's id, or '' (see `unassigned`). */
  value: string;
  onChange: (value: string) => void;
  unassigned: UnassignedChoice;
}

export function ConsultAssigneeField({ label, value, onChange, unassigned }: Props) {
  const api = useApi();
  const handlers = useQuery({ queryKey: consultKeys.handlers, queryFn: () => consultApi.handlers(api), staleTime: 5 * 60_000 });
  const asOptions = (people: readonly { id: string; name: string }[]) => people.map((h) => ({ value: h.id, label: h.name }));
  if (unassigned.offer === 'nobody') {
    return <NativeSelectField label={label} name="assignedTo" value={value} onChange={onChange} placeholder={unassigned.label} options={asOptions(handlers.data ?? [])} />;
  }
  const { self } = unassigned;
  return <NativeSelectField label={label} name="assignedTo" value={value || self.id} onChange={(id) => onChange(id === self.id ? '' : id)} options={asOptions(handlers.data ?? [self])} />;
}
