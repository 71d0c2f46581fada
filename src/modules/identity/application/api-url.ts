/** An API route as the mails name it: the public base URL (PUBLIC_BASE_URL) and the route. */
export function apiUrl(publicBaseUrl: string, route: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}${route}`;
}
