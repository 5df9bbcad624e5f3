/**
 * The shape every language's catalogue must have: the Spanish catalogue's keys, each holding a
 * string. `const en: SameKeys<typeof es> = {…}` fails to compile when a key is missing or extra.
 */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };
