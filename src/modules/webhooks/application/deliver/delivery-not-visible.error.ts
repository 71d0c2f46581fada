/** The job ran before the transaction that wrote its delivery committed; BullMQ retries it. */
export class DeliveryNotVisibleYet extends Error {
  constructor(deliveryId: string) {
    super(`delivery ${deliveryId} is not visible (yet)`);
  }
}
