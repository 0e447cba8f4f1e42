// The command line's own text, in English: every key of cli-zh.ts.
import type { cliZh } from './cli-zh';

const list = (items: readonly string[]): string => items.join(', ');
const q = (s: string): string => `"${s}"`;

export const cliEn: typeof cliZh = {
  'cli.usage': () =>
    'Usage: npm run evaluate -- FILE [--json] [--scenario ID] [--lang zh|en]\n' +
    '  --json          print the whole report as JSON\n' +
    '  --scenario ID   evaluate this proposal only (the current organisation is always included)\n' +
    '  --lang zh|en    language of the report, Chinese by default',
  'cli.badOption': (a) => `Unknown option: ${a.option}`,
  'cli.missingValue': (a) => `The option ${a.option} needs a value.`,
  'cli.oneFile': () => 'Give exactly one scenario file.',
  'cli.unreadable': (a) => `Cannot read ${a.file}: ${a.reason}`,
  'cli.noScenario': (a) =>
    `The file has no scenario with id ${q(a.id)}. ${a.known.length > 0 ? `Its scenarios: ${list(a.known)}.` : 'It has no scenarios.'}`,
  'cli.invalid': (a) =>
    `The file is invalid: ${a.count} ${a.count === 1 ? 'error' : 'errors'} (on standard error, one a line, each starting with its JSON path); nothing was evaluated.`,
  'cli.figure': () => 'Figure',
  'cli.savings': () => 'saved against today',
  'cli.violations': (a) =>
    `${a.state}: ${a.errors} ${a.errors === 1 ? 'error' : 'errors'}, ${a.warnings} ${a.warnings === 1 ? 'warning' : 'warnings'}`,
  'cli.noViolations': (a) => `${a.state}: no rule broken.`,
  'cli.ratioOf': (a) => `${a.unit}: economic share`,
};
