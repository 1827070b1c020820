// Inside a closed case file's closure area: whether the file is on retention hold and why; the team
// lead puts it on hold (a reason is required) or releases it. The reason is kept as a draft.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { fill, formatDate, useCasesText } from '../cases/cases-text';
import { TextAreaField } from '../cases/TextAreaField';
import { useDraft } from '../cases/useDraft';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { FoldedForm } from '../ui/FoldedForm';
import { Form } from '../ui/Form';
import { useHoldText } from './hold-text';
import { holdApi, holdKeys } from './retention.api';

export function RetentionHoldPanel({ caseId, isLead, userId }: { caseId: string; isLead: boolean; userId: string }) {
  const text = useHoldText();
  const { locale } = useCasesText();
  const api = useApi();
  const queryClient = useQueryClient();
  const draft = useDraft(`schakel.cases.hold.${caseId}.${userId}`, { reason: '' });
  const hold = useQuery({ queryKey: holdKeys.of(caseId), queryFn: () => holdApi.read(api, caseId) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: holdKeys.of(caseId) });
  const set = useMutation({ mutationFn: () => holdApi.set(api, caseId, draft.value.reason), onSuccess: () => draft.discard(), onSettled: refresh });
  const release = useMutation({ mutationFn: () => holdApi.release(api, caseId), onSettled: refresh });
  if (hold.isPending) return null;
  if (hold.isError) return <Alert tone="error">{hold.error.message}</Alert>;
  return (
    <div className="retention-hold" role="group" aria-labelledby="retention-hold-title">
      <h3 id="retention-hold-title">{text.title}</h3>
      {hold.data ? (
        <>
          <p>{fill(text.held, { date: formatDate(hold.data.setAt, locale), name: hold.data.setByName })}</p>
          <p>{fill(text.reasonIs, { reason: hold.data.reason })}</p>
          {isLead ? (
            <Button variant="secondary" isPending={release.isPending} onPress={() => release.mutate()}>
              {text.release}
            </Button>
          ) : null}
          {release.isError ? <Alert tone="error">{release.error.message}</Alert> : null}
        </>
      ) : (
        <>
          <p className="muted">{text.notHeld}</p>
          {isLead ? (
            <FoldedForm summary={text.set} openInitially={draft.restored}>
              <Form error={set.error} aria-label={text.setSubmit} onSubmit={() => set.mutate()}>
                <TextAreaField label={text.reason} name="reason" isRequired rows={2} value={draft.value.reason} onChange={(reason) => draft.update(() => ({ reason }))} />
                <Button type="submit" variant="secondary" isPending={set.isPending}>
                  {text.setSubmit}
                </Button>
              </Form>
            </FoldedForm>
          ) : null}
        </>
      )}
    </div>
  );
}
