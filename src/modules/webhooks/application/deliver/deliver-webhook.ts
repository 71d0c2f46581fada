import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { TEST_EVENT_TYPE } from '../../domain/public-event-types';
import { RetrySchedule } from '../../domain/retry-schedule';
import { DeliveryEntity } from '../../persistence/delivery.entity';
import { EndpointEntity } from '../../persistence/endpoint.entity';
import { DeliveryQueue, type DeliveryJobData } from '../delivery-queue';
import { type AttemptResult, RESPONSE_BODY_MAX } from './attempt-result';
import { DeliveryNotVisibleYet } from './delivery-not-visible.error';
import { SendDelivery } from './send-delivery';

export type DeliveryOutcome = AttemptResult['kind'] | 'stale' | 'gave-up' | 'endpoint-disabled';

/** A follow-up attempt to enqueue once the row saying so has committed. */
interface FollowUp {
  dispatch: number;
  delayMs: number;
}

/**
 * Runs one delivery job: send, then record the outcome in the delivery log and decide what is
 * next (done, retry per the schedule, wait for the breaker, or give up and disable the endpoint).
 * docs/WEBHOOKS.md has the rules.
 */
@Injectable()
export class DeliverWebhook {
  private readonly logger = new Logger('Webhooks');

  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly sender: SendDelivery,
    private readonly schedule: RetrySchedule,
    private readonly queue: DeliveryQueue,
  ) {}

  async run({ deliveryId, dispatch }: DeliveryJobData, lastTry: boolean): Promise<DeliveryOutcome> {
    const manager = this.dataSource.manager;
    const delivery = await manager.findOneBy(DeliveryEntity, { id: deliveryId });
    if (!delivery) {
      if (lastTry) return 'stale'; // its transaction rolled back, or the endpoint was deleted
      throw new DeliveryNotVisibleYet(deliveryId);
    }
    if (delivery.status !== 'pending') return 'stale';
    if (delivery.dispatch !== dispatch) {
      // This job already recorded its outcome but could not enqueue the next one: do it now.
      if (delivery.dispatch === dispatch + 1) await this.enqueueDue(delivery);
      return 'stale';
    }
    const endpoint = await manager.findOneBy(EndpointEntity, { id: delivery.endpointId });
    if (!endpoint) return 'stale';
    if (!endpoint.enabled && delivery.eventType !== TEST_EVENT_TYPE) {
      await this.settle(delivery.id, dispatch, (row) => {
        row.status = 'failed';
        row.nextAttemptAt = null;
        row.lastError = `not sent: the endpoint is disabled (${endpoint.disabledReason ?? 'no reason'})`;
      });
      return 'endpoint-disabled';
    }
    const result = await this.sender.send(delivery, endpoint);
    return this.record(delivery, endpoint, result);
  }

  private async record(
    delivery: DeliveryEntity,
    endpoint: EndpointEntity,
    result: AttemptResult,
  ): Promise<DeliveryOutcome> {
    const now = new Date();
    let outcome: DeliveryOutcome = result.kind;
    const followUp = await this.settle(delivery.id, delivery.dispatch, async (row, manager) => {
      if (result.kind === 'circuit-open') {
        // Not an attempt: nothing was sent, and the schedule step is kept.
        row.lastError = `not sent: the endpoint's circuit breaker is open`;
        return this.retryIn(row, withJitter(result.retryInMs));
      }
      row.attempts += 1;
      row.lastAttemptAt = now;
      row.latencyMs = result.latencyMs === undefined ? null : Math.round(result.latencyMs);
      row.responseStatus = result.status ?? null;
      row.responseBody = result.body === undefined ? null : result.body.slice(0, RESPONSE_BODY_MAX);
      if (result.kind === 'delivered') {
        row.status = 'delivered';
        row.nextAttemptAt = null;
        row.lastError = null;
        await manager.update(EndpointEntity, { id: endpoint.id }, { lastSuccessAt: now });
        return null;
      }
      if (result.kind === 'gone') {
        row.status = 'failed';
        row.nextAttemptAt = null;
        row.lastError = 'answered 410 Gone: the endpoint was disabled';
        await this.disable(manager, endpoint.id, `answered 410 Gone on ${now.toISOString()}`);
        return null;
      }
      row.lastError = result.error.slice(0, 1000);
      const wait = this.schedule.waitAfter(row.scheduleStep);
      if (wait !== null) {
        row.scheduleStep += 1;
        return this.retryIn(row, wait);
      }
      outcome = 'gave-up';
      row.status = 'failed';
      row.nextAttemptAt = null;
      row.lastError = `gave up after ${row.attempts} attempts; last: ${result.error}`.slice(
        0,
        1000,
      );
      await this.disableIfFailingSince(manager, endpoint.id, row, result.error);
      return null;
    });
    if (result.kind !== 'delivered') {
      this.logger.warn(
        { deliveryId: delivery.id, endpointId: endpoint.id, outcome },
        'webhook not delivered',
      );
    }
    if (followUp) await this.queue.enqueue(delivery.id, followUp.dispatch, followUp.delayMs);
    return outcome;
  }

  private retryIn(row: DeliveryEntity, delayMs: number): FollowUp {
    row.dispatch += 1;
    row.nextAttemptAt = new Date(Date.now() + delayMs);
    return { dispatch: row.dispatch, delayMs };
  }

  /**
   * The schedule is spent: disable the endpoint, unless some delivery to it succeeded since this
   * one was created (the endpoint works, this event is the problem).
   */
  private async disableIfFailingSince(
    manager: EntityManager,
    endpointId: string,
    row: DeliveryEntity,
    error: string,
  ): Promise<void> {
    const endpoint = await manager.findOneBy(EndpointEntity, { id: endpointId });
    if (!endpoint || (endpoint.lastSuccessAt && endpoint.lastSuccessAt > row.createdAt)) return;
    if (row.eventType === TEST_EVENT_TYPE) return;
    const since = row.createdAt.toISOString();
    await this.disable(
      manager,
      endpointId,
      `every delivery failed since ${since} (last: ${error})`,
    );
  }

  private async disable(manager: EntityManager, endpointId: string, reason: string) {
    await manager.update(
      EndpointEntity,
      { id: endpointId, enabled: true },
      { enabled: false, disabledReason: reason.slice(0, 500) },
    );
  }

  /**
   * Applies `change` to the delivery row under a lock, if no redelivery replaced this dispatch in
   * the meantime; answers the follow-up `change` asks for.
   */
  private async settle(
    deliveryId: string,
    dispatch: number,
    change: (
      row: DeliveryEntity,
      manager: EntityManager,
    ) => FollowUp | null | void | Promise<FollowUp | null | void>,
  ): Promise<FollowUp | null> {
    return this.unitOfWork.run(null, async (manager) => {
      const row = await manager.findOne(DeliveryEntity, {
        where: { id: deliveryId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row || row.dispatch !== dispatch || row.status !== 'pending') return null;
      const followUp = (await change(row, manager)) ?? null;
      await manager.save(row);
      return followUp;
    });
  }

  private async enqueueDue(delivery: DeliveryEntity): Promise<void> {
    const due = delivery.nextAttemptAt ? delivery.nextAttemptAt.getTime() - Date.now() : 0;
    await this.queue.enqueue(delivery.id, delivery.dispatch, Math.max(0, due));
  }
}

/** Breaker waits get up to 10 % more, so a fleet's waiting deliveries do not probe all at once. */
function withJitter(ms: number): number {
  return Math.round(ms * (1 + 0.1 * Math.random()));
}
