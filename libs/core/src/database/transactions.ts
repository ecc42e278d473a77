import { Global, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

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

  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.current.getStore()) return work();
    return this.dataSource.transaction((manager) => this.current.run(manager, work));
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
