// `npm start`: build the UI when its sources are newer than the last build, then run the server
// on the embedded database with demo data (seeded on first start).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
}

const built = join(root, 'web/dist/index.html');
const sources = Math.max(newest(join(root, 'web/src')), newest(join(root, 'web/index.html')), newest(join(root, 'web/vite.config.ts')), newest(join(root, 'content')));
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  console.log('Building the user interface…');
  const build = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawnSync(process.execPath, [join(root, 'bin/schakel.js'), 'serve', '--demo', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(server.status ?? 0);
