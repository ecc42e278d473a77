/**
 * A trigger as data: what it fires on, what it runs and which queue it feeds. The lib that owns the
 * queue declares its triggers (one registry each, exported from its index); the SQL is generated
 * from the declaration, a migration applies it (`triggersMigration`), and a test compares pg_trigger
 * with every declaration, so what happens on a write can be read in one place instead of replayed
 * from migrations. Changing a declaration: add a migration that applies it again — the test fails
 * until one has.
 */
export interface TriggerDeclaration {
  name: string;
  /** The table it fires on. */
  table: string;
  event: 'INSERT' | 'UPDATE' | 'DELETE' | 'TRUNCATE';
  /** UPDATE only: fire when one of these columns is set. */
  columns?: readonly string[];
  /** ROW: once per row, with OLD and NEW; STATEMENT: once per statement, its rows in `changed_rows` (not for TRUNCATE). */
  level: 'ROW' | 'STATEMENT';
  /** A condition on OLD and NEW (ROW triggers). */
  when?: string;
  function: TriggerFunction;
  /** Constant arguments the function reads as TG_ARGV. */
  args?: readonly string[];
  /** The table the trigger writes to: the queue a worker drains, for readers and the docs. */
  feeds: string;
}

/** A PL/pgSQL trigger function; `body` is everything between `BEGIN` and `END` (the trigger's return included). */
export interface TriggerFunction {
  name: string;
  body: string;
}

/** Statement-level triggers see the statement's rows under this name, inserted, updated or deleted alike. */
export const CHANGED_ROWS = 'changed_rows';

export function createFunctionSql(fn: TriggerFunction): string {
  return `CREATE OR REPLACE FUNCTION ${fn.name}() RETURNS trigger LANGUAGE plpgsql AS $$${functionSource(fn)}$$`;
}

/** What PostgreSQL stores as the function's source (pg_proc.prosrc). */
export function functionSource(fn: TriggerFunction): string {
  return `\nBEGIN\n${fn.body.trim()}\nEND\n`;
}

/** The CREATE TRIGGER statement of `trigger`; `on` replaces its table (the test probes a scratch copy). */
export function createTriggerSql(trigger: TriggerDeclaration, on = trigger.table, name = trigger.name): string {
  const columns = trigger.columns?.length ? ` OF ${trigger.columns.join(', ')}` : '';
  const transition = trigger.level === 'STATEMENT' && trigger.event !== 'TRUNCATE'
    ? ` REFERENCING ${trigger.event === 'DELETE' ? 'OLD' : 'NEW'} TABLE AS ${CHANGED_ROWS}` : '';
  const when = trigger.when ? ` WHEN (${trigger.when})` : '';
  const args = (trigger.args ?? []).map((arg) => `'${arg.replace(/'/g, "''")}'`).join(', ');
  return `CREATE OR REPLACE TRIGGER ${name} AFTER ${trigger.event}${columns} ON ${on}${transition} `
    + `FOR EACH ${trigger.level}${when} EXECUTE FUNCTION ${trigger.function.name}(${args})`;
}

/** The distinct functions of `triggers`, each once (several triggers may share one). */
export function functionsOf(triggers: readonly TriggerDeclaration[]): TriggerFunction[] {
  return [...new Map(triggers.map((trigger) => [trigger.function.name, trigger.function])).values()];
}
