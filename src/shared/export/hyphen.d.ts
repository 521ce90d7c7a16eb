/** The two pattern sets Pacto uses from the `hyphen` package (it ships no types). */
declare module 'hyphen/es' {
  export function hyphenateSync(
    text: string,
    options?: { minWordLength?: number; hyphenChar?: string },
  ): string;
}
declare module 'hyphen/en-us' {
  export function hyphenateSync(
    text: string,
    options?: { minWordLength?: number; hyphenChar?: string },
  ): string;
}
