/** Splits text or bytes at the given fractions of their length (property tests cut chunks anywhere). */
export function cut<T extends string | Uint8Array>(whole: T, at: number[]): T[] {
  const points = [...new Set(at.map((f) => Math.floor(f * whole.length)))].sort((a, b) => a - b);
  const out: T[] = [];
  let from = 0;
  for (const p of points) {
    out.push(whole.slice(from, p) as T);
    from = p;
  }
  out.push(whole.slice(from) as T);
  return out;
}
