// The language: the report's messages follow it, and so does every report after a change.
import { describe, expect, it } from 'vitest';
import type { Operation } from '../../src/model';
import { SMALL_TEXT, XISHAN_TEXT, engineReport, parsed, withOperation } from './files';
import { openApp } from './harness';

const small = parsed(SMALL_TEXT);
const xishan = parsed(XISHAN_TEXT);

describe('setLang', () => {
  it('switches the report messages to the language chosen, and back', async () => {
    const app = await openApp();
    const zh = app.state().report!;
    expect(zh.baseline.violations.length).toBeGreaterThan(0);
    await app.actions.setLang('en');
    await app.idle();
    expect(app.state().lang).toBe('en');
    const en = app.state().report!;
    expect(en).toEqual(engineReport(xishan, 'en'));
    expect(en.baseline.violations.map((v) => v.message)).not.toEqual(zh.baseline.violations.map((v) => v.message));
    expect(en.baseline.metrics).toEqual(zh.baseline.metrics);
    expect(app.remembered).toEqual(['en']);
    // a language switch is not an undo step
    expect(app.history().past).toEqual([]);

    await app.actions.setLang('zh');
    await app.idle();
    expect(app.state().report).toEqual(engineReport(xishan, 'zh'));
    expect(app.remembered).toEqual(['en', 'zh']);
  });

  it('reports after a change, an undo and a refusal stay in the language chosen', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    await app.actions.setLang('en');
    app.actions.switchScenario('plan-a');
    const operation: Operation = { op: 'move', bureau: 'z1-center', to: 'p1' };
    await app.apply(operation);
    expect(app.state().report).toEqual(engineReport(withOperation(small, 'plan-a', operation), 'en'));
    await app.apply({ op: 'move', bureau: 'z1-center', to: 'p1' });
    expect(app.state().report).toEqual(engineReport(withOperation(small, 'plan-a', operation), 'en'));
    await app.actions.undo();
    await app.idle();
    expect(app.state().report).toEqual(engineReport(small, 'en'));
    await app.actions.createScenario('Plan C');
    await app.idle();
    expect(app.state().report).toEqual(engineReport(app.file(), 'en'));
  });

  it('the last language chosen wins when two are chosen quickly', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    const first = app.actions.setLang('en');
    const second = app.actions.setLang('zh');
    await Promise.all([first, second]);
    await app.idle();
    expect(app.state().lang).toBe('zh');
    expect(app.state().report).toEqual(engineReport(small, 'zh'));
  });
});
