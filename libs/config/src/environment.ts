import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateIf, validateSync } from 'class-validator';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Linux's default ephemeral port range (net.ipv4.ip_local_port_range), where outgoing connections
 * take their local port: a server listening inside it can find a client connected to itself there.
 */
export const EPHEMERAL_PORTS = { first: 32768, last: 60999 } as const;

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
const toDecimal = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^-?\d+(\.\d+)?$/.test(String(value)) ? Number(value) : value;

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

  /** Outside the ephemeral range (see EPHEMERAL_PORTS). */
  @Transform(toInteger) @IsInt() @Min(1024) @Max(65535)
  EMBEDDED_PG_PORT = 15432;

  /** How long opening a database connection may take before it counts as failed (the database is down or unreachable). */
  @Transform(toInteger) @IsInt() @Min(100) @Max(120_000)
  DATABASE_CONNECT_TIMEOUT_MS = 5000;

  /**
   * Server-side deadline of an HTTP request: past it (or when the client goes away first) its
   * database statements are cancelled and its transactions roll back.
   */
  @Transform(toInteger) @IsInt() @Min(100) @Max(600_000)
  REQUEST_TIMEOUT_MS = 30_000;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  /** Human-readable logs; defaults to on in development, JSON lines otherwise. */
  @Transform(toBoolean) @IsOptional() @IsBoolean()
  LOG_PRETTY?: boolean;

  /** Demo data (with well-known demo passwords) into an empty database; defaults to on, except in production. */
  @Transform(toBoolean) @IsOptional() @IsBoolean()
  DEMO_DATA?: boolean;

  /** The API explorer (GraphiQL, from the console build) for browsers at /graphql, and introspection; defaults to on, except in production. */
  @Transform(toBoolean) @IsOptional() @IsBoolean()
  GRAPHQL_LANDING_PAGE?: boolean;

  /** The console's built files (`npm run console:build`), served at `/`; relative to the working directory. */
  @IsString() @MinLength(1)
  CONSOLE_DIR = 'dist/console';

  @Transform(toInteger) @IsInt() @Min(1) @Max(1000)
  PAGE_SIZE_MAX = 100;

  @Transform(toInteger) @IsInt() @Min(1000)
  LISTING_EXPIRY_SWEEP_MS = 60_000;

  /** Run the sweepers (expiry, retention) in the API process; false when `npm run sweepers` does. */
  @Transform(toBoolean) @IsBoolean()
  SWEEPERS_IN_PROCESS = true;

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

  // --- retention (the sweepers delete what is no longer needed, so no table grows without bound) ---

  /** Days audit log entries are kept. */
  @Transform(toInteger) @IsInt() @Min(1) @Max(36_500)
  AUDIT_LOG_RETENTION_DAYS = 365;

  /** Days a session is kept after it ended (expired or revoked); it can no longer be used either way. */
  @Transform(toInteger) @IsInt() @Min(0) @Max(3650)
  SESSION_RETENTION_DAYS = 7;

  /** How often the retention sweepers (audit log, sessions, rate-limit counters) run. */
  @Transform(toInteger) @IsInt() @Min(1000)
  RETENTION_SWEEP_MS = 15 * 60_000;

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

  /** A candidate whose product fit (0–1) is below this is not suggested, unless the need names no product. */
  @Transform(toDecimal) @IsNumber() @Min(0) @Max(1)
  MATCH_MIN_PRODUCT_FIT = 0.3;

  /** Below this many live offers of the product a need names, distance counts less, in proportion. */
  @Transform(toInteger) @IsInt() @Min(1) @Max(1000)
  MATCH_SCARCE_SUPPLIERS = 10;

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

  // --- chain insight (see libs/insight): every threshold a class or stage depends on ---

  /** Recompute the insight snapshots on a schedule in this process (one process at a time recomputes). */
  @Transform(toBoolean) @IsBoolean()
  INSIGHT_RECOMPUTE_IN_PROCESS = true;

  /** How often the snapshots are recomputed; a snapshot younger than this is not recomputed by the schedule. */
  @Transform(toInteger) @IsInt() @Min(60_000)
  INSIGHT_RECOMPUTE_INTERVAL_MS = 3_600_000;

  /** CONCENTRATED when the Herfindahl–Hirschman index over an area's supplying enterprises is above this. */
  @Transform(toDecimal) @IsNumber() @Min(0) @Max(1)
  INSIGHT_HHI_MAX = 0.4;

  /** CONCENTRATED when one city holds more than this share of an area's supply (areas of several cities). */
  @Transform(toDecimal) @IsNumber() @Min(0) @Max(1)
  INSIGHT_TOP_CITY_SHARE_MAX = 0.5;

  /** THIN when an area has fewer live supply listings than this many per live demand listing. */
  @Transform(toDecimal) @IsNumber() @Min(0) @Max(100)
  INSIGHT_THIN_SUPPLY_RATIO = 0.25;

  /** Supply whose validity ends within this many days is lapsing: AT_RISK when losing it makes the class worse. */
  @Transform(toInteger) @IsInt() @Min(1) @Max(365)
  INSIGHT_LAPSE_DAYS = 30;

  /** The period that demand and clusters are compared over (this period against the one before). */
  @Transform(toInteger) @IsInt() @Min(1) @Max(365)
  INSIGHT_PERIOD_DAYS = 30;

  /** AT_RISK when an area's new demand in the period is at least this multiple of the previous period's… */
  @Transform(toDecimal) @IsNumber() @Min(1)
  INSIGHT_DEMAND_JUMP_MULTIPLE = 2;

  /** …and at least this many listings (a jump from 1 to 2 is noise). */
  @Transform(toInteger) @IsInt() @Min(1)
  INSIGHT_DEMAND_JUMP_MIN_LISTINGS = 5;

  /** A chain × city with fewer enterprises than this is not a cluster (DISPERSED). */
  @Transform(toInteger) @IsInt() @Min(1)
  INSIGHT_CLUSTER_MIN_ENTERPRISES = 3;

  /** MATURE needs a location quotient at least this high… */
  @Transform(toDecimal) @IsNumber() @Min(0)
  INSIGHT_CLUSTER_MATURE_LQ = 1.25;

  /** …at least this share of the chain's enterprises in the region, and all three stages present. */
  @Transform(toDecimal) @IsNumber() @Min(0) @Max(1)
  INSIGHT_CLUSTER_MATURE_SHARE = 0.1;

  /** GROWING when live listings rose by at least this share over the period. */
  @Transform(toDecimal) @IsNumber() @Min(0)
  INSIGHT_CLUSTER_GROWTH = 0.1;

  /** DECLINING when live listings fell by at least this share over the period. */
  @Transform(toDecimal) @IsNumber() @Min(0) @Max(1)
  INSIGHT_CLUSTER_DECLINE = 0.15;

  /**
   * JSON of chain id → lead province adcode, on top of the ones the seed documents name (Jiangsu
   * leads display, Shanghai robotics), e.g. {"ic": "310000"}; a bad value stops start-up.
   */
  @IsOptional() @IsString()
  INSIGHT_CHAIN_LEAD_PROVINCES?: string;
}

export class InvalidEnvironmentError extends Error {}

/** Settings that would let the application trip over the operating system. */
function portProblems(environment: Environment): string[] {
  const port = environment.EMBEDDED_PG_PORT;
  if (environment.DATABASE_URL || port < EPHEMERAL_PORTS.first || port > EPHEMERAL_PORTS.last) return [];
  return [`  EMBEDDED_PG_PORT=${port} lies in Linux's ephemeral port range (${EPHEMERAL_PORTS.first}–${EPHEMERAL_PORTS.last}): `
    + `while the database restarts, a connection attempt can be given that port and connect to itself, keeping PostgreSQL `
    + `from binding it again; choose a port below ${EPHEMERAL_PORTS.first}`];
}

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
  lines.push(...portProblems(environment), ...productionProblems(environment));
  if (lines.length > 0) throw new InvalidEnvironmentError(`Invalid configuration:\n${lines.join('\n')}`);
  environment.DEMO_DATA ??= environment.NODE_ENV !== 'production';
  return environment;
}
