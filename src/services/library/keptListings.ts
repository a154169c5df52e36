/**
 * The user's works as the works list reads them on every key typed in its filter, kept between
 * calls. Reading them (`UserDataStore.workListings`) asks the version of every works file (64
 * stats at 100,000 works) to know whether one changed: a few ms of each key. Kept instead until a
 * change to the works is announced (this process's writes, and other processes' heard through the
 * change journal), and checked again in the background at most every `recheckMs` while they are
 * asked for, so that a works file edited in place by hand (which no journal records) is still
 * noticed: the call after the check answers it.
 */
import type { ChangeBus } from '../../store';
import type { StoredWorks } from './WorkTable';

/** How often, at most, kept works are checked against the files while they are asked for. */
export const RECHECK_MS = 1000;

export class KeptListings {
  private kept: Promise<StoredWorks> | null = null;
  /** Bumped by every announced change: a read begun before one is not kept. */
  private generation = 0;
  private checkedAt = 0;
  private checking = false;
  private closed = false;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly read: () => Promise<StoredWorks>,
    changes: ChangeBus,
    private readonly options: { recheckMs?: number; now?: () => number } = {},
  ) {
    this.unsubscribe = changes.subscribe(({ collection }) => {
      if (collection !== 'works') return;
      this.generation++;
      this.kept = null;
    });
  }

  /** The stored works: as last read, unless a change was announced since. */
  get(): Promise<StoredWorks> {
    const now = this.options.now ?? Date.now;
    if (!this.kept) return this.load(now());
    if (!this.checking && now() - this.checkedAt >= (this.options.recheckMs ?? RECHECK_MS)) {
      this.checking = true;
      // After this answer has gone: the check is for the next call, not on this one's way.
      setTimeout(() => {
        if (this.closed) return; // nothing is read from a store being closed
        const generation = this.generation;
        this.read().then(
          (works) => {
            this.checking = false;
            this.checkedAt = now();
            if (generation === this.generation) this.kept = Promise.resolve(works);
          },
          () => {
            this.checking = false;
            if (generation === this.generation) this.kept = null; // read again when asked
          },
        );
      }, 0);
    }
    return this.kept;
  }

  /** Stops hearing changes (the store is closing). */
  close(): void {
    this.closed = true;
    this.unsubscribe();
  }

  private load(at: number): Promise<StoredWorks> {
    const generation = this.generation;
    const reading = this.read();
    this.kept = reading;
    this.checkedAt = at;
    reading.catch(() => {
      if (generation === this.generation && this.kept === reading) this.kept = null;
    });
    return reading;
  }
}
