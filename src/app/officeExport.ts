// The exports of the Export menu (SPEC §11, §12): the proposals chosen, as a workbook, a meeting deck
// or a Word document, made off the page by the Office worker from the file as it stands.
import { message } from '../i18n/message';
import { BASELINE_ID, type ScenarioFile } from '../model';
import type { OfficeFormat } from '../../workers/officeApi';
import type { Core } from './actions/types';
import type { OfficeCalls } from './officeBridge';

export type { OfficeFormat };

/** The proposals an export starts with: the one on screen, or every one when today's organisation is. */
export function defaultExportChoice(file: ScenarioFile, scenarioId: string): string[] {
  if (scenarioId !== BASELINE_ID && file.scenarios.some((s) => s.id === scenarioId)) return [scenarioId];
  return file.scenarios.map((s) => s.id);
}

/** The file's bytes, or undefined when it could not be made (the user is told why). */
export async function exportOffice(core: Core, office: OfficeCalls, format: OfficeFormat, ids: readonly string[]): Promise<Uint8Array | undefined> {
  const { file, lang } = core.store.get();
  if (!file) return undefined;
  // in the file's order, only proposals it has
  const chosen = file.scenarios.map((s) => s.id).filter((id) => ids.includes(id));
  try {
    const reply = await office.exportFile(format, file, chosen, lang);
    if (reply.ok) return reply.bytes;
    core.tell('error', message('notice.officeFailed', { reason: reply.errors[0]?.message[lang] ?? '' }), reply.errors);
  } catch (error) {
    core.tell('error', message('notice.officeFailed', { reason: String(error instanceof Error ? error.message : error) }));
  }
  return undefined;
}

/** The template workbook, in the language on screen. */
export async function tableTemplate(core: Core, office: OfficeCalls): Promise<Uint8Array | undefined> {
  try {
    return await office.template(core.store.get().lang);
  } catch (error) {
    core.tell('error', message('notice.officeFailed', { reason: String(error instanceof Error ? error.message : error) }));
    return undefined;
  }
}
