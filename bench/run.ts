// `npm run bench [name…]`: runs every bench/*.bench.ts (or the named ones) one after another and
// lets each print its own figures. Benchmarks are measurements, never pass/fail tests: the machines
// are shared and noisy (DEVELOPERS.md).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const mod = (await import(`./${file}`)) as { run: () => Promise<void> };
  await mod.run();
}
