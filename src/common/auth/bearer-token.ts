/** The token of an `Authorization: Bearer <token>` header, if that is what the header holds. */
export function bearerTokenOf(authorization: string | undefined): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(authorization ?? '');
  return match?.[1];
}
