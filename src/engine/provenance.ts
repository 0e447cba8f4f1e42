// Whether a file's numbers are illustrative (示意数据) rather than officially approved: said on
// screen, on every slide and in every export, so that sample figures are never shown as official.
import type { ScenarioFile } from '../model';

const SAID_IN_NOTES = /示意数据|示意性数据|illustrative/i;

export function isIllustrative(file: Pick<ScenarioFile, 'notes' | 'meta'>): boolean {
  const meta = file.meta as Record<string, unknown> | undefined;
  if (meta?.illustrative === true || meta?.dataStatus === 'illustrative') return true;
  return typeof file.notes === 'string' && SAID_IN_NOTES.test(file.notes);
}
