import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { Button } from '../ui/Button';
import { Table } from '../ui/Table';
import { casesApi, casesKeys, type WorkerLoad } from './cases.api';
import { useCasesText } from './cases-text';

function CapacityEditor({ worker }: { worker: WorkerLoad }) {
  const { text } = useCasesText();
  const api = useApi();
  const queryClient = useQueryClient();
  const [value, setValue] = useState(String(worker.capacity));
  const save = useMutation({
    mutationFn: () => casesApi.setCapacity(api, worker.id, Number(value), worker.capacityVersion),
    onSettled: () => queryClient.invalidateQueries({ queryKey: casesKeys.all }),
  });
  return (
    <div className="row-action">
      <label className="visually-hidden" htmlFor={`capacity-${worker.id}`}>{`${text.waiting.capacityCol} ${worker.name}`}</label>
      <input id={`capacity-${worker.id}`} className="field__input field__input--compact field__input--number" type="number" min={0} max={100} value={value} onChange={(e) => setValue(e.target.value)} />
      {worker.capacitySet ? null : <span className="muted">{text.waiting.assumed}</span>}
      <Button variant="quiet" isDisabled={value === String(worker.capacity) && worker.capacitySet} isPending={save.isPending} onPress={() => save.mutate()} aria-label={`${text.waiting.save} ${worker.name}`}>
        {text.waiting.save}
      </Button>
      {save.isError ? <span className="field__error" role="alert">{save.error.message}</span> : null}
    </div>
  );
}

/** Open cases against capacity per worker: where there is room, and who is over their limit. */
export function CapacityTable({ workers }: { workers: readonly WorkerLoad[] }) {
  const { text } = useCasesText();
  return (
    <section className="section" aria-labelledby="capacity-title">
      <h2 id="capacity-title" className="section-title">
        {text.waiting.capacity}
      </h2>
      <Table
        caption={text.waiting.capacity}
        captionHidden
        rowKey={(w) => `${w.id}-${w.teamId}`}
        rows={workers}
        columns={[
          { id: 'name', header: text.waiting.worker, isRowHeader: true, cell: (w) => w.name },
          { id: 'load', header: text.waiting.load, className: 'numeric', cell: (w) => <span className={w.activeCases > w.capacity ? 'over-capacity' : undefined}>{w.activeCases}</span> },
          { id: 'capacity', header: text.waiting.capacityCol, cell: (w) => <CapacityEditor worker={w} /> },
        ]}
      />
    </section>
  );
}
