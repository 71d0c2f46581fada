import { ApiProperty } from '@nestjs/swagger';

import { PageOf } from '../../../common/pagination/page';
import { LABEL_NAME_MAX } from '../domain/label-rules';
import type { LabelRow } from '../persistence/labels.store';

/** A workspace label as clients see it. */
export class LabelView {
  @ApiProperty({ format: 'uuid', example: '0c6f4e2a-9d1b-4b7e-8a3c-5f2d1e9b7a60' })
  id!: string;

  @ApiProperty({
    minLength: 1,
    maxLength: LABEL_NAME_MAX,
    description: 'Unique in the workspace, ignoring case',
    example: 'Bug',
  })
  name!: string;

  @ApiProperty({
    pattern: '^#[0-9a-f]{6}$',
    description: '`#rrggbb`, lower case',
    example: '#d73a4a',
  })
  color!: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-02T09:15:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-04T16:40:12.000Z' })
  updatedAt!: string;
}

export class LabelPage extends PageOf(LabelView, 'LabelPage') {}

export function labelViewOf(label: LabelRow): LabelView {
  return {
    id: label.id,
    name: label.name,
    color: label.color,
    createdAt: label.createdAt.toISOString(),
    updatedAt: label.updatedAt.toISOString(),
  };
}
