import { isIPv4, isIPv6 } from 'node:net';

/** The 16 bytes of an IPv6 address in any textual form (a dotted IPv4 tail included); else null. */
export function ipv6Bytes(address: string): number[] | null {
  const text = address.split('%')[0];
  if (!isIPv6(text)) return null;
  const compressed = text.includes('::');
  const [head, tail] = compressed ? text.split('::') : [text, ''];
  const left = withHexTail(head ? head.split(':') : []);
  const right = withHexTail(tail ? tail.split(':') : []);
  const zeros = compressed ? 8 - left.length - right.length : 0;
  const hextets = [...left, ...Array<string>(zeros).fill('0'), ...right];
  return hextets.flatMap((hextet) => {
    const value = parseInt(hextet, 16);
    return [value >> 8, value & 0xff];
  });
}

/** `::ffff:1.2.3.4` → the dotted tail as two hextets. */
function withHexTail(parts: string[]): string[] {
  const last = parts.at(-1);
  if (!last || !isIPv4(last)) return parts;
  const [a, b, c, d] = last.split('.').map(Number);
  return [...parts.slice(0, -1), ((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}
