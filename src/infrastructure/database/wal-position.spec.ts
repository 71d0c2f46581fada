import {
  formatWalPosition,
  fromSortableWalPosition,
  laterWalPosition,
  parseWalPosition,
  sortableWalPosition,
} from './wal-position';

describe('WAL positions', () => {
  it('reads the pg_lsn text form as one 64-bit number', () => {
    expect(parseWalPosition('0/0')).toBe(0n);
    expect(parseWalPosition('0/3000148')).toBe(0x3000148n);
    expect(parseWalPosition('16/B374D848')).toBe((0x16n << 32n) + 0xb374d848n);
    expect(parseWalPosition('FFFFFFFF/FFFFFFFF')).toBe(2n ** 64n - 1n);
  });

  it('orders positions across the 32-bit boundary, where the text form does not', () => {
    // As strings "9/0" > "10/0"; as WAL positions it is the other way round.
    expect(parseWalPosition('10/0') > parseWalPosition('9/FFFFFFFF')).toBe(true);
  });

  it('refuses anything that is not a position', () => {
    for (const text of ['', '1', '1/', '/1', 'G/1', '1/2/3', '123456789/1']) {
      expect(() => parseWalPosition(text)).toThrow('not a WAL position');
    }
  });

  it('prints and stores positions so that they read back the same and sort as numbers', () => {
    const positions = ['0/1', '9/FFFFFFFF', '10/0', '16/B374D848'].map(parseWalPosition);
    for (const position of positions) {
      expect(parseWalPosition(formatWalPosition(position))).toBe(position);
      expect(fromSortableWalPosition(sortableWalPosition(position))).toBe(position);
    }
    const sorted = positions.map(sortableWalPosition).sort();
    expect(sorted.map(fromSortableWalPosition)).toEqual(positions);
  });

  it('takes the later of two positions, either of which may be unknown', () => {
    expect(laterWalPosition(1n, 2n)).toBe(2n);
    expect(laterWalPosition(3n, 2n)).toBe(3n);
    expect(laterWalPosition(null, 2n)).toBe(2n);
    expect(laterWalPosition(5n, undefined)).toBe(5n);
    expect(laterWalPosition(null, null)).toBeNull();
  });
});
