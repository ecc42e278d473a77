import type { Lexicon } from '@chainmatch/lexicon';
import { BROADER_REACH, groupLexeme, qualifiedLexeme, termWeight, underLexeme, type OfferKeys, type ProductTerm, type TermRole } from '@chainmatch/search';
import type { NonProductWords } from './non-product-words.js';

/** A product a need names, weighed by how much it says (rare lexicon products far above plain words). */
export interface NeedTerm {
  groupIds: string[];
  /** What the need is for: an offer naming none of its head terms is no answer, whatever else it names. */
  head: boolean;
  /** The broader groups of its groups, nearest first (within BROADER_REACH). */
  broaderIds: string[];
  /** The nearest broader product's name, to search for when the term itself is too narrow. */
  broaderName?: string;
  /** The `@q:` keys of the other narrower products of its nearest broader groups (12英寸硅片 beside 8英寸硅片): see namesSibling. */
  otherKindKeys: string[];
  /** The words as the need has them (a lexicon term also matches through its groups). */
  tokens: string[];
  weight: number;
  /** How a reader of each language is told the term: the lexicon's canonical names, or the words as written. */
  names: { zh: string; en?: string };
}

/** What a need asks for: its weighted product terms and the segments the lexicon says make them. */
export interface NeedProfile {
  terms: NeedTerm[];
  productSegments: ReadonlySet<string>;
}

/** An offer's keys by how much a match in each field says, best first. */
export interface OfferProfile {
  levels: { keys: ReadonlySet<string>; level: number; answersHead: boolean }[];
  breadth: number;
}

export interface ProductFit {
  /** In [0, 1]; null when the need names no product to compare. */
  value: number | null;
  /** The need's terms the offer names, heaviest first. */
  matched: NeedTerm[];
  termCount: number;
  /** Less than 1 when the offer names many products at once. */
  breadthScale: number;
  breadth: number;
}

/**
 * Terms qualifying the head or only in the keywords say less surely what is needed; a remark or a
 * detail (a grade, a standard, the wastes of a disposal) is often left out by an offer that meets it.
 * The material of the head is wanted in full: forgings of another alloy are no TC4 forgings.
 */
const ROLE_WEIGHT: Record<TermRole, number> = { HEAD: 1, MAIN: 1, MATERIAL: 1, MODIFIER: 0.5, ASIDE: 0.3, KEYWORD: 0.5 };
/** The most an offer naming none of the need's head terms fits (below the default floor): a TV panel is no answer to "LCD驱动芯片". */
const HEADLESS = 0.2;
/** An offer naming a narrower product (LFP for "cathode materials") answers the term almost as well. */
const NARROWER = 0.9;
/**
 * An offer naming the term's qualifying words and a product of its class apart (12英寸外延硅片 for
 * 12英寸硅片: an epi wafer of that size) answers it, if less surely than by name.
 */
const QUALIFIED = 0.8;
/**
 * An offer naming the broader product itself (sputtering targets for "copper targets", 抛光硅片 for
 * 12英寸硅片) may well make it: half. Not for the head when the offer names another product of
 * that class: 头孢曲松钠原料药 names 原料药 too, and is no answer to a need for amoxicillin API.
 */
const BROADER = 0.5;
/**
 * Title above keywords above description; what the offer is for and keywords nothing else in it
 * says, barely. What the title names only to qualify its product answers a need as the title does,
 * but never its head: an offer of LCD驱动芯片 is no answer to a need for LCD panels.
 */
const FIELD_LEVELS = { title: 1, qualifiers: 1, keywords: 0.8, description: 0.5, incidental: 0.2 } as const;
const NOT_FOR_HEADS: ReadonlySet<keyof typeof FIELD_LEVELS> = new Set(['qualifiers']);
/** An offer naming more products than this is a list: each counts less (√(focused ÷ named)). */
const FOCUSED_PRODUCTS = 3;
const HAN = /\p{Script=Han}/u;
const LATIN = /^[\x20-\x7e]+$/;

const wordsOf = (tokens: readonly string[]) =>
  tokens.reduce((label, token) => (label && !(HAN.test(token) && HAN.test(label.at(-1)!)) ? `${label} ${token}` : label + token), '');

/**
 * A need's products as scoring weighs them: words that say how much or where left out (generic words
 * and amounts never reach here), each term at its rarity (termWeight), halved when only a remark or
 * the keywords name it.
 */
