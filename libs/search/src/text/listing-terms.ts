import { analyseField, keywordsBySupport, type AnalysedField, type AnalysedListing, type DocumentAnalysis } from './analysed-listing.js';
import { BoundedCache } from './bounded-cache.js';
import { groupLexeme, underLexeme, type TermVocabulary, type TextTerm } from './term-vocabulary.js';
import { titleClauses, type Clause, type ClauseRole } from './title-clauses.js';
import { isProductTerm, isProductWord, termWeight } from './term-weights.js';

/**
 * Where a product term stands: the HEAD of a clause of the title (its last lexicon term: what is
 * traded, 驱动芯片 of LCD驱动芯片), a product or service qualifying that head (MODIFIER: the LCD of
 * LCD驱动芯片, the 单抗 of 单抗CDMO, the 涤纶 of 涤纶面料染色), a material the head is made of (MATERIAL:
 * the TC4 of TC4钛合金锻件, the 磷酸铁锂 of 磷酸铁锂电芯: what a need names it for counts in full,
 * but an offer of the head is no offer of the material), elsewhere in the title (MAIN), in a
 * bracketed remark (ASIDE), or in the keywords only (KEYWORD). Terms of what the product is for
 * ("…用", "for …") are not kept.
 */
export type TermRole = 'HEAD' | 'MODIFIER' | 'MATERIAL' | 'MAIN' | 'ASIDE' | 'KEYWORD';

/** A product a listing names in its title or keywords: a lexicon term (its groups) or a word the lexicon does not know. */
export interface ProductTerm {
  tokens: string[];
  groupIds: string[];
  role: TermRole;
}

/**
 * What an offer says it supplies, field by field, as keys: the lexicon group lexemes it names (and
 * `@u:` ones for the broader groups above them, `@q:` ones for narrower products named as their
 * class plus qualifying words) and its product words.
 */
export interface OfferKeys {
  title: string[];
  /**
   * Lexicon groups the title names only as qualifying what is offered (the LCD of LCD驱动芯片, the
   * 涤纶 of 涤纶面料染色, the 磷酸铁锂 of 磷酸铁锂电芯), in no other field: they answer what a need says
   * beside its head, never what it is for.
   */
  qualifiers: string[];
  /** Keywords the title or description support. */
  keywords: string[];
  /** The description's lexicon groups and product codes (GH4169, NCM811); its prose is not kept. */
  description: string[];
  /** Named in passing: what the offer is for ("for EV motors"), and keywords nothing else in the listing says (how stuffing looks). */
  incidental: string[];
  /** Distinct products named in the title and supported keywords, a broader one counting with its narrower. */
  breadth: number;
}

/** The keys of a listing that offers nothing (a need). */
export const NO_OFFER_KEYS: OfferKeys = { title: [], qualifiers: [], keywords: [], description: [], incidental: [], breadth: 0 };

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
const isCode = (token: string) => CODE.test(token);
const GROUP_PREFIX = groupLexeme('');

/** A listing as scoring reads it: a need for its products, an offer for its keys. */
export type ScoredListing = ListingText & { kind: 'SUPPLY' | 'DEMAND' };

/**
 * What scoring reads of a listing, the same way for indexing and for a listing scored before the
 * index has it: a need's products, an offer's keys — a listing is scored as the one or the other,
 * so the other side is left empty (and its fields unread: a need's description names no product).
 */
export function listingTerms(listing: ScoredListing, analysis: DocumentAnalysis): ListingTerms {
  if (listing.kind === 'DEMAND') return { products: needProducts(listing, analysis), offer: NO_OFFER_KEYS };
  return { products: [], offer: offerKeysOf(listing, analysis) };
}

/**
 * The products a need names: the title's (read clause by clause, see titleClauses), then the
 * keywords' the title does not name (lexicon phrases whole, generic words and amounts left out).
 * Every field is cut as written (see Cut).
 */
export function needProducts(listing: ListingText, analysis: DocumentAnalysis): ProductTerm[] {
  const { title, products } = readTitle(listing.title, analysis);
  const keywords = listing.keywords.map((keyword) => analyseField(keyword, analysis, 'precise'));
  return productTerms(products, keywords, analysis.vocabulary).map((term) => namedKind(term, title, analysis.vocabulary));
}

/** What an offer says it supplies, from every field cut as written (see Cut and OfferKeys). */
export function offerKeysOf(listing: ListingText, analysis: DocumentAnalysis): OfferKeys {
  const { title, application, qualifiers } = readTitle(listing.title, analysis);
  const analysed: AnalysedListing = {
    title,
    keywords: listing.keywords.map((keyword) => analyseField(keyword, analysis, 'precise')),
    description: analyseField(listing.description, analysis, 'precise'),
  };
  return offerKeys(analysed, application, qualifiers, analysis.vocabulary);
}

