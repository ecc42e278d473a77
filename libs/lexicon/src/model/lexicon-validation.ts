import { GENERIC_TERMS } from './generic-terms.js';
import { termKey } from './lexicon.js';
import { TERM_TYPES, type LexiconFile, type TermGroup } from './lexicon.types.js';

/** What is wrong, where: `field` is a path inside the group (`zh[1]`, `broader`). */
export interface LexiconProblem {
  chainId: string;
  groupId?: string;
  field?: string;
  message: string;
}

/** What the taxonomy says exists, for checking references. */
export interface TaxonomyIds {
  chainIds: ReadonlySet<string>;
  segmentIds: ReadonlySet<string>;
}

const GROUP_KEYS = new Set(['id', 'segments', 'type', 'zh', 'variants', 'en', 'abbr', 'broader']);
const HAN = /\p{Script=Han}/u;
const MAX_TERM_LENGTH = 80;
const MAX_TERMS_PER_LIST = 40;

/** A data file as read from JSON, checked for shape before anything else looks at it. */
export function parseLexiconFile(json: unknown, expectedChainId: string): { groups: TermGroup[]; problems: LexiconProblem[] } {
  const problems: LexiconProblem[] = [];
  const file = json as Partial<LexiconFile> | null;
  if (!file || typeof file !== 'object' || file.chainId !== expectedChainId || !Array.isArray(file.groups)) {
    return { groups: [], problems: [{ chainId: expectedChainId, message: `must be { "chainId": "${expectedChainId}", "groups": [...] }` }] };
  }
  const groups = file.groups.map((raw) => ({ ...(raw as object), chainId: expectedChainId }) as TermGroup);
  for (const group of groups) problems.push(...shapeProblems(group));
  return { groups, problems };
}

/** One group's own fields: formats, term scripts, no generic words. */
export function shapeProblems(group: TermGroup): LexiconProblem[] {
  const problems: LexiconProblem[] = [];
  const at = (field: string | undefined, message: string) => problems.push({ chainId: group.chainId, groupId: group.id, field, message });
  const idPattern = new RegExp(`^${group.chainId}\\.[a-z0-9][a-z0-9_-]*$`);
  if (typeof group.id !== 'string' || !idPattern.test(group.id)) at('id', `must be "${group.chainId}.<name>" in lower case`);
  for (const key of Object.keys(group)) if (key !== 'chainId' && !GROUP_KEYS.has(key)) at(key, 'is not a field of a term group');
  if (!TERM_TYPES.includes(group.type)) at('type', `must be one of ${TERM_TYPES.join(', ')}`);
  if (!Array.isArray(group.segments) || group.segments.length === 0) at('segments', 'must name at least one segment');
  if (group.broader !== undefined && group.broader !== null && typeof group.broader !== 'string') at('broader', 'must be a group id');
  const lists = { zh: group.zh, variants: group.variants, en: group.en, abbr: group.abbr };
  for (const [field, terms] of Object.entries(lists)) {
    if (!Array.isArray(terms) || terms.length > MAX_TERMS_PER_LIST) {
      at(field, `must be a list of at most ${MAX_TERMS_PER_LIST} terms`);
      continue;
    }
    terms.forEach((term, i) => {
      const problem = termProblem(field as keyof typeof lists, term);
      if (problem) at(`${field}[${i}]`, problem);
    });
  }
  if (Array.isArray(group.zh) && group.zh.length === 0) at('zh', 'needs the canonical Chinese name');
  if (Array.isArray(group.en) && group.en.length === 0) at('en', 'needs the canonical English name');
  return problems;
}

function termProblem(list: 'zh' | 'variants' | 'en' | 'abbr', term: unknown): string | undefined {
  if (typeof term !== 'string' || term.trim() !== term || term.length === 0 || term.length > MAX_TERM_LENGTH) {
    return `must be a trimmed term of 1–${MAX_TERM_LENGTH} characters`;
  }
  if (list === 'zh' && !HAN.test(term)) return 'must be written in Chinese characters';
  if ((list === 'en' || list === 'abbr') && HAN.test(term)) return 'must be written in Latin script';
  if (GENERIC_TERMS.has(termKey(term))) return `"${term}" is a generic word, not a product`;
  return undefined;
}

/**
 * The whole lexicon's rules: ids unique, segments and chains exist, no term twice within a chain
 * (case- and width-insensitive), broader links point at existing groups and form a forest.
 */
export function validateLexicon(groups: readonly TermGroup[], taxonomy: TaxonomyIds): LexiconProblem[] {
  const problems: LexiconProblem[] = [];
  const at = (group: TermGroup, field: string | undefined, message: string) =>
    problems.push({ chainId: group.chainId, groupId: group.id, field, message });
  const byId = new Map<string, TermGroup>();
  const termOwner = new Map<string, string>();
  for (const group of groups) {
    problems.push(...shapeProblems(group));
    if (!taxonomy.chainIds.has(group.chainId)) at(group, undefined, `chain ${group.chainId} does not exist`);
    if (byId.has(group.id)) at(group, 'id', `${group.id} is used by another group`);
    byId.set(group.id, group);
    (Array.isArray(group.segments) ? group.segments : []).forEach((segment, i) => {
      if (!taxonomy.segmentIds.has(segment)) at(group, `segments[${i}]`, `segment ${segment} does not exist`);
    });
    for (const list of ['zh', 'variants', 'en', 'abbr'] as const) {
      (Array.isArray(group[list]) ? group[list] : []).forEach((term, i) => {
        if (typeof term !== 'string') return;
        const key = `${group.chainId}\u0000${termKey(term)}`;
        const owner = termOwner.get(key);
        if (owner !== undefined) at(group, `${list}[${i}]`, `"${term}" is already a term of ${owner === group.id ? 'this group' : owner}`);
        else termOwner.set(key, group.id);
      });
    }
  }
  problems.push(...broaderProblems(groups, byId));
  return problems;
}

function broaderProblems(groups: readonly TermGroup[], byId: ReadonlyMap<string, TermGroup>): LexiconProblem[] {
  const problems: LexiconProblem[] = [];
  for (const group of groups) {
    if (!group.broader) continue;
    const problem = (message: string) => problems.push({ chainId: group.chainId, groupId: group.id, field: 'broader', message });
    if (!byId.has(group.broader)) {
      problem(`group ${group.broader} does not exist`);
      continue;
    }
    const seen = new Set([group.id]);
    for (let next = byId.get(group.broader); next; next = next.broader ? byId.get(next.broader) : undefined) {
      if (seen.has(next.id)) {
        problem(`broader links from ${group.id} come back to ${next.id}: they must form a tree`);
        break;
      }
      seen.add(next.id);
    }
  }
  return problems;
}

/** Problems as lines a person can act on. */
export function describeProblems(problems: readonly LexiconProblem[]): string[] {
  return problems.map((p) => `${p.chainId}${p.groupId ? ` ${p.groupId}` : ''}${p.field ? ` ${p.field}` : ''}: ${p.message}`);
}
