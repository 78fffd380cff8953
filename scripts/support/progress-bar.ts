const WIDTH = 30;
/** Without a terminal (a log file, CI), a line at every tenth of the way. */
const STEPS = 10;

export interface ProgressBar {
  /** One more item done. */
  tick(label: string): void;
  /** `amount` more done (bytes of a file, say). */
  advance(amount: number, label?: string): void;
  done(): void;
}

export interface ProgressBarOptions {
  stream?: NodeJS.WriteStream;
  /** How a count is shown, e.g. as megabytes; plain numbers by default. */
  format?: (count: number) => string;
}

/** A progress bar on standard error: redrawn in place on a terminal, a few plain lines elsewhere. */
export function progressBar(total: number, options: NodeJS.WriteStream | ProgressBarOptions = {}): ProgressBar {
  const { stream = process.stderr, format = String } = 'write' in options ? { stream: options } : options;
  let count = 0;
  let lastStep = -1;
  let lastDrawn = '';
  const line = (label: string) => {
    const share = total ? Math.min(count / total, 1) : 1;
    const filled = Math.round(share * WIDTH);
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% ${format(count)}/${format(total)}`;
    return label ? `${bar} ${label}` : bar;
  };
  const advance = (amount: number, label = '') => {
    count += amount;
    if (stream.isTTY) {
      const text = line(label).slice(0, (stream.columns || 80) - 1).padEnd((stream.columns || 80) - 1);
      // Many small steps (bytes) would redraw the same line thousands of times.
      if (text !== lastDrawn) stream.write(`\r${text}`);
      lastDrawn = text;
      return;
    }
    const step = total ? Math.floor((count / total) * STEPS) : STEPS;
    if (step !== lastStep) {
      lastStep = step;
      stream.write(`${line('')}\n`);
    }
  };
  return {
    tick: (label) => advance(1, label),
    advance,
    done() {
      if (stream.isTTY) stream.write(`\r${line('').padEnd((stream.columns || 80) - 1)}\n`);
    },
  };
}
