/**
 * The progress bar of `npm run export` and `npm run import`, one bar per table (cli-progress),
 * on standard error so the command's own output stays clean; without a terminal (CI, a log
 * file) a line per table instead.
 */
import { SingleBar, Presets } from "cli-progress";

export function tableProgress(): {
  update(progress: { table: string; done: number; total: number }): void;
  stop(): void;
} {
  let bar: SingleBar | null = null;
  let current = "";
  const interactive = process.stderr.isTTY === true;
  const finishTable = () => {
    bar?.stop();
    bar = null;
  };
  return {
    update({ table, done, total }) {
      if (table !== current) {
        finishTable();
        current = table;
        if (interactive) {
          bar = new SingleBar(
            { format: `${table.padEnd(22)} {bar} {value}/{total} rows`, stream: process.stderr, hideCursor: true },
            Presets.shades_classic,
          );
          bar.start(total, 0);
        }
      }
      if (bar) bar.update(done);
      else if (done === total) process.stderr.write(`${table}: ${done} rows\n`);
    },
    stop: finishTable,
  };
}
