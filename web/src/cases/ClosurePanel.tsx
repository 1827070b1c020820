// Closing with an outcome from the centre's list, or reopening a closed case with a reason. Before
// closing, what is still open (tasks, referrals the family waits for, a MANO track, planned
// conferences) is listed, so nothing is closed over by accident. Typed text is kept as a draft.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { manoApi, manoKeys } from '../mano/mano.api';
import { partnersApi, partnersKeys } from '../partners/partners.api';
import { RetentionHoldPanel } from '../retention/RetentionHoldPanel';
import { teamworkApi, teamworkKeys } from '../teamwork/teamwork.api';
import { Button } from '../ui/Button';
import { ConflictNotice } from '../ui/ConflictNotice';
import { FoldedForm } from '../ui/FoldedForm';
import { Form } from '../ui/Form';
import { NativeSelectField } from '../ui/NativeField';
import { casesApi, casesKeys, type CaseFile, type Term } from './cases.api';
import { fill, formatDate, termLabel, useCasesText } from './cases-text';
import { useClosureText } from './closure-text';
import { TextAreaField } from './TextAreaField';
import { useDraft } from './useDraft';

function StillOpen({ caseId }: { caseId: string }) {
  const text = useClosureText();
  const api = useApi();
  const work = useQuery({ queryKey: teamworkKeys.file(caseId), queryFn: () => teamworkApi.read(api, caseId) });
  const referrals = useQuery({ queryKey: partnersKeys.referrals(caseId), queryFn: () => partnersApi.referrals(api, caseId) });
  const mano = useQuery({ queryKey: manoKeys.file(caseId), queryFn: () => manoApi.read(api, caseId) });
  const tasks = work.data?.tasks.filter((t) => t.status === 'open').length ?? 0;
  const conferences = work.data?.conferences.filter((c) => c.status === 'planned').length ?? 0;
  const waiting = referrals.data?.filter((r) => r.stillWaiting).length ?? 0;
  const manoRunning = mano.data?.some((t) => t.status === 'open') ?? false;
  const items = [tasks ? fill(text.openTasks, { n: tasks }) : '', waiting ? fill(text.waitingReferrals, { n: waiting }) : '', manoRunning ? text.runningMano : '', conferences ? fill(text.plannedConferences, { n: conferences }) : ''].filter(Boolean);
  if (items.length === 0) return null;
  return (
    <div className="casework-note">
      <p>{text.stillOpen}</p>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

export function ClosurePanel({ file, terms, userId, isLead }: { file: CaseFile; terms: readonly Term[] | undefined; userId: string; isLead: boolean }) {
  const { text, locale } = useCasesText();
  const closure = useClosureText();
  const api = useApi();
  const queryClient = useQueryClient();
  const closeDraft = useDraft(`schakel.cases.close.${file.id}.${userId}`, { outcome: '', note: '' });
  const reopenDraft = useDraft(`schakel.cases.reopen.${file.id}.${userId}`, { reason: '' });
  const refresh = () => queryClient.invalidateQueries({ queryKey: casesKeys.all });
  const close = useMutation({ mutationFn: () => casesApi.close(api, file.id, { version: file.version, ...closeDraft.value }), onSuccess: () => closeDraft.discard(), onSettled: refresh });
  const reopen = useMutation({ mutationFn: () => casesApi.reopen(api, file.id, { version: file.version, reason: reopenDraft.value.reason }), onSuccess: () => reopenDraft.discard(), onSettled: refresh });

  if (file.readOnly) {
    return (
      <section className="section" aria-labelledby="closure-title">
        <h2 id="closure-title" className="section-title">
          {text.file.reopen}
        </h2>
        <p>{fill(text.file.closedOn, { date: formatDate(file.closedAt, locale), outcome: termLabel(terms, 'closure_outcome', file.closureOutcome ?? '', locale) })}</p>
        {file.closureNote ? <p>{file.closureNote}</p> : null}
        <RetentionHoldPanel caseId={file.id} isLead={isLead} userId={userId} />
        <Form error={reopen.error} aria-label={text.file.reopen} onSubmit={() => reopen.mutate()}>
          <ConflictNotice error={reopen.error} message={closure.conflict} />
          {reopenDraft.restored ? <p className="muted">{closure.draftRestored}</p> : null}
          <TextAreaField label={text.file.reopenReason} name="reason" isRequired rows={2} value={reopenDraft.value.reason} onChange={(reason) => reopenDraft.update(() => ({ reason }))} />
          <Button type="submit" variant="secondary" isPending={reopen.isPending}>
            {text.file.reopenSubmit}
          </Button>
        </Form>
      </section>
    );
  }
  return (
    <section className="section closure" aria-labelledby="closure-title">
      <h2 id="closure-title" className="section-title">
        {text.file.close}
      </h2>
      <FoldedForm summary={text.file.close} openInitially={closeDraft.restored}>
        <Form error={close.error} aria-label={text.file.close} onSubmit={() => close.mutate()}>
          <ConflictNotice error={close.error} message={closure.conflict} />
          {closeDraft.restored ? <p className="muted">{closure.draftRestored}</p> : null}
          <StillOpen caseId={file.id} />
          <NativeSelectField
            label={text.file.closeOutcome}
            name="outcome"
            isRequired
            placeholder="…"
            value={closeDraft.value.outcome}
            onChange={(outcome) => closeDraft.update((d) => ({ ...d, outcome }))}
            options={(terms ?? []).filter((t) => t.kind === 'closure_outcome' && t.active).map((t) => ({ value: t.code, label: locale === 'en' ? t.labelEn : t.labelNl }))}
          />
          <TextAreaField label={text.file.closeNote} name="note" rows={2} value={closeDraft.value.note} onChange={(note) => closeDraft.update((d) => ({ ...d, note }))} />
          <Button type="submit" variant="danger" isPending={close.isPending}>
            {text.file.closeSubmit}
          </Button>
        </Form>
      </FoldedForm>
    </section>
  );
}
