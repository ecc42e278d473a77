import { Global, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

/** The isolation levels a unit of work may ask for beyond PostgreSQL's default (READ COMMITTED). */
export type IsolationLevel = 'REPEATABLE READ' | 'SERIALIZABLE';

/**
 * The transaction of a unit of work, carried in the async context rather than passed from call to
 * call (as Vendure's TransactionalConnection joins the request's transaction): `run(work)` starts a
 * transaction, or joins the caller's when one is in progress, so the two commit or roll back
 * together; `tx` is the EntityManager of the one in progress, or the data source's own outside any.
 * A step that only makes sense inside its caller's transaction uses `partOf`, which refuses to run
 * alone — forgetting the transaction can no longer commit a grant whose introduction rolled back.
 *
 * Hand-written on AsyncLocalStorage: @nestjs-cls/transactional (made for this) is CommonJS and
 * requires the ESM-only NestJS 12, which Jest cannot load on Node 20.
 */
@Injectable()
export class Transactions {
  private readonly current = new AsyncLocalStorage<EntityManager>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get tx(): EntityManager {
    return this.current.getStore() ?? this.dataSource.manager;
  }

  /**
   * A unit of work that needs an isolation level of its own (a long read that must see one moment:
   * REPEATABLE READ) always starts its own transaction: joining the caller's would silently drop
   * the guarantee, so asking for one inside a transaction is a programming error.
   */
  run<T>(work: () => Promise<T>, isolation?: IsolationLevel): Promise<T> {
    if (this.current.getStore()) {
      return isolation ? Promise.reject(new Error(`a ${isolation} unit of work cannot join its caller's transaction`)) : work();
    }
    const inTransaction = (manager: EntityManager) => this.current.run(manager, work);
    return isolation ? this.dataSource.transaction(isolation, inTransaction) : this.dataSource.transaction(inTransaction);
  }

  /** Runs `work` in the caller's transaction; a programming error (thrown, unexpected) outside one. */
  partOf<T>(step: string, work: () => Promise<T>): Promise<T> {
    if (!this.current.getStore()) return Promise.reject(new Error(`${step} runs only inside its caller's transaction`));
    return work();
  }
}

/** Provides `Transactions` to every module; imported once where a process composes its modules. */
@Global()
@Module({ providers: [Transactions], exports: [Transactions] })
export class TransactionsModule {}
