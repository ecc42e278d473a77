import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const TRUE_WORDS = ['true', '1', 'yes', 'on'];
const FALSE_WORDS = ['false', '0', 'no', 'off'];

/** Leaves an unrecognised word in place so validation can name it. */
function toBoolean({ value }: { value: unknown }): unknown {
  if (value === undefined || value === '') return undefined;
  const word = String(value).toLowerCase();
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return false;
  return value;
}
const toInteger = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;

/**
 * Every variable ChainMatch reads from the environment, with its default.
 * The README's configuration table documents the same list: keep the two together.
 */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInteger) @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  @IsOptional() @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// connection URL' })
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR = '.data';

  @Transform(toInteger) @IsInt() @Min(1024) @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  /** Human-readable logs; defaults to on in development, JSON lines otherwise. */
  @Transform(toBoolean) @IsOptional() @IsBoolean()
  LOG_PRETTY?: boolean;

  @Transform(toBoolean) @IsBoolean()
  DEMO_DATA = true;

  @Transform(toBoolean) @IsOptional() @IsBoolean()
  GRAPHQL_LANDING_PAGE?: boolean;

  @Transform(toInteger) @IsInt() @Min(1) @Max(1000)
  PAGE_SIZE_MAX = 100;

  @Transform(toInteger) @IsInt() @Min(1000)
  LISTING_EXPIRY_SWEEP_MS = 60_000;

  // --- identity and access ---

  /** Secret signing access tokens (≥ 32 characters). Unset outside production: one is generated into DATA_DIR. */
  @IsOptional() @IsString() @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Transform(toInteger) @IsInt() @Min(60) @Max(86_400)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInteger) @IsInt() @Min(3600) @Max(90 * 86_400)
  REFRESH_TOKEN_TTL_SECONDS = 30 * 86_400;

  /** Failed logins per email and per IP within RATE_LIMIT_WINDOW_SECONDS before login is refused. */
  @Transform(toInteger) @IsInt() @Min(1)
  LOGIN_ATTEMPTS_MAX = 5;

  /** Mutations per user and per IP within RATE_LIMIT_WINDOW_SECONDS. */
  @Transform(toInteger) @IsInt() @Min(1)
  MUTATIONS_MAX = 120;

  @Transform(toInteger) @IsInt() @Min(1) @Max(86_400)
  RATE_LIMIT_WINDOW_SECONDS = 60;

  @Transform(toInteger) @IsInt() @Min(2) @Max(50)
  GRAPHQL_MAX_DEPTH = 10;

  @Transform(toInteger) @IsInt() @Min(10)
  GRAPHQL_MAX_COMPLEXITY = 5000;

  // --- search (see libs/search) ---
}

export class InvalidEnvironmentError extends Error {}

/** Parses and checks the environment; a bad value stops start-up with a message naming the variable. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const environment = plainToInstance(Environment, raw, { exposeDefaultValues: true });
  const errors = validateSync(environment, { whitelist: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.property}=${JSON.stringify(e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new InvalidEnvironmentError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return environment;
}
