// The bare baseline for the chat benchmark: a plain `ws` server in its own process that speaks just
// enough of the chat's frames for the same client process — hello, send (ack + echo to the child,
// the message to its console), seen (read and dropped) — with no database and no checks. What the
// machine does for the same traffic with nothing else in the way, measured in the same run.
import { fileURLToPath } from 'node:url';
import { WebSocketServer, type WebSocket } from 'ws';
import { commands, memoryAfterGc, PER_COUNSELLOR, reply } from './plan.js';

function main(): void {
  const consoles = new Map<number, WebSocket>();
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  server.on('connection', (ws, request) => {
    const url = new URL(request.url ?? '/', 'http://relay');
    if (url.pathname === '/console') {
      consoles.set(Number(url.searchParams.get('i')), ws);
      ws.on('message', (data: Buffer) => {
        const frame = JSON.parse(data.toString()) as { type: string };
        if (frame.type === 'hello') ws.send(JSON.stringify({ type: 'ready' }));
      });
      return;
    }
    let child = -1;
    let seq = 0;
    ws.on('message', (data: Buffer) => {
      const frame = JSON.parse(data.toString()) as { type: string; token?: string; clientId?: string; body?: string };
      if (frame.type === 'hello') {
        child = Number(frame.token?.slice('bare-'.length));
        ws.send(JSON.stringify({ type: 'state', status: 'active' }));
      } else if (frame.type === 'send') {
        seq += 1;
        const message = { type: 'message', seq, clientId: frame.clientId, from: 'child', body: frame.body, sentAt: new Date().toISOString() };
        ws.send(JSON.stringify({ type: 'ack', clientId: frame.clientId, seq }));
        ws.send(JSON.stringify(message));
        consoles.get(Math.floor(child / PER_COUNSELLOR))?.send(JSON.stringify({ ...message, conversationId: `c${child}` }));
      }
    });
  });
  server.on('listening', () => {
    const address = server.address();
    reply({ port: typeof address === 'object' && address ? address.port : 0 });
  });
  commands((command) => {
    if (command.do === 'memory') reply(memoryAfterGc());
  });
  process.stdin.once('end', () => server.close(() => process.exit(0)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
