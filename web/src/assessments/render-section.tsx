// Test helper for the case-work sections: a section with its API (a fake server), a fresh
// query cache and Dutch texts, without the router.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ApiContext } from '../api/ApiContext';
import { createApiClient } from '../api/client';
import type { CaseFile } from '../cases/cases.api';
import { createI18n } from '../i18n/i18n';
import type { FakeServer } from '../test-support/fake-server';
import { memoryStorage } from '../test-support/render';

export function renderSection(element: ReactElement, server: FakeServer) {
  const i18n = createI18n(memoryStorage());
  const api = createApiClient({ fetch: server.fetch, getLocale: () => 'nl-BE', describeFailure: () => 'mislukt', readCookie: () => 'csrf' });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ApiContext.Provider value={api}>{element}</ApiContext.Provider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

export const CASE_ID = '11111111-1111-4111-8111-111111111111';

/** The parts of a case file the sections read. */
export function caseFile(overrides: Partial<CaseFile> = {}): CaseFile {
  return {
    id: CASE_ID,
    number: 'VK-ANT-2026-00042',
    track: 'case',
    status: 'active',
    urgency: 'high',
    problemCategory: 'physical_abuse_neglect',
    teamId: '22222222-2222-4222-8222-222222222222',
    owner: null,
    children: [],
    receivedAt: '2026-11-01T10:00:00Z',
    waitingDays: 3,
    firstContactAt: null,
    deadline: null,
    version: 1,
    team: { id: '22222222-2222-4222-8222-222222222222', name: 'Intake' },
    members: [],
    openedAt: '2026-11-01T10:00:00Z',
    firstContactDueAt: '2026-11-08T10:00:00Z',
    followUpDueAt: null,
    closedAt: null,
    closureOutcome: null,
    closureNote: null,
    forms: [],
    contexts: [],
    story: { worries: '', strengths: '', nextSteps: '' },
    persons: [{ id: '33333333-3333-4333-8333-333333333333', kind: 'child', firstName: 'Noor', lastName: 'Janssens', dateOfBirth: '2017-05-04', unborn: false, expectedBirth: null, roleLabel: '', organisation: '', phone: '', livesWithChild: true, notes: '', version: 1 }],
    relations: [],
    notes: [],
    timeline: [],
    reports: [],
    readOnly: false,
    ...overrides,
  };
}
