import { pinyin } from 'pinyin-pro';

/** What the corrector asks the segmenter: which stretches are words, and which characters it could not place in any word. */
export interface SegmenterView {
  isWord(text: string): boolean;
  /** Offsets in `text` of Chinese characters the segmenter left on their own (no word it knows contains them). */
  looseCharacters(text: string): Set<number>;
}

/** A stretch of the query replaced by the domain word it sounds like. */
export interface PinyinCorrection {
  start: number;
  typed: string;
  word: string;
}

const HAN_RUN = /\p{Script=Han}+/gu;
const MAX_WORD = 10;

/**
 * Syllables with the confusions of typing by ear folded away: zh/ch/sh as z/c/s, n as l, and the
 * back nasals as front ones (ang → an, eng → en, ing → in), so 侧 (ce) and 测 (ce), 理 (li) and 锂 (li),
 * but also 正 (zheng) and 怎 (zen), find each other. Tones are ignored.
 */
function fuzzy(syllable: string): string {
  return syllable.replace(/^([zcs])h/u, '$1').replace(/^n/u, 'l').replace(/ng$/u, 'n');
}

const syllablesOf = (text: string): string[] => pinyin(text, { toneType: 'none', type: 'array', v: true });

/**
 * Chinese typo tolerance: a stretch of a query that is no word at all but sounds like a domain word
 * (封装侧试 → 封装测试, 磷酸铁理 → 磷酸铁锂) is read as that word. Input methods type by sound, so the
 * usual Chinese typo is a homophone, or a near one. Only stretches that are no word and hold a
 * character the segmenter could not place are corrected, to domain words that share at least half
 * their characters with what was typed.
 */
export class PinyinCorrector {
  private readonly wordsByKey = new Map<string, string[]>();

  constructor(domainWords: Iterable<string>) {
    for (const word of domainWords) {
      if (word.length < 2 || word.length > MAX_WORD || !/^\p{Script=Han}+$/u.test(word)) continue;
      const key = syllablesOf(word).map(fuzzy).join(' ');
      this.wordsByKey.set(key, [...(this.wordsByKey.get(key) ?? []), word]);
    }
  }

  /** The corrections for `text`, longest first and never overlapping: only stretches with a character no known word holds. */
  correct(text: string, segmenter: SegmenterView): PinyinCorrection[] {
    const loose = segmenter.looseCharacters(text);
    if (loose.size === 0) return [];
    const found: PinyinCorrection[] = [];
    for (const run of text.matchAll(HAN_RUN)) {
      const syllables = syllablesOf(run[0]).map(fuzzy);
      if (syllables.length !== run[0].length) continue;
      const isCandidate = (start: number, length: number) => {
        const typed = run[0].slice(start, start + length);
        return [...typed].some((_, i) => loose.has(run.index + start + i)) && !segmenter.isWord(typed);
      };
      found.push(...this.correctRun(run[0], run.index, syllables, isCandidate));
    }
    return found.sort((a, b) => a.start - b.start);
  }

  private correctRun(run: string, offset: number, syllables: string[], isCandidate: (start: number, length: number) => boolean): PinyinCorrection[] {
    const taken = new Array<boolean>(run.length).fill(false);
    const found: PinyinCorrection[] = [];
    for (let length = Math.min(MAX_WORD, run.length); length >= 2; length -= 1) {
      for (let start = 0; start + length <= run.length; start += 1) {
        if (taken.slice(start, start + length).some(Boolean)) continue;
        if (!isCandidate(start, length)) continue;
        const typed = run.slice(start, start + length);
        const word = this.closest(typed, syllables.slice(start, start + length).join(' '));
        if (!word) continue;
        taken.fill(true, start, start + length);
        found.push({ start: offset + start, typed, word });
      }
    }
    return found;
  }

  private closest(typed: string, key: string): string | undefined {
    const sameCharacters = (word: string) => [...word].filter((char, i) => typed[i] === char).length;
    return (this.wordsByKey.get(key) ?? [])
      .filter((word) => word !== typed && sameCharacters(word) * 2 >= word.length)
      .sort((a, b) => sameCharacters(b) - sameCharacters(a) || (a < b ? -1 : 1))[0];
  }
}
