import { Global, Module } from '@nestjs/common';

import { OutgoingMail } from './outgoing-mail';
import { RecipientOrder } from './recipient-order';

/** Both processes: `OutgoingMail` enqueues email. Only the worker sends (MailWorkerModule). */
@Global()
@Module({
  providers: [OutgoingMail, RecipientOrder],
  exports: [OutgoingMail, RecipientOrder],
})
export class MailModule {}
