import { Global, Module } from '@nestjs/common';

import { OutgoingMail } from './outgoing-mail';

/** Both processes: `OutgoingMail` enqueues email. Only the worker sends (MailWorkerModule). */
@Global()
@Module({
  providers: [OutgoingMail],
  exports: [OutgoingMail],
})
export class MailModule {}
