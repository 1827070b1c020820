// The real command, spawned once per scenario: `node bin/schakel.js link …`.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/schakel.js', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'schakel-link-cli-'));
const keyFile = join(folder, 'key.txt');
writeFileSync(keyFile, 'a-sufficiently-long-linkage-key\n');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function schakel(args: string[], environment: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { ...process.env, SCHAKEL_LINK_KEY: '', ...environment } }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

function write(name: string, content: string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

const vk = write('vk.csv', 'name,birth_date,sex,nrn\nEmma Peeters,2015-03-04,F,15030412325\nNoah Janssens,2012-11-30,M,\nLina Maes,2019-01-02,F,1903\n');
const police = write('politie.csv', 'sex,birth_date,name\nF,2015-03-04,Emma Peters\nM,2010-07-21,Jules Vermeulen\n');

describe('schakel link (spawned)', () => {
  it('encodes two registries and prints the capture-history table for estimate', async () => {
    const [encodedVk, encodedPolice] = await Promise.all([
      schakel(['link', 'encode', '--key-file', keyFile, vk]),
      schakel(['link', 'encode', police], { SCHAKEL_LINK_KEY: 'a-sufficiently-long-linkage-key' }),
    ]);
    expect(encodedVk.code).toBe(0);
    expect(encodedVk.stdout.split('\n')[0]).toBe('id,clk,nrn_hmac');
    expect(encodedVk.stdout).not.toMatch(/Emma|Peeters|2015-03-04|15030412325/);
    expect(encodedVk.stderr).toMatch(/vk\.csv, regel 4, kolom "nrn"/);
    expect(encodedVk.stderr).not.toContain('1903');

    // Same key, once from a file and once from the environment: the records must still link.
    expect(encodedPolice.code).toBe(0);
    const vkEncoded = write('vk.enc.csv', encodedVk.stdout);
    const policeEncoded = write('politie.enc.csv', encodedPolice.stdout);

    const matched = await schakel(['link', 'match', vkEncoded, policeEncoded, '--threshold', '0.8']);
    expect(matched.code).toBe(0);
    expect(matched.stdout).toBe('vk.enc,politie.enc,count\n1,1,1\n1,0,2\n0,1,1\n');
    expect(matched.stderr).toMatch(/kandidaatparen/);
  }, 60_000);

  it('exits with 2 and a located message, never a stack trace, on bad input', async () => {
    const [noKey, missingColumn, badBase64, usage] = await Promise.all([
      schakel(['link', 'encode', vk]),
      schakel(['link', 'encode', '--key-file', keyFile, write('bad.csv', 'name,sex\nEmma Peeters,F\n')]),
      schakel(['link', 'match', write('a.csv', 'id,clk\n1,AAAA\n2,%%%%\n'), write('b.csv', 'id,clk\n1,AAAA\n')]),
      schakel(['link', 'match', '--threshold']),
    ]);
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toMatch(/SCHAKEL_LINK_KEY/);

    expect(missingColumn.code).toBe(2);
    expect(missingColumn.stderr).toMatch(/bad\.csv, regel 1, kolom "birth_date": kolom ontbreekt/);
    expect(missingColumn.stderr).toMatch(/bad\.csv, line 1, column "birth_date": column missing/);

    expect(badBase64.code).toBe(2);
    expect(badBase64.stderr).toMatch(/a\.csv, line 3, column "clk": invalid base64/);

    expect(usage.code).toBe(2);
    for (const run of [noKey, missingColumn, badBase64, usage]) expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
