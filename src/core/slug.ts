/**
 * URL slugs for post filenames: lowercase ASCII words joined by '-', with Spanish (and other
 * Latin-script) letters transliterated rather than dropped.
 */

// Letters that NFD does not split into a base letter plus marks.
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
};

/** Returns the text lowercased, diacritics stripped and special letters spelled in ASCII. */
function transliterate(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[ßæœøđðþłı]/g, (c) => LETTERS[c])
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      // Apostrophes join a word ("Chile's" → "chiles") instead of splitting it.
      .replace(/['’‘`]/g, '')
  );
}

/**
 * Returns a slug for `title`: lowercase ASCII, accents and ñ transliterated, every other run of
 * characters (punctuation, spaces, emoji) turned into one '-', no '-' at either end, at most
 * `maxLength` characters (cut at a word boundary when one falls in the second half), or
 * `fallback` when nothing is left ('sin-titulo'; pass 'untitled' for English).
 */
export function slugify(title: string, maxLength = 60, fallback = 'sin-titulo'): string {
  let slug = transliterate(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > maxLength) {
    const cut = slug.slice(0, maxLength + 1).lastIndexOf('-');
    slug = cut > maxLength / 2 ? slug.slice(0, cut) : slug.slice(0, maxLength);
    slug = slug.replace(/-+$/, '');
  }
  return slug || fallback;
}
