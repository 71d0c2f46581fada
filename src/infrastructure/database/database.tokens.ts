/** DI token: application_name of this process's connections (seen in pg_stat_activity). */
export const DATABASE_APPLICATION_NAME = Symbol('DATABASE_APPLICATION_NAME');
