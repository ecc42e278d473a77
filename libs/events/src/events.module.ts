import { Global, Module } from '@nestjs/common';
import { EVENT_BUS } from './event-bus.port.js';
import { PostgresEventBus } from './postgres-event-bus.js';

@Global()
@Module({
  providers: [PostgresEventBus, { provide: EVENT_BUS, useExisting: PostgresEventBus }],
  exports: [EVENT_BUS],
})
export class EventsModule {}
