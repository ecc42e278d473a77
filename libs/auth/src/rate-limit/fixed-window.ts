/** The fixed window a moment falls in: windows are aligned to multiples of their size since the epoch. */
export interface FixedWindow {
  start: Date;
  /** Whole seconds until the window ends and counting starts again from zero (at least 1). */
  retryAfterSeconds: number;
}

/**
 * Aligned rather than sliding windows: every process computes the same window for the same moment,
 * so one counter row per key and window is enough. The price is a burst of up to twice the limit
 * across a window boundary, acceptable for abuse limits.
 */
export function fixedWindow(nowMs: number, windowSeconds: number): FixedWindow {
  if (!Number.isInteger(windowSeconds) || windowSeconds < 1) {
    throw new RangeError(`windowSeconds must be a positive integer, got ${windowSeconds}`);
  }
  const sizeMs = windowSeconds * 1000;
  const startMs = Math.floor(nowMs / sizeMs) * sizeMs;
  return { start: new Date(startMs), retryAfterSeconds: Math.max(1, Math.ceil((startMs + sizeMs - nowMs) / 1000)) };
}
