// Which tab edits a draft. With the Web Locks API, the tab that holds the draft's lock edits; a
// tab that opens the draft while another holds it follows that tab read-only, waits for the lock
// in the background (it edits once the other tab closes the draft), and can take the lock over
// ("steal" it): the other tab then follows. Without Web Locks every tab edits, and the revision
// counter checked on each write stops the one that saves second.

export type EditAccess =
  | { mode: 'checking' }
  | { mode: 'editing'; since: 'opened' | 'took-over' | 'released' }
  | { mode: 'following'; reason: 'other-tab' | 'taken-over' }
  | { mode: 'unguarded' };

/** The part of the Web Locks API used here (navigator.locks). */
export type Locks = Pick<LockManager, 'request'>;

type Grant = 'opened' | 'took-over' | 'released';

export class EditLock {
  private attempt = 0;
  private waiting: AbortController | undefined;
  private release: (() => void) | undefined;
  private disposed = false;

  constructor(
    private readonly locks: Locks | undefined,
    private readonly name: string,
    private readonly onChange: (access: EditAccess) => void,
  ) {}

  start(): void {
    if (this.locks === undefined) this.onChange({ mode: 'unguarded' });
    else this.hold({ ifAvailable: true }, 'opened');
  }

  /** Takes the lock from the tab that holds it; that tab becomes a follower. */
  takeOver(): void {
    if (this.locks === undefined || this.disposed) return;
    this.hold({ steal: true }, 'took-over');
  }

  /** Lets go of the lock (the screen closes); a waiting tab gets it. */
  dispose(): void {
    this.disposed = true;
    this.attempt += 1;
    this.waiting?.abort();
    this.release?.();
  }

  private follow(reason: 'other-tab' | 'taken-over'): void {
    this.onChange({ mode: 'following', reason });
    this.hold({}, 'released');
  }

  private hold(options: LockOptions, grant: Grant): void {
    const attempt = ++this.attempt;
    this.waiting?.abort();
    this.waiting = undefined;
    this.release = undefined;
    const waiting = options.steal || options.ifAvailable ? undefined : new AbortController();
    this.waiting = waiting;
    const request = waiting ? { ...options, signal: waiting.signal } : options;
    this.locks!.request(this.name, request, async (lock) => {
      if (lock === null) return 'unavailable';
      if (attempt !== this.attempt) return 'stale';
      this.onChange({ mode: 'editing', since: grant });
      await new Promise<void>((resolve) => (this.release = resolve));
      return 'released';
    }).then(
      (outcome: unknown) => {
        if (outcome === 'unavailable' && attempt === this.attempt) this.follow('other-tab');
      },
      () => {
        // Rejected: stolen by another tab, or given up by this one (a newer attempt, dispose).
        if (attempt === this.attempt && !this.disposed) this.follow('taken-over');
      },
    );
  }
}

/** The lock's name for one draft. */
export function draftLockName(issueId: string): string {
  return `broadsheet-draft:${issueId}`;
}
