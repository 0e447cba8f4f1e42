// Every rule the state on screen breaks: errors first, each in words with what would fix it.
// Clicking one selects what it names in the chart.
import type { Violation } from '../../engine';
import { memo, useMemo, useState } from 'react';
import { FixesPanel } from '../assistant/lazy';
import { useT } from '../context';
import { subjectText } from '../../app/findings';

interface Props {
  violations: readonly Violation[];
  pending: boolean;
  onShow(violation: Violation): void;
}

// a province has hundreds of findings: the list and each finding are drawn again only when they change
export const Violations = memo(function Violations({ violations, pending, onShow }: Props) {
  const { t } = useT();
  const ordered = useMemo(() => [...violations.filter((v) => v.severity === 'error'), ...violations.filter((v) => v.severity === 'warning')], [violations]);
  if (ordered.length === 0) return <p className="all-clear">{t('panel.noViolations')}</p>;
  return (
    <ul className={`violations${pending ? ' is-pending' : ''}`}>
      {ordered.map((v) => (
        <ViolationItem key={`${v.rule}|${subjectText(v.subject)}`} violation={v} onShow={onShow} />
      ))}
    </ul>
  );
});

const ViolationItem = memo(function ViolationItem({ violation: v, onShow }: { violation: Violation; onShow(violation: Violation): void }) {
  const { t } = useT();
  // the fixes are worked out when opened, never after every drop
  const [fixing, setFixing] = useState(false);
  return (
    <li className={`violation ${v.severity}`} data-violation-rule={v.rule} data-violation-subject={subjectText(v.subject)}>
      <button type="button" onClick={() => onShow(v)}>
        <span className="violation-head">
          <span className={`badge ${v.severity}`}>{t(`severity.${v.severity}`)}</span>
          <span className="violation-rule">{t(`ruleName.${v.rule}`)}</span>
        </span>
        <span className="violation-message">{v.message}</span>
      </button>
      <button type="button" className="violation-fix" data-action="show-fixes" aria-expanded={fixing} onClick={() => setFixing((open) => !open)}>
        {t('assistant.fixes')} {fixing ? '▴' : '▾'}
      </button>
      {fixing && <FixesPanel violation={v} />}
    </li>
  );
});
