/**
 * What the CLI prints besides results: usage errors, a progress bar on stderr (only on a terminal:
 * logs and pipes stay clean), durations.
 */
import cliProgress from 'cli-progress';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface ProgressBar {
  update(done: number, total: number): void;
  /** Prints a line above the bar (or alone when there is no bar). */
  interrupt(line: string): void;
  stop(): void;
}

export function makeProgressBar(label: string, stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  if (!stream.isTTY) {
    return { update: () => {}, interrupt: (line) => stream.write(`${line}\n`), stop: () => {} };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${label} [{bar}] {value}/{total} articles | {eta_formatted} left`,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done);
      }
    },
    interrupt(line) {
      // cli-progress redraws on the next update; clearing the line keeps the message readable.
      stream.write(`\r\x1b[K${line}\n`);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

export function formatSeconds(seconds: number): string {
  return seconds < 10 ? `${seconds.toFixed(2)} s` : `${seconds.toFixed(1)} s`;
}