export function needProfile(products: readonly ProductTerm[], lexicon: Lexicon, nonProduct: Pick<NonProductWords, 'has'>): NeedProfile {
  const terms = products
    .filter((term) => term.groupIds.length > 0 || !term.tokens.every((token) => nonProduct.has(token)))
    .map((term): NeedTerm => {
      const groups = term.groupIds.map((id) => lexicon.group(id)).filter((group) => group !== undefined);
      const written = wordsOf(term.tokens);
      const broaderIds = [...new Set(term.groupIds.flatMap((id) => lexicon.ancestorsOf(id).slice(0, BROADER_REACH).map((group) => group.id)))];
      const broaderName = broaderIds.length > 0 ? lexicon.group(broaderIds[0])?.zh[0] : undefined;
      const otherKinds = groups.flatMap((group) => (group.broader ? lexicon.narrowerOf(group.broader) : [])).filter((kind) => !term.groupIds.includes(kind.id));
      return {
        groupIds: term.groupIds, broaderIds, ...(broaderName && { broaderName }), otherKindKeys: otherKinds.map((kind) => qualifiedLexeme(kind.id)),
        tokens: term.tokens, head: term.role === 'HEAD',
        weight: termWeight(term.tokens, groups, lexicon) * ROLE_WEIGHT[term.role],
        names: groups.length > 0 ? { zh: groups[0].zh[0], en: groups[0].en[0] } : { zh: written, en: LATIN.test(written) ? written : undefined },
      };
    });
  const productSegments = new Set(terms.flatMap((term) => term.groupIds.flatMap((id) => lexicon.group(id)?.segments ?? [])));
  return { terms, productSegments };
}

export function offerProfile(offer: OfferKeys): OfferProfile {
  const levels = (Object.keys(FIELD_LEVELS) as (keyof typeof FIELD_LEVELS)[])
    .map((field) => ({ keys: new Set<string>(offer[field]), level: FIELD_LEVELS[field], answersHead: !NOT_FOR_HEADS.has(field) }));
  return { levels, breadth: offer.breadth };
}

/**
 * How well keys answer a term: 1 for the product itself, NARROWER for a narrower one, QUALIFIED for
 * its qualifier and a product of its class, BROADER for the broader product named as such (an offer
 * of "NCM cathode" names @u:cathode, not @g:cathode: it is no answer to LFP), else 0.
 */
function answer(term: NeedTerm, keys: ReadonlySet<string>, sibling: boolean): number {
  if (term.groupIds.length === 0) return term.tokens.every((token) => keys.has(token)) ? 1 : 0;
  return Math.max(0, ...answeringKeys(term, !sibling).filter(({ key }) => keys.has(key)).map(({ credit }) => credit));
}

/**
 * The keys that answer a lexicon term, with their credit: its groups (1), narrower products
 * (NARROWER), its qualifier beside a product of its class (QUALIFIED), and the broader products named
 * as such (BROADER) when `broader` allows. One home for what answers a need: product fit scores by
 * it, scarcity counts the offers it finds.
 */
function answeringKeys(term: NeedTerm, broader: boolean): { key: string; credit: number }[] {
  return [
    ...term.groupIds.map((id) => ({ key: groupLexeme(id), credit: 1 })),
    ...term.groupIds.map((id) => ({ key: underLexeme(id), credit: NARROWER })),
    ...term.groupIds.map((id) => ({ key: qualifiedLexeme(id), credit: QUALIFIED })),
    ...(broader ? term.broaderIds.map((id) => ({ key: groupLexeme(id), credit: BROADER })) : []),
  ];
}

/**
 * Whether the offer names, for the need's head, another product of the head's class (a narrower kind
 * of its broader group that is not it, by name or as its class and qualifying words) and nothing that
 * answers the head: 12英寸外延硅片 answers 12英寸硅片 (size and kind are two facets of a wafer:
 * QUALIFIED), 8英寸硅片 does not, nor 12英寸抛光硅片 (硅片 and a size: `@q:ic.wafer-300`) 8英寸硅片.
 */
