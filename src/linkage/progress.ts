// Progress on stderr: a redrawn bar when a person is watching a terminal, one plain line per
// finished step otherwise (CI logs and files should not fill with carriage returns). Labels
// are source names and counts only, never record contents.
import type { LinkProgress } from './link-sources.js';

export interface ProgressSink {
  isTTY?: boolean;
  columns?: number;
  write(text: string): boolean;
}

const STAGE_LABELS: Record<LinkProgress['stage'], string> = {
  signatures: 'handtekeningen / signatures',
  comparing: 'vergelijken / comparing',
};

const REDRAW_INTERVAL_MS = 100;
const BAR_WIDTH = 30;

export function createProgressReporter(sink: ProgressSink, now: () => number = Date.now): (progress: LinkProgress) => void {
  let started = now();
  let lastDraw = Number.NEGATIVE_INFINITY;
  let barShown = false;
  return (progress) => {
    if (progress.done === 0) started = now();
    const finished = progress.done >= progress.total;
    const label = `${STAGE_LABELS[progress.stage]} ${progress.label}`;
    if (sink.isTTY !== true) {
      if (finished) sink.write(`${label}: klaar / done (${((now() - started) / 1000).toFixed(1)} s)\n`);
      return;
    }
    if (!finished && now() - lastDraw < REDRAW_INTERVAL_MS) return;
    lastDraw = now();
    const share = progress.total === 0 ? 1 : Math.min(1, progress.done / progress.total);
    const filled = Math.round(share * BAR_WIDTH);
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${label}`;
    const width = Math.max(20, (sink.columns ?? 80) - 1);
    sink.write(`\r${bar.slice(0, width).padEnd(width)}`);
    barShown = true;
    if (finished && barShown) {
      sink.write('\n');
      barShown = false;
    }
  };
}
