// The counsellor console's API: types mirror the server's response schemas (src/chat/*.routes.ts).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';

export interface QueueEntry {
  id: string;
  ageBand: string | null;
  topic: string | null;
  urgency: number;
  queuedAt: string;
  returning: boolean;
}

export interface ConversationSummary {
  id: string;
  status: 'waiting' | 'active' | 'ended';
  ageBand: string | null;
  topic: string | null;
  urgency: number;
  locale: string;
  takenAt: string | null;
  endedAt: string | null;
  endReason: string | null;
  riskLevel: string | null;
  childOnline: boolean;
  lastSeq: number;
  childDeliveredSeq: number;
  childReadSeq: number;
  registered: boolean;
  contactId: string | null;
}

export interface ConsoleState {
  presence: { status: 'available' | 'away'; capacity: number; online: boolean };
  queue: QueueEntry[];
  conversations: ConversationSummary[];
}

export interface Note {
  id: string;
  kind: 'note' | 'transfer' | 'risk';
  body: string;
  author: string;
  createdAt: string;
}

export interface CannedResponse {
  id: string;
  title: string;
  body: string;
  sort: number;
}

export const consoleKeys = {
  state: ['console', 'state'] as const,
  notes: (id: string) => ['console', 'notes', id] as const,
  canned: ['console', 'canned'] as const,
  colleagues: ['console', 'colleagues'] as const,
};

export function useConsoleState() {
  const api = useApi();
  return useQuery({ queryKey: consoleKeys.state, queryFn: ({ signal }) => api.get<ConsoleState>('/api/console/state', { signal }), refetchInterval: 30_000 });
}

export function useNotes(conversationId: string) {
  const api = useApi();
  return useQuery({ queryKey: consoleKeys.notes(conversationId), queryFn: ({ signal }) => api.get<{ notes: Note[] }>(`/api/console/conversations/${conversationId}/notes`, { signal }) });
}

export function useCanned() {
  const api = useApi();
  return useQuery({ queryKey: consoleKeys.canned, queryFn: ({ signal }) => api.get<{ responses: CannedResponse[] }>('/api/console/canned', { signal }), staleTime: 60_000 });
}

export function useColleagues(enabled: boolean) {
  const api = useApi();
  return useQuery({ queryKey: consoleKeys.colleagues, enabled, queryFn: ({ signal }) => api.get<{ colleagues: { id: string; displayName: string; freeSlots: number }[] }>('/api/console/colleagues', { signal }) });
}

/** A POST that refreshes the console's state afterwards. */
export function useConsoleAction<TBody, TResult = void>(path: (body: TBody) => string, payload?: (body: TBody) => unknown) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TBody) => api.post<TResult>(path(body), payload ? payload(body) : undefined),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['console'] }),
  });
}
