// Moving a referral on: accepted, on the waiting list, help started, refused or withdrawn — only
// the steps that can follow the current status are offered. The date defaults to today; a
// colleague's change in between is refused by the server and said above the form.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { fill } from '../cases/cases-text';
import { TextAreaField } from '../cases/TextAreaField';
import { Button } from '../ui/Button';
import { ConflictNotice } from '../ui/ConflictNotice';
import { FoldedForm } from '../ui/FoldedForm';
import { Form } from '../ui/Form';
import { NativeDateField, NativeSelectField, todayIso } from '../ui/NativeField';
import { nextStatuses, partnersApi, type Referral, type ReferralStatus } from './partners.api';
import { usePartnersText } from './partners-text';

export function ReferralStatusForm({ caseId, referral }: { caseId: string; referral: Referral }) {
  const { text } = usePartnersText();
  const api = useApi();
  const queryClient = useQueryClient();
  const options = nextStatuses[referral.status];
  const [draft, setDraft] = useState({ status: '', changedOn: '', note: '' });
  const save = useMutation({
    mutationFn: () => partnersApi.setStatus(api, caseId, referral.id, { version: referral.version, status: draft.status as ReferralStatus, note: draft.note, ...(draft.changedOn ? { changedOn: draft.changedOn } : {}) }),
    onSuccess: () => setDraft({ status: '', changedOn: '', note: '' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
  if (options.length === 0) return null;
  const label = fill(text.changeStatusOf, { partner: referral.partner.name });
  return (
    <FoldedForm summary={text.changeStatus}>
      <Form error={save.error} aria-label={label} onSubmit={() => save.mutate()}>
        <ConflictNotice error={save.error} message={text.conflict} />
        <NativeSelectField label={text.newStatus} name="status" isRequired placeholder={text.choose} value={draft.status} onChange={(status) => setDraft((d) => ({ ...d, status }))} options={options.map((s) => ({ value: s, label: text.statuses[s] }))} />
        <NativeDateField label={text.changedOn} name="changedOn" description={text.referSentOnHint} min={referral.sentOn} max={todayIso()} value={draft.changedOn} onChange={(changedOn) => setDraft((d) => ({ ...d, changedOn }))} />
        <TextAreaField label={text.statusNote} name="note" rows={2} value={draft.note} onChange={(note) => setDraft((d) => ({ ...d, note }))} />
        <div className="button-row">
          <Button type="submit" variant="secondary" isPending={save.isPending}>
            {text.saveStatus}
          </Button>
        </div>
      </Form>
    </FoldedForm>
  );
}
