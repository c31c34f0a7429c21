/**
 * Text with its accents taken off ("Chloé" → "Chloe"), so a student's name and a file name come out the same
 * however they were typed. Compatibility forms fold too (NFKD: "ﬁ" → "fi"). Pure.
 */
export const withoutAccents = (text: string): string =>
  text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
