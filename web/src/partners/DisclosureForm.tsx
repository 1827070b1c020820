// Recording a disclosure: nothing leaves the case team without a legal basis, a reason, what was
// shared and whether the family knows — the form asks exactly that, and the server refuses less.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { TextAreaField } from '../cases/TextAreaField';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { legalBases, partnersApi, partnersKeys, type DisclosureDraft, type LegalBasis } from './partners.api';
import { usePartnersText } from './partners-text';

const empty: DisclosureDraft = { partnerId: '', legalBasis: '', reason: '', information: '', familyInformed: true, notInformedReason: '' };

export function DisclosureForm({ caseId }: { caseId: string }) {
  const { text } = usePartnersText();
  const api = useApi();
  const queryClient = useQueryClient();
  const directory = useQuery({ queryKey: partnersKeys.directory, queryFn: () => partnersApi.directory(api), staleTime: 10 * 60_000 });
  const [draft, setDraft] = useState(empty);
  const save = useMutation({ mutationFn: () => partnersApi.disclose(api, caseId, draft), onSuccess: () => setDraft(empty), onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }) });
  return (
    <details className="casework-form">
      <summary>{text.record}</summary>
      <Form error={save.error} aria-label={text.record} onSubmit={() => save.mutate()}>
        <label className="field">
          <span className="field__label">{text.recipient}</span>
          <select className="field__input" name="partnerId" required value={draft.partnerId} onChange={(e) => setDraft((d) => ({ ...d, partnerId: e.target.value }))}>
            <option value="">{text.choose}</option>
            {(directory.data ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.province ? ` (${p.province})` : ''}
              </option>
            ))}
          </select>
        </label>
        <ChoiceGroup legend={text.legalBasis} name="legalBasis" required choices={legalBases.map((b) => ({ value: b, label: text.bases[b] }))} value={draft.legalBasis ? [draft.legalBasis] : []} onChange={([b]) => setDraft((d) => ({ ...d, legalBasis: (b ?? '') as LegalBasis | '' }))} />
        <TextAreaField label={text.reason} name="reason" isRequired rows={2} value={draft.reason} onChange={(reason) => setDraft((d) => ({ ...d, reason }))} />
        <TextAreaField label={text.information} name="information" isRequired rows={2} value={draft.information} onChange={(information) => setDraft((d) => ({ ...d, information }))} />
        <label className="choice-group__option">
          <input type="checkbox" name="familyInformed" checked={draft.familyInformed} onChange={(e) => setDraft((d) => ({ ...d, familyInformed: e.target.checked }))} />
          <span>{text.informed}</span>
        </label>
        {draft.familyInformed ? null : <TextAreaField label={text.notInformedReason} name="notInformedReason" isRequired rows={2} value={draft.notInformedReason} onChange={(notInformedReason) => setDraft((d) => ({ ...d, notInformedReason }))} />}
        <div className="button-row">
          <Button type="submit" isPending={save.isPending}>
            {text.save}
          </Button>
        </div>
      </Form>
    </details>
  );
}
