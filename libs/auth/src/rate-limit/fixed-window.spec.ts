import { fixedWindow } from './fixed-window.js';

describe('fixedWindow', () => {
  const at = (iso: string) => Date.parse(iso);

  it('aligns windows to multiples of their size', () => {
    expect(fixedWindow(at('2026-03-01T10:07:42.500Z'), 60).start.toISOString()).toBe('2026-03-01T10:07:00.000Z');
    expect(fixedWindow(at('2026-03-01T10:07:42.500Z'), 3600).start.toISOString()).toBe('2026-03-01T10:00:00.000Z');
    expect(fixedWindow(at('2026-03-01T10:07:42.500Z'), 86_400).start.toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('puts the first millisecond of a window in that window, the last in the one before', () => {
    expect(fixedWindow(at('2026-03-01T10:08:00.000Z'), 60).start.toISOString()).toBe('2026-03-01T10:08:00.000Z');
    expect(fixedWindow(at('2026-03-01T10:07:59.999Z'), 60).start.toISOString()).toBe('2026-03-01T10:07:00.000Z');
  });

  it('rounds the time left up to whole seconds and never answers 0', () => {
    expect(fixedWindow(at('2026-03-01T10:07:42.500Z'), 60).retryAfterSeconds).toBe(18);
    expect(fixedWindow(at('2026-03-01T10:07:00.000Z'), 60).retryAfterSeconds).toBe(60);
    expect(fixedWindow(at('2026-03-01T10:07:59.999Z'), 60).retryAfterSeconds).toBe(1);
  });

  it.each([0, -5, 1.5, Number.NaN])('refuses the window size %p', (size) => {
    expect(() => fixedWindow(Date.now(), size)).toThrow(RangeError);
  });
});
