import type { Faker } from '@faker-js/faker';
import type { DemoCity, EnterpriseSize } from '../demo-data.types.js';
import type { Term } from '../vocabulary/vocabulary.types.js';
import { BRAND_NAMES } from './brand-names.js';

export interface EnterpriseName {
  nameZh: string;
  nameEn: string;
  brand: Term;
}

const LIMITED = { zh: '有限公司', en: 'Co., Ltd.' };
const JOINT_STOCK = { zh: '股份有限公司', en: 'Co., Ltd.' };
const GROUP = { zh: '集团有限公司', en: 'Group Co., Ltd.' };

/** Joint-stock and group forms are for enterprises big enough to need them. */
const LEGAL_FORMS_BY_SIZE: Record<EnterpriseSize, { weight: number; value: Term }[]> = {
  MICRO: [{ weight: 1, value: LIMITED }],
  SMALL: [{ weight: 9, value: LIMITED }, { weight: 1, value: JOINT_STOCK }],
  MEDIUM: [{ weight: 3, value: LIMITED }, { weight: 1, value: JOINT_STOCK }],
  LARGE: [{ weight: 3, value: LIMITED }, { weight: 5, value: JOINT_STOCK }, { weight: 2, value: GROUP }],
};

/** Most names lead with the city (苏州华芯…); some put it in brackets after the trade name (华芯…（苏州）…). */
const CITY_FIRST_SHARE = 0.8;
/** Names are unique in practice; a crowded city may after this many draws repeat one, as real registers allow across districts. */
const MAX_NAME_DRAWS = 20;

export function generateEnterpriseName(
  faker: Faker,
  city: DemoCity,
  industryTerms: Term[],
  size: EnterpriseSize,
  takenNames: Set<string>,
): EnterpriseName {
  let name = drawName(faker, city, industryTerms, size);
  for (let draw = 1; draw < MAX_NAME_DRAWS && takenNames.has(name.nameZh); draw++) {
    name = drawName(faker, city, industryTerms, size);
  }
  takenNames.add(name.nameZh);
  return name;
}

function drawName(faker: Faker, city: DemoCity, industryTerms: Term[], size: EnterpriseSize): EnterpriseName {
  const brand = faker.helpers.arrayElement(BRAND_NAMES);
  const industry = faker.helpers.arrayElement(industryTerms);
  const legalForm = faker.helpers.weightedArrayElement(LEGAL_FORMS_BY_SIZE[size]);
  const cityZh = city.nameZh.replace(/市$/, '');
  if (faker.datatype.boolean(CITY_FIRST_SHARE)) {
    return {
      nameZh: `${cityZh}${brand.zh}${industry.zh}${legalForm.zh}`,
      nameEn: `${city.nameEn} ${brand.en} ${industry.en} ${legalForm.en}`,
      brand,
    };
  }
  return {
    nameZh: `${brand.zh}${industry.zh}（${cityZh}）${legalForm.zh}`,
    nameEn: `${brand.en} ${industry.en} (${city.nameEn}) ${legalForm.en}`,
    brand,
  };
}
