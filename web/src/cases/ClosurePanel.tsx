import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { casesApi, casesKeys, type CaseFile, type Term } from './cases.api';
import { fill, formatDate, termLabel, useCasesText } from './cases-text';
import { TextAreaField } from './TextAreaField';

/** Closing with an outcome from the centre's list, or reopening a closed case with a reason. */
export function ClosurePanel({ file, terms }: { file: CaseFile; terms: readonly Term[] | undefined }) {
  const { text, locale } = useCasesText();
  const api = useApi();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: casesKeys.all });
  const close = useMutation({ mutationFn: () => casesApi.close(api, file.id, { version: file.version, outcome, note }), onSettled: refresh });
  const reopen = useMutation({ mutationFn: () => casesApi.reopen(api, file.id, { version: file.version, reason: note }), onSuccess: () => setNote(''), onSettled: refresh });

  if (file.readOnly) {
    return (
      <section className="section" aria-labelledby="closure-title">
        <h2 id="closure-title" className="section-title">
          {text.file.reopen}
        </h2>
        <p>{fill(text.file.closedOn, { date: formatDate(file.closedAt, locale), outcome: termLabel(terms, 'closure_outcome', file.closureOutcome ?? '', locale) })}</p>
        {file.closureNote ? <p>{file.closureNote}</p> : null}
        <Form error={reopen.error} aria-label={text.file.reopen} onSubmit={() => reopen.mutate()}>
          <TextAreaField label={text.file.reopenReason} name="reason" isRequired rows={2} value={note} onChange={setNote} />
          <Button type="submit" variant="secondary" isPending={reopen.isPending}>
            {text.file.reopenSubmit}
          </Button>
        </Form>
      </section>
    );
  }
  return (
    <details className="section closure">
      <summary className="section-title">{text.file.close}</summary>
      <Form error={close.error} aria-label={text.file.close} onSubmit={() => close.mutate()}>
        <label className="field">
          <span className="field__label">{text.file.closeOutcome}</span>
          <select className="field__input" name="outcome" required value={outcome} onChange={(e) => setOutcome(e.target.value)}>
            <option value="">…</option>
            {(terms ?? []).filter((t) => t.kind === 'closure_outcome' && t.active).map((t) => (
              <option key={t.code} value={t.code}>
                {locale === 'en' ? t.labelEn : t.labelNl}
              </option>
            ))}
          </select>
        </label>
        <TextAreaField label={text.file.closeNote} name="note" rows={2} value={note} onChange={setNote} />
        <Button type="submit" variant="danger" isPending={close.isPending}>
          {text.file.closeSubmit}
        </Button>
      </Form>
    </details>
  );
}
