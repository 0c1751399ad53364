import { errorMessage } from '../api/client';
import type { CallOptions } from '../../shared/api/contract';

/** What a field says about its text: in words and an icon, never colour alone (forms/FieldStatus.tsx). */
export type FieldSaveState =
  | { readonly state: 'clean' }
  | { readonly state: 'unsaved' }
  | { readonly state: 'saving' }
  | { readonly state: 'saved'; readonly at: Date }
  | { readonly state: 'failed'; readonly message: string };

export interface FieldSaverOptions<T> {
  /** Writes the value; rejects with the reason when it could not. */
  save(value: T, options: CallOptions): Promise<unknown> | unknown;
  /** A message when the value cannot be saved as it is (the field shows it); nothing is sent then. */
  validate?(value: T): string | undefined;
  /** Called with the text to keep as a draft while it is not saved, or undefined once it is. */
  keepDraft?(value: T | undefined): void;
  /** Quiet time after the last change before the value is saved. */
  readonly debounceMs?: number;
  readonly label: string;
}

/** Well under a second after the last key: a pause in typing, not a wait for the user. */
export const SAVE_DEBOUNCE_MS = 400;

const same = (a: unknown, b: unknown) => Object.is(a, b) || JSON.stringify(a) === JSON.stringify(b);

/**
 * One field's saving, apart from React: the text the user has, the value the
 * workbook has, and at most one save on the way. Typing schedules a save a
 * pause after the last change (one write, one undo step per pause); flush()
 * saves at once (blur, a route change, the window closing). A value that
 * comes from the workbook while the user has unsaved text does not replace
 * the text; a failed save keeps it, as a draft too, and can be retried.
 */
export class FieldSaver<T> {
  private local: T;
  private stored: T;
  private sending: { value: T; done: Promise<void> } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private status: FieldSaveState = { state: 'clean' };
  private readonly listeners = new Set<() => void>();
  private rev = 0;

  constructor(initial: T, private options: FieldSaverOptions<T>) {
    this.local = initial;
    this.stored = initial;
  }

  setOptions(options: FieldSaverOptions<T>): void {
    this.options = options;
  }

  get value(): T {
    return this.local;
  }

  get state(): FieldSaveState {
    return this.status;
  }

  /** Changes whenever anything shown changes (for React's useSyncExternalStore). */
  get revision(): number {
    return this.rev;
  }

  get label(): string {
    return this.options.label;
  }

  /** The text differs from what the workbook has, or is still on its way there. */
  get pending(): boolean {
    return !same(this.local, this.stored) || this.sending !== undefined;
  }

  get error(): string | undefined {
    return this.options.validate?.(this.local);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The user changed the text. */
  change(value: T): void {
    this.local = value;
    if (same(value, this.stored) && !this.sending) {
      this.clearTimer();
      this.options.keepDraft?.(undefined);
      this.set(this.status.state === 'failed' || this.status.state === 'unsaved' ? { state: 'clean' } : this.status);
      return;
    }
    this.set({ state: 'unsaved' });
    this.clearTimer();
    this.timer = setTimeout(() => void this.flush(), this.options.debounceMs ?? SAVE_DEBOUNCE_MS);
  }

  /** The workbook's value, read again (after this field's save, an undo, someone else's change). */
  external(value: T): void {
    if (same(value, this.stored)) return;
    const mine = !same(this.local, this.stored) || this.sending !== undefined;
    this.stored = value;
    if (!mine) {
      this.local = value;
      this.notify();
    }
  }

  /**
   * Saves the text now if it is not saved. Resolves with false when it could
   * not be (refused, failed, or not valid as it is).
   */
  async flush(options: CallOptions = {}): Promise<boolean> {
    this.clearTimer();
    if (this.sending && !options.keepalive) {
      await this.sending.done;
      return this.flush(options);
    }
    if (same(this.local, this.sending?.value ?? this.stored)) return this.status.state !== 'failed';
    if (this.error !== undefined) return false;
    const value = this.local;
    this.set({ state: 'saving' });
    const done = (async () => {
      try {
        await this.options.save(value, options);
        this.stored = value;
        if (same(this.local, value)) {
          this.options.keepDraft?.(undefined);
          this.set({ state: 'saved', at: new Date() });
        } else this.change(this.local);
      } catch (e) {
        this.options.keepDraft?.(this.local);
        this.set({ state: 'failed', message: errorMessage(e) });
      }
    })();
    this.sending = { value, done };
    try {
      await done;
    } finally {
      if (this.sending?.done === done) this.sending = undefined;
      this.notify();
    }
    return this.status.state !== 'failed';
  }

  /** Keeps unsaved text as a draft at once (the page is closing): synchronous. */
  keepDraftNow(): void {
    if (this.pending) this.options.keepDraft?.(this.local);
  }

  dispose(): void {
    this.clearTimer();
    this.listeners.clear();
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private set(status: FieldSaveState): void {
    this.status = status;
    this.notify();
  }

  private notify(): void {
    this.rev++;
    for (const l of [...this.listeners]) l();
  }
}
