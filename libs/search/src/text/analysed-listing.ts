import { BoundedCache } from './bounded-cache.js';
import { groupLexeme, underLexeme, type TermVocabulary } from './term-vocabulary.js';
import type { TextAnalyzer } from './text-analyzer.js';

const GROUP = groupLexeme('');

/** The text side of search and matching: the analyzer and the lexicon's phrases. */
export interface DocumentAnalysis {
  analyzer: TextAnalyzer;
  vocabulary: TermVocabulary;
}

/** One field of a listing as indexed: its tokens, and the lexicon group lexemes (with their broader ones) it names. */
export interface AnalysedField {
  tokens: string[];
  groups: string[];
}

/** What a listing says, field by field. */
export interface AnalysedListing {
  title: AnalysedField;
  keywords: AnalysedField[];
  description: AnalysedField;
}

/**
 * How a field is cut: `index` also gives the words inside long ones (a search for a part finds the
 * whole); `precise` gives the words as written (磷酸铁锂正极材料 names LFP cathode, not its precursor 磷酸铁).
 */
export type Cut = 'index' | 'precise';

/** Keywords, titles and title clauses repeat across listings: fields of texts this short are analysed once per vocabulary and cut. */
const SHORT_FIELD = 80;
const FIELD_CACHE_SIZE = 20_000;
const shortFields = new WeakMap<TermVocabulary, Record<Cut, BoundedCache<string, AnalysedField>>>();

/** A field's analysis; the same object for the same short text, so it must not be changed. */
export function analyseField(text: string, { analyzer, vocabulary }: DocumentAnalysis, cut: Cut = 'index'): AnalysedField {
  const analysed = () => {
    const tokens = cut === 'index' ? analyzer.indexTokens(text) : analyzer.queryTokens(text);
    return { tokens, groups: vocabulary.lexemesOf(tokens) };
  };
  if (text.length > SHORT_FIELD) return analysed();
  let caches = shortFields.get(vocabulary);
  if (!caches) shortFields.set(vocabulary, (caches = { index: new BoundedCache(FIELD_CACHE_SIZE), precise: new BoundedCache(FIELD_CACHE_SIZE) }));
  return caches[cut].get(text, analysed);
}

export function analyseListing(listing: { title: string; keywords: readonly string[]; description: string }, analysis: DocumentAnalysis, cut: Cut = 'index'): AnalysedListing {
  return {
    title: analyseField(listing.title, analysis, cut),
    keywords: listing.keywords.map((keyword) => analyseField(keyword, analysis, cut)),
    description: analyseField(listing.description, analysis, cut),
  };
}

/**
 * Whether the title or the description says what a keyword says: one of its lexicon groups (or a
 * narrower one: 磷酸铁锂 supports 正极材料), or all its words when it names none. A keyword nothing
 * else supports is how a list of other products' names gets onto a listing, and counts for little
 * wherever text is ranked.
 */
function supportedKeyword({ title, description }: AnalysedListing): (keyword: AnalysedField) => boolean {
  // Group lexemes start with @ and words never do: each is looked for among its own kind, in place
  // (a set of the fields' words, made for every listing, cost more than the few lookups it served).
  const said = (lexeme: string, kind: 'tokens' | 'groups') => title[kind].includes(lexeme) || description[kind].includes(lexeme);
  const saidOrNarrower = (group: string) => said(group, 'groups') || (group.startsWith(GROUP) && said(underLexeme(group.slice(GROUP.length)), 'groups'));
  return (keyword) => (keyword.groups.length > 0 ? keyword.groups.some(saidOrNarrower) : keyword.tokens.every((token) => said(token, 'tokens')));
}

/** A listing's keywords, in order, apart by whether the title or the description supports them (see supportedKeyword). */
export function keywordsBySupport(listing: AnalysedListing): { supported: AnalysedField[]; unsupported: AnalysedField[] } {
  const isSupported = supportedKeyword(listing);
  const supported: AnalysedField[] = [];
  const unsupported: AnalysedField[] = [];
  for (const keyword of listing.keywords) (isSupported(keyword) ? supported : unsupported).push(keyword);
  return { supported, unsupported };
}

/** The words and lexicon groups of fields, field by field, each field's words before its groups. */
export function wordsAndGroups(fields: readonly AnalysedField[]): string[] {
  const all: string[] = [];
  // Pushed one by one: push(...tokens, ...groups) made an arguments list of both for every field.
  for (const field of fields) {
    for (const token of field.tokens) all.push(token);
    for (const group of field.groups) all.push(group);
  }
  return all;
}
