/**
 * `active`: completions are sent. `broken`: Slack refused a message for good (a 4xx such as 404
 * no_service); nothing more is sent until an admin connects again.
 */
export const CONNECTION_STATES = ['active', 'broken'] as const;

export type ConnectionState = (typeof CONNECTION_STATES)[number];
