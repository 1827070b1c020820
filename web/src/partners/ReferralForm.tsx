// Referring the family to a partner service: first the kind of help (youth care and the ITP, OCJ,
// CAW, mental health, police, prosecutor, ZSG, Family Justice Center…), then the service from the
// directory, the question, and — when case information goes along — the disclosure's legal basis.
// Typed work is kept as a draft until the referral is registered.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { TextAreaField } from '../cases/TextAreaField';
import { useDraft } from '../cases/useDraft';
import { Button } from '../ui/Button';
import { FoldedForm } from '../ui/FoldedForm';
import { Form } from '../ui/Form';
import { NativeDateField, NativeSelectField, todayIso } from '../ui/NativeField';
import { DisclosureFactsFields } from './DisclosureFactsFields';
import { partnerKinds, partnersApi, partnersKeys, type PartnerKind, type ReferralDraft } from './partners.api';
import { usePartnersText } from './partners-text';

const empty: ReferralDraft = { kind: '', partnerId: '', reason: '', sentOn: '', sharesInformation: false, legalBasis: '', information: '', familyInformed: true, notInformedReason: '' };

export function ReferralForm({ caseId, userId }: { caseId: string; userId: string }) {
  const { text } = usePartnersText();
  const api = useApi();
  const queryClient = useQueryClient();
  const directory = useQuery({ queryKey: partnersKeys.directory, queryFn: () => partnersApi.directory(api), staleTime: 10 * 60_000 });
  const stored = useDraft(`schakel.partners.referral.${caseId}.${userId}`, empty);
  const { value: draft, update } = stored;
  const save = useMutation({ mutationFn: () => partnersApi.refer(api, caseId, draft), onSuccess: () => stored.discard(), onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }) });
  const services = (directory.data ?? []).filter((p) => p.active && (draft.kind === '' || p.kind === draft.kind));
  return (
    <FoldedForm summary={text.refer} openInitially={stored.restored}>
      <Form error={save.error} aria-label={text.refer} onSubmit={() => save.mutate()}>
        {stored.restored ? <p className="muted">{text.draftRestored}</p> : null}
        <NativeSelectField
          label={text.referKind}
          name="kind"
          placeholder={text.referKindAll}
          value={draft.kind}
          // Another kind narrows the list; a service that no longer fits is unselected.
          onChange={(kind) => update((d) => ({ ...d, kind: kind as PartnerKind | '', partnerId: services.some((p) => p.id === d.partnerId && (kind === '' || p.kind === kind)) ? d.partnerId : '' }))}
          options={partnerKinds.map((k) => ({ value: k, label: text.kinds[k] }))}
        />
        <NativeSelectField
          label={text.referPartner}
          name="partnerId"
          isRequired
          placeholder={text.choose}
          value={draft.partnerId}
          onChange={(partnerId) => update((d) => ({ ...d, partnerId }))}
          options={services.map((p) => ({ value: p.id, label: `${p.name}${p.province ? ` (${p.province})` : ''} · ${text.kinds[p.kind]}` }))}
        />
        <TextAreaField label={text.referReason} name="reason" isRequired rows={3} value={draft.reason} onChange={(reason) => update((d) => ({ ...d, reason }))} />
        <NativeDateField label={text.referSentOn} name="sentOn" description={text.referSentOnHint} max={todayIso()} value={draft.sentOn} onChange={(sentOn) => update((d) => ({ ...d, sentOn }))} />
        <label className="choice-group__option">
          <input type="checkbox" name="sharesInformation" checked={draft.sharesInformation} onChange={(e) => update((d) => ({ ...d, sharesInformation: e.target.checked }))} />
          <span>{text.referShares}</span>
        </label>
        {draft.sharesInformation ? (
          <fieldset className="choice-group">
            <legend className="field__label">{text.referSharesHint}</legend>
            <DisclosureFactsFields value={draft} onChange={update} prefix="disclosure." />
          </fieldset>
        ) : null}
        <div className="button-row">
          <Button type="submit" isPending={save.isPending}>
            {text.referSave}
          </Button>
          {save.isSuccess ? <span role="status">{text.referSaved}</span> : null}
        </div>
      </Form>
    </FoldedForm>
  );
}
