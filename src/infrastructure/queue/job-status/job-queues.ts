import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';

import type { QueueName } from '../queue-names';

/** The registered BullMQ queues (QueueModule), looked up by name. */
@Injectable()
export class JobQueues {
  constructor(private readonly moduleRef: ModuleRef) {}

  of(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }
}
