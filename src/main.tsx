// The browser entry: the engine worker, the autosave, the controller, and the React tree.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { type AuthorSetting, readAuthorSetting } from './app/author';
import { createController } from './app/controller';
import { createEngineBridge } from './app/engineBridge';
import { localIso } from './app/stamp';
import { createIndexedDbStorage } from './app/storage';
import { type Lang, isLang, message } from './i18n';
import { BASELINE_ID } from './model';
import { App } from './ui/App';
import { ControllerContext } from './ui/context';
import { CrashBoundary } from './ui/CrashScreen';
import { exampleText } from './app/examples';
import './ui/styles.css';

const LANG_KEY = 'zonereform.lang';
/** The name this browser signs its changes with (SPEC §5 `by`), kept like the language. */
const AUTHOR_KEY = 'zonereform.author';

function rememberedLang(): Lang {
  try {
    const saved = localStorage.getItem(LANG_KEY);
    if (isLang(saved)) return saved;
  } catch {
    // storage refused: fall back to Chinese
  }
  return 'zh';
}

function rememberedAuthor(): AuthorSetting {
  try {
    return readAuthorSetting(JSON.parse(localStorage.getItem(AUTHOR_KEY) ?? 'null'));
  } catch {
    // storage refused or a record not ours: asked again on the first change
    return { asked: false };
  }
}

// tabs of the same browser tell each other when they save, so that none overwrites another's work
const tabs = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('zonereform-workspace');
let controller: ReturnType<typeof createController>;
// each worker is named (engine-1, engine-2 … when one is replaced): the names of its reports start with it
let workers = 0;
const bridge = createEngineBridge({
  createWorker:
    typeof Worker === 'undefined' ? undefined : () => new Worker(new URL('../workers/engine.worker.ts', import.meta.url), { type: 'module', name: `engine-${++workers}` }),
  currentFile: () => controller.store.get().file,
  lang: () => controller.store.get().lang,
  // the engine watchdog: the user hears within seconds that the engine is not answering, and when it is back
  onSlow: () => controller.actions.inform('warning', message('engine.slow', {})),
  onRestart: () => controller.actions.inform('info', message('engine.restarted', {})),
});
// tables in and out run in a worker of their own, started on the first import or export
const office = { worker: typeof Worker === 'undefined' ? undefined : () => new Worker(new URL('../workers/office.worker.ts', import.meta.url), { type: 'module' }) };
controller = createController({
  bridge,
  office,
  storage: createIndexedDbStorage({ onSetAside: (what, count) => controller.actions.inform('warning', message('record.setAside', { what, count })) }),
  // the first visit's example is fetched on demand like the others, not carried by the first page
  defaultFile: () => exampleText('xishan-1-plus-4'),
  initialLang: rememberedLang(),
  announce: (revision) => tabs?.postMessage({ saved: revision }),
  rememberLang: (lang) => {
    try {
      localStorage.setItem(LANG_KEY, lang);
    } catch {
      // not remembered across visits; the autosave still keeps it
    }
  },
  initialAuthor: rememberedAuthor(),
  askAuthor: true,
  rememberAuthor: (setting) => {
    try {
      localStorage.setItem(AUTHOR_KEY, JSON.stringify(setting));
    } catch {
      // kept for this visit only: the name is asked again next time
    }
  },
  now: () => localIso(new Date()),
});

document.documentElement.lang = controller.store.get().lang === 'zh' ? 'zh-CN' : 'en';
controller.store.subscribe(() => {
  const lang = controller.store.get().lang === 'zh' ? 'zh-CN' : 'en';
  if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
});
window.addEventListener('pagehide', () => void controller.actions.flush());
tabs?.addEventListener('message', (event: MessageEvent<{ saved?: unknown }>) => {
  if (typeof event.data?.saved === 'number') controller.actions.otherTabSaved(event.data.saved);
});

// test hooks: the page's own state, for browser tests to compare with the engine
Object.assign(window, { zonereform: { controller, bridge, BASELINE_ID } });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CrashBoundary controller={controller}>
      <ControllerContext.Provider value={controller}>
        <App />
      </ControllerContext.Provider>
    </CrashBoundary>
  </StrictMode>,
);
void controller.actions.start();
