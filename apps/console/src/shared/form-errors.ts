import type { CombinedError } from '@urql/core';
import type { FormInstance } from 'antd';
import { fieldErrors, refusalText } from '../api/errors';
import type { Messages } from '../i18n/zh';

/**
 * Shows a refused mutation where the reader looks: each field-level refusal next to its form field
 * (when the form has that field), anything else in `notify`.
 */
export function showRefusal(t: Messages, error: CombinedError, form: FormInstance | null, notify: (text: string) => void): void {
  const known = new Set(Object.keys(form?.getFieldsValue() ?? {})); // the registered fields, filled or not
  const placed = [...fieldErrors(t, error)].filter(([path]) => known.has(path.split('.')[0]));
  form?.setFields(placed.map(([path, message]) => ({
    name: path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
    errors: [message],
  })));
  if (placed.length === 0) notify(refusalText(t, error));
}
