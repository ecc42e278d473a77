/** The codes a client sees in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export interface FieldViolation {
  /** Path of the offending value in the operation's arguments, e.g. `input.priceRange.minCny`. */
  field: string;
  message: string;
}

export interface ErrorDetails {
  /** A stable machine-readable refinement of the code, e.g. `USCC_ALREADY_REGISTERED`. */
  reason?: string;
  violations?: FieldViolation[];
  [key: string]: unknown;
}

/** An expected refusal: shown to the client with its code, never logged as a failure. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadUserInputError extends DomainError {
  constructor(violations: FieldViolation[], reason?: string) {
    super(ErrorCode.BAD_USER_INPUT, violations.map((v) => `${v.field}: ${v.message}`).join('; '), { reason, violations });
  }

  static of(field: string, message: string, reason?: string): BadUserInputError {
    return new BadUserInputError([{ field, message }], reason);
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id: string) {
    super(ErrorCode.NOT_FOUND, `${entity} ${id} not found`, { reason: `${entity.toUpperCase()}_NOT_FOUND`, id });
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, reason: string, details: Omit<ErrorDetails, 'reason'> = {}) {
    super(ErrorCode.CONFLICT, message, { ...details, reason });
  }
}
