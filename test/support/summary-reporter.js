/**
 * Ends the run with one plain line, `N passed, N failed, N skipped`, that CI systems can read, so a
 * run that executed nothing is visible as such. Before it, every file with skipped tests is listed
 * with the warnings it printed (Jest hides the console of a file whose tests are all skipped, and
 * a suite that skips must say why, e.g. "MEILI_URL unset").
 */
export default class SummaryReporter {
  constructor() {
    this.skippedFiles = [];
  }

  onTestResult(_test, result) {
    if (result.numPendingTests + result.numTodoTests === 0) return;
    const reasons = (result.console ?? []).filter((entry) => entry.type === 'warn').map((entry) => entry.message);
    this.skippedFiles.push({ path: result.testFilePath, count: result.numPendingTests + result.numTodoTests, reasons });
  }

  onRunComplete(_contexts, results) {
    for (const { path, count, reasons } of this.skippedFiles) {
      process.stdout.write(`skipped ${count} in ${path.replace(process.cwd() + '/', '')}: ${reasons.join(' ') || 'no reason printed'}\n`);
    }
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results;
    process.stdout.write(`\n${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n`);
  }
}
