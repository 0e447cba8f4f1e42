// `npm test`: typecheck, then every test; ends with the line CI reads: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.test-results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };

function run(label, command, args) {
  console.log(`\n== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  return result.status ?? 1;
}

let passed = 0;
let failed = 0;
let skipped = 0;

const typecheck = run('typecheck', process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit']);
if (typecheck === 0) passed += 1;
else failed += 1;

const unitReport = join(out, 'vitest.json');
const unit = run('unit, property, worker and browser tests', process.execPath, [
  join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`,
]);
try {
  const report = JSON.parse(readFileSync(unitReport, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  if (unit !== 0 && report.numFailedTests === 0) failed += 1; // a suite that failed to load counts
} catch {
  console.error('vitest wrote no report: counting the run as one failure');
  failed += 1;
}

console.log(`\n(typecheck counts as one test)`);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
