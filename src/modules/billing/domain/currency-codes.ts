/**
 * The ISO 4217 codes in use, as this Node's ICU data lists them (about 160; no historic codes,
 * no funds or metals). A quote for any other code is refused before any FX call, so the codes an
 * attacker can make tenfold look up are these, not all 17,576 three-letter words. A code ISO adds
 * later is quotable once the runtime's ICU data knows it (a Node update).
 */
const IN_USE: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

export function isCurrencyInUse(code: string): boolean {
  return IN_USE.has(code);
}
