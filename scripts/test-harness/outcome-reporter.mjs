// A vitest reporter that writes what `npm test` needs to judge a run, as JSON, to the
// file named by LEDGERBRIDGE_TEST_OUTCOME: every test's file, full name and state, the
// errors of files and suites that broke outside a test (a syntax error, a failing
// beforeAll), and the unhandled errors — which vitest's own JSON report leaves out, so a
// run with an unhandled rejection looked green there.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

const firstLine = (error) => String(error?.message ?? error).split('\n')[0];

function suiteErrors(entity, file, name) {
  return entity.errors().map((e) => ({ file, name, message: firstLine(e) }));
}

export default class OutcomeReporter {
  onTestRunEnd(testModules, unhandledErrors, reason) {
    const target = process.env.LEDGERBRIDGE_TEST_OUTCOME;
    if (!target) return;
    const tests = [];
    const brokenOutsideTests = [];
    for (const module of testModules) {
      const file = module.relativeModuleId;
      brokenOutsideTests.push(...suiteErrors(module, file, ''));
      for (const suite of module.children.allSuites()) brokenOutsideTests.push(...suiteErrors(suite, file, suite.fullName));
      for (const test of module.children.allTests()) {
        const result = test.result();
        tests.push({ file, name: test.fullName, state: result.state, message: result.errors?.length ? firstLine(result.errors[0]) : undefined });
      }
    }
    const unhandled = unhandledErrors.map((e) => ({ message: firstLine(e), file: e.VITEST_TEST_PATH && relative(process.cwd(), e.VITEST_TEST_PATH), name: e.VITEST_TEST_NAME }));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, JSON.stringify({ reason, tests, brokenOutsideTests, unhandled }, null, 1));
  }
}
