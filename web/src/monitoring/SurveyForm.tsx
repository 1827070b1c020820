import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { useStudiesText } from './studies.text';

const SCORES = ['0', '1', '2', '3', '4+'] as const;

function NumberField({ id, label, value, onChange, step = 'any' }: { id: string; label: string; value: string; onChange: (v: string) => void; step?: string }) {
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <input id={id} type="number" step={step} min={0} className="field__input" value={value} onChange={(e) => onChange(e.target.value)} required />
    </div>
  );
}

/** Records one population study: the weighted share per ACE score, sample size, design effect. */
export function SurveyForm() {
  const { text } = useStudiesText();
  const api = useApi();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [instrument, setInstrument] = useState<'CDC-Kaiser ACE' | 'WHO ACE-IQ'>('WHO ACE-IQ');
  const [sampleSize, setSampleSize] = useState('');
  const [designEffect, setDesignEffect] = useState('1');
  const [shares, setShares] = useState<string[]>(['', '', '', '', '']);
  const save = useMutation({
    mutationFn: () =>
      api.post('/api/monitoring/surveys', {
        name,
        year: Number(year),
        instrument,
        sampleSize: Number(sampleSize),
        designEffect: Number(designEffect),
        scoreShares: shares.map((s) => Number(s) / 100),
      }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['monitoring', 'surveys'] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="mon-filters" onSubmit={submit} aria-labelledby="st-survey-form">
      <h3 id="st-survey-form" className="mon-form-title">
        {text.surveyFormTitle}
      </h3>
      <div className="field">
        <label htmlFor="sv-name" className="field__label">
          {text.survey}
        </label>
        <input id="sv-name" className="field__input" value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} />
      </div>
      <NumberField id="sv-year" label={text.year} value={year} onChange={setYear} step="1" />
      <div className="field">
        <label htmlFor="sv-instrument" className="field__label">
          {text.instrument}
        </label>
        <select id="sv-instrument" className="field__input" value={instrument} onChange={(e) => setInstrument(e.target.value === 'CDC-Kaiser ACE' ? 'CDC-Kaiser ACE' : 'WHO ACE-IQ')}>
          <option value="WHO ACE-IQ">WHO ACE-IQ</option>
          <option value="CDC-Kaiser ACE">CDC-Kaiser ACE</option>
        </select>
      </div>
      <NumberField id="sv-n" label={text.sample} value={sampleSize} onChange={setSampleSize} step="1" />
      <NumberField id="sv-deff" label={text.designEffect} value={designEffect} onChange={setDesignEffect} />
      {SCORES.map((score, i) => (
        <NumberField key={score} id={`sv-share-${i}`} label={`${text.shareOfScore} ${score} (%)`} value={shares[i] ?? ''} onChange={(v) => setShares((all) => all.map((old, j) => (j === i ? v : old)))} />
      ))}
      <Button type="submit" variant="secondary" isDisabled={save.isPending}>
        {text.saveSurvey}
      </Button>
      {save.isError ? (
        <Alert tone="error" className="mon-form-message">
          {save.error.message}
        </Alert>
      ) : null}
      {save.isSuccess ? (
        <Alert tone="success" className="mon-form-message">
          {text.surveySaved}
        </Alert>
      ) : null}
    </form>
  );
}
