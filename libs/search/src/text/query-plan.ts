import type { LatinCorrector } from './latin-corrector.js';
import { headOf } from './listing-terms.js';
import type { PinyinCorrection, PinyinCorrector } from './pinyin-corrector.js';
import type { QualifiedProduct, QueryTerm, QueryTermApart, TermVocabulary } from './term-vocabulary.js';
import { isProductTerm, termWeight } from './term-weights.js';
import type { TextAnalyzer } from './text-analyzer.js';
import { titleClauses } from './title-clauses.js';

/**
 * One term of a query as every engine and matching read it. All of `exact` and `groupIds` count as
 * the term itself; `typo` (a homophone correction) and the narrower groups under `groupIds` count
 * too, ranked lower.
 */
export interface PlannedTerm {
  /** As the user typed it, for telling them which terms were dropped. */
  label: string;
  /** The term as text for an engine that analyses queries itself: the typed term, or the word a typo was read as. */
  query: string;
  /** Token phrases: what was typed and the members of its lexicon groups. */
  exact: string[][];
  groupIds: string[];
  /** Token phrases of the word a Chinese typo was read as (封装侧试 → 封装测试). */
  typo: string[][];
  typoGroupIds: string[];
  /** What was typed as a broader product and its qualifying words (车规 + MCU), matched too, ranked as found elsewhere. */
  qualified: QualifiedProduct[];
  /** Rarity: lexicon products far above generic words (see termWeight). */
  weight: number;
  /** False for generic words and amounts. */
  product: boolean;
  /**
   * The product the query asks for, as a title's clause has it (see headOf): its last lexicon term
   * outside what it is for — 减速器 of "机器人 减速器" and of "reducer for robots". Relaxing keeps it.
   */
  head: boolean;
}

export interface QueryPlan {
  terms: PlannedTerm[];
  corrections: PinyinCorrection[];
  /** The query once more with its product head read apart as a broader product and its qualifiers, when it is a narrower product named so. */
  broader?: BroaderReading;
}

/**
 * Where relaxation goes when the product head alone finds too little (see relaxationLevels): the head
 * as the broader product it names, the words qualifying it dropped — 车规MCU as MCU, 车规 dropped;
 * 12英寸外延硅片 as 12英寸 硅片, 外延 dropped.
 */
export interface BroaderReading {
  plan: QueryPlan;
  /** The qualifiers' terms in `plan`. */
  qualifiers: number[];
}

export interface PlanningTools {
  analyzer: TextAnalyzer;
  vocabulary: TermVocabulary;
  corrector: PinyinCorrector;
  spelling: LatinCorrector;
}

const HAN = /\p{Script=Han}/u;
const PAIR = /^\p{Script=Han}{2}$/u;

/** Tokens as text: Chinese ones joined, others spaced; a run of character pairs (an unknown word, see withBigrams) as the word, 车规 规级 → 车规级. */
function labelOf(tokens: readonly string[]): string {
  return tokens.reduce((label, token, i) => {
    const previous = tokens[i - 1];
    if (!label || !(HAN.test(token) && HAN.test(label.at(-1)!))) return label ? `${label} ${token}` : token;
    return PAIR.test(previous) && PAIR.test(token) && previous[1] === token[0] ? label + token[1] : label + token;
  }, '');
}

/**
 * The query as terms: lexicon phrases become one term each (with all their members, in both
 * languages); Chinese stretches that are no word but sound like a domain word, and English words one
 * or two letters from a lexicon word, are read as that word, keeping what was typed as an exact
 * alternative.
 */
export function planQuery(text: string | undefined, tools: PlanningTools): QueryPlan {
  const folded = (text ?? '').normalize('NFKC');
  const corrections = [...tools.corrector.correct(folded, tools.analyzer), ...tools.spelling.correct(folded)].sort((a, b) => a.start - b.start);
  const corrected = corrections.reduceRight((t, c) => t.slice(0, c.start) + c.word + t.slice(c.start + c.typed.length), folded);
  const typedFor = new Map(corrections.map((c) => [c.word, c.typed]));
  const expanded = tools.vocabulary.expand(tools.analyzer.queryTokens(corrected));
  const head = headOfQuery(expanded, corrected, tools);
  const planned = (term: QueryTerm, isHead: boolean) => plannedTerm(term, isHead, typedFor, tools);
  const terms = expanded.map((term) => planned(term, term === head));
  const plannedHead = head && terms[expanded.indexOf(head)];
  // A head read from a typo keeps what was typed as its label: it is not read apart.
  const apart = plannedHead?.product && plannedHead.typo.length === 0 ? tools.vocabulary.readApart(head!) : undefined;
  return { terms, corrections, ...(apart && { broader: broaderReading(expanded.flatMap((term) => (term === head ? apart.terms : [term])), apart, planned, corrections) }) };
}

