/** Progress lines for a long load: what is done, of how much, and the rate so far. */
export function progressPrinter(print: (line: string) => void) {
  const started = Date.now();
  return (what: string, done: number, total: number) => {
    const seconds = (Date.now() - started) / 1000;
    const rate = Math.round(done / Math.max(seconds, 0.001)).toLocaleString('en');
    print(`${what}: ${done.toLocaleString('en')}/${total.toLocaleString('en')} (${rate}/s)`);
  };
}
