/**
 * Which lines of `after` are new compared with `before`: a Myers O(ND) line
 * diff, fast when the two texts differ by a few insertions.
 */
import type { LineRange } from '../model/types';

export function addedLineRanges(before: string, after: string): LineRange[] {
  const allA = before.split('\n');
  const allB = after.split('\n');
  // Equal head and tail lines are not part of the change: diff only the middle.
  let head = 0;
  while (head < allA.length && head < allB.length && allA[head] === allB[head]) head++;
  let tail = 0;
  while (tail < allA.length - head && tail < allB.length - head && allA[allA.length - 1 - tail] === allB[allB.length - 1 - tail]) tail++;
  const a = allA.slice(head, allA.length - tail);
  const b = allB.slice(head, allB.length - tail);
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[max + k - 1]! < v[max + k + 1]!);
      let x = down ? v[max + k + 1]! : v[max + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[max + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk back through the trace, collecting inserted lines of `b`.
  const inserted: number[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const vd = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && vd[max + k - 1]! < vd[max + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = vd[max + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
    }
    if (down) inserted.push(prevY);
    x = prevX;
    y = prevY;
  }
  for (let i = 0; i < inserted.length; i++) inserted[i] = inserted[i]! + head;
  inserted.sort((p, q) => p - q);
  // Slide each block of inserted lines down while the line after it repeats its first line,
  // so that "a b + a b" reads as two lines added after the first pair, as a person would say.
  const isInserted = new Set(inserted);
  for (let i = inserted.length - 1; i >= 0; ) {
    let j = i;
    while (j > 0 && inserted[j - 1] === inserted[j]! - 1) j--;
    let start = inserted[j]!;
    let end = inserted[i]!;
    while (end + 1 < allB.length && !isInserted.has(end + 1) && allB[start] === allB[end + 1]) {
      isInserted.delete(start);
      start++;
      end++;
      isInserted.add(end);
    }
    i = j - 1;
  }
  inserted.length = 0;
  inserted.push(...[...isInserted].sort((p, q) => p - q));
  const ranges: LineRange[] = [];
  for (const index of inserted) {
    const line = index + 1;
    const last = ranges[ranges.length - 1];
    if (last && last.end === line - 1) last.end = line;
    else ranges.push({ start: line, end: line });
  }
  return ranges;
}
