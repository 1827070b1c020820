// One Schakel server in a process of its own, for browser tests that need several processes on
// one PostgreSQL database (as behind a load balancer). Started with DATABASE_URL,
// SCHAKEL_SECRET_KEY (the same for every process) and SCHAKEL_DATA_DIR; prints its address as
// one JSON line and stops when its standard input closes.
import { loadConfig } from '../src/platform/config.js';
import { startServer } from '../src/server.js';

const config = { ...loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: '0' }), jobs: false };
const server = await startServer(config);
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.stdin.resume();
process.stdin.once('end', () => void server.close().finally(() => process.exit(0)));
