// What the chat benchmark's processes tell each other: the orchestrator (bench/chat.bench.ts), the
// server processes (server.ts, or the bare relay in relay.ts) and the client process (clients.ts).
export { commands, memoryAfterGc, Part, reply, type Memory } from '../support/processes.js';

/** Conversations per counsellor's console (each console follows this many chats). */
export const PER_COUNSELLOR = 50;
export const ROUNDS = 3;
export const ROUND_SECONDS = 5;

export interface Plan {
  /** WebSocket address the children connect to. */
  childSocket: string;
  /** Where the consoles sign in and connect; with `bare`, the relay's console socket. */
  consoleHttp: string;
  tokens: string[];
  counsellors: { email: string; password: string }[];
  /** The bare relay: no sign-in, the console socket is `/console?i=N`. */
  bare?: boolean;
}

export interface ClientResult {
  connectMs: number;
  sent: number;
  received: number;
  doubled: number;
  acked: number;
  latencies: number[];
}

