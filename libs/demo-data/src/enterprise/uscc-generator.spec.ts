import { checkUscc } from '../../../enterprises/src/uscc/uscc.js';
import { createDemoFaker } from '../seeded-faker.js';
import { generateOrganisationCode, generateUscc, organisationCodeCheckCharacter } from './uscc-generator.js';

describe('organisation code check character (GB 11714)', () => {
  // Characters 9-17 of the published USCCs of Huawei, Tencent and Alibaba (see the uscc spec).
  it.each([
    ['19220382', '1'],
    ['71526726', 'X'],
    ['71610585', '2'],
  ])('of %s is %s', (body, check) => {
    expect(organisationCodeCheckCharacter(body)).toBe(check);
  });

  it('ends every generated organisation code', () => {
    const faker = createDemoFaker();
    faker.seed(1);
    for (let i = 0; i < 500; i++) {
      const code = generateOrganisationCode(faker);
      expect(code).toMatch(/^(MA[0-9A-HJ-NP-RTUW-Y]{6}|\d{8})[0-9X]$/);
      expect(code.at(-1)).toBe(organisationCodeCheckCharacter(code.slice(0, 8)));
    }
  });
});

describe('generateUscc', () => {
  it('issues valid company codes of the given division, never one already taken', () => {
    const faker = createDemoFaker();
    faker.seed(2);
    const taken = new Set<string>();
    const codes = Array.from({ length: 1000 }, () => generateUscc(faker, '320505', taken));
    for (const code of codes) {
      expect(checkUscc(code)).toMatchObject({ valid: true, divisionCode: '320505' });
      expect(code.startsWith('91')).toBe(true);
    }
    expect(new Set(codes).size).toBe(codes.length);
    expect(taken.size).toBe(codes.length);
  });
});
