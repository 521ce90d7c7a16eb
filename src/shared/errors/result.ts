/**
 * Errors cross the IPC boundary and reach the CLI as data: a message-catalog key plus parameters,
 * translated where they are shown. `code` is a key of the `errors` namespace (see ../i18n).
 */
export interface AppError {
  code: string;
  params?: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: string, params?: AppError['params']): { ok: false; error: AppError } => ({
  ok: false,
  error: params ? { code, params } : { code },
});

/** Thrown inside services and turned into a failed Result at the boundary. */
export class AppFailure extends Error {
  constructor(
    readonly code: string,
    readonly params?: AppError['params'],
  ) {
    super(code + (params ? ' ' + JSON.stringify(params) : ''));
  }
  toError(): AppError {
    return this.params ? { code: this.code, params: this.params } : { code: this.code };
  }
}
