import { InvalidEnvironmentError, validateEnvironment } from './environment.js';

describe('validateEnvironment', () => {
  it('applies defaults to an empty environment', () => {
    const env = validateEnvironment({});
    expect(env).toMatchObject({ PORT: 3000, DATA_DIR: '.data', LOG_LEVEL: 'info', PAGE_SIZE_MAX: 100, DEMO_DATA: true });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('parses numbers and booleans from strings', () => {
    expect(validateEnvironment({ PORT: '8080', DEMO_DATA: 'false', MATCH_MIN_PRODUCT_FIT: '0.25' })).toMatchObject({ PORT: 8080, DEMO_DATA: false, MATCH_MIN_PRODUCT_FIT: 0.25 });
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['LOG_LEVEL', 'loud'],
    ['DATABASE_URL', 'mysql://x'],
    ['DEMO_DATA', 'maybe'],
    ['MATCH_MIN_PRODUCT_FIT', '1.5'],
    ['MATCH_MIN_PRODUCT_FIT', 'high'],
  ])('refuses %s=%s naming the variable', (name, value) => {
    expect(() => validateEnvironment({ [name]: value })).toThrow(InvalidEnvironmentError);
    expect(() => validateEnvironment({ [name]: value })).toThrow(new RegExp(`${name}=`));
  });

  it('requires JWT_SECRET and refuses demo data in production, and defaults demo data off there', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required/);
    expect(() => validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), DEMO_DATA: 'true' })).toThrow(/DEMO_DATA/);
    expect(validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).DEMO_DATA).toBe(false);
    expect(() => validateEnvironment({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET=/);
  });
});
