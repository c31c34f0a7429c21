/**
 * The one language tag of the interface: `<html lang>` and every number and date the site formats. Each area
 * re-exports it as `locale` so code formats with the words it already imports.
 */
export const locale = 'en-GB';
