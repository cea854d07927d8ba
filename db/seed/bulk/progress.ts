/**
 * A progress line on stderr, so stdout stays free for the summary. On a terminal it redraws
 * one bar in place (at most ten times a second); in a log (CI, a pipe) it writes a line at
 * every tenth instead, since carriage returns would only garble the file.
 */
export type Progress = { update(done: number): void; finish(): void };

const barWidth = 30;

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function createProgress(
  total: number,
  unit: string,
  stream: NodeJS.WriteStream = process.stderr,
  clock: () => number = () => performance.now(),
): Progress {
  const started = clock();
  const tty = stream.isTTY === true;
  let lastDraw = -Infinity;
  let lastTenth = 0;
  let current = 0;
  const numbers = new Intl.NumberFormat("en-GB");

  const line = (done: number) => {
    const share = total === 0 ? 1 : Math.min(1, done / total);
    const filled = Math.round(share * barWidth);
    const bar = `${"█".repeat(filled)}${"░".repeat(barWidth - filled)}`;
    return `${bar} ${String(Math.floor(share * 100)).padStart(3)}% ${numbers.format(done)}/${numbers.format(total)} ${unit} ${seconds(clock() - started)}`;
  };

  return {
    update(done) {
      current = done;
      if (tty) {
        const now = clock();
        if (now - lastDraw < 100 && done < total) return;
        lastDraw = now;
        stream.write(`\r${line(done)}`);
        return;
      }
      const tenth = Math.floor((done / Math.max(1, total)) * 10);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        stream.write(`${line(done)}\n`);
      }
    },
    finish() {
      if (tty) stream.write(`\r${line(current)}\n`);
    },
  };
}
