export function ensureXmllint(): void;
