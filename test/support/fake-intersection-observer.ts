// An IntersectionObserver for jsdom, which has none and lays nothing out: the test says which
// observed elements are near the viewport (or far, at a height of its choosing).

type Callback = (entries: IntersectionObserverEntry[], observer: IntersectionObserver) => void;

const observers = new Set<FakeIntersectionObserver>();

export class FakeIntersectionObserver {
  readonly targets = new Set<Element>();

  constructor(private readonly callback: Callback) {
    observers.add(this);
  }

  observe(target: Element): void {
    this.targets.add(target);
  }

  unobserve(target: Element): void {
    this.targets.delete(target);
  }

  disconnect(): void {
    this.targets.clear();
    observers.delete(this);
  }

  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }

  /** Tells the observer of `target` that it is near (intersecting) or far, at `height`. */
  static report(target: Element, near: boolean, height = 0): void {
    for (const observer of observers) {
      if (!observer.targets.has(target)) continue;
      const entry = {
        target,
        isIntersecting: near,
        boundingClientRect: { height } as DOMRectReadOnly,
      } as IntersectionObserverEntry;
      observer.callback([entry], observer as unknown as IntersectionObserver);
    }
  }

  /** Every element observed now. */
  static observed(): Element[] {
    return [...observers].flatMap((observer) => [...observer.targets]);
  }
}