/** The query's terms with the head read apart (`terms`), planned, the broader product their head. */
function broaderReading(terms: QueryTerm[], apart: QueryTermApart, planned: (term: QueryTerm, isHead: boolean) => PlannedTerm, corrections: PinyinCorrection[]): BroaderReading {
  return {
    plan: { terms: terms.map((term) => planned(term, term === apart.product)), corrections },
    qualifiers: terms.flatMap((term, i) => (term !== apart.product && apart.terms.includes(term) ? [i] : [])),
  };
}

/** One query term as engines read it: its weight from the lexicon, and what was typed where it was read as a typo. */
function plannedTerm(term: QueryTerm, head: boolean, typedFor: ReadonlyMap<string, string>, tools: PlanningTools): PlannedTerm {
  const lexicon = tools.vocabulary.lexicon;
  const typed = term.tokens.some((token) => typedFor.has(token)) ? labelOf(term.tokens.map((token) => typedFor.get(token) ?? token)) : undefined;
  const groups = term.groupIds.map((id) => lexicon.group(id)!).filter(Boolean);
  const weight = termWeight(term.tokens, groups, lexicon);
  const base = { weight, product: isProductTerm(weight), head };
  if (typed === undefined) return { ...base, label: labelOf(term.tokens), query: labelOf(term.tokens), exact: term.alternatives, groupIds: term.groupIds, typo: [], typoGroupIds: [], qualified: term.qualified };
  const typedTokens = tools.analyzer.queryTokens(typed);
  return { ...base, label: typed, query: labelOf(term.tokens), exact: typedTokens.length > 0 ? [typedTokens] : [], groupIds: [], typo: term.alternatives, typoGroupIds: term.groupIds, qualified: [] };
}

/** The query's product head, read as a title clause is (one home: headOf), passing over what it is for ("机器人用", "for robots"). */
function headOfQuery(terms: QueryTerm[], text: string, tools: PlanningTools): QueryTerm | undefined {
  const purpose = new Set(titleClauses(text).filter((clause) => clause.role === 'APPLICATION').flatMap((clause) => tools.analyzer.queryTokens(clause.text)));
  return headOf(terms.filter((term) => !term.tokens.every((token) => purpose.has(token))), tools.vocabulary);
}

/**
 * How many listings of the index hold each term of a plan (in plan order; only the order matters,
 * undefined where the engine cannot tell), asked for only when it decides which term to drop.
 */
export type TermFrequencies = readonly (number | undefined)[];

/** The rank of a term in relaxation: the product head is kept to the last, whatever it weighs (工业机器人 减速器 wants reducers). */
const keepRank = (term: PlannedTerm) => (term.head && term.product ? Number.POSITIVE_INFINITY : term.weight);

/** Whether document frequencies could change relaxationOrder: two terms it would otherwise tell apart only by position. */
export function relaxationTies(plan: QueryPlan): boolean {
  const ranks = plan.terms.map(keepRank).filter((rank) => rank !== Number.POSITIVE_INFINITY);
  return new Set(ranks).size < ranks.length;
}

/**
 * Which terms strict matching drops first when it finds too little: the lightest; the product head
 * last; of equal ones the commonest in the index (a rare term says more about what is wanted), then
 * the last typed.
 */
export function relaxationOrder(plan: QueryPlan, frequencies: TermFrequencies = []): number[] {
  const frequency = (i: number) => frequencies[i] ?? 0;
  return plan.terms.map((term, i) => ({ i, rank: keepRank(term) }))
    .sort((a, b) => a.rank - b.rank || frequency(b.i) - frequency(a.i) || b.i - a.i).map(({ i }) => i);
}

/** One level of relaxation: the plan searched, the terms (by index) a listing must have, and the labels of those it need not. */
export interface RelaxationLevel {
  plan: QueryPlan;
  required: number[];
  dropped: string[];
}

/**
 * The levels of relaxing a plan, strictest first: every term but the `apart` ones (a broader
 * reading's qualifiers, dropped from the start), then one term fewer each level in relaxationOrder,
 * while one remains.
 */
export function relaxationLevels(plan: QueryPlan, frequencies: TermFrequencies = [], apart: readonly number[] = []): RelaxationLevel[] {
  const order = [...apart, ...relaxationOrder(plan, frequencies).filter((i) => !apart.includes(i))];
  return order.slice(apart.length).map((_, level) => {
    const dropped = order.slice(0, apart.length + level);
    return { plan, required: plan.terms.map((_term, i) => i).filter((i) => !dropped.includes(i)), dropped: dropped.map((i) => plan.terms[i].label) };
  });
}
