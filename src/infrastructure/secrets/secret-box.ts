import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { AppConfig } from '../config/app-config';

/** Sealed values start with this; anything else is a value stored before sealing existed. */
const VERSION = 'tfs1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class UnreadableSecret extends Error {
  constructor(reason: string) {
    super(`stored secret cannot be opened: ${reason}`);
    this.name = 'UnreadableSecret';
  }
}

/**
 * Seals secrets that tenfold must store and later use in clear (a Slack webhook URL, a webhook
 * signing secret) with AES-256-GCM, so that a database dump, a replica or a backup does not hand
 * them out. `context` (e.g. `slack-webhook-url:<workspaceId>`) is authenticated with the value:
 * a sealed value copied to another row does not open there.
 *
 * Stored form: `tfs1:<key id>:<iv>:<ciphertext + tag>` (base64url). The first key of
 * SECRETS_KEYS seals; every key listed opens what it sealed, so keys rotate by putting a new one
 * first and re-sealing (docs/adr/0015-secrets-sealed-at-rest.md).
 */
@Injectable()
export class SecretBox {
  private readonly keys: Map<string, Buffer>;
  private readonly sealingKeyId: string;

  constructor(config: AppConfig) {
    this.keys = new Map(config.secrets.keys.map(({ id, key }) => [id, Buffer.from(key, 'base64')]));
    this.sealingKeyId = config.secrets.keys[0].id;
  }

  seal(plain: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.sealingKeyId)!, iv);
    cipher.setAAD(Buffer.from(context));
    const sealed = Buffer.concat([
      cipher.update(plain, 'utf8'),
      cipher.final(),
      cipher.getAuthTag(),
    ]);
    return [
      VERSION,
      this.sealingKeyId,
      iv.toString('base64url'),
      sealed.toString('base64url'),
    ].join(':');
  }

  /** The value in clear. A value stored before sealing existed is returned as it is. */
  open(stored: string, context: string): string {
    if (!isSealed(stored)) return stored;
    const [, keyId, iv, sealed] = stored.split(':');
    const key = this.keys.get(keyId);
    if (!key) throw new UnreadableSecret(`key "${keyId}" is not in SECRETS_KEYS`);
    const bytes = Buffer.from(sealed, 'base64url');
    if (bytes.length < TAG_BYTES) throw new UnreadableSecret('too short');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    try {
      const plain = Buffer.concat([
        decipher.update(bytes.subarray(0, bytes.length - TAG_BYTES)),
        decipher.final(),
      ]);
      return plain.toString('utf8');
    } catch {
      throw new UnreadableSecret('it was altered, or sealed for another row');
    }
  }

  /** Sealed with a key other than the sealing one (or not at all): worth re-sealing. */
  needsResealing(stored: string): boolean {
    return !isSealed(stored) || stored.split(':')[1] !== this.sealingKeyId;
  }
}

/** The prefix every value sealed with `keyId` starts with (to find them in SQL). */
export function sealedPrefixOf(keyId: string): string {
  return `${VERSION}:${keyId}:`;
}

function isSealed(stored: string): boolean {
  return stored.startsWith(`${VERSION}:`) && stored.split(':').length === 4;
}
