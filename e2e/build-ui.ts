// Builds web/dist before the browser suite, so the specs never test a stale UI left over from an
// earlier build (the harness only builds when web/dist is missing).
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export default async function buildUi(): Promise<void> {
  await build({
    configFile: fileURLToPath(new URL('../web/vite.config.ts', import.meta.url)),
    logLevel: 'warn',
  });
}
