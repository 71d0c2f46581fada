import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';

import { SLACK_WEBHOOK_URL_MAX } from '../../domain/slack-webhook-url';
import { MaxCodePoints } from '../../../../common/http/max-code-points.decorator';

export class ConnectSlackDto {
  @ApiProperty({
    description:
      'A Slack incoming-webhook URL. Write-only: no answer shows it again (see webhookUrlHint).',
    example: 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
    maxLength: SLACK_WEBHOOK_URL_MAX,
    writeOnly: true,
  })
  // Messages of their own: class-validator's defaults could quote the value, which is a secret.
  @IsString({ message: 'webhookUrl must be a string' })
  @MaxCodePoints(SLACK_WEBHOOK_URL_MAX, {
    message: `webhookUrl must be at most ${SLACK_WEBHOOK_URL_MAX} characters`,
  })
  webhookUrl!: string;
}
