// A call made from a key's own handler, before React renders the key (a few ms on a big screen):
// the hook that renders the key then takes its answer instead of asking a second time.

/**
 * The latest early call of one kind per API object. `put` keeps it with the request it answers;
 * `take` hands it over once, to the first asker of the same request (any other ask drops it, so
 * that an answer never serves a later render of the same text, whose data may have changed).
 */
export class AskedOnKey<Api extends object, Input, Output> {
  private readonly asked = new WeakMap<Api, { text: string; answer: Promise<Output> }>();

  /** Keeps `answer` as what `input` asked (a failure is reported by whoever takes it). */
  put(api: Api, input: Input, answer: Promise<Output>): void {
    answer.catch(() => undefined); // unclaimed, a failure is not an unhandled rejection
    this.asked.set(api, { text: JSON.stringify(input), answer });
  }

  /** The answer asked early for `input`, else `ask()`. */
  take(api: Api, input: Input, ask: () => Promise<Output>): Promise<Output> {
    const early = this.asked.get(api);
    if (!early) return ask();
    this.asked.delete(api);
    return early.text === JSON.stringify(input) ? early.answer : ask();
  }
}
