import { isMainlandPhone } from './phone-number.js';

describe('isMainlandPhone', () => {
  it.each([
    '13800138000',
    '138 0013 8000',
    '138-0013-8000',
    '+86 138 0013 8000',
    '008613800138000',
    '021-58888888',
    '(021) 5888 8888',
    '010-12345678',
    '0571-8702 2088',
    '0512-6523456',
    '+86 21 5888 8888',
    '+86-571-87022088',
    '0571-87022088 ext. 123',
    '0571-87022088转8001',
  ])('accepts %p', (phone) => {
    expect(isMainlandPhone(phone)).toBe(true);
  });

  it.each([
    '',
    '12800138000', // no mobile prefix 12
    '1380013800', // 10 digits
    '138001380001', // 12 digits
    '021-5888888', // Shanghai numbers have 8 digits
    '0571-123456', // too short
    '58888888', // no area code
    '+1 415 555 0100',
    'tel: 13800138000',
    '13800138000abc',
  ])('refuses %p', (phone) => {
    expect(isMainlandPhone(phone)).toBe(false);
  });
});
