import { ApiProperty } from '@nestjs/swagger';

import { EXAMPLE_WORKSPACE_ID } from '../openapi-examples';

/** What a rename answers: the workspace's id and its new name. */
export class RenamedWorkspaceView {
  @ApiProperty({ format: 'uuid', example: EXAMPLE_WORKSPACE_ID })
  id!: string;

  @ApiProperty({ example: 'Acme Robotics', maxLength: 100 })
  name!: string;
}
