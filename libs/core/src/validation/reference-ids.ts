import 'reflect-metadata';
import { CoreErrorReason } from '../errors/core-error-reasons.js';
import type { FieldViolation } from '../errors/domain-error.js';

/** Reference data an input may name: the chain taxonomy and the region's divisions. */
export type ReferenceKind = 'chain' | 'segment' | 'province' | 'city' | 'county';

/** Answers whether reference data holds an id (the app wires it to the taxonomy and the region directory). */
export interface ReferenceIdLookup {
  isKnown(kind: ReferenceKind, id: string): boolean;
}

/** Nest injection token of the ReferenceIdLookup the validation pipe uses. */
export const REFERENCE_ID_LOOKUP = Symbol('REFERENCE_ID_LOOKUP');

/** What a client is told, and the reason code, for an id reference data does not hold — as creating a listing has always said. */
export const UNKNOWN_REFERENCE: Record<ReferenceKind, { message: string; reason: CoreErrorReason }> = {
  chain: { message: 'no such industrial chain', reason: CoreErrorReason.UNKNOWN_CHAIN },
  segment: { message: 'no such chain segment', reason: CoreErrorReason.UNKNOWN_SEGMENT },
  province: { message: 'not a province of the region', reason: CoreErrorReason.UNKNOWN_PROVINCE },
  city: { message: 'no such city in the region', reason: CoreErrorReason.UNKNOWN_CITY },
  county: { message: 'no such county in the region', reason: CoreErrorReason.UNKNOWN_COUNTY },
};

const METADATA = Symbol('referenceIds');

/**
 * Marks an input property (a string or a list of strings) as naming reference data: the validation
 * pipe refuses ids it does not hold, in filters as in the inputs that create things, so an unknown
 * chain never silently matches nothing.
 */
export function References(kind: ReferenceKind): PropertyDecorator {
  return (target, property) => {
    const own: Map<string | symbol, ReferenceKind> = Reflect.getOwnMetadata(METADATA, target) ?? new Map(Reflect.getMetadata(METADATA, target) ?? []);
    own.set(property, kind);
    Reflect.defineMetadata(METADATA, own, target);
  };
}

/** Mapped types (PartialType, OmitType …) copy validation metadata but not these marks: `target` takes `source`'s. */
export function inheritReferences(target: abstract new () => object, source: abstract new () => object): void {
  const marks: Map<string | symbol, ReferenceKind> | undefined = Reflect.getMetadata(METADATA, source.prototype);
  if (marks) Reflect.defineMetadata(METADATA, new Map([...(Reflect.getMetadata(METADATA, target.prototype) ?? []), ...marks]), target.prototype);
}

/**
 * Every id in a validated input (a class instance, nested instances and lists of them included) that
 * reference data does not hold, named by its path as the other violations are: `filter.chainIds`.
 */
export function unknownReferences(value: unknown, lookup: ReferenceIdLookup, path: string): (FieldViolation & { reason: string })[] {
  if (Array.isArray(value)) return value.flatMap((item) => unknownReferences(item, lookup, path));
  if (value === null || typeof value !== 'object') return [];
  const marked: Map<string, ReferenceKind> = Reflect.getMetadata(METADATA, value) ?? new Map();
  return Object.entries(value).flatMap(([property, item]) => {
    const field = path ? `${path}.${property}` : property;
    const kind = marked.get(property);
    if (!kind) return unknownReferences(item, lookup, field);
    const unknown = (Array.isArray(item) ? item : [item]).filter((id) => typeof id === 'string' && !lookup.isKnown(kind, id));
    const { message, reason } = UNKNOWN_REFERENCE[kind];
    return unknown.length > 0 ? [{ field, message: `${message}: ${unknown.join(', ')}`, reason }] : [];
  });
}
