import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateIf, validateSync } from 'class-validator';

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

  /**
   * Express `trust proxy` when behind a load balancer, so per-IP limits see the client's address
   * (e.g. `1` for one proxy hop, `loopback`, or a subnet); unset: the socket's address.
   */
  @IsOptional() @IsString()
  TRUST_PROXY?: string;

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

  /** Demo data (with well-known demo passwords) into an empty database; defaults to on, except in production. */
  @Transform(toBoolean) @IsOptional() @IsBoolean()
  DEMO_DATA?: boolean;

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

  /** Failed logins per email within RATE_LIMIT_WINDOW_SECONDS before login for that email is refused. */
  @Transform(toInteger) @IsInt() @Min(1)
  LOGIN_ATTEMPTS_MAX = 5;

  /** Failed logins per IP (many people may share an office's address) before login from it is refused. */
  @Transform(toInteger) @IsInt() @Min(1)
  LOGIN_ATTEMPTS_PER_IP_MAX = 50;

  /** Mutations per user and per IP within RATE_LIMIT_WINDOW_SECONDS. */
  @Transform(toInteger) @IsInt() @Min(1)
  MUTATIONS_MAX = 120;

  @Transform(toInteger) @IsInt() @Min(1) @Max(86_400)
  RATE_LIMIT_WINDOW_SECONDS = 60;

  @Transform(toInteger) @IsInt() @Min(2) @Max(50)
  GRAPHQL_MAX_DEPTH = 10;

  @Transform(toInteger) @IsInt() @Min(10)
  GRAPHQL_MAX_COMPLEXITY = 10_000;

  /** Largest WebSocket message accepted (like HTTP bodies); a larger one closes the connection with 1009. */
  @Transform(toInteger) @IsInt() @Min(1024) @Max(16 * 1024 * 1024)
  WS_MAX_MESSAGE_BYTES = 256 * 1024;

  /** Subscriptions one WebSocket connection may hold at once; the next is refused with TOO_MANY_SUBSCRIPTIONS. */
  @Transform(toInteger) @IsInt() @Min(1) @Max(1000)
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;

  /** Open WebSocket connections per client address (TRUST_PROXY applies); the next is closed with 1013. */
  @Transform(toInteger) @IsInt() @Min(1) @Max(100_000)
  WS_MAX_CONNECTIONS_PER_IP = 20;

  // --- matching (see libs/matching) ---

  /** JSON object of factor weights overriding the defaults, e.g. {"DISTANCE": 0.3, "VERIFIED": 0}. */
  @IsOptional() @IsString()
  MATCH_WEIGHTS?: string;

  /** Candidates retrieved from the search engine per listing before re-ranking. */
  @Transform(toInteger) @IsInt() @Min(10) @Max(1000)
  MATCH_CANDIDATES = 200;

  /** Suggestions kept (persisted) per listing. */
  @Transform(toInteger) @IsInt() @Min(1) @Max(100)
  MATCH_TOP_N = 10;

  /** The distance at which the distance factor has halved. */
  @Transform(toInteger) @IsInt() @Min(1)
  MATCH_DISTANCE_HALF_KM = 150;

  @Transform(toInteger) @IsInt() @Min(1)
  MATCH_FRESHNESS_HALF_DAYS = 60;

  /** Recompute suggestions of changed listings in the API process (false: run `npm run match:worker`). */
  @Transform(toBoolean) @IsBoolean()
  MATCH_WORKER_IN_PROCESS = true;

  @Transform(toInteger) @IsInt() @Min(50)
  MATCH_WORKER_INTERVAL_MS = 1000;

  // --- search (see libs/search) ---

  /** Which engine serves search: the embedded PostgreSQL one (nothing to install) or a Meilisearch server. */
  @IsIn(['postgres', 'meilisearch'])
  SEARCH_ENGINE: 'postgres' | 'meilisearch' = 'postgres';

  @ValidateIf((env: Environment) => env.SEARCH_ENGINE === 'meilisearch' || env.MEILI_URL !== undefined)
  @Matches(/^https?:\/\/\S+$/, { message: 'MEILI_URL must be an http(s):// URL (required when SEARCH_ENGINE=meilisearch)' })
  MEILI_URL?: string;

  /** Master or admin API key of the Meilisearch server; unset for a server without keys. */
  @IsOptional() @IsString()
  MEILI_MASTER_KEY?: string;

  /** Name of the live index; a rebuild writes `<name>_rebuild_<time>` and swaps it in. */
  @Matches(/^[A-Za-z0-9_-]{1,200}$/, { message: 'MEILI_INDEX may contain letters, digits, _ and - only' })
  MEILI_INDEX = 'listings';

  /** Drain index changes in the API process; false when `npm run search:worker` processes do it. */
  @Transform(toBoolean) @IsBoolean()
  SEARCH_WORKER_IN_PROCESS = true;

  /** Pause between polls of the change queue when it is empty. */
  @Transform(toInteger) @IsInt() @Min(10) @Max(60_000)
  SEARCH_SYNC_INTERVAL_MS = 500;

  /** Changed listings written to the engine per batch. */
  @Transform(toInteger) @IsInt() @Min(1) @Max(10_000)
  SEARCH_SYNC_BATCH_SIZE = 500;

  /** First retry delay after the engine refused a batch; doubles per attempt up to SEARCH_SYNC_RETRY_MAX_MS. */
  @Transform(toInteger) @IsInt() @Min(10)
  SEARCH_SYNC_RETRY_BASE_MS = 1000;

  @Transform(toInteger) @IsInt() @Min(10)
  SEARCH_SYNC_RETRY_MAX_MS = 300_000;

  /** How long a claimed batch stays with its worker before another may take it over (a worker that died). */
  @Transform(toInteger) @IsInt() @Min(100)
  SEARCH_SYNC_LEASE_MS = 60_000;

  // --- interest (see libs/interest) ---

  /** Days an expression of interest waits for the owner's answer before it EXPIRES. */
  @Transform(toInteger) @IsInt() @Min(1) @Max(365)
  INTEREST_EXPIRY_DAYS = 14;

  /** How often unanswered interest past its expiry is stored as EXPIRED (readers see it so at once anyway). */
  @Transform(toInteger) @IsInt() @Min(1000)
  INTEREST_SWEEP_MS = 60_000;
}

export class InvalidEnvironmentError extends Error {}

/** Settings that are fine for a laptop but not for a production deployment. */
function productionProblems(environment: Environment): string[] {
  if (environment.NODE_ENV !== 'production') return [];
  return [
    ...(environment.JWT_SECRET ? [] : ['  JWT_SECRET is required in production (a random string of at least 32 characters)']),
    ...(environment.DEMO_DATA ? ['  DEMO_DATA=true is refused in production: demo accounts have published passwords'] : []),
  ];
}

/** Parses and checks the environment; a bad value stops start-up with a message naming the variable. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const environment = plainToInstance(Environment, raw, { exposeDefaultValues: true });
  const lines = validateSync(environment, { whitelist: false })
    .map((e) => `  ${e.property}=${JSON.stringify(e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`);
  lines.push(...productionProblems(environment));
  if (lines.length > 0) throw new InvalidEnvironmentError(`Invalid configuration:\n${lines.join('\n')}`);
  environment.DEMO_DATA ??= environment.NODE_ENV !== 'production';
  return environment;
}
