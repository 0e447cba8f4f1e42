// Which items of two lists are "the same item", keeping their order: a longest common
// subsequence of their keys, found with Myers' O((N+M)·D) algorithm (D = the number of items added
// or removed), after the common start and end are set aside. Lists of operations edited by people
// differ in a few places, so D is small; past MAX_EDITS the middle is reported as all removed and
// all added, which is still a correct description, only not the shortest.

/** Beyond this many additions and removals the middle is not matched item by item. */
export const MAX_EDITS = 2000;

/** Pairs [index in a, index in b] of matched items, both increasing. */
export function matchSequences<T>(a: readonly T[], b: readonly T[], key: (item: T) => string): Array<[number, number]> {
  const codes = new Map<string, number>();
  const code = (item: T) => {
    const k = key(item);
    let c = codes.get(k);
    if (c === undefined) codes.set(k, (c = codes.size));
    return c;
  };
  const x = Int32Array.from(a, code);
  const y = Int32Array.from(b, code);
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX--;
    endY--;
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < start; i++) pairs.push([i, i]);
  for (const [i, j] of myers(x.subarray(start, endX), y.subarray(start, endY))) pairs.push([start + i, start + j]);
  for (let i = endX, j = endY; i < x.length; i++, j++) pairs.push([i, j]);
  return pairs;
}

function myers(x: Int32Array, y: Int32Array): Array<[number, number]> {
  const n = x.length;
  const m = y.length;
  if (n === 0 || m === 0) return [];
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] holds v for diagonals -d … d after round d: O(D²) memory, not O(D·(N+M))
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let i = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let j = i - k;
      while (i < n && j < m && x[i] === y[j]) {
        i++;
        j++;
      }
      v[offset + k] = i;
      if (i >= n && j >= m) {
        trace.push(v.slice(offset - d, offset + d + 1));
        return backtrack(trace, n, m);
      }
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  return []; // too different: no pairs in the middle
}

function backtrack(trace: readonly Int32Array[], n: number, m: number): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let i = n;
  let j = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const previous = trace[d - 1]!; // diagonals -(d-1) … d-1
    const at = (k: number) => previous[k + d - 1]!;
    const k = i - j;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousI = at(previousK);
    const previousJ = previousI - previousK;
    const snakeStart = down ? previousI : previousI + 1;
    while (i > snakeStart) {
      i--;
      j--;
      pairs.push([i, j]);
    }
    i = previousI;
    j = previousJ;
  }
  while (i > 0 && j > 0) {
    i--;
    j--;
    pairs.push([i, j]);
  }
  return pairs.reverse();
}
