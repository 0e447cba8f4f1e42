// Bounds on what one file can make the program hold: a file of five million wrong values must be
// refused as quickly as a file of five, with the first few hundred errors listed and the rest
// counted exactly (SPEC §3: "lists the first few hundred, then says exactly how many more").
import { type FileError, fileError } from './errors';

/** The largest file read (SPEC §3). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Errors listed one by one; beyond these they are only counted. */
export const MAX_LISTED_ERRORS = 300;

/** What readers write errors into: an array, or an ErrorList that keeps the first few hundred. */
export interface ErrorSink {
  push(...errors: FileError[]): number;
  readonly length: number;
}

/**
 * Keeps the first MAX_LISTED_ERRORS errors and counts every one: `length` is the true count, so
 * readers that compare `errors.length` before and after reading an item still see each error.
 */
export class ErrorList implements ErrorSink {
  private readonly kept: FileError[] = [];
  private total = 0;

  push(...errors: FileError[]): number {
    for (const error of errors) this.add(error);
    return this.total;
  }

  /** One error, or a list already cut short (its `more` is counted, not listed). */
  add(error: FileError): void {
    if (error.code === 'file.moreErrors') {
      this.total += error.more ?? 0;
      return;
    }
    this.total++;
    if (this.kept.length < MAX_LISTED_ERRORS) this.kept.push(error);
  }

  addAll(errors: readonly FileError[]): void {
    for (const error of errors) this.add(error);
  }

  get length(): number {
    return this.total;
  }

  /** The errors listed, then one at `$` saying exactly how many more there are. */
  toArray(): FileError[] {
    const more = this.total - this.kept.length;
    if (more === 0) return [...this.kept];
    return [...this.kept, { ...fileError('$', 'file.moreErrors', { count: more }), more }];
  }
}

/** Lists of errors as one, cut short as ErrorList does (each may already be cut short). */
export function boundedErrors(...lists: ReadonlyArray<readonly FileError[]>): FileError[] {
  const list = new ErrorList();
  for (const errors of lists) list.addAll(errors);
  return list.toArray();
}

/** How many errors a list stands for, counting those beyond the ones listed. */
export function errorCount(errors: readonly FileError[]): number {
  let count = 0;
  for (const error of errors) count += error.code === 'file.moreErrors' ? (error.more ?? 0) : 1;
  return count;
}
