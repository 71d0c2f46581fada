import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last known USD → currency rate, one row per currency: the fallback of last resort. */
@Entity({ schema: 'billing', name: 'fx_rates' })
export class FxRateEntity {
  @PrimaryColumn({ type: 'varchar', length: 3 })
  currency!: string;

  /** Units of `currency` per 1 USD, exact (numeric, read back as a string). */
  @Column({ type: 'numeric' })
  rate!: string;

  /** The day the FX API says the rate is for. */
  @Column({ name: 'rate_date', type: 'date' })
  rateDate!: string;

  /** When tenfold got it (for seeded rows: when the migration ran). */
  @Column({ name: 'fetched_at', type: 'timestamptz' })
  fetchedAt!: Date;

  /** Put there by a migration so a fresh install quotes offline, not fetched. */
  @Column({ type: 'boolean', default: false })
  seeded!: boolean;
}
