import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';

import { createWebApp } from '../../src/app/create-web-app';
import type { AppConfig } from '../../src/infrastructure/config/app-config';
import { checkedAgainstContract } from './contract/contract-check';

/** The real web application in this test process, driven over HTTP through supertest. */
export class WebAppUnderTest {
  private constructor(
    readonly app: NestFastifyApplication,
    readonly config: AppConfig,
  ) {}

  static async start(config: AppConfig): Promise<WebAppUnderTest> {
    return new WebAppUnderTest(await createWebApp(config), config);
  }

  /** Every answer it receives is checked against openapi.json (test/support/contract/). */
  get http(): TestAgent {
    return checkedAgainstContract(request(this.app.getHttpServer()));
  }

  async close(): Promise<void> {
    await this.app.close();
  }
}
