import type { Lexicon } from '@chainmatch/lexicon';
import { analyseListing, supportedKeyword, type AnalysedField, type AnalysedListing, type DocumentAnalysis } from './analysed-listing.js';
import { groupLexeme, underLexeme, type TermVocabulary } from './term-vocabulary.js';
import { isProductTerm, termWeight } from './term-weights.js';

/** A product a listing names in its title or keywords: a lexicon term (its groups) or a word the lexicon does not know. */
export interface ProductTerm {
  tokens: string[];
  groupIds: string[];
  /** Named in the keywords and not in the title: what the listing is about says it less surely. */
  keywordOnly: boolean;
}

/**
 * What an offer says it supplies, field by field, as keys: the lexicon group lexemes it names (and
 * `@u:` ones for the broader groups above them) and its product words.
 */
export interface OfferKeys {
  title: string[];
  /** Keywords the title or description support. */
  keywords: string[];
  /** The description's lexicon groups and product codes (GH4169, NCM811); its prose is not kept. */
  description: string[];
  /** Keywords nothing else in the listing supports: how stuffing looks. */
  unsupported: string[];
  /** Distinct products named in the title and supported keywords, a broader one counting with its narrower. */
  breadth: number;
}

/** What scoring reads of a listing's text, analysed once when the listing is indexed. */
export interface ListingTerms {
  products: ProductTerm[];
  offer: OfferKeys;
}

/** A listing's text: every engine's document has it, and so has a listing read for matching. */
export interface ListingText {
  title: string;
  keywords: readonly string[];
  description: string;
}

/** Up to this many product terms are kept: more is a list, not a product. */
const MAX_PRODUCT_TERMS = 12;
const CODE = /^(?=.*\d)(?=.*[a-z])[a-z0-9.-]{3,}$/;
const GROUP_PREFIX = groupLexeme('');

/**
 * A listing's products and offer keys, the same way for indexing and for a listing scored before
 * the index has it. Every field is cut as written (see Cut): product terms from the title, then the
 * keywords (lexicon phrases whole, generic words and amounts left out); offer keys from every field.
 */
export function listingTerms(listing: ListingText, analysis: DocumentAnalysis): ListingTerms {
  const analysed = analyseListing(listing, analysis, 'precise');
  return { products: productTerms(analysed, analysis.vocabulary), offer: offerKeys(analysed, analysis.vocabulary.lexicon) };
}

function productTerms(analysed: AnalysedListing, vocabulary: TermVocabulary): ProductTerm[] {
  const terms = new Map<string, ProductTerm>();
  const add = (field: AnalysedField, keywordOnly: boolean) => {
    for (const term of vocabulary.expand(field.tokens)) {
      const groups = term.groupIds.map((id) => vocabulary.group(id)!);
      const key = term.groupIds.length > 0 ? [...term.groupIds].sort().join(' ') : term.tokens.join(' ');
      if (!terms.has(key) && isProductTerm(termWeight(term.tokens, groups, vocabulary.lexicon))) {
        terms.set(key, { tokens: term.tokens, groupIds: term.groupIds, keywordOnly });
      }
    }
  };
  add(analysed.title, false);
  for (const keyword of analysed.keywords) add(keyword, true);
  return [...terms.values()].slice(0, MAX_PRODUCT_TERMS);
}

function offerKeys(analysed: AnalysedListing, lexicon: Lexicon): OfferKeys {
  const supported = supportedKeyword(analysed);
  const productWord = (token: string) => isProductTerm(termWeight([token], [], lexicon));
  const keys = (fields: AnalysedField[]) => [...new Set(fields.flatMap((field) => [...field.groups, ...field.tokens.filter(productWord)]))];
  const title = keys([analysed.title]);
  const keywords = keys(analysed.keywords.filter(supported));
  const named = new Set([...title, ...keywords]);
  const own = (key: string) => key.startsWith(GROUP_PREFIX) && !named.has(underLexeme(key.slice(GROUP_PREFIX.length)));
  return {
    title,
    keywords,
    description: [...new Set([...analysed.description.groups, ...analysed.description.tokens.filter((token) => CODE.test(token))])],
    unsupported: keys(analysed.keywords.filter((keyword) => !supported(keyword))),
    breadth: [...named].filter(own).length,
  };
}
