import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CASE_ID, caseFile, renderSection } from '../assessments/render-section';
import { createFakeServer } from '../test-support/fake-server';
import type { Track } from './mano.api';
import { ManoSection } from './ManoSection';

afterEach(cleanup);

const author = { id: 'u-author', name: 'Ilse' };
const track = (status: Track['letters'][number]['status']): Track => ({
  id: 't1',
  status: 'concluded',
  justification: 'Mama weigert elke hulp.',
  developmentThreatened: true,
  integrityHarmed: true,
  voluntaryHelp: 'refused',
  helpOffered: 'Contextbegeleiding.',
  familyInformedOn: '2026-10-01',
  familyInformedHow: 'gesprek',
  clock: { startedOn: '2026-09-01', dueOn: '2026-12-01', workingDaysElapsed: 40, workingDaysLeft: 25, state: 'concluded_in_time' },
  outcome: 'necessary_no_cooperation',
  outcomeOn: '2026-10-30',
  letters: [{ id: 'l1', status, prosecutor: { id: 'p1', name: 'Parket Antwerpen' }, sha256: 'abc', bytes: 4096, generatedBy: author, generatedAt: '2026-10-30T10:00:00Z', reviewedBy: null, sentOn: null, version: 1 }],
  version: 3,
});

describe('the MANO section', () => {
  it('links the stored PDF and tells the colleague who generated the letter that someone else approves it', async () => {
    const server = createFakeServer({ [`GET /api/cases/${CASE_ID}/mano`]: () => ({ body: { tracks: [track('draft')] } }) });
    renderSection(<ManoSection file={caseFile({ track: 'mano' })} userId={author.id} />, server);
    const link = await screen.findByRole('link', { name: 'PDF openen' }, { timeout: 5000 });
    expect(link.getAttribute('href')).toBe(`/api/cases/${CASE_ID}/mano-letters/l1/pdf`);
    expect(screen.getByText(/wie de brief opmaakte, kan hem niet zelf goedkeuren/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Nagelezen en goedgekeurd' })).toBeNull();
  });

  it('lets a second colleague approve, with the letter’s version', async () => {
    const server = createFakeServer({
      [`GET /api/cases/${CASE_ID}/mano`]: () => ({ body: { tracks: [track('draft')] } }),
      [`POST /api/cases/${CASE_ID}/mano-letters/l1/review`]: () => ({ body: track('reviewed').letters[0] }),
    });
    renderSection(<ManoSection file={caseFile({ track: 'mano' })} userId="u-reviewer" />, server);
    fireEvent.click(await screen.findByRole('button', { name: 'Nagelezen en goedgekeurd' }, { timeout: 5000 }));
    await waitFor(() => expect(server.last(`POST /api/cases/${CASE_ID}/mano-letters/l1/review`)?.body).toEqual({ version: 1 }));
  });

  it('shows nothing for a closed case that never had a MANO track', async () => {
    const server = createFakeServer({ [`GET /api/cases/${CASE_ID}/mano`]: () => ({ body: { tracks: [] } }) });
    const { container } = renderSection(<ManoSection file={caseFile({ status: 'closed', readOnly: true })} userId="u" />, server);
    await waitFor(() => expect(server.requests).toHaveLength(1));
    expect(container.textContent).toBe('');
  });
});
