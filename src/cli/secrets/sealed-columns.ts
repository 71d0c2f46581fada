import { sealedUrlContext } from '../../modules/notifications/domain/slack-webhook-url';
import { sealedSecretContext } from '../../modules/webhooks/domain/signing-secret';

/**
 * Every column that holds values sealed by SecretBox, with the context each value is bound to
 * (docs/adr/0015). A new sealed column belongs here, or re-sealing would leave it under the old key
 * and `secrets:retire` would strand it: sealed-columns.spec.ts fails on a `sealed…Context` of a
 * module that is not listed.
 */
export interface SealedColumns {
  /** Schema-qualified table. */
  readonly table: string;
  /** Its primary key, one column (the context is built from it). */
  readonly idColumn: string;
  /** Nullable columns hold no value when null. */
  readonly columns: readonly string[];
  readonly context: (id: string) => string;
}

export const SEALED_COLUMNS: readonly SealedColumns[] = [
  {
    table: 'notifications.slack_connections',
    idColumn: 'workspace_id',
    columns: ['webhook_url'],
    context: sealedUrlContext,
  },
  {
    table: 'webhooks.endpoints',
    idColumn: 'id',
    columns: ['secret', 'previous_secret'],
    context: sealedSecretContext,
  },
];
