import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { caseEventKinds } from '../../../src/cases/case-event-kinds';
import { memoryStorage, renderWithI18n } from '../test-support/render';
import { Chronology } from './Chronology';
import type { TimelineEntry } from './cases.api';
import { eventLabelsEn, eventLabelsNl } from './event-labels';

const entries: TimelineEntry[] = caseEventKinds.map((kind, i) => ({
  id: i + 1,
  occurredAt: new Date(Date.UTC(2026, 0, 1, 9, i)).toISOString(),
  kind,
  actor: null,
  recordType: null,
  recordId: null,
  details: {},
}));

describe('chronology labels', () => {
  it('every event kind the server can write has a Dutch and an English label of its own', () => {
    for (const labels of [eventLabelsNl, eventLabelsEn]) {
      for (const kind of caseEventKinds) {
        const label = labels[kind];
        expect(label, kind).toBeTruthy();
        expect(label, kind).not.toBe(kind);
        expect(label, kind).not.toMatch(/^[a-z_]+\.[a-z_]+$/);
      }
      // No label left over for a kind the server no longer writes.
      expect(Object.keys(labels).sort()).toEqual([...caseEventKinds].sort());
    }
  });

  it('shows words, never raw event codes, in Dutch and in English', async () => {
    const { container, i18n } = renderWithI18n(<Chronology entries={entries} />, memoryStorage());
    const shown = () => [...container.querySelectorAll('.chronology__what')].map((el) => el.textContent ?? '');
    expect(shown()).toEqual(caseEventKinds.map((k) => eventLabelsNl[k]));
    await i18n.changeLanguage('en');
    await waitFor(() => expect(shown()).toEqual(caseEventKinds.map((k) => eventLabelsEn[k])));
  });

  it('an unknown (older) kind reads as a plain event instead of its code', () => {
    renderWithI18n(<Chronology entries={[{ ...entries[0]!, kind: 'legacy.thing' }]} />, memoryStorage());
    expect(screen.getByText('Gebeurtenis')).toBeTruthy();
    expect(screen.queryByText('legacy.thing')).toBeNull();
  });
});
