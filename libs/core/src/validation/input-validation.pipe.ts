import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { BadUserInputError, type FieldViolation } from '../errors/domain-error.js';

const PRIMITIVES: unknown[] = [String, Boolean, Number, Array, Object];

/**
 * Validates GraphQL arguments bound to class-validator classes and refuses bad ones with
 * BAD_USER_INPUT naming every offending field by its path (`input.title`, `input.priceRange.minCny`).
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const { metatype } = metadata;
    if (!metatype || PRIMITIVES.includes(metatype) || value === null || value === undefined) return value;
    const instance = plainToInstance(metatype, value) as object;
    const errors = await validate(instance, { forbidUnknownValues: false });
    if (errors.length > 0) throw new BadUserInputError(collectViolations(errors, metadata.data ?? ''));
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
