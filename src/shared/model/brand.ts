/** A nominal type: a plain value at run time, but not interchangeable with other strings at compile time. */
export type Brand<T, Name extends string> = T & { readonly __brand: Name }
