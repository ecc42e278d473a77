/**
 * Ends the run with one plain line, `N passed, N failed, N skipped`, that CI systems can read,
 * so a run that executed nothing is visible as such.
 */
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results;
    process.stdout.write(`\n${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n`);
  }
}
