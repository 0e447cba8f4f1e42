// npm run generate -- --bureaus N --seed S [--scenarios K --operations M] > file.json
// A valid, realistic province-scale file (zones with offices and territories, towns and streets,
// platforms, groups, proposals with many operations), the same for the same seed.
import { generateProvince } from '../generate/province';
import { serialiseScenarioFile } from '../model';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 0) {
    process.stderr.write(`--${name} needs a whole number\nusage: npm run generate -- --bureaus N --seed S [--scenarios K] [--operations M]\n`);
    process.exit(2);
  }
  return value;
}

const file = generateProvince({
  bureaus: option('bureaus', 20_000),
  seed: option('seed', 1),
  scenarios: option('scenarios', 3),
  operations: option('operations', 200),
});
process.stdout.write(serialiseScenarioFile(file));
