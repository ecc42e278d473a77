export { EVENT_BUS } from './event-bus.port.js';
export type { EventBus, EventPayloads, Topic } from './event-bus.port.js';
export { EventsModule } from './events.module.js';
export { PostgresEventBus } from './postgres-event-bus.js';
