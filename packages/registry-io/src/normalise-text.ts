/**
 * Key used to compare what a user typed with names, codes and headers: NFKC folds
 * full-width letters, digits and brackets to half-width; blanks vanish; case is ignored.
 */
export function comparisonKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000\u200b\ufeff]+/g, '')
    .toLowerCase();
}

const BLANK = /[\s\u3000\u200b\ufeff]/;

/** Trim, including full-width spaces and zero-width characters Excel users paste in. */
export function cleanCell(text: string): string {
  if (text === '' || (!BLANK.test(text[0]!) && !BLANK.test(text[text.length - 1]!))) return text;
  return text.replace(/^[\s\u3000\u200b\ufeff]+|[\s\u3000\u200b\ufeff]+$/g, '');
}
