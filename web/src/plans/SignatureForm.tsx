// The family's consent to the current version — or their refusal, which is recorded just as
// explicitly: a plan the parents do not agree with is a different situation, not a missing field.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { FoldedForm } from '../ui/FoldedForm';
import { NativeDateField } from '../ui/NativeField';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { fill } from '../cases/cases-text';
import { useDraft } from '../cases/useDraft';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { TextField } from '../ui/TextField';
import { plansApi, signatureMethods, signerRoles, type SafetyPlan, type SignatureDraft, type SignatureMethod, type SignerRole } from './plans.api';
import { usePlansText } from './plans-text';

const EMPTY: SignatureDraft = { signerLabel: '', signerRole: '', agrees: '', method: '', signedOn: '', remark: '' };

function SignatureFormBody({ caseId, userId, plan }: { caseId: string; userId: string; plan: SafetyPlan }) {
  const { text } = usePlansText();
  const api = useApi();
  const queryClient = useQueryClient();
  const draft = useDraft(`schakel.plans.signature.${caseId}.${userId}`, EMPTY);
  const d = draft.value;
  const set = <K extends keyof SignatureDraft>(key: K) => (value: SignatureDraft[K]) => draft.update((c) => ({ ...c, [key]: value }));
  const save = useMutation({
    mutationFn: () => plansApi.sign(api, caseId, plan.currentNumber, d),
    onSuccess: draft.discard,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
  return (
    <Form error={save.error} aria-label={text.sign} onSubmit={() => save.mutate()}>
      <TextField label={text.signer} name="signerLabel" isRequired value={d.signerLabel} onChange={set('signerLabel')} />
      <ChoiceGroup legend={text.signerRole} name="signerRole" required choices={signerRoles.map((r) => ({ value: r, label: text.signerRoles[r] }))} value={d.signerRole ? [d.signerRole] : []} onChange={([r]) => set('signerRole')((r ?? '') as SignerRole | '')} />
      <ChoiceGroup legend={text.agreement} name="agrees" required choices={[{ value: 'yes', label: text.agrees }, { value: 'no', label: text.refuses }]} value={d.agrees ? [d.agrees] : []} onChange={([a]) => set('agrees')((a ?? '') as SignatureDraft['agrees'])} />
      <ChoiceGroup legend={text.method} name="method" required choices={signatureMethods.map((m) => ({ value: m, label: text.methods[m] }))} value={d.method ? [d.method] : []} onChange={([m]) => set('method')((m ?? '') as SignatureMethod | '')} />
      <NativeDateField label={text.signedOn} name="signedOn" value={d.signedOn} onChange={set('signedOn')} max={new Date().toISOString().slice(0, 10)} />
      <TextField label={text.remark} name="remark" value={d.remark} onChange={set('remark')} />
      <div className="button-row">
        <Button type="submit" variant="secondary" isPending={save.isPending}>
          {text.saveSignature}
        </Button>
      </div>
    </Form>
  );
}

export function SignatureForm(props: { caseId: string; userId: string; plan: SafetyPlan }) {
  const { text } = usePlansText();
  return (
    <FoldedForm summary={`${text.sign} (${fill(text.version, { n: props.plan.currentNumber })})`} draftKey={`schakel.plans.signature.${props.caseId}.${props.userId}`}>
      <SignatureFormBody {...props} />
    </FoldedForm>
  );
}
