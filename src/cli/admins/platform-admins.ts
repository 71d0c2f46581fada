import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { SessionStore } from '../../modules/identity/sessions/session-store';
import { CliRefusal } from '../cli-errors';

export interface PlatformAdmin {
  readonly id: string;
  readonly email: string;
  /** False: the flag is set but counts for nothing until the address is verified (ADR 0006). */
  readonly verified: boolean;
}

/**
 * The platform-admin right (Swagger UI, the queue dashboard, /v1/admin/*) lives in the database
 * (identity.users.is_platform_admin), never in config, and counts only while the user's email is
 * verified (docs/adr/0006). Operators grant it here; no API route can.
 */
@Injectable()
export class PlatformAdmins {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionStore,
  ) {}

  async list(): Promise<PlatformAdmin[]> {
    const rows: { id: string; email: string; verified: boolean }[] = await this.dataSource.query(
      `SELECT id, email, email_verified_at IS NOT NULL AS verified
         FROM identity.users WHERE is_platform_admin ORDER BY email, id`,
    );
    return rows;
  }

  /** Effective from the user's next login: a session carries the flag it was issued with. */
  async grant(email: string): Promise<void> {
    // An UPDATE answers [rows, affected count] through TypeORM's Postgres driver.
    const [granted]: [unknown[], number] = await this.dataSource.query(
      `UPDATE identity.users SET is_platform_admin = true
        WHERE email = $1 AND email_verified_at IS NOT NULL
        RETURNING id`,
      [email],
    );
    if (granted.length === 1) return;
    const known: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM identity.users WHERE email = $1`,
      [email],
    );
    if (known.length === 0) throw new CliRefusal(`no user has the email ${email}: nothing granted`);
    throw new CliRefusal(
      `${email} has not verified the address yet: nothing granted. An address nobody proved to ` +
        'own must not open the admin pages; ask the user to follow the verification mail first.',
    );
  }

  /**
   * Takes the right back and ends every session of the user now: the flag rides in sessions until
   * they end. Answers how many sessions ended.
   */
  async revoke(email: string): Promise<number> {
    const [rows]: [{ id: string }[], number] = await this.dataSource.query(
      `UPDATE identity.users SET is_platform_admin = false WHERE email = $1 RETURNING id`,
      [email],
    );
    if (rows.length === 0) throw new CliRefusal(`no user has the email ${email}: nothing revoked`);
    return this.sessions.revokeAll(rows[0].id);
  }

  /** The user's admin flag, or undefined for an unknown email (dry runs). */
  async flagOf(email: string): Promise<boolean | undefined> {
    const rows: { is_platform_admin: boolean }[] = await this.dataSource.query(
      `SELECT is_platform_admin FROM identity.users WHERE email = $1`,
      [email],
    );
    return rows[0]?.is_platform_admin;
  }
}
