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

  it('refuses an embedded database port in the ephemeral range, and defaults below it', () => {
    expect(validateEnvironment({}).EMBEDDED_PG_PORT).toBeLessThan(32768);
    expect(() => validateEnvironment({ EMBEDDED_PG_PORT: '54329' })).toThrow(/EMBEDDED_PG_PORT=54329 lies in Linux's ephemeral port range/);
    expect(validateEnvironment({ EMBEDDED_PG_PORT: '25432' }).EMBEDDED_PG_PORT).toBe(25432);
    expect(validateEnvironment({ EMBEDDED_PG_PORT: '54329', DATABASE_URL: 'postgres://h/db' }).EMBEDDED_PG_PORT).toBe(54329);
  });

  it('requires JWT_SECRET and refuses demo data in production, and defaults demo data off there', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required/);
    expect(() => validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), DEMO_DATA: 'true' })).toThrow(/DEMO_DATA/);
    expect(validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).DEMO_DATA).toBe(false);
    expect(() => validateEnvironment({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET=/);
  });
});
