/**
 * A Russian catalogue's shape: the English keys, and for every plural key (`x_one` / `x_other`
 * in English) also `x_few` and `x_many`, the two more forms Russian needs (i18next picks one with
 * Intl.PluralRules('ru'): 1, 21 -> one; 2-4, 22-24 -> few; 0, 5-20, 25 -> many; 1.5 -> other).
 */
export type RussianCatalogue<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : RussianCatalogue<T[K]>;
} & {
  readonly [K in keyof T as K extends `${infer Base}_other` ? `${Base}_few` | `${Base}_many` : never]: string;
};
