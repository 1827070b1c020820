// The MANO track of the case: start it on a team decision, the clock, the grounds, recording that
// the family was informed, concluding with an outcome, and the prosecutor letter — open the PDF,
// approve it as the second pair of eyes, register it as sent.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import '../assessments/casework.css';
import type { CaseFile } from '../cases/cases.api';
import { fill, formatDate } from '../cases/cases-text';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { NativeSelectField } from '../ui/NativeField';
import { TextField } from '../ui/TextField';
import { partnersApi, partnersKeys } from '../partners/partners.api';
import { manoApi, manoKeys, type Letter, type Track } from './mano.api';
import { ConcludeManoForm, FamilyInformedForm } from './ConcludeManoForm';
import { ManoClockText } from './ManoClockText';
import { StartManoForm } from './StartManoForm';
import { useManoText } from './mano-text';

function LetterActions({ caseId, letter, userId }: { caseId: string; letter: Letter; userId: string }) {
  const { text } = useManoText();
  const api = useApi();
  const queryClient = useQueryClient();
  const [send, setSend] = useState({ familyInformed: true, notInformedReason: '' });
  const settle = { onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }) };
  const review = useMutation({ mutationFn: () => manoApi.review(api, caseId, letter), ...settle });
  const sent = useMutation({ mutationFn: () => manoApi.send(api, caseId, letter, send), ...settle });
  if (letter.status === 'draft') {
    return letter.generatedBy.id === userId ? (
      <p className="muted">{text.reviewHint}</p>
    ) : (
      <Form error={review.error} aria-label={text.review} onSubmit={() => review.mutate()}>
        <Button type="submit" variant="secondary" isPending={review.isPending}>
          {text.review}
        </Button>
      </Form>
    );
  }
  if (letter.status !== 'reviewed') return null;
  return (
    <Form error={sent.error} aria-label={text.send} onSubmit={() => sent.mutate()}>
      <label className="choice-group__option">
        <input type="checkbox" name="familyInformed" checked={send.familyInformed} onChange={(e) => setSend((s) => ({ ...s, familyInformed: e.target.checked }))} />
        <span>{text.informed}</span>
      </label>
      {send.familyInformed ? null : <TextField label={text.notInformedReason} name="notInformedReason" isRequired value={send.notInformedReason} onChange={(notInformedReason) => setSend((s) => ({ ...s, notInformedReason }))} />}
      <Button type="submit" isPending={sent.isPending}>
        {text.send}
      </Button>
    </Form>
  );
}

function GenerateLetter({ caseId, track }: { caseId: string; track: Track }) {
  const { text } = useManoText();
  const api = useApi();
  const queryClient = useQueryClient();
  const directory = useQuery({ queryKey: partnersKeys.directory, queryFn: () => partnersApi.directory(api), staleTime: 10 * 60_000 });
  const [prosecutorId, setProsecutorId] = useState('');
  const generate = useMutation({ mutationFn: () => manoApi.generate(api, caseId, track.id, prosecutorId), onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }) });
  return (
    <Form error={generate.error} aria-label={text.generate} onSubmit={() => generate.mutate()}>
      <p className="muted">{text.generateHint}</p>
      <NativeSelectField
        label={text.prosecutor}
        name="prosecutorId"
        isRequired
        placeholder={text.choose}
        value={prosecutorId}
        onChange={setProsecutorId}
        options={(directory.data ?? []).filter((p) => p.kind === 'prosecutor').map((p) => ({ value: p.id, label: p.name }))}
      />
      <Button type="submit" variant="secondary" isPending={generate.isPending}>
        {text.generate}
      </Button>
    </Form>
  );
}

function TrackView({ caseId, track, userId, readOnly }: { caseId: string; track: Track; userId: string; readOnly: boolean }) {
  const { text, locale } = useManoText();
  return (
    <article className="casework-card">
      <p>
        <ManoClockText clock={track.clock} />
      </p>
      <p className={track.familyInformedOn ? 'muted' : 'casework-note'}>{track.familyInformedOn ? fill(text.familyInformed, { date: formatDate(track.familyInformedOn, locale) }) : text.familyNotInformed}</p>
      <h5>{text.justification}</h5>
      <p>{track.justification}</p>
      <h5>{text.helpOffered}</h5>
      <p>{track.helpOffered}</p>
      {track.outcome ? (
        <p>
          <strong>{text.outcome}:</strong> {text.outcomes[track.outcome]} ({formatDate(track.outcomeOn, locale)})
        </p>
      ) : null}
      {track.letters.length ? <h5>{text.letters}</h5> : null}
      <ul className="casework-list">
        {track.letters.map((l) => (
          <li key={l.id}>
            {l.prosecutor.name} · {fill(text.letterStatus[l.status], { date: formatDate(l.sentOn, locale) })} · <a href={manoApi.pdfUrl(caseId, l.id)}>{text.open}</a> <span className="muted">({Math.round(l.bytes / 1024)} kB)</span>
            {readOnly ? null : <LetterActions caseId={caseId} letter={l} userId={userId} />}
          </li>
        ))}
      </ul>
      {!readOnly && track.status === 'open' && !track.familyInformedOn ? <FamilyInformedForm caseId={caseId} track={track} /> : null}
      {!readOnly && track.status === 'open' ? <ConcludeManoForm caseId={caseId} track={track} userId={userId} /> : null}
      {!readOnly && track.outcome === 'necessary_no_cooperation' && !track.letters.some((l) => l.status === 'sent') ? <GenerateLetter caseId={caseId} track={track} /> : null}
    </article>
  );
}

export function ManoSection({ file, userId }: { file: CaseFile; userId: string }) {
  const { text } = useManoText();
  const api = useApi();
  const read = useQuery({ queryKey: manoKeys.file(file.id), queryFn: () => manoApi.read(api, file.id) });
  const tracks = read.data ?? [];
  const canStart = !file.readOnly && read.isSuccess && !tracks.some((t) => t.status === 'open');
  if (!tracks.length && !read.isError && !canStart) return null;
  return (
    <section className="section" aria-labelledby="mano-title">
      <h2 id="mano-title" className="section-title">
        {text.title}
      </h2>
      {read.isError ? <Alert tone="error">{read.error.message}</Alert> : null}
      {[...tracks].reverse().map((track) => (
        <TrackView key={track.id} caseId={file.id} track={track} userId={userId} readOnly={file.readOnly} />
      ))}
      {canStart ? <StartManoForm caseId={file.id} userId={userId} /> : null}
    </section>
  );
}
