// How full the V8 heap is, as a share of the limit it dies at (--max-old-space-size).
import v8 from 'node:v8';

export function heapShare(): number {
  const { used_heap_size: used, heap_size_limit: limit } = v8.getHeapStatistics();
  return used / limit;
}

export function heapLimitBytes(): number {
  return v8.getHeapStatistics().heap_size_limit;
}
