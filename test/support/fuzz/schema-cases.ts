import {
  getNamedType, getNullableType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isObjectType,
  type GraphQLField, type GraphQLInputType, type GraphQLNamedType, type GraphQLOutputType,
} from 'graphql';
import { HOSTILE, plausibleScalar, type KnownIds } from './values.js';

export interface FuzzCase {
  kind: 'query' | 'mutation';
  field: string;
  /** What was made hostile: `input.title = "a\u0000b"`, or `plausible`. */
  mutation: string;
  document: string;
  variables: Record<string, unknown>;
}

type Path = (string | number)[];
interface Leaf {
  path: Path;
  type: GraphQLNamedType;
  name: string;
}
type Random = () => number;

const pickWith = (random: Random) => <T>(items: T[]): T => items[Math.floor(random() * items.length)];

/** A seeded generator (mulberry32), so that every run tries the same cases. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Cases for one root field: the plausible call (required arguments only, and every argument), then a
 * sample of `count` calls that each replace one value of the full call with a hostile one of the
 * same type, or a list with none or too many items. A quarter are sent as literals, the rest as
 * variables, so both paths of the edge are tried.
 */
export function casesFor(kind: FuzzCase['kind'], field: GraphQLField<unknown, unknown>, known: KnownIds, random: Random, count: number): FuzzCase[] {
  const full = plausibleArgs(field, known, random, true);
  const candidates = leavesOf(full, field).flatMap((leaf) => hostileVariants(leaf, full));
  const sampled = Array.from({ length: Math.min(count, candidates.length) }, () => candidates.splice(Math.floor(random() * candidates.length), 1)[0]);
  return [{ mutation: 'plausible (required only)', args: plausibleArgs(field, known, random, false) }, { mutation: 'plausible', args: full }, ...sampled]
    .map(({ mutation, args }, index) => render(kind, field, mutation, args, index % 4 === 3));
}

/** Arguments a well-behaved client would send: the required ones, or (`full`) every one. */
export function plausibleArgs(field: GraphQLField<unknown, unknown>, known: KnownIds, random: Random, full: boolean): Record<string, unknown> {
  const pick = pickWith(random);
  return Object.fromEntries(field.args
    .filter((arg) => full || isNonNullType(arg.type))
    .map((arg) => [arg.name, plausibleValue(arg.type, arg.name, field.name, known, pick, full)]));
}

function plausibleValue(type: GraphQLInputType, name: string, operation: string, known: KnownIds, pick: <T>(items: T[]) => T, full: boolean): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [plausibleValue(nullable.ofType, name, operation, known, pick, full)];
  if (isEnumType(nullable)) return pick([...nullable.getValues()]).value;
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(Object.values(nullable.getFields())
      .filter((f) => full || (isNonNullType(f.type) && f.defaultValue === undefined))
      .map((f) => [f.name, plausibleValue(f.type, f.name, operation, known, pick, full)]));
  }
  return plausibleScalar(nullable.name, name, operation, known, pick);
}

/** Every scalar and enum value inside the arguments, with its path and type. */
function leavesOf(args: Record<string, unknown>, field: GraphQLField<unknown, unknown>): Leaf[] {
  const walk = (value: unknown, type: GraphQLInputType, name: string, path: Path): Leaf[] => {
    const nullable = getNullableType(type);
    if (isListType(nullable)) return (value as unknown[]).flatMap((item, i) => walk(item, nullable.ofType, name, [...path, i]));
    if (isInputObjectType(nullable)) {
      const fields = nullable.getFields();
      return Object.entries(value as object).flatMap(([key, item]) => walk(item, fields[key].type, key, [...path, key]));
    }
    return [{ path, type: nullable, name }];
  };
  return field.args.filter((arg) => arg.name in args).flatMap((arg) => walk(args[arg.name], arg.type, arg.name, [arg.name]));
}

function hostileVariants(leaf: Leaf, args: Record<string, unknown>) {
  const values = isEnumType(leaf.type) ? leaf.type.getValues().map((v) => v.value) : HOSTILE[leaf.type.name] ?? HOSTILE.String;
  const variants = values.map((value) => ({ mutation: `${leaf.path.join('.')} = ${JSON.stringify(value)?.slice(0, 60)}`, args: replaced(args, leaf.path, value) }));
  const listIndex = leaf.path.findLastIndex((part) => typeof part === 'number');
  if (listIndex < 0) return variants;
  const listPath = leaf.path.slice(0, listIndex);
  const item = leaf.path.length === listIndex + 1 ? valueAt(args, leaf.path) : valueAt(args, leaf.path.slice(0, listIndex + 1));
  return [...variants,
    { mutation: `${listPath.join('.')} = []`, args: replaced(args, listPath, []) },
    { mutation: `${listPath.join('.')} = 60 items`, args: replaced(args, listPath, Array.from({ length: 60 }, () => item)) }];
}

const valueAt = (root: unknown, path: Path): unknown => path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], root);

function replaced(root: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> {
  const copy = structuredClone(root);
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path.at(-1)!] = value;
  return copy;
}

function render(kind: FuzzCase['kind'], field: GraphQLField<unknown, unknown>, mutation: string, args: Record<string, unknown>, literal: boolean): FuzzCase {
  const selection = selectionOf(field.type, 2);
  if (!literal) return { kind, field: field.name, mutation, ...operationWithVariables(kind, field, args, selection) };
  const list = field.args.filter((arg) => arg.name in args).map((arg) => `${arg.name}: ${literalOf(args[arg.name], arg.type)}`).join(', ');
  return { kind, field: field.name, mutation: `${mutation} (literal)`, document: `${kind} { ${field.name}${list ? `(${list})` : ''} ${selection} }`, variables: {} };
}

/** `field` called with `args`, each passed as a variable of the argument's type. */
export function operationWithVariables(kind: FuzzCase['kind'], field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, selection: string) {
  const given = field.args.filter((arg) => arg.name in args);
  const definitions = given.map((arg, i) => `$v${i}: ${String(arg.type)}`).join(', ');
  const uses = given.map((arg, i) => `${arg.name}: $v${i}`).join(', ');
  return {
    document: `${kind}${definitions ? `(${definitions})` : ''} { ${field.name}${uses ? `(${uses})` : ''} ${selection} }`,
    variables: Object.fromEntries(given.map((arg, i) => [`v${i}`, args[arg.name]])),
  };
}

/** A value written as a GraphQL literal of `type` (JSON's string escapes are GraphQL's). */
function literalOf(value: unknown, type: GraphQLInputType): string {
  const nullable = getNullableType(type);
  if (value === null || value === undefined) return 'null';
  if (isListType(nullable)) return `[${(value as unknown[]).map((item) => literalOf(item, nullable.ofType)).join(', ')}]`;
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    return `{ ${Object.entries(value as object).map(([key, item]) => `${key}: ${literalOf(item, fields[key].type)}`).join(', ')} }`;
  }
  if (isEnumType(nullable)) return String(value);
  return JSON.stringify(value);
}

/** Scalars two levels down (connections through `edges { node }`), skipping fields that need arguments. */
export function selectionOf(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const parts = Object.values(named.getFields())
    .filter((f) => f.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined))
    .flatMap((f) => {
      if (isLeafType(getNamedType(f.type))) return [f.name];
      if (f.name === 'edges') return [`edges ${selectionOf(f.type, depth)}`]; // a page of nodes at the connection's depth
      return depth > 1 ? [`${f.name} ${selectionOf(f.type, depth - 1)}`] : [];
    });
  return `{ ${parts.join(' ') || '__typename'} }`;
}
