// Recording a disclosure: nothing leaves the case team without a legal basis, a reason, what was
// shared and whether the family knows — the form asks exactly that, and the server refuses less.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { TextAreaField } from '../cases/TextAreaField';
import { useDraft } from '../cases/useDraft';
import { Button } from '../ui/Button';
import { FoldedForm } from '../ui/FoldedForm';
import { Form } from '../ui/Form';
import { NativeSelectField } from '../ui/NativeField';
import { DisclosureFactsFields } from './DisclosureFactsFields';
import { partnersApi, partnersKeys, type DisclosureDraft } from './partners.api';
import { usePartnersText } from './partners-text';

const empty: DisclosureDraft = { partnerId: '', legalBasis: '', reason: '', information: '', familyInformed: true, notInformedReason: '' };

export function DisclosureForm({ caseId, userId }: { caseId: string; userId: string }) {
  const { text } = usePartnersText();
  const api = useApi();
  const queryClient = useQueryClient();
  const directory = useQuery({ queryKey: partnersKeys.directory, queryFn: () => partnersApi.directory(api), staleTime: 10 * 60_000 });
  const stored = useDraft(`schakel.partners.disclosure.${caseId}.${userId}`, empty);
  const { value: draft, update: setDraft } = stored;
  const save = useMutation({ mutationFn: () => partnersApi.disclose(api, caseId, draft), onSuccess: () => stored.discard(), onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }) });
  return (
    <FoldedForm summary={text.record} openInitially={stored.restored}>
      <Form error={save.error} aria-label={text.record} onSubmit={() => save.mutate()}>
        {stored.restored ? <p className="muted">{text.draftRestored}</p> : null}
        <NativeSelectField
          label={text.recipient}
          name="partnerId"
          isRequired
          placeholder={text.choose}
          value={draft.partnerId}
          onChange={(partnerId) => setDraft((d) => ({ ...d, partnerId }))}
          options={(directory.data ?? []).map((p) => ({ value: p.id, label: p.province ? `${p.name} (${p.province})` : p.name }))}
        />
        <TextAreaField label={text.reason} name="reason" isRequired rows={2} value={draft.reason} onChange={(reason) => setDraft((d) => ({ ...d, reason }))} />
        <DisclosureFactsFields value={draft} onChange={setDraft} />
        <div className="button-row">
          <Button type="submit" isPending={save.isPending}>
            {text.save}
          </Button>
        </div>
      </Form>
    </FoldedForm>
  );
}
