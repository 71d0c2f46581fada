/**
 * Other spellings of one path, as an attacker would try them against a router that decodes
 * percent-escapes, folds or keeps dot segments, and may treat slashes, `;` and case loosely.
 * Each is a raw request target (sent as is, not normalised by a URL parser).
 */
export function spellingsOf(path: string): string[] {
  const segments = path.split('/').slice(1);
  const join = (parts: string[]) => `/${parts.join('/')}`;
  const replaced = (index: number, segment: string) =>
    join(segments.map((part, at) => (at === index ? segment : part)));
  const spellings = new Set<string>([path, `${path}/`, `${path}/.`, `${path}?x=/health/live`]);
  spellings.add(`/${path}`);
  spellings.add(`/./${path.slice(1)}`);
  spellings.add(`/x/..${path}`);
  spellings.add(`/health/..${path}`);
  spellings.add(path.toUpperCase());
  segments.forEach((segment, index) => {
    if (segment === '') return;
    spellings.add(replaced(index, `${escapeLower(segment[0])}${segment.slice(1)}`));
    spellings.add(replaced(index, [...segment].map(escapeUpper).join('')));
    spellings.add(replaced(index, `${segment};jsessionid=1`));
    spellings.add(replaced(index, `${segment}%00`));
    spellings.add(replaced(index, `./${segment}`));
    spellings.add(replaced(index, `${segment}/../${segment}`));
    spellings.add(replaced(index, `/${segment}`));
    if (index < segments.length - 1) {
      const encodedSlash = [...segments];
      encodedSlash.splice(index, 2, `${segment}%2F${segments[index + 1]}`);
      spellings.add(join(encodedSlash));
      spellings.add(join(encodedSlash).replace('%2F', '%2f'));
      spellings.add(join(encodedSlash).replace('%2F', '\\'));
    }
  });
  return [...spellings];
}

function escapeLower(char: string): string {
  return `%${char.charCodeAt(0).toString(16).padStart(2, '0').toLowerCase()}`;
}

function escapeUpper(char: string): string {
  return `%${char.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`;
}
