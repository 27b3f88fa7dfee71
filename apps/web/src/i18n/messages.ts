/** A language's texts: exactly the keys of the Danish ones (the default language), each a string. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
