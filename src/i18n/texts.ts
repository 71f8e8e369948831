/**
 * The shape every language's dictionary has: the German one is the reference, and another
 * language's area file must have the same keys (`satisfies Texts<typeof de>`), with any words.
 */
export type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : T[K] extends readonly (infer U)[] ? readonly Texts<U>[] : Texts<T[K]> };