/**
 * A title as needProducts and offerKeysOf read it: its clauses naming what is traded as one field,
 * those of what that is for, the products it names (see titleProducts) and what only qualifies them
 * (see qualifying: keywords' products never do, and come after the title's, so this is the listing's).
 */
interface TitleReading {
  title: AnalysedField;
  application: AnalysedField;
  products: ReadonlyMap<string, ProductTerm>;
  qualifiers: ReadonlySet<string>;
}

/** Titles repeat across listings (see titleClauses): each is read once per vocabulary while cached, and not changed. */
const titleReadings = new WeakMap<TermVocabulary, BoundedCache<string, TitleReading>>();
const TITLE_CACHE_SIZE = 20_000;

function readTitle(title: string, analysis: DocumentAnalysis): TitleReading {
  let readings = titleReadings.get(analysis.vocabulary);
  if (!readings) titleReadings.set(analysis.vocabulary, (readings = new BoundedCache(TITLE_CACHE_SIZE)));
  return readings.get(title, () => {
    const clauses = titleClauses(title).map((clause) => ({ ...clause, field: analyseField(clause.text, analysis, 'precise') }));
    const named = clauses.filter((clause) => clause.role !== 'APPLICATION');
    const application = merged(clauses.filter((clause) => clause.role === 'APPLICATION').map((clause) => clause.field));
    const { products, namings } = titleProducts(named, analysis.vocabulary);
    const kept = new Set([...products.keys()].slice(0, MAX_PRODUCT_TERMS));
    const qualifiers = qualifying(namings.filter((term) => kept.has(productKey(term))), analysis.vocabulary);
    return { title: merged(named.map((clause) => clause.field)), application, products, qualifiers };
  });
}

const NO_FIELD: AnalysedField = { tokens: [], groups: [] };

/** Fields as one; a title of one clause (most) is that clause's field as it stands (fields are not changed, see analyseField). */
function merged(fields: AnalysedField[]): AnalysedField {
  if (fields.length <= 1) return fields[0] ?? NO_FIELD;
  return { tokens: fields.flatMap((field) => field.tokens), groups: [...new Set(fields.flatMap((field) => field.groups))] };
}

/** The products a field names: fields of short texts are shared (see analyseField), so a keyword or a title clause is read once. */
const productsOfField = new WeakMap<AnalysedField, TextTerm[]>();

function namedProducts(field: AnalysedField, vocabulary: TermVocabulary): TextTerm[] {
  let products = productsOfField.get(field);
  if (!products) {
    products = vocabulary.terms(field.tokens)
      .filter((term) => isProductTerm(termWeight(term.tokens, term.groupIds.map((id) => vocabulary.group(id)!), vocabulary.lexicon)));
    productsOfField.set(field, products);
  }
  return products;
}

/** A product term's identity among a listing's: its groups, or its words when it names none. */
const productKey = (term: TextTerm) => (term.groupIds.length > 1 ? [...term.groupIds].sort().join(' ') : (term.groupIds[0] ?? term.tokens.join(' ')));

/**
 * The products a title's clauses name, by key (see productKey), each with its role (a head's where
 * one naming is the head, else its first naming's); and every naming, in order, with its own role: a
 * bilingual title names its product twice, and only one naming may spell out its material (碳纤维预浸料
 * is one word, "carbon-fiber prepreg" three).
 */
function titleProducts(clauses: (Clause & { field: AnalysedField })[], vocabulary: TermVocabulary): { products: Map<string, ProductTerm>; namings: ProductTerm[] } {
  const terms = new Map<string, ProductTerm>();
  const namings: ProductTerm[] = [];
  const add = (found: TextTerm[], roleOf: (term: TextTerm) => TermRole) => {
    for (const term of found) {
      const key = productKey(term);
      const naming: ProductTerm = { tokens: term.tokens, groupIds: term.groupIds, role: roleOf(term) };
      namings.push(naming);
      if (!terms.has(key) || (naming.role === 'HEAD' && terms.get(key)!.role !== 'HEAD')) terms.set(key, naming);
    }
  };
  let headNamed = false;
  for (const clause of clauses) {
    const found = namedProducts(clause.field, vocabulary);
    // Details after a colon name the product only when what precedes the colon named none.
    const role: ClauseRole = clause.role === 'DETAIL' ? (headNamed ? 'ASIDE' : 'MAIN') : clause.role;
    const head: TextTerm | undefined = role === 'MAIN' ? headOf(found, vocabulary) : undefined;
    headNamed ||= head !== undefined;
    const qualifies = head ? qualifierOf(head, vocabulary) : () => undefined;
    // A head named twice (磷酸铁锂电芯供应 LFP cells) is qualified only by what precedes it the first time.
    const headAt = head ? found.findIndex((term) => term.groupIds.some((id) => head.groupIds.includes(id))) : -1;
    const before = (term: TextTerm) => found.indexOf(term) < headAt;
    add(found, (term) => (term === head ? 'HEAD' : role !== 'MAIN' ? 'ASIDE' : (before(term) && qualifies(term)) || 'MAIN'));
  }
  remarkedKinds(terms, vocabulary);
  return { products: terms, namings };
}

