import { DomainError } from '../../../common/errors/domain-error';
import { QuotaExceeded } from '../../../common/errors/quota-exceeded';

/** No such export in this workspace (another workspace's export is "no such" too). */
export class ExportNotFound extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'export-not-found';
  constructor(exportId: string) {
    super(`No export ${exportId} in this workspace.`);
  }
}

/** The workspace already has as many exports queued or running as it may (409): one must finish. */
export class TooManyExportsInFlight extends QuotaExceeded {
  constructor(limit: number, current: number) {
    super(
      'exports-in-flight-limit',
      limit,
      current,
      `This workspace has ${current} exports queued or running; at most ${limit} may be at once. Request another when one has finished.`,
    );
  }
}
