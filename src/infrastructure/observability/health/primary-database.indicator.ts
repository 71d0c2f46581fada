import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';

const CHECK_TIMEOUT_MS = 2_000;

@Injectable()
export class PrimaryDatabaseIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly dataSource: DataSource,
  ) {}

  check() {
    return this.health
      .check('primary')
      .attempt(async () => {
        if (!this.dataSource.isInitialized) throw new Error('not connected yet');
        await this.dataSource.query('SELECT 1');
      })
      .withTimeout(CHECK_TIMEOUT_MS);
  }
}
