// The chat's public API calls. Plain fetch, no cookies: the child has no account and no session.
import type { ChatLocale } from './chat-text';

export interface ChatStatus {
  open: boolean;
  nextOpening: { date: string; weekday: number; time: string } | null;
  openingHours: { weekday: number; opens: string; closes: string }[];
  quickExitUrl: string;
  counsellorsOnline: boolean;
  waiting: number;
  expectedWaitMinutes: number | null;
}

export interface StartAnswers {
  ageBand?: string;
  topic?: string;
  urgency: number;
}

export class ChatApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(locale: ChatLocale, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'omit',
      headers: { Accept: 'application/json', 'Accept-Language': locale, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ChatApiError(0, 'network_error', '');
  }
  const text = await response.text();
  const payload = text ? (JSON.parse(text) as unknown) : undefined;
  if (response.ok) return payload as T;
  const error = (payload ?? {}) as { code?: string; message?: string; fields?: { message: string }[] };
  throw new ChatApiError(response.status, error.code ?? 'unexpected', error.fields?.[0]?.message ?? error.message ?? '');
}

export const chatApi = {
  status: (locale: ChatLocale) => call<ChatStatus>(locale, 'GET', '/api/chat/status'),
  start: (locale: ChatLocale, answers: StartAnswers, previousToken: string | null) =>
    call<{ token: string }>(locale, 'POST', '/api/chat/conversations', { ...answers, locale, ...(previousToken ? { previousToken } : {}) }),
  saveCodeWord: (locale: ChatLocale, token: string, codeWord: string) => call<{ expiresAt: string }>(locale, 'POST', '/api/chat/code-word', { token, codeWord }),
  resume: (locale: ChatLocale, codeWord: string) => call<{ token: string }>(locale, 'POST', '/api/chat/resume', { codeWord }),
  feedback: (locale: ChatLocale, token: string, answer: string) => call<undefined>(locale, 'POST', '/api/chat/feedback', { token, answer }),
};
