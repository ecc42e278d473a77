/** What a term group names: a product, a material, a piece of equipment or a service. */
export const TERM_TYPES = ['PRODUCT', 'MATERIAL', 'EQUIPMENT', 'SERVICE'] as const;
export type TermType = (typeof TERM_TYPES)[number];

/**
 * Terms that mean the same thing to a buyer, in both languages: a search or a match for any member
 * reaches text that uses any other. `broader` names a more general group (磷酸铁锂 → 正极材料): a query
 * for the broader term also reaches the narrower ones, at a lower weight; never the reverse.
 */
export interface TermGroup {
  /** `<chainId>.<name>`, unique across the lexicon. */
  id: string;
  chainId: string;
  /** Segments (any chain) where this is offered. */
  segments: string[];
  type: TermType;
  /** Simplified Chinese names; the first is the canonical one. */
  zh: string[];
  /** Traditional forms, abbreviations, trade names, colloquial names. */
  variants: string[];
  /** English names; the first is the canonical one. */
  en: string[];
  /** Latin-script abbreviations, formulas and codes, case kept (LFP, LiFePO4). */
  abbr: string[];
  broader?: string | null;
}

/** One data file, `libs/lexicon/data/<chainId>.json`. */
export interface LexiconFile {
  chainId: string;
  groups: Omit<TermGroup, 'chainId'>[];
}

/** Every term of a group, in the order canonical Chinese, variants, English, abbreviations. */
export function termsOf(group: Pick<TermGroup, 'zh' | 'variants' | 'en' | 'abbr'>): string[] {
  return [...group.zh, ...group.variants, ...group.en, ...group.abbr];
}
