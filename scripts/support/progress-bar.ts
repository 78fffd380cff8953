const WIDTH = 30;
/** Without a terminal (a log file, CI), a line at every tenth of the way. */
const STEPS = 10;

export interface ProgressBar {
  tick(label: string): void;
  done(): void;
}

/** A progress bar on standard error: redrawn in place on a terminal, a few plain lines elsewhere. */
export function progressBar(total: number, stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  let count = 0;
  let lastStep = -1;
  const line = (label: string) => {
    const share = total ? count / total : 1;
    const filled = Math.round(share * WIDTH);
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% ${count}/${total}`;
    return label ? `${bar} ${label}` : bar;
  };
  return {
    tick(label) {
      count++;
      if (stream.isTTY) {
        const text = line(label);
        stream.write(`\r${text.slice(0, (stream.columns || 80) - 1).padEnd((stream.columns || 80) - 1)}`);
        return;
      }
      const step = total ? Math.floor((count / total) * STEPS) : STEPS;
      if (step !== lastStep) {
        lastStep = step;
        stream.write(`${line('')}\n`);
      }
    },
    done() {
      if (stream.isTTY) stream.write(`\r${line('').padEnd((stream.columns || 80) - 1)}\n`);
    },
  };
}
