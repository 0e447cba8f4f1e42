// What is selected, in full, with everything that can be done to it: the keyboard way to every
// drag (move, merge) and the way to every edit.
import type { UnitMetrics } from '../../engine';
import { functionLabel, percent } from '../../i18n';
import { type Bureau, type FunctionDef, type Unit, functionRef } from '../../model';
import { useT } from '../context';
import type { DialogRequest } from '../dialogs/requests';

interface Props {
  bureau: Bureau | undefined;
  unit: Unit | undefined;
  unitOfBureau: Unit | undefined;
  figures: UnitMetrics | undefined;
  functions: ReadonlyMap<string, FunctionDef>;
  open(dialog: DialogRequest): void;
  onClose(): void;
}

export function Inspector({ bureau, unit, unitOfBureau, figures, functions, open, onClose }: Props) {
  const { t, lang } = useT();
  if (bureau) {
    return (
      <section className="inspector" aria-label={t('inspector.bureau')}>
        <header>
          <h2>{bureau.name}</h2>
          <button type="button" className="close" onClick={onClose} aria-label={t('dialog.close')}>×</button>
        </header>
        <dl>
          <dt>{t('field.unit')}</dt>
          <dd>{unitOfBureau?.name ?? bureau.unit}</dd>
          <dt>{t('field.category')}</dt>
          <dd>{t(`category.${bureau.category}`)} · {t(`type.${bureau.type}`)}</dd>
          <dt>{t('field.staff')}</dt>
          <dd>{t('inspector.staff', { admin: bureau.staff.admin, institutional: bureau.staff.institutional })}</dd>
          <dt>{t('field.leaderPosts')}</dt>
          <dd>{bureau.leaderPosts}</dd>
          <dt>{t('field.functions')}</dt>
          <dd>
            {bureau.functions.length === 0
              ? '—'
              : bureau.functions.map((id) => (
                  <span key={id} className={`fn cat-${functions.get(id)?.category ?? 'general'}`}>{functionLabel(functionRef(functions, id), lang)}</span>
                ))}
          </dd>
        </dl>
        <div className="actions">
          <button type="button" data-action="move-to" onClick={() => open({ kind: 'move', bureau: bureau.id })}>{t('action.moveTo')}</button>
          <button type="button" data-action="merge-with" onClick={() => open({ kind: 'merge', bureau: bureau.id })}>{t('action.mergeWith')}</button>
          <button type="button" data-action="reassign" onClick={() => open({ kind: 'reassign', bureau: bureau.id })} disabled={bureau.functions.length === 0}>{t('action.reassign')}</button>
          <button type="button" data-action="edit-bureau" onClick={() => open({ kind: 'editBureau', bureau: bureau.id })}>{t('action.edit')}</button>
          <button type="button" data-action="abolish" className="danger" onClick={() => open({ kind: 'abolish', bureau: bureau.id })}>{t('action.abolish')}</button>
        </div>
      </section>
    );
  }
  if (unit) {
    return (
      <section className="inspector" aria-label={t('inspector.unit')}>
        <header>
          <h2>{unit.name}</h2>
          <button type="button" className="close" onClick={onClose} aria-label={t('dialog.close')}>×</button>
        </header>
        <dl>
          <dt>{t('field.kind')}</dt>
          <dd>{t(`kind.${unit.kind}`)}{unit.level ? ` · ${t(`level.${unit.level}`)}` : ''}{unit.governance ? ` · ${t(`governance.${unit.governance}`)}` : ''}</dd>
          {figures && (
            <>
              <dt>{t('inspector.bodies')}</dt>
              <dd>{t('inspector.bodiesValue', { bodies: figures.bodies, internal: figures.internalBodies })}{unit.bodyCap !== undefined ? ` / ${t('inspector.cap', { n: unit.bodyCap })}` : ''}</dd>
              <dt>{t('field.staff')}</dt>
              <dd>{figures.staff}</dd>
              <dt>{t('field.leaderPosts')}</dt>
              <dd>{t('inspector.posts', { total: figures.leaderPosts, own: unit.leaderPosts ?? 0 })}{unit.leaderPostCap !== undefined ? ` / ${t('inspector.cap', { n: unit.leaderPostCap })}` : ''}</dd>
              {figures.economicRatio !== null && (
                <>
                  <dt>{t('metric.economicRatio')}</dt>
                  <dd>{percent(figures.economicRatio)}</dd>
                </>
              )}
            </>
          )}
          {unit.rank && (
            <>
              <dt>{t('field.rank')}</dt>
              <dd>{t('inspector.rank', { position: unit.rank.position, of: unit.rank.of })}</dd>
            </>
          )}
        </dl>
        <div className="actions">
          <button type="button" data-action="create-bureau" onClick={() => open({ kind: 'createBureau', unit: unit.id })}>{t('action.createBureau')}</button>
          <button type="button" data-action="edit-unit" onClick={() => open({ kind: 'editUnit', unit: unit.id })}>{t('action.edit')}</button>
          <button type="button" data-action="remove-unit" className="danger" onClick={() => open({ kind: 'removeUnit', unit: unit.id })}>{t('action.removeUnit')}</button>
        </div>
      </section>
    );
  }
  return null;
}
