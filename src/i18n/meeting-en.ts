import type { meetingZh } from './meeting-zh';

const measureEn = (n: string, measure: string): string => {
  const one = n === '1';
  if (measure === 'bodies') return `${n} ${one ? 'body' : 'bodies'}`;
  if (measure === 'people') return `${n} staff`;
  if (measure === 'posts') return `${n} ${one ? 'post' : 'posts'}`;
  return n;
};

export const meetingEn: typeof meetingZh = {
  'fileInfo.illustrative': () => 'Illustrative data',
  'fileInfo.illustrativeHint': () => 'The bodies, staffing and posts in this file are illustrative, not officially approved figures.',
  'fileInfo.illustrativeLong': () => 'Illustrative data, not official figures',
  'fileInfo.notes': () => 'Notes',
  'fileInfo.notesTitle': () => 'About this file',
  'fileInfo.noNotes': () => 'This file has no notes.',
  'fileInfo.region': () => 'Region',
  'fileInfo.proposals': (a) => `${a.n} ${a.n === 1 ? 'proposal' : 'proposals'}`,
  'examples.title': () => 'Examples',
  'panel.ledger': () => 'Ledger',
  'header.more': () => 'More',
  'delta.down': (a) => `${measureEn(a.n, a.measure)} fewer`,
  'delta.up': (a) => `${measureEn(a.n, a.measure)} more`,
  'delta.same': () => 'no change',
  'delta.ratioDown': (a) => `down ${a.pt} points`,
  'delta.ratioUp': (a) => `up ${a.pt} points`,
  'figures.change': () => 'Change',
  'figures.ofWhichPlatform': () => 'of which to company platforms',
  'figures.caption': () => 'Change: the proposal against today. Staff handed to company platforms are part of the staff change, not a second saving.',
  'subject.bureau': (a) => (a.unit === '' ? `bureau "${a.name}" (id ${a.id})` : `bureau "${a.name}" of ${a.unit} (id ${a.id})`),
  'subject.unit': (a) => `unit "${a.name}" (id ${a.id})`,
  'subject.scenario': (a) => `proposal "${a.name}" (id ${a.id})`,
  'subject.operation': (a) => `proposal "${a.scenario}", change ${a.index}${a.about === '' ? '' : ` (${a.about})`}`,
  'subject.function': (a) => `duty "${a.name}" (id ${a.id})`,
  'subject.item': (a) => `item ${a.index} of the ${a.list}${a.id === '' ? '' : ` (id ${a.id})`}`,
  'subject.list.units': () => 'units',
  'subject.list.bureaus': () => 'bureaus',
  'subject.list.scenarios': () => 'proposals',
  'subject.list.functions': () => 'duties',
  'json.syntax': (a) => `The file is not valid JSON: at line ${a.line}, column ${a.column}, ${a.what}. Correct it there in a text editor, then open it again.`,
  'json.what.unterminatedString': () => 'a text has no closing quote (")',
  'json.what.unexpectedEnd': () => 'the file ends too soon: a }, ] or quote may be missing, or the file was not saved whole',
  'json.what.expectedComma': () => 'a comma (,) or closing bracket is missing',
  'json.what.expectedName': () => 'a field name in double quotes should stand (perhaps there is one comma too many)',
  'json.what.expectedColon': () => 'a colon (:) is missing after the field name',
  'json.what.badControl': () => 'a text holds a line break or control character; write it as \\n',
  'json.what.badEscape': () => 'an escape (the character after \\) is not valid',
  'json.what.badNumber': () => 'a number is not written correctly',
  'json.what.unexpected': (a) => `the character ${a.char} should not be there`,
  'json.what.unknown': () => 'the format is wrong',
  'json.snippet': () => 'The line reads',
  'json.nonJson': () => 'The file is not JSON (it may be a spreadsheet, a document or another file). Choose a ZoneReform scenario file (.json).',
};
