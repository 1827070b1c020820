// The `schakel estimate` contract, through runEstimate and once through the real CLI.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CommandIo, runEstimate } from './estimate-command.js';

const DATA = '/work/shared/data/capture-recapture';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command against in-memory files. */
async function run(args: string[], files: Record<string, string> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: async (path) => {
      const text = files[path] ?? readFileSync(path, 'utf8');
      return text;
    },
  };
  const code = await runEstimate(args, io);
  return { code, stdout, stderr };
}

interface JsonModel {
  model: string;
  abundance: number;
  stderr: number;
  deviance: number;
  df: number;
  AIC: number;
  BIC: number;
  profile: { abundance: number; lower: number; upper: number | null } | null;
  warnings: unknown[];
}

describe('--format json', () => {
  it('prints exactly one JSON object with the contract’s keys', async () => {
    const { code, stdout, stderr } = await run([`${DATA}/hav_chao2001.csv`, '--format', 'json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const result = JSON.parse(stdout) as { n: number; sources: string[]; models: JsonModel[]; best: { AIC: string; BIC: string } };
    expect(result.n).toBe(271);
    expect(result.sources).toEqual(['P', 'Q', 'E']);
    // every hierarchical two-way model (2^3) plus M0 and Mh Chao (LB); Mt is [1,2,3]
    expect(result.models.map((m) => m.model).sort()).toEqual(
      ['M0', 'Mh Chao (LB)', '[1,2,3]', '[12,3]', '[13,2]', '[23,1]', '[12,13]', '[12,23]', '[13,23]', '[12,13,23]'].sort(),
    );
    for (const model of result.models) {
      expect(Object.keys(model).sort()).toEqual(['AIC', 'BIC', 'abundance', 'deviance', 'df', 'model', 'profile', 'stderr', 'warnings']);
      expect(Object.keys(model.profile ?? {}).sort()).toEqual(['abundance', 'lower', 'upper']);
    }
    expect(result.best).toEqual({ AIC: 'Mh Chao (LB)', BIC: 'Mh Chao (LB)' });
  });

  it('--model fits that model only, in Rcapture notation, and accepts Mt', async () => {
    const one = JSON.parse((await run([`${DATA}/diabetes_bruno1994.csv`, '--model', '[13,24,34]', '--format', 'json'])).stdout) as {
      models: JsonModel[];
      best: unknown;
    };
    expect(one.models.map((m) => m.model)).toEqual(['[13,24,34]']);
    expect(one.models[0]?.abundance).toBeCloseTo(2472.247, 3);
    expect(one.best).toEqual({ AIC: '[13,24,34]', BIC: '[13,24,34]' });
    const mt = JSON.parse((await run([`${DATA}/diabetes_bruno1994.csv`, '--model', 'Mt', '--format', 'json'])).stdout) as { models: JsonModel[] };
    expect(mt.models[0]?.model).toBe('[1,2,3,4]');
  });

  it('handles a repeat-contact table (nbcap,freq)', async () => {
    const { code, stdout } = await run([`${DATA}/nl_illegal_immigrants_counts.csv`, '--format', 'json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { n: number; models: JsonModel[] };
    expect(result.n).toBe(1880);
    expect(result.models.map((m) => m.model)).toEqual(['M0', 'Mh Chao (LB)']);
  });

  it('prints undefined quantities as null, never NaN', async () => {
    // a and b share nobody: Lincoln–Petersen is infinite.
    const { code, stdout } = await run(['x.csv', '--format', 'json'], { 'x.csv': 'a,b,n\n1,0,30\n0,1,20\n' });
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/NaN|Infinity/);
    const result = JSON.parse(stdout) as { pairwise: Array<{ lincolnPetersen: number | null }>; warnings: Array<{ code: string }> };
    expect(result.pairwise[0]?.lincolnPetersen).toBeNull();
    expect(result.warnings.map((w) => w.code)).toContain('zero-overlap');
  });
});

describe('--publish', () => {
  it('keeps the contract’s keys, with rounded estimates and explained suppressions', async () => {
    const { code, stdout } = await run([`${DATA}/nl_illegal_immigrants_counts.csv`, '--publish', '--format', 'json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      n: number;
      sources: string[];
      models: JsonModel[];
      best: unknown;
      observed: { cells: Array<{ cell: string; count: number | null }> };
      suppressions: Array<{ cell: string; reason: string }>;
    };
    expect(result.n).toBe(1880);
    expect(result.models.map((m) => [m.model, m.abundance, m.profile?.lower, m.profile?.upper])).toEqual([
      ['M0', 7080, 6410, 7850],
      ['Mh Chao (LB)', 9270, 8090, 10700],
    ]);
    expect(result.observed.cells.filter((c) => c.count === null).map((c) => c.cell)).toEqual(['seen 5×', 'seen 6×']);
    expect(result.suppressions.map((s) => s.cell)).toEqual(['seen 5×', 'seen 6×']);
  });
});

describe('--format table (the default)', () => {
  it('prints an aligned, bilingual table', async () => {
    const { code, stdout } = await run([`${DATA}/hav_chao2001.csv`]);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    const header = lines.find((line) => line.startsWith('model'));
    const rule = lines[lines.indexOf(header ?? '') + 1] ?? '';
    expect(rule).toMatch(/^-+( +-+)+$/);
    expect(stdout).toContain('Mh Chao (LB)   479.1   43.7');
    expect(stdout).toContain('Beste model (best model)');
  });
});

describe('bad input and bad usage: exit code 2, one message, no stack trace', () => {
  const cases: Array<[string, string[], Record<string, string>, string]> = [
    ['a non-0/1 value', ['f.csv'], { 'f.csv': 'police,school,count\n1,0,5\n0,x,3\n' }, 'f.csv:3: kolom "school"'],
    ['a missing count column', ['f.csv'], { 'f.csv': 'a,b\n1,0\n' }, 'f.csv:1:'],
    ['a negative count', ['f.csv'], { 'f.csv': 'a,b,n\n1,0,-1\n' }, 'f.csv:2:'],
    ['a non-integer count', ['f.csv'], { 'f.csv': 'a,b,n\n1,0,1.5\n' }, 'f.csv:2:'],
    ['an all-zero history', ['f.csv'], { 'f.csv': 'a,b,n\n0,0,1\n' }, 'f.csv:2:'],
    ['one source', ['f.csv'], { 'f.csv': 'a,n\n1,1\n' }, 'f.csv:1:'],
    ['an unreadable file', ['/nonexistent/f.csv'], {}, '/nonexistent/f.csv: kan het bestand niet lezen'],
    ['an unknown model', ['f.csv', '--model', '[1234]'], { 'f.csv': 'a,b,c,d,n\n1,0,0,0,5\n' }, 'f.csv: model'],
    ['interactions with two sources', ['f.csv', '--model', '[12]'], { 'f.csv': 'a,b,n\n1,0,5\n1,1,2\n' }, 'at least 3 sources'],
    ['an unknown option', ['f.csv', '--bogus'], {}, "unknown option '--bogus'"],
    ['a bad --format', ['f.csv', '--format', 'xml'], {}, 'Allowed choices are json, table'],
    ['no file', [], {}, "missing required argument 'file'"],
  ];
  it.each(cases)('%s', async (_label, args, files, message) => {
    const { code, stdout, stderr } = await run(args, files);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('duplicate histories are fine: they are summed', async () => {
    const { code, stdout } = await run(['f.csv', '--format', 'json', '--model', 'Mt'], { 'f.csv': 'a,b,n\n1,0,5\n1,0,5\n0,1,4\n1,1,3\n' });
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { n: number }).n).toBe(17);
  });

  it('fuzzed CSV never throws: always a result (exit 0) or a clean error (exit 2)', async () => {
    const cell = fc.constantFrom('0', '1', '2', '', 'x', '-1', '1.5', '"1"', ' 1', '10', '007', '"', 'a"b', '\u00e9');
    const header = fc.constantFrom('a,b,n', 'a,b,c,count', 'nbcap,freq', 'x,freq', 'a,b,c,d,FREQ', 'nbcap,sex,n', 'a', '', 'a,,n', 'n,n');
    const line = fc.array(cell, { minLength: 0, maxLength: 6 }).map((cells) => cells.join(','));
    const csv = fc.tuple(header, fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n')).map(([h, lines, eol]) => [h, ...lines].join(eol));
    await fc.assert(
      fc.asyncProperty(csv, fc.constantFrom<string[]>([], ['--format', 'json'], ['--publish'], ['--model', 'M0']), async (text, extra) => {
        const { code, stderr } = await run(['fuzz.csv', ...extra], { 'fuzz.csv': text });
        expect([0, 2]).toContain(code);
        if (code === 2) expect(stderr).toMatch(/^fuzz\.csv/);
        expect(stderr).not.toMatch(/^\s+at /m);
      }),
      { numRuns: 300 },
    );
  });
});

describe('degenerate but valid tables', () => {
  it('never fail: zero cells, empty sources and tiny counts give a result with warnings (exit 0)', async () => {
    const table = fc.integer({ min: 2, max: 4 }).chain((t) =>
      fc.tuple(fc.constant(t), fc.array(fc.integer({ min: 0, max: 6 }), { minLength: (1 << t) - 1, maxLength: (1 << t) - 1 })),
    );
    await fc.assert(
      fc.asyncProperty(table, fc.constantFrom<string[]>([], ['--publish']), async ([t, counts], extra) => {
        const header = [...Array.from({ length: t }, (_, i) => `s${i + 1}`), 'n'].join(',');
        const rows = counts.map((count, index) => [...Array.from({ length: t }, (_, i) => ((index + 1) >> i) & 1), count].join(','));
        const { code, stdout, stderr } = await run(['d.csv', '--format', 'json', ...extra], { 'd.csv': [header, ...rows].join('\n') });
        if (counts.every((count) => count === 0)) {
          expect(code).toBe(2);
          return;
        }
        expect(stderr).toBe('');
        expect(code).toBe(0);
        expect(stdout).not.toMatch(/NaN|Infinity/);
        expect(() => JSON.parse(stdout) as unknown).not.toThrow();
      }),
      { numRuns: 60 },
    );
  });
});

describe('the real command line', () => {
  it('node bin/schakel.js estimate … --format json (exit 0) and bad input (exit 2)', () => {
    const ok = spawnSync('node', ['bin/schakel.js', 'estimate', `${DATA}/hav_chao2001.csv`, '--model', 'Mh Chao (LB)', '--format', 'json'], {
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    const result = JSON.parse(ok.stdout) as { models: JsonModel[] };
    expect(result.models[0]?.abundance).toBeCloseTo(479.149, 3);

    const bad = spawnSync('node', ['bin/schakel.js', 'estimate', '/nonexistent.csv', '--format', 'json'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('/nonexistent.csv');
    expect(bad.stderr).not.toMatch(/^\s+at /m);

    const usage = spawnSync('node', ['bin/schakel.js', 'estimate', '--format', 'xml', 'x.csv'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
  }, 90_000); // three process start-ups (tsx compiles the CLI) on a shared, busy machine
});
