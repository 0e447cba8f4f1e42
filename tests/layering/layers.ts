// Who may import whom: the layers of the code, lowest first (STYLE.md, "Layers only look down").
// A file belongs to the first layer that names it. `may`: layers whose values it may import;
// `types`: layers it may import types from only (erased before the code runs). Every file under
// src/ and workers/ must belong to a layer: a new folder fails the layering test until it is here.
//
// To add a layer, put it where it stands, e.g. Office import/export:
//   { name: 'office', under: 'src/office/', may: ['model', 'engine', 'i18n', 'i18n-engine'] },
// and add 'office' to the `may` of the layers that use it (the app loads it on first use).

export interface Layer {
  name: string;
  /** A folder (with its trailing slash), or single files. */
  under?: string;
  files?: readonly string[];
  may: readonly string[];
  types?: readonly string[];
  /** No module-level mutable state: its caches belong to the objects that own them. */
  stateless?: boolean;
}

export const LAYERS: readonly Layer[] = [
  // what the engine says: the only part of i18n the model, the engine and the worker may run: its
  // messages, those of format version 2 and those of reading any file without harm
  {
    name: 'i18n-engine',
    files: [
      'src/i18n/engine.ts', 'src/i18n/zh-CN.ts', 'src/i18n/en.ts', 'src/i18n/format2-zh.ts', 'src/i18n/format2-en.ts',
      'src/i18n/robust-zh.ts', 'src/i18n/robust-en.ts', 'src/i18n/reading.ts', 'src/i18n/reading-zh.ts', 'src/i18n/reading-en.ts',
      'src/i18n/lang.ts', 'src/i18n/catalogue.ts',
    ],
    may: [],
  },
  // the change list's words: the engine says each line as a message; whoever shows the list words it
  { name: 'i18n-changes', files: ['src/i18n/changes.ts', 'src/i18n/changes-zh.ts', 'src/i18n/changes-en.ts', 'src/i18n/changeWords.ts'], may: ['i18n-engine'] },
  // the words of sharing files (compare, bring in, merge): with those features only
  { name: 'i18n-share', files: ['src/i18n/share.ts', 'src/i18n/share-zh.ts', 'src/i18n/share-en.ts'], may: ['i18n-engine'] },
  // the words describing a refused file's errors: in the worker and the command line, never on the page
  { name: 'i18n-describe', files: ['src/i18n/describe.ts', 'src/i18n/describe-zh.ts', 'src/i18n/describe-en.ts'], may: ['i18n-engine'] },
  // the planner's words: in the worker and the command line, never on the page
  { name: 'i18n-plan', files: ['src/i18n/plan.ts', 'src/i18n/plan-zh.ts', 'src/i18n/plan-en.ts'], may: ['i18n-engine'] },
  // the command line's own words: neither the page nor the worker carries them
  { name: 'i18n-cli', files: ['src/i18n/cli.ts', 'src/i18n/cli-zh.ts', 'src/i18n/cli-en.ts'], may: ['i18n', 'i18n-engine', 'i18n-plan', 'i18n-share'] },
  { name: 'i18n', under: 'src/i18n/', may: ['i18n-engine'] },
  { name: 'model', under: 'src/model/', may: ['i18n-engine', 'i18n-describe'], types: ['i18n'] },
  { name: 'engine', under: 'src/engine/', may: ['model', 'i18n-engine', 'i18n-share', 'i18n-changes'], types: ['i18n'], stateless: true },
  { name: 'office', under: 'src/office/', may: ['model', 'engine', 'i18n', 'i18n-engine', 'i18n-changes'] },
  // the planning assistant: fixes and suggested plans, on the engine's evaluation (it runs in the worker)
  { name: 'plan', under: 'src/plan/', may: ['engine', 'model', 'i18n-engine', 'i18n-plan'], types: ['i18n'] },
  { name: 'workers', under: 'workers/', may: ['engine', 'plan', 'office', 'model', 'i18n-engine'], types: ['i18n'] },
  { name: 'generate', under: 'src/generate/', may: ['model', 'i18n-engine'], types: ['engine', 'i18n'] },
  // the app runs the worker's API itself where workers are unavailable, and loads Office formats on first use
  { name: 'app', under: 'src/app/', may: ['workers', 'engine', 'plan', 'office', 'model', 'i18n', 'i18n-engine'] },
  // the view reads the engine's types, and reaches its values only through the app
  { name: 'ui', under: 'src/ui/', may: ['app', 'model', 'i18n', 'i18n-engine', 'i18n-changes'], types: ['engine', 'plan', 'office'] },
  { name: 'cli', under: 'src/cli/', may: ['engine', 'plan', 'office', 'generate', 'model', 'i18n', 'i18n-engine', 'i18n-cli', 'i18n-plan', 'i18n-share', 'i18n-changes'] },
  // the browser entry puts the app together: the worker, the storage, the controller, the view
  { name: 'entry', files: ['src/main.tsx'], may: ['app', 'ui', 'workers', 'model', 'i18n', 'i18n-engine'] },
];
