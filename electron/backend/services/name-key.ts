/**
 * The form of an agency name used to spot duplicates and to search: "St. Mary's C of E Primary School"
 * and "ST MARYS C OF E PRIMARY SCHOOL " both become "st marys c of e primary school".
 * Idempotent, so a stored key can be compared with a key built from user input.
 */
export function nameKey(name: string): string {
  return (
    name
      // Accents folded: "Café" and "Cafe" are the same setting.
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/&/g, ' and ')
      // Apostrophes join rather than split: "Mary's" -> "marys", not "mary s".
      .replace(/['\u2018\u2019`]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
  );
}
