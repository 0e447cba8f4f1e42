// Each zone's and office's share of economic-development bodies, as a bar against the minimum.
import type { Metrics } from '../../engine';
import { unitFiguresOf } from '../../app/figures';
import { percent } from '../../i18n';
import type { Unit } from '../../model';
import { memo, useMemo } from 'react';
import { useT } from '../context';

interface Props {
  units: readonly Unit[];
  metrics: Metrics;
  baseline: Metrics | undefined;
  min: number;
  pending: boolean;
  onSelect(unitId: string): void;
}

export function EconomicRatios({ units, metrics, baseline, min, pending, onSelect }: Props) {
  const { t } = useT();
  // zones below the minimum first: in a province they would otherwise be lost in a long list
  const rows = useMemo(() => {
    const all = units.filter((u) => u.kind === 'zone' || u.kind === 'office');
    const failing = (u: Unit) => u.kind === 'zone' && u.governance === 'separated' && (unitFiguresOf(metrics, u.id)?.economicRatio ?? 1) < min;
    return [...all.filter(failing), ...all.filter((u) => !failing(u))];
  }, [units, metrics, min]);
  if (rows.length === 0) return null;
  return (
    <section className="ratios" aria-busy={pending}>
      <h2>{t('panel.ratios', { min: percent(min) })}</h2>
      <ul>
        {rows.map((unit) => (
          <RatioRow
            key={unit.id}
            unit={unit}
            ratio={unitFiguresOf(metrics, unit.id)?.economicRatio ?? null}
            before={unitFiguresOf(baseline, unit.id)?.economicRatio}
            min={min}
            pending={pending}
            onSelect={onSelect}
          />
        ))}
      </ul>
    </section>
  );
}

interface RowProps {
  unit: Unit;
  ratio: number | null;
  before: number | null | undefined;
  min: number;
  pending: boolean;
  onSelect(unitId: string): void;
}

/** One unit's bar: drawn again only when its figures change (a province lists hundreds). */
const RatioRow = memo(function RatioRow({ unit, ratio, before, min, pending, onSelect }: RowProps) {
  const { t } = useT();
  const checked = unit.kind === 'zone' && unit.governance === 'separated';
  const low = checked && ratio !== null && ratio < min;
  return (
    <li className={low ? 'low' : undefined}>
      <button type="button" className="ratio-name" onClick={() => onSelect(unit.id)} title={unit.name}>
        {unit.name}
      </button>
      <div className="bar" role="img" aria-label={ratio === null ? t('panel.noInternal') : percent(ratio)}>
        {ratio !== null && <div className="bar-fill" style={{ width: `${ratio * 100}%` }} />}
        <div className="bar-min" style={{ left: `${min * 100}%` }} title={percent(min)} />
      </div>
      <span className="ratio-value" data-metric={`units.${unit.id}.economicRatio`} data-value={ratio === null ? 'null' : ratio} data-pending={pending || undefined}>
        {ratio === null ? '—' : percent(ratio)}
      </span>
      {before !== undefined && before !== ratio && (
        <span className="ratio-before" data-baseline-metric={`units.${unit.id}.economicRatio`} data-value={before === null ? 'null' : before}>
          {t('panel.was', { value: before === null ? '—' : percent(before) })}
        </span>
      )}
      {!checked && <span className="ratio-note">{t(unit.kind === 'office' ? 'panel.ratioOffice' : 'panel.ratioIntegrated')}</span>}
    </li>
  );
});
