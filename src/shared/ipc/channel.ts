import type { z } from 'zod';

/** One request channel: the schema its input must pass, and (as a type only) what it returns. */
export interface Channel<I extends z.ZodType, O> {
  input: I;
  /** Phantom field carrying the output type; never set at run time. */
  readonly output?: O;
}

/** `channel<Output>()(inputSchema)`: curried so the output is named and the input inferred. */
export const channel =
  <O>() =>
  <I extends z.ZodType>(input: I): Channel<I, O> => ({ input });

/** A main → renderer push; the payload type is carried as a phantom. */
export interface PushEvent<P> {
  readonly payload?: P;
}
export const pushEvent = <P>(): PushEvent<P> => ({});
