// `npm test`: every suite on the embedded database (PGlite); the database suites again on
// PostgreSQL when TEST_DATABASE_URL is set; the browser suite when Chromium is present (and a
// plain sentence when it is not).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (label, command, args, env) => {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
};

const pgUrl = process.env.TEST_DATABASE_URL;
const failures = [];

const pgliteEnv = { ...process.env };
delete pgliteEnv.TEST_DATABASE_URL;
console.log('\n▶ unit and integration tests on PGlite');
if (spawnSync('npx', ['vitest', 'run'], { stdio: 'inherit', env: pgliteEnv }).status !== 0) failures.push('PGlite suite');

if (pgUrl) {
  if (!run('database suites on PostgreSQL', 'npx', ['vitest', 'run', '--project', 'server'], { TEST_DATABASE_URL: pgUrl })) failures.push('PostgreSQL suite');
} else {
  console.log('\nPostgreSQL suite not run: set TEST_DATABASE_URL=postgres://… to run the database suites on PostgreSQL too.');
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) {
  if (!pgUrl) console.log('\nBrowser tests on two server processes (e2e/*.postgres.spec.ts) not run: they need TEST_DATABASE_URL=postgres://….');
  if (!run('building the UI for the browser suite', 'npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'])) failures.push('UI build');
  else if (!run(`browser suite in ${chromium}`, 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts'], { CHROMIUM_PATH: chromium })) failures.push('browser suite');
} else {
  console.log(`\nBrowser suite not run: no Chromium at ${chromium}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
}

if (failures.length) {
  console.error(`\nFailed: ${failures.join(', ')}`);
  process.exit(1);
}
console.log('\nAll suites passed.');
