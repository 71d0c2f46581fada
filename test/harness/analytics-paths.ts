/**
 * Whether a request target belongs to the analytics service: `/v1/workspaces/{id}/analytics` and
 * everything below it (reports, activity, exports, the activity log). The edge decides on a
 * loose reading (escapes decoded, case and repeated slashes folded), so that every spelling the
 * app's router could take for an analytics route reaches the one process that has them; the
 * service then answers a spelling it does not serve with 404, as the monolith does.
 */
export function isAnalyticsPath(target: string): boolean {
  const path = target.split('?')[0];
  return ANALYTICS.test(
    decodedLoosely(path)
      .toLowerCase()
      .replace(/[/\\]+/g, '/'),
  );
}

const ANALYTICS = /^\/v1\/workspaces\/[^/]+\/analytics(?:[/;%]|$)/;

/** Percent-escapes decoded where they are valid; a bad escape stays as it is. */
function decodedLoosely(path: string): string {
  return path.replace(/(?:%[0-9a-f]{2})+/gi, (escapes) => {
    try {
      return decodeURIComponent(escapes);
    } catch {
      return escapes;
    }
  });
}
