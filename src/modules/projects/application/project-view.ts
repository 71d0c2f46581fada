import { ApiProperty } from '@nestjs/swagger';

import { PageOf } from '../../../common/pagination/page';
import { PROJECT_DESCRIPTION_MAX, PROJECT_NAME_MAX } from '../domain/text-limits';
import type { ProjectEntity } from '../persistence/project.entity';

/** A project as clients see it; a class so that the OpenAPI document shows its schema. */
export class ProjectView {
  @ApiProperty({ format: 'uuid', example: '3f1c2a9e-6b7d-4c1e-9a8f-2d5e7b4c6a10' })
  id!: string;

  @ApiProperty({ maxLength: PROJECT_NAME_MAX, example: 'Website relaunch' })
  name!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    maxLength: PROJECT_DESCRIPTION_MAX,
    example: 'New landing pages and a faster checkout',
  })
  description!: string | null;

  @ApiProperty({
    description: 'An archived project is read-only: no edits and no new tasks.',
    example: false,
  })
  archived!: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  archivedAt!: string | null;

  @ApiProperty({
    format: 'uuid',
    description: 'The user who created the project',
    example: '8d0b5c1e-2f4a-4e6b-9c3d-7a1e5f9b2c44',
  })
  createdBy!: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-02T09:15:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-04T16:40:12.000Z' })
  updatedAt!: string;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description:
      'Raised by every change of the project; the `ETag` of `GET` and `PATCH` is this number in ' +
      'quotes, for `If-Match`',
    example: 2,
  })
  version!: number;
}

/** One page of the workspace's projects, oldest first. */
export class ProjectList extends PageOf(ProjectView, 'ProjectList') {}

export function projectViewOf(project: ProjectEntity): ProjectView {
  return {
    id: project.id,
    name: project.name,
    description: project.description,
    archived: project.archivedAt !== null,
    archivedAt: project.archivedAt?.toISOString() ?? null,
    createdBy: project.createdBy,
    createdAt: project.createdAt.toISOString(),
    updatedAt: project.updatedAt.toISOString(),
    version: project.version,
  };
}
