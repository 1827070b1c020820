// What the chat benchmark's processes tell each other: the orchestrator (bench/chat.bench.ts), the
// server processes (server.ts, or the bare relay in relay.ts) and the client process (clients.ts).
// They talk over stdin/stdout, one JSON object per line, so every part runs in its own OS process.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { createInterface, type Interface } from 'node:readline';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

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

export interface Memory {
  rss: number;
  heapUsed: number;
}

/** A collectable heap before each memory reading, without asking for a node flag at start-up. */
export function memoryAfterGc(): Memory {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

/** Reads this process's stdin as JSON lines (a server's or the clients' commands). */
export function commands(onCommand: (command: { do: string }) => void): void {
  createInterface({ input: process.stdin }).on('line', (line) => onCommand(JSON.parse(line) as { do: string }));
}

export const reply = (value: object) => process.stdout.write(`${JSON.stringify(value)}\n`);

/** One part of the benchmark in its own process: send it commands, await its answers in order. */
export class Part {
  private readonly child: ChildProcessByStdio<Writable, Readable, null>;
  private readonly lines: Interface;
  private readonly waiting: ((value: Record<string, unknown>) => void)[] = [];
  private readonly early: Record<string, unknown>[] = [];

  constructor(file: string, env: Record<string, string>) {
    this.child = spawn(process.execPath, ['--import', 'tsx', file], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'inherit'] });
    this.lines = createInterface({ input: this.child.stdout });
    this.lines.on('line', (line) => {
      if (!line.startsWith('{')) return;
      const value = JSON.parse(line) as Record<string, unknown>;
      const next = this.waiting.shift();
      if (next) next(value);
      else this.early.push(value);
    });
  }

  /** The next answer (in the order they are printed). */
  next<T>(): Promise<T> {
    const ready = this.early.shift();
    if (ready) return Promise.resolve(ready as T);
    return new Promise((resolve, reject) => {
      this.child.once('exit', (code) => reject(new Error(`a benchmark process ended early (exit ${code})`)));
      this.waiting.push((value) => resolve(value as T));
    });
  }

  send(command: object): void {
    this.child.stdin.write(`${JSON.stringify(command)}\n`);
  }

  async ask<T>(command: object): Promise<T> {
    this.send(command);
    return this.next<T>();
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const ended = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.stdin.end();
    this.child.kill('SIGTERM');
    await ended;
  }
}
