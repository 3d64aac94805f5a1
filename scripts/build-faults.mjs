// Builds the end-to-end test build: the shipped code plus the fault points compiled in only when
// the mode is `faults` (background/test-fault-points.ts, pages/test-render-fault.ts), into
// .output/chrome-mv3-faults. NODE_ENV stays `production` (WXT would set it to the mode), so the
// libraries and the JSX transform build exactly as in the shipped build (no Preact devtools).
//   npm run build:faults    (tests/e2e/run.mjs runs it before any *.faults.test.mjs)
import { build } from 'wxt';

process.env.NODE_ENV = 'production';
const started = Date.now();
await build({ mode: 'faults' });
console.log(`Test build in .output/chrome-mv3-faults (${Date.now() - started} ms)`);
