// Test factories for advice and consult: a phone question from a teacher, registered through the
// real API by a signed-in handler.
import type { Agent } from '../../test/support/app.js';

export function consultBody(overrides: Record<string, unknown> = {}) {
  return {
    channel: 'phone',
    sector: 'school_clb',
    professional: { name: 'Els Wouters', role: 'leerkracht', organisation: 'Basisschool De Linde', phone: '03 123 45 67' },
    family: { named: false },
    question: 'Een leerling komt vaak met honger naar school en zegt dat mama veel slaapt. Wat kan ik doen?',
    kindreflexStep: 'wellbeing',
    urgency: 'normal',
    ...overrides,
  };
}

export interface ConsultJson {
  id: string;
  reference: string;
  status: string;
  version: number;
  urgency: string;
  assignedTo: { id: string; name: string } | null;
  followUpOn: string | null;
  followUpState: string | null;
  reportId: string | null;
  family: { children: { firstName: string; lastName: string }[]; parents: { firstName: string; lastName: string }[] } | null;
  advice: { text: string; givenBy: { id: string; name: string }; givenAt: string }[];
}

export async function registerConsult(agent: Agent, overrides: Record<string, unknown> = {}): Promise<ConsultJson> {
  const res = await agent.post('/api/consult/requests', consultBody(overrides));
  if (res.statusCode !== 201) throw new Error(`consult not registered: ${res.statusCode} ${res.body}`);
  return res.json<ConsultJson>();
}

/** A Brussels calendar date `days` from today. */
export function dayFromToday(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days, 12)).toISOString().slice(0, 10);
}
