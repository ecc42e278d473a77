import type { Faker } from '@faker-js/faker';
import { computeUsccCheckCharacter, USCC_ALPHABET } from '../../../enterprises/src/uscc/uscc.js';

/** Registration authority 9 (market regulation) and type 1 (enterprise): every demo enterprise is a company. */
const COMPANY_PREFIX = '91';
const DIGITS = '0123456789';
const ORGANISATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
/** Companies registered since the 2015 reform draw "MA…" codes; older ones kept their numeric organisation code. */
const MA_CODE_SHARE = 0.6;

/** A valid USCC registered in `divisionCode`, never one already in `taken` (which it extends). */
export function generateUscc(faker: Faker, divisionCode: string, taken: Set<string>): string {
  for (;;) {
    const first17 = COMPANY_PREFIX + divisionCode + generateOrganisationCode(faker);
    const code = first17 + computeUsccCheckCharacter(first17);
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}

/** Characters 9-17: an organisation code (GB 11714) whose last character is its own check character. */
export function generateOrganisationCode(faker: Faker): string {
  const body = faker.datatype.boolean(MA_CODE_SHARE)
    ? 'MA' + randomCharacters(faker, USCC_ALPHABET, 6)
    : randomCharacters(faker, DIGITS, 8);
  return body + organisationCodeCheckCharacter(body);
}

export function organisationCodeCheckCharacter(body: string): string {
  const sum = [...body].reduce((acc, ch, i) => acc + parseInt(ch, 36) * ORGANISATION_CODE_WEIGHTS[i], 0);
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  return check === 11 ? '0' : String(check);
}

function randomCharacters(faker: Faker, alphabet: string, length: number): string {
  return Array.from({ length }, () => alphabet[faker.number.int(alphabet.length - 1)]).join('');
}
