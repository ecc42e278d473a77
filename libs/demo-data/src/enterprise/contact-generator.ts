import type { Faker } from '@faker-js/faker';
import type { DemoCity, DemoContact, EnterpriseSize } from '../demo-data.types.js';
import type { Term } from '../vocabulary/vocabulary.types.js';
import { GIVEN_NAME_CHARACTERS, SURNAMES } from './person-names.js';

/** Long-distance area codes (区号) of the 41 cities. */
const AREA_CODES: Record<string, string> = {
  310100: '021', 320100: '025', 320200: '0510', 320300: '0516', 320400: '0519', 320500: '0512', 320600: '0513', 320700: '0518',
  320800: '0517', 320900: '0515', 321000: '0514', 321100: '0511', 321200: '0523', 321300: '0527', 330100: '0571', 330200: '0574',
  330300: '0577', 330400: '0573', 330500: '0572', 330600: '0575', 330700: '0579', 330800: '0570', 330900: '0580', 331000: '0576',
  331100: '0578', 340100: '0551', 340200: '0553', 340300: '0552', 340400: '0554', 340500: '0555', 340600: '0561', 340700: '0562',
  340800: '0556', 341000: '0559', 341100: '0550', 341200: '0558', 341300: '0557', 341500: '0564', 341600: '0558', 341700: '0566',
  341800: '0563',
};
/**
 * Demo contacts must reach no one. Mainland subscriber numbers never begin with 0 (it is the trunk
 * prefix), so "0512-0xxx xxxx" reads as a Suzhou landline, passes the format check and cannot ring;
 * mail goes to domains reserved for examples (RFC 2606): example.com/.org/.net and *.example.
 */
const FREE_MAIL_DOMAINS = ['example.com', 'example.org', 'example.net'];
/** Small firms often trade from a personal mailbox rather than a company domain. */
const FREE_MAIL_SHARE: Record<EnterpriseSize, number> = { MICRO: 0.4, SMALL: 0.2, MEDIUM: 0.05, LARGE: 0 };
const ROLE_MAILBOXES = ['sales', 'purchasing', 'info', 'market', 'service', 'bd'];

interface Person {
  name: string;
  surname: string;
  givenPinyin: string[];
}

export function generateContact(faker: Faker, brand: Term, city: DemoCity, size: EnterpriseSize): DemoContact {
  const person = drawPerson(faker);
  const phone = `${AREA_CODES[city.adcode] ?? '021'}-0${faker.string.numeric(3)} ${faker.string.numeric(4)}`;
  const email = faker.datatype.boolean(FREE_MAIL_SHARE[size])
    ? personalEmail(faker, person)
    : `${companyMailbox(faker, person)}@${companyDomain(faker, brand, city.nameEn)}`;
  return { name: person.name, phone, email };
}

function drawPerson(faker: Faker): Person {
  const surname = faker.helpers.arrayElement(SURNAMES);
  const given = faker.helpers.arrayElements(GIVEN_NAME_CHARACTERS, faker.datatype.boolean(0.65) ? 2 : 1);
  return { name: surname.zh + given.map((ch) => ch.zh).join(''), surname: surname.en, givenPinyin: given.map((ch) => ch.en) };
}

function personalEmail(faker: Faker, person: Person): string {
  const domain = faker.helpers.arrayElement(FREE_MAIL_DOMAINS);
  // Like a QQ mailbox, some personal mailboxes are a number.
  const local = faker.datatype.boolean(0.25)
    ? faker.string.numeric({ length: { min: 6, max: 10 }, allowLeadingZeros: false })
    : personalMailbox(faker, person);
  return `${local}@${domain}`;
}

function companyMailbox(faker: Faker, person: Person): string {
  return faker.datatype.boolean(0.2) ? faker.helpers.arrayElement(ROLE_MAILBOXES) : personalMailbox(faker, person);
}

function personalMailbox(faker: Faker, person: Person): string {
  const given = person.givenPinyin.join('');
  const initials = person.givenPinyin.map((syllable) => syllable[0]).join('');
  return faker.helpers.arrayElement([
    `${person.surname}${given}`,
    `${given}.${person.surname}`,
    `${person.surname}${initials}`,
    `${person.surname}.${given}${faker.number.int({ min: 1, max: 99 })}`,
  ]);
}

function companyDomain(faker: Faker, brand: Term, cityEn: string): string {
  const brandPart = brand.en.toLowerCase();
  const cityPart = cityEn.toLowerCase().replace(/[^a-z]/g, '');
  const name = faker.helpers.arrayElement([brandPart, `${brandPart}tech`, `${cityPart}${brandPart}`, `${brandPart}-${cityPart}`]);
  return `${name}.example`;
}
