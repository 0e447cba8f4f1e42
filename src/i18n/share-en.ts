// English: bringing proposals in, comparing two files, merging two edited copies (the keys of share-zh.ts).
import type { ShareCatalogue } from './share-zh';

const q = (s: string): string => `"${s}"`;
const list = (items: readonly string[]): string => items.join(', ');

const FIELDS: Record<string, string> = {
  id: 'id', name: 'name', kind: 'kind', level: 'level', governance: 'governance', partyCommittee: 'Party committee', parent: 'parent zone',
  territory: 'territory', developedTown: 'developed town', leaderPosts: 'leader posts', leaderPostCap: 'leader post cap', bodyCap: 'body cap',
  jointWith: 'joint with', rank: 'rank', unit: 'unit', type: 'type', category: 'category', functions: 'duties', staff: 'staff',
  economicRatioMin: 'minimum economic share', rewardTopN: 'rewarded ranks', bottomN: 'bottom ranks', title: 'title', region: 'region', notes: 'notes',
  $schema: '$schema', meta: 'meta', status: 'status', note: 'note', doc: 'document no.', by: 'proposed by', at: 'date', op: 'operation',
  bureau: 'bureau', bureaus: 'bureaus', into: 'merged into', function: 'duty', from: 'from', to: 'to', functionsTo: 'duties to',
};
const FIGURES: Record<string, string> = {
  'bodies.internal': 'Internal bodies', 'bodies.institution': 'Public institutions', 'bodies.total': 'Bodies in all', 'staff.admin': 'Administrative staff',
  'staff.institutional': 'Institutional staff', 'staff.total': 'Staff in all', leaderPosts: 'Leader posts', released: 'Handed to platforms',
  'savings.bodies': 'Bodies saved', 'savings.internalBodies': 'Internal bodies saved', 'savings.staff': 'Staff saved', 'savings.adminStaff': 'Administrative staff saved',
  'savings.institutionalStaff': 'Institutional staff saved', 'savings.leaderPosts': 'Leader posts saved', 'savings.released': 'More handed to platforms',
  bodies: 'bodies', internalBodies: 'internal bodies', staff: 'staff', economicRatio: 'economic share',
};

export const shareEn: ShareCatalogue = {
  'share.noProposal': (a) => `The other file has no proposal with id ${q(a.id)}. ${a.known.length > 0 ? `Its proposals: ${list(a.known)}.` : 'It has no proposals.'}`,
  'share.choiceMissing': (a) =>
    `Proposal ${q(a.proposal)} (${a.id}) has operations that cannot be applied to this file's organisation: choose to skip them, or to keep the whole proposal aside as it is.`,
  'share.notAppliedUnreadable': () => "The record of operations not applied in the proposal's meta cannot be read (it may have been edited by hand).",
  'share.renamed': (a) => `The proposal id ${q(a.from)} is already used in this file; the proposal brought in is now ${q(a.to)}.`,
  'share.backToDraft': (a) => `Proposal ${q(a.proposal)} lost the operations that were skipped, so it is no longer what was submitted or approved: it is a draft again.`,
  'share.broughtIn': (a) =>
    `${a.count} ${a.count === 1 ? 'proposal' : 'proposals'} brought in${a.aside > 0 ? `, ${a.aside} kept aside unchanged` : ''}${a.skipped > 0 ? `, ${a.skipped} ${a.skipped === 1 ? 'operation' : 'operations'} that could not apply skipped` : ''}.`,
  'share.expired': () => 'The other file is no longer held (the engine may have restarted): choose the file again.',
  'share.noOpenFile': () => 'No file is open.',
  'merge.done': (a) => `Merged with "${a.title}"${a.leftOut > 0 ? `; ${a.leftOut} ${a.leftOut === 1 ? 'operation' : 'operations'} left out as chosen` : ''}.`,
  'merge.choiceMissing': (a) => `Conflict ${a.conflict} has no choice yet.`,
  'merge.choiceInvalid': (a) => `Conflict ${a.conflict} cannot be resolved with ${q(a.choice)}.`,
  'merge.approvedGrows': (a) =>
    `Proposal ${q(a.proposal)} is approved and takes no new operations: take the other side's draft status for it, or set it back to draft in one of the copies before merging.`,
  'diff.usage': () =>
    'Usage: npm run diff -- FILE_A FILE_B [--json] [--lang zh|en]\n' +
    '  --json          print every difference as JSON (each differing unit, bureau and operation by id)\n' +
    '  --lang zh|en    language of the output, Chinese by default\n' +
    'Exit status: 0 the files are the same, 1 they differ, 2 error (unreadable or invalid file, wrong usage)',
  'diff.twoFiles': () => 'Give exactly two scenario files.',
  'diff.unreadable': (a) => `cannot be read: ${a.reason}`,
  'diff.same': () => 'The two files do not differ (the order of units and bureaus and the formatting are not differences).',
  'diff.sides': (a) => `A: ${a.a}\nB: ${a.b}`,
  'diff.section.file': () => 'File',
  'diff.section.baseline': () => 'Today (units, bureaus, duties and rule numbers)',
  'diff.section.proposals': () => 'Proposals',
  'diff.section.figures': () => 'Figures side by side',
  'diff.unit': () => 'unit',
  'diff.bureau': () => 'bureau',
  'diff.function': () => 'duty',
  'diff.rules': () => 'rule numbers',
  'diff.onlyA': () => 'only in A',
  'diff.onlyB': () => 'only in B',
  'diff.changedIn': () => 'changed',
  'diff.absent': () => '(none)',
  'diff.field': (a) => (Object.hasOwn(FIELDS, a.field) ? FIELDS[a.field]! : String(a.field)),
  'diff.figureName': (a) => (Object.hasOwn(FIGURES, a.figure) ? FIGURES[a.figure]! : String(a.figure)),
  'diff.proposalOps': (a) => `${a.count} ${a.count === 1 ? 'operation' : 'operations'}`,
  'diff.opAdded': (a) => `B #${a.index + 1} (only in B)`,
  'diff.opRemoved': (a) => `A #${a.index + 1} (only in A)`,
  'diff.opChanged': (a) => `A #${a.before + 1} → B #${a.after + 1}`,
  'diff.byAt': (a) => `(${[a.by, a.at].filter((s) => s !== '').join(', ')})`,
  'diff.figuresOf': (a) => `${a.state}`,
  'diff.figure': () => 'Figure',
  'diff.delta': () => 'B − A',
  'diff.unitFigure': (a) => `${a.unit} · ${a.figure}`,
  'diff.violationNew': () => 'broken in B only',
  'diff.violationGone': () => 'broken in A only',
  'diff.noFigureChange': () => 'The figures are the same.',
  'diff.summary': (a) => `Differences: ${a.units} ${a.units === 1 ? 'unit' : 'units'}, ${a.bureaus} ${a.bureaus === 1 ? 'bureau' : 'bureaus'}, ${a.proposals} ${a.proposals === 1 ? 'proposal' : 'proposals'}.`,
};
