import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';

import { ThrottledErrorLog } from '../observability/logging/throttled-error-log';
import { QUEUE_NAMES } from './queue-names';

/** Routes queue connection errors to the logger, throttled, instead of raw console output. */
@Injectable()
export class QueueErrorLogging implements OnModuleInit {
  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    const logger = new Logger('Queue');
    for (const name of QUEUE_NAMES) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      queue.on('error', new ThrottledErrorLog(logger, `queue ${name}`).record);
    }
  }
}
