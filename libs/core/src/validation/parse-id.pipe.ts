import { CoreErrorReason } from '../errors/core-error-reasons.js';
import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { BadUserInputError } from '../errors/domain-error.js';

/**
 * Refuses an id argument that is not a UUID before it reaches SQL (where it would be a cast error).
 * An omitted optional id passes through.
 */
@Injectable()
export class ParseIdPipe implements PipeTransform<string | undefined, string | undefined> {
  transform(value: string | undefined, metadata: ArgumentMetadata): string | undefined {
    if (value === undefined || value === null) return value;
    if (!isUUID(value)) throw BadUserInputError.of(metadata.data ?? 'id', 'is not a valid id (UUID)', CoreErrorReason.INVALID_ID);
    return value.toLowerCase();
  }
}
