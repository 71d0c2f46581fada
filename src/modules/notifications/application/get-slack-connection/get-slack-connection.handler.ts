import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import { SecretBox } from '../../../../infrastructure/secrets/secret-box';
import { sealedUrlContext } from '../../domain/slack-webhook-url';
import { SlackConnectionEntity } from '../../persistence/slack-connection.entity';
import { type SlackConnectionView, slackConnectionViewOf } from '../slack-connection-view';
import { GetSlackConnectionQuery } from './get-slack-connection.query';

/** Read on the primary: a tiny row, and an admin expects to see a change they just made. */
@QueryHandler(GetSlackConnectionQuery)
export class GetSlackConnectionHandler implements IQueryHandler<GetSlackConnectionQuery> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly secrets: SecretBox,
  ) {}

  async execute({ props: { workspaceId } }: GetSlackConnectionQuery): Promise<SlackConnectionView> {
    const connection = await this.dataSource.manager.findOneBy(SlackConnectionEntity, {
      workspaceId,
    });
    if (!connection) return slackConnectionViewOf(null, '');
    const webhookUrl = this.secrets.open(connection.webhookUrl, sealedUrlContext(workspaceId));
    return slackConnectionViewOf(connection, webhookUrl);
  }
}
