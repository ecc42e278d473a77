import { UNITS } from '../vocabulary/units.js';
import {
  capitalize,
  chineseQuantity,
  clampText,
  englishQuantity,
  formatChineseNumber,
  formatEnglishNumber,
  midSentence,
  withIndefiniteArticle,
} from './text-format.js';

describe('text formatting', () => {
  it.each([
    [850, '850'],
    [0.0123, '0.0123'],
    [50_000, '5万'],
    [14_300, '1.43万'],
    [8_890_000, '889万'],
    [120_000_000, '1.2亿'],
  ])('writes %d the Chinese way as %s', (value, text) => {
    expect(formatChineseNumber(value)).toBe(text);
  });

  it.each([
    [850, '850'],
    [50_000, '50,000'],
    [1_234_567.5, '1,234,567.5'],
    [0.05, '0.05'],
  ])('writes %d the English way as %s', (value, text) => {
    expect(formatEnglishNumber(value)).toBe(text);
  });

  it('joins quantity and unit in each language, singular for one', () => {
    expect(chineseQuantity(50_000, UNITS.wafer)).toBe('5万片');
    expect(englishQuantity(50_000, UNITS.wafer)).toBe('50,000 wafers');
    expect(englishQuantity(1, UNITS.machine)).toBe('1 unit');
  });

  it.each([
    ['robot', 'a robot'],
    ['aftermarket company', 'an aftermarket company'],
    ['EV operating lease', 'an EV operating lease'],
    ['MES vendor', 'an MES vendor'],
    ['GPU cluster', 'a GPU cluster'],
    ['8-inch fab', 'an 8-inch fab'],
    ['12-inch fab', 'a 12-inch fab'],
  ])('puts the right article before %s', (phrase, text) => {
    expect(withIndefiniteArticle(phrase)).toBe(text);
  });

  it('adapts casing to the position in a sentence, keeping acronyms', () => {
    expect(capitalize('silicon wafers')).toBe('Silicon wafers');
    expect(midSentence('Semiconductor materials')).toBe('semiconductor materials');
    expect(midSentence('IC design (fabless)')).toBe('IC design (fabless)');
  });

  it('shortens only overlong text, marking the cut', () => {
    expect(clampText('short', 10)).toBe('short');
    expect(clampText('a'.repeat(130), 120)).toHaveLength(120);
    expect(clampText('a'.repeat(130), 120).endsWith('…')).toBe(true);
  });
});
