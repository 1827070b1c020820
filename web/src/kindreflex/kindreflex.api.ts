// The only calls the public guide makes, each one started by the professional.
import type { ApiClient } from '../api/client';
import type { OutcomeId } from '../../../src/kindreflex/guide-content.schema';

export interface ConsultRequestInput {
  sector: string;
  contentVersion: string;
  outcome: OutcomeId;
  province: string;
  shared: { observations?: string; considerations?: string; decisions?: string; question?: string };
  contactPreference: 'phone' | 'email' | 'professional_calls';
  contact: { name?: string; organisation?: string; phone?: string; email?: string };
  countCompletion: boolean;
}

export interface ConsultRequestCreated {
  reference: string;
  centreName: string;
  expectedResponseBy: string;
  responseWorkingDays: number;
  counted: boolean;
}

export interface CompletionStats {
  from: string;
  to: string;
  total: number;
  sectors: {
    sector: string;
    name: string;
    completions: number;
    outcomes: Record<OutcomeId, number>;
  }[];
  months: { month: string; completions: number }[];
}

export const kindreflexApi = {
  requestConsult: (api: ApiClient, input: ConsultRequestInput) =>
    api.post<ConsultRequestCreated>('/api/kindreflex/consult-requests', input),
  countCompletion: (
    api: ApiClient,
    completion: { sector: string; contentVersion: string; outcome: OutcomeId },
  ) => api.post<undefined>('/api/kindreflex/completions', completion),
  stats: (api: ApiClient, period: { from?: string; to?: string }, signal?: AbortSignal) =>
    api.get<CompletionStats>('/api/kindreflex/stats', { query: period, signal }),
};
