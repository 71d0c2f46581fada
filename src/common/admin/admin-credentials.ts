import { createHash, timingSafeEqual } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { AppConfig } from '../../infrastructure/config/app-config';
import { ProblemException } from '../http/problem.exception';

/** Platform-admin Basic credentials from config, compared in constant time. */
@Injectable()
export class AdminCredentials {
  private readonly expected: Buffer;

  constructor(config: AppConfig) {
    this.expected = digest(`${config.admin.username}:${config.admin.password}`);
  }

  /** Whether the request presents Basic credentials at all (right or wrong). */
  presentedBy(authorization: string | undefined): boolean {
    return /^Basic /i.test(authorization ?? '');
  }

  accepts(authorization: string | undefined): boolean {
    const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(authorization ?? '');
    if (!match) return false;
    const presented = Buffer.from(match[1], 'base64').toString('utf8');
    return timingSafeEqual(digest(presented), this.expected);
  }
}

export function adminAuthenticationRequired(): ProblemException {
  return new ProblemException({
    status: 401,
    title: 'Unauthorized',
    code: 'admin-authentication-required',
    detail:
      'This is for platform admins: send a session token or the Basic credentials ' +
      '(in a browser, sign in at /admin/login).',
    headers: { 'WWW-Authenticate': 'Basic realm="tenfold admin", charset="UTF-8"' },
  });
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
