/** A digest takes no options (yet); with whitelisting on, any field given is a 400. */
export class RequestDigestDto {}
