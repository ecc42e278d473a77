/**
 * Unified Social Credit Code (统一社会信用代码), GB 32100-2015.
 *
 * 18 characters from a 31-character alphabet (digits and capitals without I, O, Z, S, V):
 *   1     registration authority      2     organisation type
 *   3-8   administrative division code of the registering authority (GB/T 2260)
 *   9-17  organisation code            18    check character
 * The check character makes the weighted sum of all 18 code values ≡ 0 (mod 31).
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const USCC_LENGTH = 18;

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const VALID_CHARACTERS = new RegExp(`^[${USCC_ALPHABET}]+$`);

export type UsccProblem = 'LENGTH' | 'CHARSET' | 'CHECK_CHARACTER';

export type UsccCheck =
  | { valid: true; code: string; divisionCode: string; provinceCode: string }
  | { valid: false; problem: UsccProblem; message: string };

/** Upper-cases and strips white space: codes are often pasted with spaces or typed in lower case. */
export function normalizeUscc(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

export function computeUsccCheckCharacter(first17: string): string {
  if (first17.length !== USCC_LENGTH - 1 || !VALID_CHARACTERS.test(first17)) {
    throw new Error(`expected 17 USCC characters, got "${first17}"`);
  }
  const sum = [...first17].reduce((acc, ch, i) => acc + USCC_ALPHABET.indexOf(ch) * WEIGHTS[i], 0);
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

export function checkUscc(raw: string): UsccCheck {
  const code = normalizeUscc(raw);
  if (code.length !== USCC_LENGTH) {
    return { valid: false, problem: 'LENGTH', message: `a USCC has ${USCC_LENGTH} characters, got ${code.length}` };
  }
  if (!VALID_CHARACTERS.test(code)) {
    return {
      valid: false,
      problem: 'CHARSET',
      message: 'a USCC uses digits and capital letters except I, O, Z, S and V',
    };
  }
  const expected = computeUsccCheckCharacter(code.slice(0, USCC_LENGTH - 1));
  if (code[USCC_LENGTH - 1] !== expected) {
    return { valid: false, problem: 'CHECK_CHARACTER', message: `the check character should be ${expected}` };
  }
  const divisionCode = code.slice(2, 8);
  return { valid: true, code, divisionCode, provinceCode: `${divisionCode.slice(0, 2)}0000` };
}