/**
 * Narrower kinds of a head that a remark or a detail names are what is traded, the head their class
 * (采购电子特气（NF3）: NF3, not any specialty gas; 采购正极材料：磷酸铁锂、三元材料: either, not lithium
 * manganate), as a narrower kind named before it within its clause is (see headOf).
 */
function remarkedKinds(terms: Map<string, ProductTerm>, vocabulary: TermVocabulary): void {
  for (const [key, head] of terms) {
    if (head.role !== 'HEAD') continue;
    const kinds = [...terms].filter(([, term]) => term.role === 'ASIDE' && term.groupIds.some((id) => vocabulary.lexicon.ancestorsOf(id).some((group) => head.groupIds.includes(group.id))));
    if (kinds.length === 0) continue;
    terms.set(key, { ...head, role: 'MAIN' });
    for (const [kindKey, kind] of kinds) terms.set(kindKey, { ...kind, role: 'HEAD' });
  }
}

/** The title's products (see titleProducts), then the keywords' the title does not name, up to MAX_PRODUCT_TERMS. */
function productTerms(title: ReadonlyMap<string, ProductTerm>, keywords: AnalysedField[], vocabulary: TermVocabulary): ProductTerm[] {
  const products = [...title.values()].slice(0, MAX_PRODUCT_TERMS);
  const seen = new Set<string>();
  for (const keyword of keywords) {
    for (const term of namedProducts(keyword, vocabulary)) {
      if (products.length === MAX_PRODUCT_TERMS) return products;
      const key = productKey(term);
      if (title.has(key) || seen.has(key)) continue;
      seen.add(key);
      products.push({ tokens: term.tokens, groupIds: term.groupIds, role: 'KEYWORD' });
    }
  }
  return products;
}

/**
 * A need's head as the narrower products its title names as a product of that class and the words
 * that qualify it (招募8英寸抛光硅片: an 8-inch silicon wafer; Buyer needs 12-inch silicon wafers), read as
 * offers' `@q:` keys are: a need for 8-inch wafers is no need for 12-inch ones, which its head
 * read as any silicon wafer answered nearly in full.
 */
function namedKind(term: ProductTerm, title: AnalysedField, vocabulary: TermVocabulary): ProductTerm {
  if (term.role !== 'HEAD' || term.groupIds.length === 0) return term;
  const narrower = vocabulary.qualifiedGroups([title.tokens], term.groupIds.map(groupLexeme));
  return narrower.length > 0 ? { ...term, groupIds: narrower } : term;
}

/**
 * What a clause trades: its last lexicon term, or the last narrower kind of it named before it (the
 * 阿莫西林 of 阿莫西林原料药: amoxicillin is the API wanted, another API is no answer).
 */
export function headOf<T extends TextTerm>(found: readonly T[], vocabulary: TermVocabulary): T | undefined {
  const last = found.findLast((term) => term.groupIds.length > 0);
  if (last === undefined) return undefined;
  const narrower = (term: T) => term !== last && term.groupIds.some((id) => vocabulary.lexicon.ancestorsOf(id).some((group) => last.groupIds.includes(group.id)));
  return found.findLast(narrower) ?? last;
}

/**
 * Whether a group is apart from a product of `groupIds`: neither of its lineage nor of one class
 * with it (PA6/PA66, POY/FDY长丝 name alternatives).
 */
function apartFrom(groupIds: readonly string[], vocabulary: TermVocabulary): (id: string) => boolean {
  const ancestors = (id: string) => vocabulary.lexicon.ancestorsOf(id).map((group) => group.id);
  const lineage = new Set([...groupIds, ...groupIds.flatMap(ancestors)]);
  return (id) => !lineage.has(id) && !ancestors(id).some((ancestor) => lineage.has(ancestor));
}

/** Whether a group is a material a product of `groupIds` is made of (or a service works on): a material apart from it. */
function materialOf(groupIds: readonly string[], vocabulary: TermVocabulary): (id: string) => boolean {
  const apart = apartFrom(groupIds, vocabulary);
  return (id) => vocabulary.group(id)?.type === 'MATERIAL' && apart(id);
}

