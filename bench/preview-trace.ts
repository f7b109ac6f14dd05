// Reading a Chromium trace of one page load (see preview-profile.ts): the renderer's main thread
// from navigation to the page's `bench-shown` mark, its busy (wall) and CPU time, that time by
// trace event name, and the CPU profiler's samples by script file, by function (self time) and
// by function with what it calls (inclusive).

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  cat: string;
  args?: Record<string, unknown>;
}

export interface LoadProfile {
  busyMs: number;
  cpuMs: number;
  byEvent: Map<string, number>;
  byFile: Map<string, number>;
  byFunction: Map<string, number>;
  inclusive: Map<string, number>;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string };
}

/** The load's figures, in ms, from its trace events. */
export function summariseTrace(events: readonly TraceEvent[]): LoadProfile {
  const shown = events.find((e) => e.name === 'bench-shown');
  if (!shown) throw new Error('the trace has no bench-shown mark');
  const thread = events.find(
    (e) => e.pid === shown.pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const tid = thread?.tid ?? shown.tid;
  const navigation = events.find(
    (e) => e.pid === shown.pid && e.name === 'navigationStart' && e.ts <= shown.ts,
  );
  const start = navigation?.ts ?? 0;
  const own = events.filter(
    (e) => e.ph === 'X' && e.pid === shown.pid && e.tid === tid && e.ts >= start,
  );
  const before = own.filter((e) => e.ts <= shown.ts);
  const tasks = before.filter((e) => e.name === 'RunTask');
  return {
    busyMs: tasks.reduce((sum, t) => sum + (t.dur ?? 0), 0) / 1000,
    cpuMs: tasks.reduce((sum, t) => sum + (t.tdur ?? 0), 0) / 1000,
    byEvent: byEventName(before),
    ...samples(events, shown.pid, start, shown.ts),
  };
}

/** Each event name's time, an event inside another of the same name counted once. */
function byEventName(events: readonly TraceEvent[]): Map<string, number> {
  const byEvent = new Map<string, number>();
  const ends = new Map<string, number>();
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    const end = e.ts + (e.dur ?? 0);
    if ((ends.get(e.name) ?? -1) >= end) continue;
    ends.set(e.name, end);
    add(byEvent, e.name, (e.dur ?? 0) / 1000);
  }
  return byEvent;
}

/** Sampled time from the trace's CPU profile chunks of process `pid`, between `start` and `end`. */
function samples(events: readonly TraceEvent[], pid: number, start: number, end: number) {
  const nodes = new Map<number, ProfileNode>();
  const found = {
    byFile: new Map<string, number>(),
    byFunction: new Map<string, number>(),
    inclusive: new Map<string, number>(),
  };
  let ts = -1;
  for (const e of events) {
    if (e.pid !== pid) continue;
    if (e.name === 'Profile') ts = Number((e.args?.data as { startTime: number }).startTime);
    if (e.name !== 'ProfileChunk') continue;
    const data = (e.args?.data ?? {}) as {
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const deltas = data.timeDeltas ?? [];
    (data.cpuProfile?.samples ?? []).forEach((id, index) => {
      ts += deltas[index] ?? 0;
      if (ts >= start && ts <= end) addSample(found, nodes, id, (deltas[index + 1] ?? 0) / 1000);
    });
  }
  return found;
}

function addSample(
  found: Pick<LoadProfile, 'byFile' | 'byFunction' | 'inclusive'>,
  nodes: ReadonlyMap<number, ProfileNode>,
  id: number,
  ms: number,
): void {
  const frame = nodes.get(id)?.callFrame;
  if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') return;
  const file = (frame.url ?? '').split('/').pop() || '(native)';
  add(found.byFile, file, ms);
  add(found.byFunction, `${frame.functionName || '(anon)'} ${file}`, ms);
  const seen = new Set<string>();
  for (let node = nodes.get(id); node; node = nodes.get(node.parent ?? -1)) {
    const name = node.callFrame.functionName;
    if (name && !seen.has(name)) add(found.inclusive, name, ms);
    seen.add(name);
  }
}

function add(map: Map<string, number>, key: string, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}
