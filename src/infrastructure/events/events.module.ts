import { Global, Module } from '@nestjs/common';

import { EventOutbox } from './event-outbox';

/** Both processes: publishing into the outbox. Relay, transports and consumers: EventsWorkerModule. */
@Global()
@Module({
  providers: [EventOutbox],
  exports: [EventOutbox],
})
export class EventsModule {}
