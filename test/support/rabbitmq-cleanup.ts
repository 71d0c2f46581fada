import { connect } from 'amqplib';

import { RabbitMqNames } from '../../src/infrastructure/events/rabbitmq-topology';

/** Deletes what a test declared on the shared broker under its own RABBITMQ_PREFIX. */
export async function deleteRabbitMqTopology(
  url: string,
  prefix: string,
  consumers: string[],
): Promise<void> {
  const names = new RabbitMqNames(prefix);
  const connection = await connect(url);
  try {
    const channel = await connection.createChannel();
    for (const consumer of consumers) {
      for (const queue of [
        names.queue(consumer),
        names.retryQueue(consumer),
        names.deadQueue(consumer),
      ]) {
        await channel.deleteQueue(queue);
      }
    }
    await channel.deleteExchange(names.exchange);
    await channel.deleteExchange(names.deadLetterExchange);
  } finally {
    await connection.close();
  }
}

/** Messages waiting in a queue right now. */
export async function messagesIn(url: string, queue: string): Promise<number> {
  const connection = await connect(url);
  try {
    const channel = await connection.createChannel();
    return (await channel.checkQueue(queue)).messageCount;
  } finally {
    await connection.close();
  }
}
