/**
 * A vitest reporter that ends the run with one plain line, `vitest: N passed, N failed, N skipped`,
 * for CI log readers (vitest's own summary is coloured and formatted for people).
 * Test files that failed outside any test (import error, failing beforeAll) and unhandled errors
 * count as failures, and so does a run that failed before any test file ran (the e2e global setup:
 * the build), so the line never says "0 failed" for a failed run.
 */
import type { Reporter, SerializedError, TestModule, TestRunEndReason } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    let brokenFiles = 0;
    for (const module of testModules) {
      let failedHere = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failedHere++;
        else skipped++;
      }
      failed += failedHere;
      if (failedHere === 0 && (module.state() === 'failed' || module.errors().length > 0)) brokenFiles++;
    }
    let extra = brokenFiles + unhandledErrors.length;
    const lines = [''];
    if (extra > 0) {
      lines.push(
        `(failed includes ${brokenFiles} test file(s) that failed outside their tests and ${unhandledErrors.length} unhandled error(s))`,
      );
    }
    // vitest hands a failed global setup to neither testModules nor unhandledErrors.
    if (reason === 'failed' && failed + extra === 0) {
      extra = 1;
      lines.push('(the run failed outside every test file, e.g. in the e2e global setup: see the error above)');
    }
    if (reason === 'interrupted') lines.push('(the run was interrupted)');
    lines.push(`vitest: ${passed} passed, ${failed + extra} failed, ${skipped} skipped`);
    process.stdout.write(lines.join('\n') + '\n');
  }
}