/**
 * How a lexicon term before `head` that is neither a broader nor a narrower kind of it qualifies it:
 * a product, equipment or service, or a material before a service (the 涤纶 of 涤纶面料染色 is what is
 * dyed) as a MODIFIER; a material of the head as what it is made of (the TC4 of TC4钛合金锻件).
 */
function qualifierOf(head: TextTerm, vocabulary: TermVocabulary): (term: TextTerm) => 'MODIFIER' | 'MATERIAL' | undefined {
  const lineage = new Set(head.groupIds.flatMap((id) => [id, ...vocabulary.lexicon.ancestorsOf(id).map((group) => group.id)]));
  const service = head.groupIds.every((id) => vocabulary.group(id)?.type === 'SERVICE');
  const apart = (id: string) => !lineage.has(id) && !vocabulary.lexicon.ancestorsOf(id).some((group) => head.groupIds.includes(group.id));
  const madeOf = materialOf(head.groupIds, vocabulary);
  return (term) => {
    if (term.groupIds.length === 0 || !term.groupIds.every(apart)) return undefined;
    if (service || !term.groupIds.some((id) => vocabulary.group(id)?.type === 'MATERIAL')) return 'MODIFIER';
    return term.groupIds.every(madeOf) ? 'MATERIAL' : undefined;
  };
}

/** Roles naming what qualifies a clause's head, not what is traded. */
const QUALIFYING_ROLES: ReadonlySet<TermRole> = new Set(['MODIFIER', 'MATERIAL']);

/**
 * The lexemes only the title's qualifiers and materials name (not also a head, a main or a remarked
 * term), with the products and materials a traded term's name holds apart from it, in any of its
 * namings: its words name them as a title's words before a head do (the LFP of "LFP battery cells",
 * the GPU of GPU服务器, the lithium battery of "lithium battery manufacturing equipment": a battery
 * is no LFP, a server no GPU), as the Chinese name in one word (锂电池生产设备) already said.
 */
function qualifying(namings: readonly ProductTerm[], vocabulary: TermVocabulary): Set<string> {
  const named = new Set<string>();
  const qualifiers = new Set(namings.filter((term) => QUALIFYING_ROLES.has(term.role)).flatMap((term) => vocabulary.lexemesOf(term.tokens)));
  for (const term of namings.filter((t) => !QUALIFYING_ROLES.has(t.role) && t.role !== 'KEYWORD')) {
    const held = apartFrom(term.groupIds, vocabulary);
    for (const lexeme of vocabulary.lexemesOf(term.tokens)) (term.groupIds.length > 0 && held(lexeme.slice(GROUP_PREFIX.length)) ? qualifiers : named).add(lexeme);
  }
  return new Set([...qualifiers].filter((lexeme) => !named.has(lexeme)));
}

/**
 * An offer's keys by field, each field with the `@q:` keys of the narrower products it names as a
 * product of their class plus their qualifying words (12英寸 + 外延硅片: a 12-inch silicon wafer).
 * The title says what is traded: what it names only to qualify that (LCD of LCD驱动芯片, 磷酸铁锂 of
 * 磷酸铁锂电芯) is a qualifier wherever else the offer names it, its keywords and description too.
 */
function offerKeys(analysed: AnalysedListing, application: AnalysedField, qualifiers: ReadonlySet<string>, vocabulary: TermVocabulary): OfferKeys {
  const { supported, unsupported } = keywordsBySupport(analysed);
  const keys = (fields: AnalysedField[], isKey: (token: string) => boolean = isProductWord) => {
    const found = new Set<string>();
    for (const field of fields) {
      for (const group of field.groups) found.add(group);
      for (const token of field.tokens) if (isKey(token)) found.add(token);
    }
    return [...found];
  };
  const withQualified = (fields: AnalysedField[], found: string[]) => {
    const qualified = vocabulary.qualifiedLexemes(fields.map((field) => field.tokens), found);
    return qualified.length > 0 ? [...found, ...qualified] : found;
  };
  const traded = (found: string[]) => (qualifiers.size > 0 ? found.filter((key) => !qualifiers.has(key)) : found);
  const title = traded(keys([analysed.title]));
  const keywords = traded(keys(supported));
  const named = new Set(title);
  for (const key of keywords) named.add(key);
  let breadth = 0;
  for (const key of named) if (key.startsWith(GROUP_PREFIX) && !named.has(underLexeme(key.slice(GROUP_PREFIX.length)))) breadth += 1;
  return {
    title: withQualified([analysed.title], title),
    qualifiers: [...qualifiers],
    keywords: withQualified(supported, keywords),
    description: withQualified([analysed.description], traded(keys([analysed.description], isCode))),
    incidental: keys([application, ...unsupported]),
    breadth,
  };
}
