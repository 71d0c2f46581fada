import { ApiProperty } from '@nestjs/swagger';

export class UnreadCount {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Unread, over all your workspaces' })
  unread!: number;
}

export class MarkedRead {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Notifications that were unread' })
  marked!: number;
}
