import type { TypedInput } from '../../editor/typed-input';

/** Registers a wait with whoever reads the issue; returns the call that takes it back. */
export type HoldEdits = (wait: () => Promise<void>) => () => void;

/**
 * What was typed into one rich-text box before its editor was there, in order. Each character
 * stays its own entry, so replaying it runs the editor's input rules as typing would have. While
 * input waits, `hold` makes actions that read the issue wait for it. `detached` is set when the
 * box lost the focus with input waiting: the editor then takes the input without the focus, and
 * closes.
 */
export class TypeAhead {
  detached = false;
  private items: TypedInput[] = [];
  private waiters: (() => void)[] = [];
  private release: (() => void) | undefined;

  constructor(private readonly hold: HoldEdits) {}

  get length(): number {
    return this.items.length;
  }

  push(input: TypedInput): void {
    this.release ??= this.hold(() => this.whenReplayed());
    this.items.push(input);
  }

  /** Everything waiting, in order; the queue is empty afterwards. */
  take(): TypedInput[] {
    const taken = this.items;
    this.items = [];
    return taken;
  }

  /** Resolves once what waits now is in the editor (or given up), at once if nothing waits. */
  whenReplayed(): Promise<void> {
    if (this.items.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** The editor took the input (or it can never arrive): tell whoever waits, stop holding. */
  settle(): void {
    this.detached = false;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
    this.release?.();
    this.release = undefined;
  }
}
