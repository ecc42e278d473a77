import type { Faker } from '@faker-js/faker';
import type { DemoContact, EnterpriseSize } from '../demo-data.types.js';
import type { Term } from '../vocabulary/vocabulary.types.js';
import { GIVEN_NAME_CHARACTERS, SURNAMES } from './person-names.js';

/** Mainland mobile number segments (号段) of China Mobile, Unicom and Telecom. */
const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '147', '150', '151', '152',
  '153', '155', '156', '157', '158', '159', '166', '173', '176', '177', '178', '180', '181', '182',
  '183', '184', '185', '186', '187', '188', '189', '191', '193', '195', '198', '199',
];
const FREE_MAIL_DOMAINS = ['163.com', '126.com', 'qq.com', 'sina.com'];
/** Small firms often trade from a personal mailbox rather than a company domain. */
const FREE_MAIL_SHARE: Record<EnterpriseSize, number> = { MICRO: 0.4, SMALL: 0.2, MEDIUM: 0.05, LARGE: 0 };
const ROLE_MAILBOXES = ['sales', 'purchasing', 'info', 'market', 'service', 'bd'];
const DOMAIN_ENDINGS = ['.com', '.cn', '.com.cn'];

interface Person {
  name: string;
  surname: string;
  givenPinyin: string[];
}

export function generateContact(faker: Faker, brand: Term, cityEn: string, size: EnterpriseSize): DemoContact {
  const person = drawPerson(faker);
  const phone = faker.helpers.arrayElement(MOBILE_PREFIXES) + faker.string.numeric(8);
  const email = faker.datatype.boolean(FREE_MAIL_SHARE[size])
    ? personalEmail(faker, person)
    : `${companyMailbox(faker, person)}@${companyDomain(faker, brand, cityEn)}`;
  return { name: person.name, phone, email };
}

function drawPerson(faker: Faker): Person {
  const surname = faker.helpers.arrayElement(SURNAMES);
  const given = faker.helpers.arrayElements(GIVEN_NAME_CHARACTERS, faker.datatype.boolean(0.65) ? 2 : 1);
  return { name: surname.zh + given.map((ch) => ch.zh).join(''), surname: surname.en, givenPinyin: given.map((ch) => ch.en) };
}

function personalEmail(faker: Faker, person: Person): string {
  const domain = faker.helpers.arrayElement(FREE_MAIL_DOMAINS);
  // QQ mailboxes are addressed by the QQ number.
  const local =
    domain === 'qq.com'
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
  return name + faker.helpers.arrayElement(DOMAIN_ENDINGS);
}
