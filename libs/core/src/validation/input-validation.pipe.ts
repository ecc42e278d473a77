import { Inject, Injectable, Optional, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { BadUserInputError, type FieldViolation } from '../errors/domain-error.js';
import { REFERENCE_ID_LOOKUP, unknownReferences, type ReferenceIdLookup } from './reference-ids.js';

const PRIMITIVES: unknown[] = [String, Boolean, Number, Array, Object];

/**
 * Validates GraphQL arguments bound to class-validator classes and refuses bad ones with
 * BAD_USER_INPUT naming every offending field by its path (`input.title`, `input.priceRange.minCny`);
 * then refuses ids of reference data it does not hold (`@References`), with their UNKNOWN_* reason.
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  constructor(@Optional() @Inject(REFERENCE_ID_LOOKUP) private readonly references?: ReferenceIdLookup) {}

  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const { metatype } = metadata;
    if (!metatype || PRIMITIVES.includes(metatype) || value === null || value === undefined) return value;
    const instance = plainToInstance(metatype, value) as object;
    const errors = await validate(instance, { forbidUnknownValues: false });
    if (errors.length > 0) throw new BadUserInputError(collectViolations(errors, metadata.data ?? ''));
    const unknown = this.references ? unknownReferences(instance, this.references, metadata.data ?? '') : [];
    if (unknown.length > 0) throw new BadUserInputError(unknown.map(({ field, message }) => ({ field, message })), unknown[0].reason);
    return instance;
  }
}

function collectViolations(errors: ValidationError[], parentPath: string): FieldViolation[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...collectViolations(error.children ?? [], field)];
  });
}
