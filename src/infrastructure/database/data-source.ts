import { DataSource } from 'typeorm';

import { loadConfig } from '../config/load-config';
import { buildDataSourceOptions } from './data-source-options';

/** The one DataSource the TypeORM CLI loads (npm run migration:*). Migrations run on the primary. */
export default new DataSource(buildDataSourceOptions(loadConfig(), 'tenfold-migrations'));
