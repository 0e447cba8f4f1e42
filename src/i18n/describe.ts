// How a refused file's errors are described (describe-zh.ts, describe-en.ts): what each error is
// about, and a JSON syntax error in words. Spoken where files are read, in the worker and by the
// command line (src/model/describe.ts); the page never carries these words: it shows the errors as
// the worker described them.
import { type ArgsOf, cataloguePair } from './catalogue';
import { describeEn } from './describe-en';
import { describeZh } from './describe-zh';

type DescribeCatalogue = typeof describeZh;
export type DescribeKey = keyof DescribeCatalogue;
export type DescribeArgs<K extends DescribeKey> = ArgsOf<DescribeCatalogue, K>;

const words = cataloguePair(describeZh, describeEn);

export const describeText = words.text;
