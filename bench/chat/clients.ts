// The chat benchmark's client process: every child and every counsellor's console, in one process
// apart from the servers so that neither their CPU nor their memory is counted as the server's.
// Both ends are here, so one clock measures from the child's send to the console's receipt.
// The clients behave as the browsers do: a received message is answered with a `seen` frame.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';
import { commands, reply, ROUND_SECONDS, ROUNDS, type ClientResult, type Plan } from './plan.js';

interface Frame {
  type: string;
  from?: string;
  clientId?: string;
  conversationId?: string;
  seq?: number;
}

function open(url: string, options: ConstructorParameters<typeof WebSocket>[2], hello: object, until: (frame: Frame) => boolean): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, options);
    const timer = setTimeout(() => reject(new Error('connect timeout')), 120_000);
    ws.once('error', reject);
    ws.once('open', () => ws.send(JSON.stringify(hello)));
    const onMessage = (data: Buffer) => {
      if (until(JSON.parse(data.toString()) as Frame)) {
        clearTimeout(timer);
        ws.off('message', onMessage);
        resolve(ws);
      }
    };
    ws.on('message', onMessage);
  });
}

async function openConsole(plan: Plan, index: number, login: { email: string; password: string }): Promise<WebSocket> {
  if (plan.bare) return open(`${plan.consoleHttp}/console?i=${index}`, {}, { type: 'hello', after: {} }, (f) => f.type === 'ready');
  const res = await fetch(`${plan.consoleHttp}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(login) });
  if (!res.ok) throw new Error(`console sign-in failed: ${res.status}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return open(`${plan.consoleHttp.replace('http', 'ws')}/api/console/socket`, { headers: { cookie, origin: plan.consoleHttp } }, { type: 'hello', after: {} }, (f) => f.type === 'ready');
}

async function main(plan: Plan): Promise<void> {
  const arrivals = new Map<string, number[]>();
  let acked = 0;
  const consoles: WebSocket[] = [];
  for (const [index, login] of plan.counsellors.entries()) {
    const ws = await openConsole(plan, index, login);
    ws.on('message', (data: Buffer) => {
      const frame = JSON.parse(data.toString()) as Frame;
      if (frame.type !== 'message') return;
      if (frame.from === 'child' && frame.clientId) arrivals.set(frame.clientId, [...(arrivals.get(frame.clientId) ?? []), performance.now()]);
      ws.send(JSON.stringify({ type: 'seen', conversationId: frame.conversationId, delivered: frame.seq, read: frame.seq }));
    });
    consoles.push(ws);
  }
  const t0 = performance.now();
  const children: WebSocket[] = [];
  for (let i = 0; i < plan.tokens.length; i += 100) {
    // Spread over loopback addresses: the public socket is rate-limited per client address.
    const batch = plan.tokens.slice(i, i + 100).map((token, j) => {
      const n = i + j;
      return open(plan.childSocket, { localAddress: `127.0.${Math.floor(n / 25 / 250)}.${2 + (Math.floor(n / 25) % 250)}` }, { type: 'hello', token, after: 0 }, (f) => f.type === 'state');
    });
    children.push(...(await Promise.all(batch)));
  }
  for (const ws of children) {
    ws.on('message', (data: Buffer) => {
      const frame = JSON.parse(data.toString()) as Frame;
      if (frame.type === 'ack') acked += 1;
      if (frame.type === 'message') ws.send(JSON.stringify({ type: 'seen', delivered: frame.seq, read: frame.seq }));
    });
  }
  const connectMs = performance.now() - t0;
  reply({ connected: true });
  await new Promise<void>((resolve) => commands(() => resolve()));

  const sentAt = new Map<string, number>();
  for (let round = 0; round < ROUNDS; round++) {
    await Promise.all(
      children.map(
        (ws, i) =>
          new Promise<void>((resolve) =>
            setTimeout(
              () => {
                const clientId = randomUUID();
                sentAt.set(clientId, performance.now());
                ws.send(JSON.stringify({ type: 'send', clientId, body: `bench ${i} ${round}` }));
                resolve();
              },
              Math.random() * ROUND_SECONDS * 1000,
            ),
          ),
      ),
    );
  }
  const deadline = performance.now() + 60_000;
  while (performance.now() < deadline && (acked < sentAt.size || [...sentAt.keys()].some((id) => !arrivals.has(id)))) await new Promise((r) => setTimeout(r, 100));
  const latencies = [...sentAt].filter(([id]) => arrivals.has(id)).map(([id, at]) => arrivals.get(id)![0]! - at);
  const doubled = [...arrivals.values()].filter((times) => times.length > 1).length;
  reply({ connectMs, sent: sentAt.size, received: latencies.length, doubled, acked, latencies } satisfies ClientResult);
  for (const ws of [...children, ...consoles]) ws.terminate();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main(JSON.parse(readFileSync(process.env.CHAT_BENCH_PLAN!, 'utf8')) as Plan);
  process.exit(0);
}
