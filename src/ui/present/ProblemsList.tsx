import { subjectText } from '../../app/findings';
import type { Violation } from '../../engine';
import { useT } from '../context';

/** The rules a state still breaks, errors first; `hooks` off for the copy measured off screen. */
export function ProblemsList({ violations, range, hooks = true }: { violations: readonly Violation[]; range?: [number, number]; hooks?: boolean }) {
  const { t } = useT();
  if (violations.length === 0) return <p className="all-clear big">{t('panel.noViolations')}</p>;
  const ordered = [...violations.filter((v) => v.severity === 'error'), ...violations.filter((v) => v.severity === 'warning')];
  const shown = range ? ordered.slice(range[0], range[1]) : ordered;
  return (
    <ul className="slide-problems">
      {shown.map((v) => (
        <li key={`${v.rule}|${subjectText(v.subject)}`} className={v.severity} data-page-item="" {...(hooks ? { 'data-violation-rule': v.rule, 'data-violation-subject': subjectText(v.subject) } : {})}>
          <span className={`badge ${v.severity}`}>{t(`severity.${v.severity}`)}</span> <strong>{t(`ruleName.${v.rule}`)}</strong> {v.message}
        </li>
      ))}
    </ul>
  );
}
