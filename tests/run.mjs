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

// the unit and browser projects one after the other: on two cores, Chromium starting over and over
// beside the property tests made both slow enough to time out
for (const project of ['unit', 'browser']) {
  const report = join(out, `vitest-${project}.json`);
  const status = run(`${project} tests`, process.execPath, [
    join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`,
  ]);
  try {
    const counts = JSON.parse(readFileSync(report, 'utf8'));
    passed += counts.numPassedTests;
    failed += counts.numFailedTests;
    skipped += counts.numPendingTests + counts.numTodoTests;
    if (status !== 0 && counts.numFailedTests === 0) failed += 1; // a suite that failed to load counts
  } catch {
    console.error(`vitest wrote no report for the ${project} tests: counting the run as one failure`);
    failed += 1;
  }
}

console.log(`\n(typecheck counts as one test)`);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
