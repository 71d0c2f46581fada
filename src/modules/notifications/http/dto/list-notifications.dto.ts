import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

import { PageQueryDto } from '../../../../common/pagination/page-query.dto';

export class ListNotificationsDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description:
      '`true`: unread ones only (a list of its own: its cursors do not fit the full list)',
    example: 'true',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  unread?: 'true' | 'false';
}
