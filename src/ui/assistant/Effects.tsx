// A fix's or a plan's effect on the figures, before → after with the change in words
// ("编制 1,204 → 1,199 减少 5 名"): the arrow and the words carry the direction, not the colour alone.
// The whole area first (said in one line when nothing there changes), then each zone or office.
import { type Effect, type EffectGroup, direction } from '../../app/planEffects';
import { grouped, percent } from '../../i18n';
import type { PlanningT } from './usePlanning';

const MEASURE: Record<Effect['figure'], string> = { staff: 'people', bodies: 'bodies', leaderPosts: 'people', released: 'people', economicRatio: '' };

function value(effect: Effect, v: number | null): string {
  if (v === null) return '—';
  return effect.figure === 'economicRatio' ? percent(v) : grouped(v);
}

function deltaWords(effect: Effect, p: PlanningT): string {
  const way = direction(effect);
  if (way === undefined) return '';
  if (way === 'same') return p('planning.delta.same');
  const amount = Math.abs((effect.after ?? 0) - (effect.before ?? 0));
  if (effect.figure === 'economicRatio') return p(way === 'down' ? 'planning.delta.ratioDown' : 'planning.delta.ratioUp', { pt: String(Math.round(amount * 1000) / 10) });
  return p(way === 'down' ? 'planning.delta.down' : 'planning.delta.up', { n: grouped(amount), measure: MEASURE[effect.figure] });
}

/** Whether the change is for the better: fewer staff, bodies, posts; more handed over; a higher share. */
function tone(effect: Effect): string {
  const way = direction(effect);
  if (way === undefined || way === 'same') return 'same';
  const better = effect.figure === 'economicRatio' || effect.figure === 'released' ? way === 'up' : way === 'down';
  return better ? 'better' : 'worse';
}

interface Props {
  groups: readonly EffectGroup[];
  p: PlanningT;
  /** Zones and offices listed; the rest counted. */
  limit?: number;
  /** Each zone's share on one line under one heading (a plan's many zones), not a group of its own. */
  sharesOnly?: boolean;
}

export function Effects({ groups, p, limit, sharesOnly }: Props) {
  const [area, ...units] = groups;
  const shown = limit === undefined ? units : units.slice(0, limit);
  return (
    <div className="effects">
      {area && <EffectRows heading={p('planning.effect.area')} scope="area" effects={area.effects} empty={p('planning.effect.areaSame')} p={p} />}
      {sharesOnly && shown.length > 0 && (
        <div className="effect-group" data-effect-scope="shares">
          <span className="effect-heading">{p('planning.figure.economicRatio')}</span>
          <ul>
            {shown.map((group) => (
              <EffectRow key={group.unit!.id} effect={group.effects[0]!} label={group.unit!.name} unit={group.unit!.id} p={p} />
            ))}
          </ul>
        </div>
      )}
      {!sharesOnly && shown.map((group) => <EffectRows key={group.unit!.id} heading={group.unit!.name} scope={group.unit!.id} effects={group.effects} p={p} />)}
      {shown.length < units.length && <p className="effect-more">{p('planning.result.moreShares', { n: units.length - shown.length })}</p>}
    </div>
  );
}

function EffectRow({ effect, label, unit, p }: { effect: Effect; label: string; unit?: string; p: PlanningT }) {
  return (
    <li className={`effect ${tone(effect)}`} data-effect={effect.figure} {...(unit ? { 'data-effect-unit': unit } : {})}>
      <span className={unit ? 'effect-label is-name' : 'effect-label'} title={label}>{label}</span>
      <span className="effect-values">
        {value(effect, effect.before)} → <strong>{value(effect, effect.after)}</strong>
      </span>
      <span className="effect-delta">{deltaWords(effect, p)}</span>
    </li>
  );
}

function EffectRows({ heading, scope, effects, empty, p }: { heading: string; scope: string; effects: readonly Effect[]; empty?: string; p: PlanningT }) {
  return (
    <div className="effect-group" data-effect-scope={scope}>
      <span className="effect-heading" title={heading}>{heading}</span>
      {effects.length === 0 && empty && <span className="effect-empty">{empty}</span>}
      {effects.length > 0 && (
        <ul>
          {effects.map((effect) => (
            <EffectRow key={effect.figure} effect={effect} label={p(`planning.figure.${effect.figure}`)} p={p} />
          ))}
        </ul>
      )}
    </div>
  );
}
