/** Index of the last item whose key is at or before `target` in a list sorted by key; 0 if none is. */
export function lastAtOrBefore<T>(items: readonly T[], key: (item: T) => number, target: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const item = items[mid];
    if (item !== undefined && key(item) <= target) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
