import { ValidateBy, type ValidationOptions } from 'class-validator';

/** Separators people type inside a number: spaces, hyphens, dots and brackets around the area code. */
const SEPARATORS = /[\s\-.()（）]/g;
const COUNTRY_PREFIX = /^(?:\+|00)?86(?=\d{10,11}$)/;
const EXTENSION = /\s*(?:ext\.?|转|#|,)\s*\d{1,6}$/i;
const MOBILE = /^1[3-9]\d{9}$/;
/** 010 and 02x areas have 8-digit numbers; other 4-digit area codes have 7 or 8. */
const LANDLINE = /^0(?:10|2\d)\d{8}$|^0[3-9]\d{2}\d{7,8}$/;

/**
 * Whether `value` reads as a mainland China mobile (1[3-9] + 9 digits) or landline (area code
 * with its leading 0 + local number, optional extension), written with or without +86.
 * Numbers from abroad drop the area code's 0 after +86, so it is restored before matching.
 */
export function isMainlandPhone(value: string): boolean {
  const withoutExtension = value.trim().replace(EXTENSION, '');
  const digits = withoutExtension.replace(SEPARATORS, '');
  if (!/^\+?\d+$/.test(digits)) return false;
  const hadCountryPrefix = COUNTRY_PREFIX.test(digits);
  const national = digits.replace(COUNTRY_PREFIX, '');
  if (MOBILE.test(national)) return true;
  return LANDLINE.test(hadCountryPrefix && !national.startsWith('0') ? `0${national}` : national);
}

export function IsMainlandPhone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isMainlandPhone',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isMainlandPhone(value),
        defaultMessage: () => '$property must be a mainland China mobile or landline number',
      },
    },
    options,
  );
}
