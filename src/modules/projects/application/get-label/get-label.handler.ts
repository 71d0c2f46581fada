import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import { labelOf } from '../../persistence/labels.store';
import { labelViewOf, type LabelView } from '../label-view';
import { GetLabelQuery } from './get-label.query';

@QueryHandler(GetLabelQuery)
export class GetLabelHandler implements IQueryHandler<GetLabelQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ props: { workspaceId, labelId } }: GetLabelQuery): Promise<LabelView> {
    return labelViewOf(await labelOf(this.dataSource.manager, workspaceId, labelId));
  }
}
