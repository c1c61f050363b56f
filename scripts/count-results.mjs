// Sums passed and failed tests from Vitest's and Playwright's JSON reports into one line,
// so a CI run that executed no test at all shows "0 passed".
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    console.error(`${file}: no report (that runner did not finish)`);
    continue;
  }
  if ('numPassedTests' in report) {
    // Vitest (Jest-compatible JSON)
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  } else if (report.stats) {
    // Playwright: expected = passed, unexpected = failed, flaky counts as failed here.
    passed += report.stats.expected;
    failed += report.stats.unexpected + report.stats.flaky;
  }
}
console.log(`${passed} passed, ${failed} failed`);
