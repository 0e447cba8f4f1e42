// The chosen options as operations of SPEC §5, in an order where each applies: reclassifications,
// duties handed over (reassign), abolitions (their heirs stay), merges (their hosts stay), then
// moves and hand-overs (a body that moves takes part in nothing else).
import type { Operation } from '../model';
import type { PlanContext } from './context';
import type { Option } from './options';

export interface Planned {
  operation: Operation;
  /** the bureaus and units it touches, to say which problems it is there for */
  bureaus: string[];
  units: string[];
}

/** A bureau id not used now, nor in the baseline (so that no reader mistakes it for an older body). */
export function freshIds(context: PlanContext): (base: string) => string {
  const used = new Set([...context.state.bureaus.map((b) => b.id), ...context.loaded.baseline.bureaus.map((b) => b.id)]);
  return (base) => {
    const stem = base.slice(0, 56);
    for (let n = 1; ; n++) {
      const id = `${stem}.m${n}`;
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
  };
}

export function operationsOf(context: PlanContext, chosen: readonly Option[], fresh: (base: string) => string): Planned[] {
  const unitOf = (bureau: string) => context.bureaus.get(bureau)!.unit;
  const phases: Planned[][] = [[], [], [], [], []];
  const absorbed = new Map<string, string[]>();
  for (const o of chosen) {
    const from = unitOf(o.bureau);
    switch (o.kind) {
      case 'keep':
        break;
      case 'reclassify':
        phases[0]!.push({ operation: { op: 'set', bureau: o.bureau, category: 'economic' }, bureaus: [o.bureau], units: [from] });
        break;
      case 'strip':
        for (const gift of o.gifts) {
          for (const fn of gift.functions) {
            phases[1]!.push({ operation: { op: 'reassign', function: fn, from: o.bureau, to: gift.to }, bureaus: [o.bureau, gift.to], units: [from, unitOf(gift.to)] });
          }
        }
        break;
      case 'abolish':
        phases[2]!.push({ operation: { op: 'abolish', bureau: o.bureau, functionsTo: o.target! }, bureaus: [o.bureau, o.target!], units: [from, unitOf(o.target!)] });
        break;
      case 'absorb': {
        const list = absorbed.get(o.target!);
        if (list) list.push(o.bureau);
        else absorbed.set(o.target!, [o.bureau]);
        break;
      }
      case 'move':
      case 'hand-over':
        phases[4]!.push({ operation: { op: 'move', bureau: o.bureau, to: o.target! }, bureaus: [o.bureau], units: [from, o.target!] });
        break;
    }
  }
  for (const [host, parts] of absorbed) {
    const bureau = context.bureaus.get(host)!;
    const bureaus = [host, ...parts.sort((a, b) => context.order.get(a)! - context.order.get(b)!)];
    phases[3]!.push({ operation: { op: 'merge', bureaus, into: { id: fresh(host), name: bureau.name } }, bureaus, units: [bureau.unit] });
  }
  return phases.flat();
}
