/** The Postgres NOTIFY channel the relay LISTENs on; a notification is delivered only at commit. */
export const OUTBOX_CHANNEL = 'tenfold_outbox';
