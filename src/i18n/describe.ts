// How a refused file's errors are described (describe-zh.ts, describe-en.ts): what each error is
// about, and a JSON syntax error in words. Spoken where files are read, in the worker and by the
// command line (src/model/describe.ts); the page never carries these words: it shows the errors as
// the worker described them.
import type { Lang } from './lang';
import { describeEn } from './describe-en';
import { describeZh } from './describe-zh';

type DescribeCatalogue = typeof describeZh;
export type DescribeKey = keyof DescribeCatalogue;
export type DescribeArgs<K extends DescribeKey> = Parameters<DescribeCatalogue[K]> extends [] ? Record<string, never> : Parameters<DescribeCatalogue[K]>[0];

const catalogues: Record<Lang, DescribeCatalogue> = { zh: describeZh, en: describeEn };

export function describeText<K extends DescribeKey>(lang: Lang, key: K, args: DescribeArgs<K>): string {
  return (catalogues[lang][key] as (a: DescribeArgs<K>) => string)(args);
}
