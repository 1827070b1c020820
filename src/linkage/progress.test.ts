import { describe, expect, it } from 'vitest';
import { createProgressReporter } from './progress.js';

function sink(isTTY: boolean): { written: string[]; isTTY: boolean; columns: number; write: (text: string) => boolean } {
  const written: string[] = [];
  return { written, isTTY, columns: 60, write: (text) => written.push(text) > 0 };
}

describe('progress on stderr', () => {
  it('redraws a bar in place on a terminal and ends it with a newline', () => {
    let clock = 0;
    const terminal = sink(true);
    const report = createProgressReporter(terminal, () => clock);
    report({ stage: 'comparing', label: 'vk × politie', done: 0, total: 4 });
    clock = 500;
    report({ stage: 'comparing', label: 'vk × politie', done: 2, total: 4 });
    clock = 520; // within the redraw interval: skipped
    report({ stage: 'comparing', label: 'vk × politie', done: 3, total: 4 });
    clock = 540; // finished: always drawn
    report({ stage: 'comparing', label: 'vk × politie', done: 4, total: 4 });
    expect(terminal.written[1]).toMatch(/^\r\[#{15}\.{15}\] {2}50% vergelijken/);
    expect(terminal.written.filter((t) => t.startsWith('\r'))).toHaveLength(3); // 0 %, 50 %, 100 %
    expect(terminal.written.at(-1)).toBe('\n');
    expect(terminal.written.every((t) => t.replace('\r', '').length <= 59 || t === '\n')).toBe(true);
  });

  it('writes one plain line per finished step when stderr is not a terminal', () => {
    let clock = 0;
    const log = sink(false);
    const report = createProgressReporter(log, () => clock);
    report({ stage: 'signatures', label: 'vk', done: 0, total: 1 });
    clock = 1500;
    report({ stage: 'signatures', label: 'vk', done: 1, total: 1 });
    expect(log.written).toEqual(['handtekeningen / signatures vk: klaar / done (1.5 s)\n']);
  });
});
