import { Module } from '@nestjs/common';

import { ownedByModule } from '../../infrastructure/database/module-roles/module-owner';
import { GetQuoteHandler } from './application/get-quote/get-quote.handler';
import { BillingModule } from './billing.module';
import { BillingController } from './http/billing.controller';
import { LastKnownQuote } from './http/last-known-quote.fallback';

/** Billing quotes in local currency (FX rates through OutboundHttp). Web only. */
@Module({
  imports: [BillingModule],
  controllers: [BillingController],
  providers: [ownedByModule('billing'), GetQuoteHandler, LastKnownQuote],
})
export class BillingHttpModule {}
