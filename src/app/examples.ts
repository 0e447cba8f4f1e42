// The example files that ship with the app, each a chunk of its own fetched from the page's origin
// when it is opened (the first page stays small, and the examples work offline).
export const EXAMPLES = [
  { id: 'xishan-1-plus-4', load: () => import('../../scenarios/xishan-1-plus-4.json?raw') },
  { id: 'huishan-national-upgrade', load: () => import('../../scenarios/huishan-national-upgrade.json?raw') },
  { id: 'jiangyin-hi-tech', load: () => import('../../scenarios/jiangyin-hi-tech.json?raw') },
  { id: 'liangxi-grand-canal-resort', load: () => import('../../scenarios/liangxi-grand-canal-resort.json?raw') },
  { id: 'wuxi-hi-tech-xinwu', load: () => import('../../scenarios/wuxi-hi-tech-xinwu.json?raw') },
  { id: 'sip-joint-office', load: () => import('../../scenarios/sip-joint-office.json?raw') },
] as const;

export type ExampleId = (typeof EXAMPLES)[number]['id'];

/** The text of an example file. */
export async function exampleText(id: ExampleId): Promise<string> {
  const example = EXAMPLES.find((e) => e.id === id)!;
  return (await example.load()).default;
}
