import { ApiProperty } from '@nestjs/swagger';

import { EndpointView } from '../endpoint-view';

/** The answer shows the signing secret, this once. */
export class CreatedEndpoint extends EndpointView {
  @ApiProperty({
    example: 'whsec_ZXhhbXBsZS1zZWNyZXQtbm90LWZvci1yZWFsLXVzZSE=',
    description:
      'The Standard Webhooks signing secret (`whsec_` + base64). Shown this once: store it now.',
  })
  secret!: string;
}
