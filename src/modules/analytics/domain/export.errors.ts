import { DomainError } from '../../../common/errors/domain-error';

/** No such export in this workspace (another workspace's export is "no such" too). */
export class ExportNotFound extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'export-not-found';
  constructor(exportId: string) {
    super(`No export ${exportId} in this workspace.`);
  }
}
