// One family, one plan: which parts of the recovery plan a partner sees, chosen part by part.
// Showing a partner more is a disclosure, so the form then asks its legal basis, why, and
// whether the family knows; showing less is not, and asks nothing more.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { FoldedForm } from '../ui/FoldedForm';
import { NativeSelectField } from '../ui/NativeField';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { TextAreaField } from '../cases/TextAreaField';
import { useDraft } from '../cases/useDraft';
import { legalBases, partnersApi, partnersKeys, type LegalBasis } from '../partners/partners.api';
import { usePartnersText } from '../partners/partners-text';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { plansApi, shareableFields, type RecoveryPlan, type ShareableField, type ShareDraft } from './plans.api';
import { usePlansText } from './plans-text';

const EMPTY: ShareDraft = { partnerId: '', fields: [], legalBasis: '', reason: '', familyInformed: true, notInformedReason: '' };

function ShareFormBody({ caseId, userId, plan }: { caseId: string; userId: string; plan: RecoveryPlan }) {
  const { text } = usePlansText();
  const { text: partnerText } = usePartnersText();
  const api = useApi();
  const queryClient = useQueryClient();
  const directory = useQuery({ queryKey: partnersKeys.directory, queryFn: () => partnersApi.directory(api), staleTime: 10 * 60_000 });
  const draft = useDraft(`schakel.plans.share.${caseId}.${userId}`, EMPTY);
  const d = draft.value;
  const existing = plan.shares.find((s) => s.partner.id === d.partnerId);
  const widening = d.fields.some((f) => !(existing?.fields ?? []).includes(f));
  const save = useMutation({
    mutationFn: () => plansApi.share(api, caseId, plan.id, existing?.version, d, widening),
    onSuccess: draft.discard,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
  const set = <K extends keyof ShareDraft>(key: K) => (value: ShareDraft[K]) => draft.update((c) => ({ ...c, [key]: value }));
  const choosePartner = (partnerId: string) =>
    // Choosing a partner starts from what that partner already sees, so a change is deliberate.
    draft.update((c) => ({ ...c, partnerId, fields: plan.shares.find((s) => s.partner.id === partnerId)?.fields ?? [] }));
  return (
    <Form error={save.error} aria-label={text.share} onSubmit={() => save.mutate()}>
      <p className="muted">{text.shareHint}</p>
      <NativeSelectField label={text.partner} name="partnerId" isRequired placeholder={text.choose} value={d.partnerId} onChange={choosePartner} options={(directory.data ?? []).map((p) => ({ value: p.id, label: p.province ? `${p.name} (${p.province})` : p.name }))} />
      <ChoiceGroup legend={text.sharedParts} name="fields" multiple choices={shareableFields.map((f) => ({ value: f, label: text.fields[f] }))} value={d.fields} onChange={(fields) => set('fields')(fields as ShareableField[])} />
      {existing ? <p className="muted">{text.stopSharing}</p> : null}
      {widening ? (
        <>
          <ChoiceGroup legend={text.legalBasis} name="disclosure.legalBasis" required choices={legalBases.map((b) => ({ value: b, label: partnerText.bases[b] }))} value={d.legalBasis ? [d.legalBasis] : []} onChange={([b]) => set('legalBasis')((b ?? '') as LegalBasis | '')} />
          <TextAreaField label={text.reason} name="disclosure.reason" isRequired rows={2} value={d.reason} onChange={set('reason')} />
          <label className="choice-group__option">
            <input type="checkbox" name="disclosure.familyInformed" checked={d.familyInformed} onChange={(e) => set('familyInformed')(e.target.checked)} />
            <span>{text.familyInformed}</span>
          </label>
          {d.familyInformed ? null : <TextAreaField label={text.notInformedReason} name="disclosure.notInformedReason" isRequired rows={2} value={d.notInformedReason} onChange={set('notInformedReason')} />}
        </>
      ) : null}
      <div className="button-row">
        <Button type="submit" isPending={save.isPending}>
          {text.saveShare}
        </Button>
        {save.isSuccess ? <span role="status">{text.shareSaved}</span> : null}
      </div>
    </Form>
  );
}

export function ShareForm(props: { caseId: string; userId: string; plan: RecoveryPlan }) {
  const { text } = usePlansText();
  return (
    <FoldedForm summary={text.share} draftKey={`schakel.plans.share.${props.caseId}.${props.userId}`}>
      <ShareFormBody {...props} />
    </FoldedForm>
  );
}
