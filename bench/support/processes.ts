// A benchmark in several OS processes: the orchestrator starts each part (a server, a client
// process) and talks to it over stdin/stdout, one JSON object per line, so that no part's CPU or
// memory is counted as another's.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

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

/**
 * With a directory, a CPU profile of this process from now to its end (orchestrators stop their
 * servers with SIGTERM, which `node --cpu-prof` would not survive). Opt-in: the inspector costs a
 * little CPU itself.
 */
export function profileUntilStopped(dir: string | undefined, name: string): void {
  if (!dir) return;
  const session = new Session();
  session.connect();
  session.post('Profiler.enable', () => session.post('Profiler.start'));
  // Written on the way out whichever way that is (the end of stdin, or SIGTERM): the synchronous
  // session answers within the call.
  process.once('exit', () =>
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(`${dir}/${name}-${process.pid}.cpuprofile`, JSON.stringify(result.profile));
    }),
  );
  process.once('SIGTERM', () => process.exit(0));
}

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
      const ended = (code: number | null) => reject(new Error(`a benchmark process ended early (exit ${code})`));
      this.child.once('exit', ended);
      this.waiting.push((value) => {
        this.child.off('exit', ended);
        resolve(value as T);
      });
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
