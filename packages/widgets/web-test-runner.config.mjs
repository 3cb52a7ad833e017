// Browser tests of the widgets: `npx web-test-runner --config packages/widgets/web-test-runner.config.mjs`
// from the repository root. TypeScript is compiled by esbuild; workspace packages resolve to their
// sources through the `source` export condition, so nothing needs to be built first.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** axe-core ships a UMD file that sets `window.axe`; give it the default export tests import. */
const axeAsModule = {
  name: 'axe-core-as-module',
  transform(context) {
    if (context.path.endsWith('/axe-core/axe.js')) return { body: `${context.body}\nexport default window.axe;` };
  },
};

/** Writes pass/fail/skip counts to CEN_TEST_COUNTS_FILE so `npm test` can total every suite. */
function countsReporter(file) {
  const count = (suite, totals) => {
    for (const t of suite.tests ?? []) {
      if (t.skipped) totals.skipped++;
      else if (t.passed) totals.passed++;
      else totals.failed++;
    }
    for (const child of suite.suites ?? []) count(child, totals);
    return totals;
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load has errors but no test results.
        if (!session.passed && (session.errors?.length ?? 0) > 0 && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed++;
      }
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}

export default {
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    ...(process.env.CEN_TEST_COUNTS_FILE ? [countsReporter(process.env.CEN_TEST_COUNTS_FILE)] : []),
  ],
  rootDir: repoRoot,
  files: ['packages/widgets/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [
    esbuildPlugin({
      ts: true,
      // The base config holds the compiler options esbuild needs (experimentalDecorators,
      // useDefineForClassFields: false); esbuild's transform API does not follow `extends`.
      tsconfig: fileURLToPath(new URL('../../tsconfig.base.json', import.meta.url)),
      target: 'es2022',
    }),
    axeAsModule,
  ],
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS } }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
