import { AppConfig } from '../infrastructure/config/app-config';
import { InvalidConfigurationError } from '../infrastructure/config/config.error';
import { loadConfig } from '../infrastructure/config/load-config';

/** Start-up stops with one line naming each bad variable, and no stack trace to wade through. */
export function loadConfigOrExit(): AppConfig {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof InvalidConfigurationError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
