import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../electron/backend/services/name-key';

describe('nameKey', () => {
  it('folds the spellings of one name together', () => {
    expect(nameKey("St. Mary's C.E. Primary & Nursery ")).toBe('st marys c e primary and nursery');
    expect(nameKey('ST MARYS C E PRIMARY AND NURSERY')).toBe('st marys c e primary and nursery');
    expect(nameKey('Café  Crèche\u2019s (Hollins-Bridge)')).toBe('cafe creches hollins bridge');
  });

  it('is idempotent for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => nameKey(nameKey(s)) === nameKey(s)), { numRuns: 500 });
  });

  it('ignores case, and the punctuation and spacing between words', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), minLength: 1, maxLength: 8 });
    const sep = fc.constantFrom(' ', '  ', ' - ', ', ', '. ', ' / ', '\t', '.', '(', ') ');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), sep, (words, s) => {
        const plain = nameKey(words.join(' '));
        expect(nameKey(words.join(s).toUpperCase())).toBe(plain);
        expect(nameKey(`  ${words.join(s)}.  `)).toBe(plain);
      }),
      { numRuns: 300 },
    );
  });
});
