/** Never logged: credentials in headers and anything named like a secret in a logged object. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'req.headers["proxy-authorization"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.secret',
  '*.previousSecret', // webhook signing secrets (`secret` is covered above)
  '*.accessToken',
  '*.refreshToken',
  // Request bodies are not logged; this is for any object that ever carries a Slack webhook URL.
  '*.webhookUrl',
];
