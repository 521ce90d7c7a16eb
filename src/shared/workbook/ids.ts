/** A new random id (Web Crypto exists in the renderer and in Node ≥ 19 alike). */
export const newId = (): string => globalThis.crypto.randomUUID();