function namesSibling(term: NeedTerm, offer: OfferProfile): boolean {
  if (!term.head || term.groupIds.length === 0) return false;
  const own = answeringKeys(term, false).map(({ key }) => key);
  const fields = offer.levels.filter((field) => field.answersHead && field.level > FIELD_LEVELS.incidental);
  return fields.some(({ keys }) => namesOtherKind(term, keys)) && !fields.some(({ keys }) => own.some((key) => keys.has(key)));
}

/**
 * Whether keys name another kind of the term's class: as its class and another kind's qualifying
 * words (`otherKindKeys`), or a narrower kind of one of its broader groups, nearest first, before
 * naming one of those groups itself: 8英寸硅片 (@u:silicon-wafer) is another kind of 12英寸硅片's class;
 * 硅片 is that class, and the @u:wafer it carries says only that a silicon wafer is a wafer.
 */
function namesOtherKind(term: NeedTerm, keys: ReadonlySet<string>): boolean {
  if (term.otherKindKeys.some((key) => keys.has(key))) return true;
  for (const id of term.broaderIds) {
    if (keys.has(underLexeme(id))) return true;
    if (keys.has(groupLexeme(id))) return false;
  }
  return false;
}

/**
 * The weighted share of the need's product terms the offer names, each at the level of the best
 * field naming it, scaled down when the offer lists many products, and at most HEADLESS when it names
 * none of the need's head terms: a rare product in the title outweighs any number of common words,
 * a keyword list of other products' names buys little, and a qualifier alone buys nothing.
 */
export function productFit(need: NeedProfile, offer: OfferProfile): ProductFit {
  const breadthScale = Math.min(1, Math.sqrt(FOCUSED_PRODUCTS / Math.max(1, offer.breadth)));
  if (need.terms.length === 0) return { value: null, matched: [], termCount: 0, breadthScale, breadth: offer.breadth };
  let found = 0;
  let headAnswered = !need.terms.some((term) => term.head);
  const matched: NeedTerm[] = [];
  for (const term of need.terms) {
    const sibling = namesSibling(term, offer);
    const level = Math.max(...offer.levels.filter((field) => !term.head || field.answersHead).map(({ keys, level }) => level * answer(term, keys, sibling)));
    if (level > 0) matched.push(term);
    // Named in passing only (what the offer is for, a stuffed keyword) is no answer to what is needed.
    if (term.head && level > FIELD_LEVELS.incidental) headAnswered = true;
    found += term.weight * level;
  }
  const total = need.terms.reduce((sum, term) => sum + term.weight, 0);
  const headless = !headAnswered;
  matched.sort((a, b) => b.weight - a.weight);
  const value = (found / total) * breadthScale;
  return { value: headless ? Math.min(value, HEADLESS) : value, matched, termCount: need.terms.length, breadthScale, breadth: offer.breadth };
}

/** The product floor: below it a candidate is not suggested at all, unless the need names no product. */
export function fitsProduct(fit: ProductFit, minimum: number): boolean {
  return fit.value === null || fit.value >= minimum;
}

/**
 * The need's heaviest terms as search text: as they are (`exact`), and each lexicon term as its
 * broader product (`broadened`: 硅片 for 12英寸硅片, finding the offer of "12英寸抛光硅片"), when that differs.
 */
export function productQueries(need: NeedProfile, terms: number): { exact?: string; broadened?: string } {
  const heaviest = [...need.terms].sort((a, b) => b.weight - a.weight).slice(0, terms);
  if (heaviest.length === 0) return {};
  const exact = heaviest.map((term) => term.tokens.join(' ')).join(' ');
  const broadened = [...new Set(heaviest.map((term) => term.broaderName ?? term.tokens.join(' ')))].join(' ');
  return broadened === exact ? { exact } : { exact, broadened };
}

/**
 * Keys an offer of the need's main product names — its head, else its heaviest lexicon term — as
 * productFit takes them (answeringKeys: the product, its group, narrower kinds and qualified ones; an
 * offer of the broader class is not counted as one of its suppliers), or its heaviest one-word term.
 */
export function mainProductKeys(need: NeedProfile): string[] {
  const heaviest = [...need.terms].sort((a, b) => Number(b.head) - Number(a.head) || b.weight - a.weight);
  const group = heaviest.find((term) => term.groupIds.length > 0);
  if (group) return answeringKeys(group, false).map(({ key }) => key);
  const word = heaviest.find((term) => term.tokens.length === 1);
  return word ? word.tokens : [];
}
