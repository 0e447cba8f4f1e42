// Reading the file the command line is given, never more than the limit into memory.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../model';
import type { CliIo } from './run';

const CHUNK = 1 << 20;

/**
 * The bytes of a file, read no further than the limit: a regular file over it is refused by its
 * size before any byte is read, and anything else (a pipe, /dev/zero, a file that grows while read)
 * is read in chunks and refused as soon as it passes the limit.
 */
export function readCapped(path: string, limit = MAX_FILE_BYTES): ReturnType<CliIo['readFile']> {
  let fd: number | undefined;
  try {
    fd = path === '-' ? 0 : openSync(path, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { error: 'EISDIR' };
    if (stat.isFile() && stat.size > limit) return { size: stat.size };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      let got: number;
      try {
        got = readSync(fd, chunk, 0, CHUNK, null);
      } catch (error) {
        // a pipe with nothing yet to read says so instead of waiting
        if (error instanceof Error && 'code' in error && error.code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
        throw error;
      }
      if (got === 0) break;
      total += got;
      if (total > limit) return { size: stat.isFile() ? Math.max(total, stat.size) : undefined };
      chunks.push(chunk.subarray(0, got));
    }
    return { bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return { error: error instanceof Error && 'code' in error ? String(error.code) : String(error) };
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
}
