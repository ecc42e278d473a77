import { checkUscc, computeUsccCheckCharacter, normalizeUscc } from './uscc.js';

// Published codes of well-known companies, used as known-good vectors.
const KNOWN_GOOD = [
  '91350100M000100Y43', // example from the GB 32100-2015 text
  '914403001922038216', // 华为技术有限公司 (Shenzhen)
  '9144030071526726XG', // 深圳市腾讯计算机系统有限公司
  '91330100716105852F', // 阿里巴巴（中国）有限公司 (Hangzhou)
];

describe('USCC (GB 32100-2015)', () => {
  it.each(KNOWN_GOOD)('accepts %s', (code) => {
    expect(checkUscc(code)).toMatchObject({ valid: true, code });
  });

  it('reports the division and province codes of characters 3-8', () => {
    expect(checkUscc('91330100716105852F')).toMatchObject({ divisionCode: '330100', provinceCode: '330000' });
  });

  it('normalises case and white space before checking', () => {
    expect(normalizeUscc(' 91350100m000100y43 ')).toBe('91350100M000100Y43');
    expect(checkUscc('91350100m000100y43').valid).toBe(true);
  });

  it('refuses a wrong check character', () => {
    expect(checkUscc('91350100M000100Y44')).toMatchObject({ valid: false, problem: 'CHECK_CHARACTER' });
  });

  it.each(['91350100M000100Y4', '91350100M000100Y431', ''])('refuses length of %s', (code) => {
    expect(checkUscc(code)).toMatchObject({ valid: false, problem: 'LENGTH' });
  });

  it.each(['91350100M000100I43', '91350100M00010OY43', '9135010-M000100Y43'])('refuses charset of %s', (code) => {
    expect(checkUscc(code)).toMatchObject({ valid: false, problem: 'CHARSET' });
  });

  it('computes the check character that makes a code valid', () => {
    const body = '91320500MA1MXXXX0';
    expect(checkUscc(body + computeUsccCheckCharacter(body)).valid).toBe(true);
  });
});
