/**
 * A one-line progress bar on stderr for long steps (redrawn in place on a terminal, a line
 * every 10 % otherwise, so CI logs stay short).
 */
export function progressBar(label: string): ((phase: string, done: number, total: number) => void) & { done(): void } {
  const tty = process.stderr.isTTY;
  let lastTenth = -1;
  let drawn = false;
  const draw = (phase: string, done: number, total: number) => {
    const share = total === 0 ? 1 : done / total;
    const line = `${label} ${phase.padEnd(6)} [${'#'.repeat(Math.round(share * 30)).padEnd(30, '.')}] ${done}/${total}`;
    if (tty) {
      process.stderr.write(`\r${line}`);
      drawn = true;
    } else if (Math.floor(share * 10) !== lastTenth) {
      lastTenth = Math.floor(share * 10);
      process.stderr.write(`${line}\n`);
    }
  };
  return Object.assign(draw, {
    done() {
      if (drawn) process.stderr.write('\n');
      drawn = false;
    },
  });
}
