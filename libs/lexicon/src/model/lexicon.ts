import { termsOf, type TermGroup } from './lexicon.types.js';

const HAN = /\p{Script=Han}/u;

/** How a term is compared: width-folded, lower case, inner whitespace collapsed. */
export function termKey(term: string): string {
  return term.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * The lexicon as the rest of the code reads it: an immutable snapshot of the data files with the
 * staff's edits applied. Lookups by id, by term (a term may name groups in two chains: API is
 * 原料药 in biomed and 应用程序接口 in ai) and along the broader links.
 */
export class Lexicon {
  private readonly byId: Map<string, TermGroup>;
  private readonly byTerm = new Map<string, TermGroup[]>();
  private readonly narrower = new Map<string, TermGroup[]>();

  /** `revision`: the last staff edit included (0: the data files alone). */
  constructor(groups: readonly TermGroup[], readonly revision = 0) {
    this.byId = new Map([...groups].sort((a, b) => (a.id < b.id ? -1 : 1)).map((group) => [group.id, group]));
    for (const group of this.byId.values()) {
      for (const key of new Set(termsOf(group).map(termKey))) this.byTerm.set(key, [...(this.byTerm.get(key) ?? []), group]);
      if (group.broader) this.narrower.set(group.broader, [...(this.narrower.get(group.broader) ?? []), group]);
    }
  }

  /** Every group, by id. */
  groups(): TermGroup[] {
    return [...this.byId.values()];
  }

  group(id: string): TermGroup | undefined {
    return this.byId.get(id);
  }

  /** The groups a term (any member, any case or width) belongs to. */
  groupsOfTerm(term: string): TermGroup[] {
    return this.byTerm.get(termKey(term)) ?? [];
  }

  /** Direct narrower groups. */
  narrowerOf(id: string): TermGroup[] {
    return this.narrower.get(id) ?? [];
  }

  /** Every group below `id`, nearest first, each with its distance (1 = direct). */
  descendantsOf(id: string): { group: TermGroup; depth: number }[] {
    const found: { group: TermGroup; depth: number }[] = [];
    let level = this.narrowerOf(id);
    for (let depth = 1; level.length > 0; depth += 1) {
      found.push(...level.map((group) => ({ group, depth })));
      level = level.flatMap((group) => this.narrowerOf(group.id));
    }
    return found;
  }

  /** The broader groups of `id`, nearest first. */
  ancestorsOf(id: string): TermGroup[] {
    const found: TermGroup[] = [];
    for (let group = this.byId.get(id); group?.broader; ) {
      group = this.byId.get(group.broader);
      if (!group || found.includes(group)) break;
      found.push(group);
    }
    return found;
  }

  /** Every term of every group, as written. */
  terms(): string[] {
    return [...this.byId.values()].flatMap(termsOf);
  }

  /** The terms written in Chinese characters: words a Chinese segmenter must keep whole. */
  chineseTerms(): string[] {
    return [...new Set(this.terms().filter((term) => HAN.test(term)))].sort();
  }
}
