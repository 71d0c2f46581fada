import { Module } from '@nestjs/common';

/** Billing quotes in local currency (FX rates through OutboundHttp). Web only. */
@Module({})
export class BillingHttpModule {}
