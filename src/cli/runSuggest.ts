// suggest FILE … : a new proposal that clears the engine's errors of the rules it acts on (issue
// 15). Exit 0 when every targeted problem is cleared, 3 when some cannot be (each reason on
// standard error, one a line), 1 for an invalid file, 2 for wrong usage.
import { describeChanges } from '../engine';
import { render } from '../i18n';
import { renderChange } from '../i18n/changes';
import { renderCli, translateCli } from '../i18n/cli';
import { translatePlan } from '../i18n/plan';
import { type ScenarioFile, serialiseScenarioFile } from '../model';
import { loadSolver } from '../plan/solver';
import { suggestPlan } from '../plan/suggest';
import { type CliIo, decodedLine, errorLines, readScenarioFile } from './fileText';
import { parseSuggestArgs } from './suggestArgs';
import { jsonTerminalSafe, terminalSafe } from './terminal';

export async function runSuggest(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseSuggestArgs(argv);
  if (!parsed.ok) {
    if (parsed.problem) io.stderr(`${terminalSafe(renderCli(parsed.lang, parsed.problem))}\n`);
    io.stderr(`${translatePlan(parsed.lang, 'plan.cli.usage', {})}\n`);
    return parsed.problem ? 2 : 0;
  }
  const { file, json, lang, request } = parsed.args;
  const read = readScenarioFile(io, file);
  if (!read.ok) {
    io.stderr(`${terminalSafe(translateCli(lang, 'cli.unreadable', { file, reason: read.unreadable }))}\n`);
    return 2;
  }
  if (read.encoding) io.stderr(decodedLine(read.encoding, lang));
  const loaded = read.result;
  if (!loaded.ok) {
    io.stderr(errorLines(loaded.errors, lang));
    return 1;
  }
  const { file: scenarioFile, baseline } = loaded.loaded;
  const known = scenarioFile.scenarios.map((s) => s.id);
  if (request.from !== 'baseline' && !known.includes(request.from)) {
    io.stderr(`${terminalSafe(translateCli(lang, 'cli.noScenario', { id: request.from, known }))}\n`);
    return 2;
  }
  const ids = new Set([...baseline.units.map((u) => u.id), ...baseline.bureaus.map((b) => b.id), ...loaded.loaded.scenarios.flatMap((s) => [...s.units.map((u) => u.id), ...s.bureaus.map((b) => b.id)])]);
  const unknown = request.locks.ids.find((id) => !ids.has(id));
  if (unknown !== undefined) {
    io.stderr(`${terminalSafe(translatePlan(lang, 'plan.cli.unknownLock', { id: unknown }))}\n`);
    return 2;
  }
  const answer = await suggestPlan(loaded.loaded, { ...request, lang }, await loadSolver());
  if (!answer.ok) {
    io.stderr(`$  ${terminalSafe(answer.message[lang])}\n`);
    return 1;
  }
  const { result } = answer;
  if (json) {
    const out: ScenarioFile = { ...scenarioFile, scenarios: [...scenarioFile.scenarios, { id: result.scenario.id, name: result.scenario.name, notes: result.scenario.notes, operations: result.scenario.operations }] };
    io.stdout(jsonTerminalSafe(serialiseScenarioFile(out)));
  } else {
    const cleared = result.targeted.length - result.remaining.length;
    const lines = [translatePlan(lang, 'plan.cli.header', { name: terminalSafe(result.scenario.name), changes: result.plan.length, targeted: result.targeted.length, cleared })];
    const before = loaded.loaded.scenarios[known.indexOf(request.from)] ?? baseline;
    describeChanges(before, result.plan.map((p) => p.operation), loaded.loaded.context).forEach((line, i) => {
      lines.push(`${String(i + 1).padStart(3)}. ${terminalSafe(renderChange(lang, line.message))}`);
      if (line.note) lines.push(`     ${terminalSafe(line.note)}`);
    });
    lines.push(translatePlan(lang, 'plan.cli.figures', { staff: result.savings.staff, bodies: result.savings.bodies, posts: result.savings.leaderPosts }));
    if (!result.stats.optimal) lines.push(translatePlan(lang, 'plan.cli.inexact', {}));
    io.stdout(`${lines.join('\n')}\n`);
  }
  for (const obstacle of result.obstacles) io.stderr(`${terminalSafe(obstacle.message[lang])}\n`);
  return result.status === 'cleared' ? 0 : 3;
}
