// An id not taken yet, made from one that is: `plan-a` → `plan-a-2`, `plan-a-3` … (SPEC §3: at most
// 64 characters of A–Z a–z 0–9 _ - ., and never `baseline`).
export function unusedId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id) && id !== 'baseline') return id;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${id.slice(0, 64 - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
