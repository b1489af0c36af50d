// The Indonesian table of a message part has exactly the English table's keys (TypeScript checks
// it; test/i18n/catalogue.test.ts also checks that both use the same placeholders).
export type Translation<T> = { readonly [K in keyof T]: string };
