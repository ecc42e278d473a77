import type { EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { createFunctionSql, createTriggerSql, functionSource, functionsOf, type TriggerDeclaration } from './trigger-declaration.js';

type Runner = Pick<QueryRunner, 'query'> | Pick<EntityManager, 'query'>;

/** Creates or replaces the functions and triggers as declared (for migrations; idempotent). */
export async function applyTriggers(runner: Runner, triggers: readonly TriggerDeclaration[]): Promise<void> {
  for (const fn of functionsOf(triggers)) await runner.query(createFunctionSql(fn));
  for (const trigger of triggers) await runner.query(createTriggerSql(trigger));
}

/**
 * A migration that applies `triggers` as declared (and drops them on the way down). Each lib's
 * migration extends it under its own timestamped name: `class X1764… extends triggersMigration('X1764…', TRIGGERS) {}`.
 */
export function triggersMigration(name: string, triggers: readonly TriggerDeclaration[]): new () => MigrationInterface {
  return class implements MigrationInterface {
    name = name;

    up(queryRunner: QueryRunner): Promise<void> {
      return applyTriggers(queryRunner, triggers);
    }

    down(queryRunner: QueryRunner): Promise<void> {
      return dropTriggers(queryRunner, triggers);
    }
  };
}

/** Drops the triggers, then their functions (a migration's `down`). */
export async function dropTriggers(runner: Runner, triggers: readonly TriggerDeclaration[]): Promise<void> {
  for (const trigger of triggers) await runner.query(`DROP TRIGGER IF EXISTS ${trigger.name} ON ${trigger.table}`);
  for (const fn of functionsOf(triggers)) await runner.query(`DROP FUNCTION IF EXISTS ${fn.name}()`);
}

/** How the database differs from the declarations; all empty when they agree. */
export interface TriggerDrift {
  /** Declared, absent from the database. */
  missing: string[];
  /** In the database (user tables, not internal), declared nowhere. */
  undeclared: string[];
  /** Present under the declared name, but defined otherwise (event, columns, condition, function, or the function's body). */
  different: string[];
}

interface StoredTrigger {
  table: string;
  name: string;
  definition: string;
}

/**
 * Compares pg_trigger with `declared`. Definitions are compared as PostgreSQL prints them: each
 * declaration is created on a scratch copy of its table inside a transaction that is rolled back,
 * so conditions and column lists are normalised the same way on both sides.
 */
export async function triggerDrift(manager: EntityManager, declared: readonly TriggerDeclaration[]): Promise<TriggerDrift> {
  const stored = new Map((await storedTriggers(manager)).map((trigger) => [`${trigger.table}.${trigger.name}`, trigger]));
  const key = (trigger: TriggerDeclaration) => `${trigger.table}.${trigger.name}`;
  const different: string[] = [];
  for (const trigger of declared.filter((candidate) => stored.has(key(candidate)))) {
    const expected = await probeDefinition(manager, trigger);
    if (expected !== normalise(stored.get(key(trigger))!)) different.push(key(trigger));
  }
  for (const fn of functionsOf(declared)) {
    const [row] = (await manager.query(`SELECT prosrc FROM pg_proc WHERE proname = $1 AND pronargs = 0`, [fn.name])) as { prosrc: string }[];
    if (row?.prosrc !== functionSource(fn)) different.push(`function ${fn.name}`);
  }
  const declaredKeys = new Set(declared.map(key));
  return {
    missing: declared.map(key).filter((name) => !stored.has(name)),
    undeclared: [...stored.keys()].filter((name) => !declaredKeys.has(name)),
    different,
  };
}

async function storedTriggers(manager: EntityManager): Promise<StoredTrigger[]> {
  return manager.query(
    `SELECT c.relname AS table, t.tgname AS name, pg_get_triggerdef(t.oid) AS definition
     FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE NOT t.tgisinternal AND n.nspname = current_schema()
     ORDER BY 1, 2`,
  );
}

const PROBE = 'trigger_probe';

/** The definition PostgreSQL prints for `trigger`, created on a scratch copy of its table and rolled back. */
async function probeDefinition(manager: EntityManager, trigger: TriggerDeclaration): Promise<string> {
  const runner = manager.connection.createQueryRunner();
  try {
    await runner.startTransaction();
    await runner.query(`CREATE TEMP TABLE ${PROBE} (LIKE ${trigger.table})`);
    await runner.query(createTriggerSql(trigger, PROBE, trigger.name));
    const [row] = (await runner.query(
      `SELECT c.relname AS table, t.tgname AS name, pg_get_triggerdef(t.oid) AS definition
       FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relname = $1 AND t.tgname = $2 AND c.relpersistence = 't'`,
      [PROBE, trigger.name],
    )) as StoredTrigger[];
    return normalise(row);
  } finally {
    await runner.rollbackTransaction().catch(() => undefined);
    await runner.release();
  }
}

/** The definition without the schema-qualified table name, the one part that differs between the table and its probe. */
function normalise(trigger: StoredTrigger): string {
  return trigger.definition.replace(/ ON \S+ /, ' ON <table> ');
}
