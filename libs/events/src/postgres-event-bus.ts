import { Transactions } from '@chainmatch/core';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventEmitter, on } from 'node:events';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { EventBus, EventPayloads, Topic } from './event-bus.port.js';

const channelOf = (topic: Topic) => `chainmatch_${topic.replace(/\./g, '_')}`;
/** Reconnection backs off from the first to the last delay, doubling: a database that is down is not hammered. */
const RECONNECT_FIRST_MS = 500;
const RECONNECT_LAST_MS = 30_000;

/**
 * The event bus on PostgreSQL LISTEN/NOTIFY: NOTIFY is transactional (sent on commit) and reaches
 * every connection listening on the channel, whichever process it belongs to. One dedicated
 * connection per process listens; payloads stay far below NOTIFY's 8000-byte limit (ids only).
 */
@Injectable()
export class PostgresEventBus implements EventBus, OnApplicationShutdown {
  private readonly logger = new Logger(PostgresEventBus.name);
  private readonly local = new EventEmitter().setMaxListeners(0);
  private readonly channels = new Set<string>();
  private listener?: Promise<pg.Client>;
  private closed = false;
  private reconnectMs = RECONNECT_FIRST_MS;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
  ) {}

  async publish<T extends Topic>(topic: T, payload: EventPayloads[T]): Promise<void> {
    await this.transactions.tx.query('SELECT pg_notify($1, $2)', [channelOf(topic), JSON.stringify(payload)]);
  }

  async subscribe<T extends Topic>(topic: T): Promise<AsyncIterableIterator<EventPayloads[T]>> {
    const channel = channelOf(topic);
    const events = on(this.local, channel) as AsyncIterableIterator<[EventPayloads[T]]>;
    await this.listen(channel);
    const payloads: AsyncIterableIterator<EventPayloads[T]> = {
      next: async () => {
        const result = await events.next();
        return result.done ? result : { done: false, value: result.value[0] };
      },
      return: async () => (events.return?.() ?? { done: true, value: undefined }) as IteratorResult<EventPayloads[T]>,
      [Symbol.asyncIterator]: () => payloads,
    };
    return payloads;
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    const client = await this.listener?.catch(() => undefined);
    await client?.end().catch(() => undefined);
  }

  private async listen(channel: string): Promise<void> {
    const client = await this.connection();
    if (this.channels.has(channel)) return;
    this.channels.add(channel);
    await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
  }

  /** The listening connection, reconnected (with its channels) if the server drops it. */
  private connection(): Promise<pg.Client> {
    this.listener ??= this.connect();
    return this.listener;
  }

  private async connect(): Promise<pg.Client> {
    const options = this.dataSource.options as { url?: string; connectTimeoutMS?: number };
    const client = new pg.Client({
      connectionString: options.url, application_name: 'chainmatch-events', connectionTimeoutMillis: options.connectTimeoutMS, keepAlive: true,
    });
    client.on('notification', ({ channel, payload }) => this.local.emit(channel, JSON.parse(payload ?? 'null')));
    client.on('error', (error) => this.reconnectAfter(error));
    try {
      await client.connect();
      for (const channel of this.channels) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.reconnectMs = RECONNECT_FIRST_MS;
    return client;
  }

  private reconnectAfter(error: Error): void {
    if (this.closed) return;
    const delayMs = this.reconnectMs;
    this.reconnectMs = Math.min(RECONNECT_LAST_MS, delayMs * 2);
    this.logger.warn(`event listener connection lost (${error.message}); reconnecting in ${delayMs} ms`);
    this.listener = undefined;
    setTimeout(() => void this.connection().catch((e) => this.reconnectAfter(e as Error)), delayMs).unref();
  }
}
