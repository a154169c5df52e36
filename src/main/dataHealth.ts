/**
 * What the UI must tell the user about the data folder: recoveries the store made (damaged files
 * restored from a backup) and saves that failed in the background (autosave), until acknowledged.
 */
import { randomUUID } from 'node:crypto';
import type { UserDataStore } from '../store';
import type { DataHealth, WriteErrorView } from '../shared/contract';

const KEEP_ERRORS = 20;

/** Collects background write errors and answers the store's recovery report with them. */
export class DataHealthMonitor {
  private readonly writeErrors: WriteErrorView[] = [];
  private store: UserDataStore | null = null;

  constructor(private readonly now: () => Date = () => new Date()) {}

  /** Connects the store (opened after the monitor, which its options need). */
  attach(store: UserDataStore): void {
    this.store = store;
  }

  /** Records a failed background save; pass as the store's `onBackgroundError`. */
  readonly reportBackgroundError = (error: unknown): void => {
    const reason = error instanceof Error ? error.message : String(error);
    const where = this.store ? ` in ${this.store.location}` : '';
    this.writeErrors.push({
      id: randomUUID(),
      at: this.now().toISOString(),
      message: `Scholion could not save your latest changes${where}: ${reason} They are kept while Scholion runs and saved with the next change that succeeds.`,
    });
    if (this.writeErrors.length > KEEP_ERRORS) this.writeErrors.shift();
    console.error('Scholion: a background save failed', error);
  };

  /** Tells the user something about the data folder that needs no reply (shown like a failed save). */
  reportNotice(message: string): void {
    this.writeErrors.push({ id: randomUUID(), at: this.now().toISOString(), message });
    if (this.writeErrors.length > KEEP_ERRORS) this.writeErrors.shift();
  }

  /** Checks of the data folder's files under way (see `checking`). */
  private readonly checks: Promise<unknown>[] = [];

  /**
   * A check of files under way (the notes read at start, a file at a time): reports wait for it,
   * so that the first one already tells of a damaged file it restored.
   */
  checking(check: Promise<unknown>): void {
    this.checks.push(check.catch(() => undefined));
  }

  /** The recoveries and write errors the user has not acknowledged. */
  async report(): Promise<DataHealth> {
    await Promise.all(this.checks);
    const store = this.requireStore();
    return {
      location: store.location,
      recoveries: await store.recoveryReport(),
      writeErrors: this.writeErrors.map((e) => ({ ...e })),
    };
  }

  /** Marks recoveries and write errors as seen and answers what is left. */
  async acknowledge(ids: readonly string[]): Promise<DataHealth> {
    const store = this.requireStore();
    const recoveryIds = (await store.recoveryReport())
      .map((e) => e.id)
      .filter((id) => ids.includes(id));
    if (recoveryIds.length) await store.acknowledgeRecovery(recoveryIds);
    for (let i = this.writeErrors.length - 1; i >= 0; i--) {
      if (ids.includes(this.writeErrors[i]!.id)) this.writeErrors.splice(i, 1);
    }
    return this.report();
  }

  private requireStore(): UserDataStore {
    if (!this.store) throw new Error('The data folder is not open yet.');
    return this.store;
  }
}
