import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';

import { AppConfig } from '../config/app-config';
import { SendEmailProcessor } from './send-email.processor';
import { createSmtpTransport, SMTP_TRANSPORT, type SmtpTransport } from './smtp-transport';

/** Worker only: the SMTP transport and the processor of the `email` queue. Needs MailModule too. */
@Module({
  providers: [
    { provide: SMTP_TRANSPORT, inject: [AppConfig], useFactory: createSmtpTransport },
    SendEmailProcessor,
  ],
})
export class MailWorkerModule implements OnApplicationShutdown {
  constructor(@Inject(SMTP_TRANSPORT) private readonly smtp: SmtpTransport) {}

  // The worker has drained its jobs by now (graceful-shutdown.ts), so closing loses no delivery.
  onApplicationShutdown(): void {
    this.smtp.close();
  }
}
