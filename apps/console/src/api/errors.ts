import type { CombinedError } from '@urql/core';
import type { Messages } from '../i18n/zh';

interface Violation {
  field: string;
  message: string;
}

/** The refusal's code and reason, e.g. BAD_USER_INPUT / USCC_CHECK_CHARACTER. */
export function refusalOf(error: CombinedError | undefined): { code?: string; reason?: string; message: string } | undefined {
  const first = error?.graphQLErrors[0];
  if (!first) return error ? { message: error.message } : undefined;
  return { code: first.extensions?.code as string | undefined, reason: first.extensions?.reason as string | undefined, message: first.message };
}

/** The API's message, preceded by a sentence in the reader's language when the console knows the reason. */
export function describeRefusal(t: Messages, reason: string | undefined, message: string): string {
  const known = reason ? t.reasons[reason as keyof Messages['reasons']] : undefined;
  if (!known) return message;
  return known === message ? known : `${known}（${message}）`;
}

/**
 * The API's field-level refusals as form field paths → messages: `input.priceRange.minCny` becomes
 * `priceRange.minCny`, and `input.enterprise.uscc` (sign-up) `uscc`, matching the console's form names.
 */
export function fieldErrors(t: Messages, error: CombinedError | undefined): Map<string, string> {
  const fields = new Map<string, string>();
  for (const e of error?.graphQLErrors ?? []) {
    const reason = e.extensions?.reason as string | undefined;
    const violations = (e.extensions?.violations as Violation[] | undefined)
      ?? (typeof e.extensions?.field === 'string' ? [{ field: e.extensions.field, message: e.message }] : []);
    for (const violation of violations) {
      const path = violation.field.replace(/^input\.(enterprise\.)?/, '').replace(/\[(\d+)\]/g, '.$1');
      fields.set(path, describeRefusal(t, violations.length === 1 ? reason : undefined, violation.message));
    }
  }
  return fields;
}

/** The refusal in one sentence for a toast: the reader's language first when the reason is known. */
export function refusalText(t: Messages, error: CombinedError): string {
  const refusal = refusalOf(error);
  return refusal ? describeRefusal(t, refusal.reason, refusal.message) : t.common.unknownError;
}
