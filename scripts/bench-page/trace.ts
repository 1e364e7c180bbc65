// Main-thread tasks of one page from a Chrome trace (CDP Tracing), each with the time Attune's scripts ran in it.
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds. */
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { frame?: string; url?: string } };
}

export interface MainThreadTask {
  durationMs: number;
  /** Time in functions and scripts loaded from chrome-extension:// URLs, outermost calls only. */
  extensionMs: number;
}

/** Script entry points that the trace tags with the URL of the script they run. */
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule']);

export class PageTrace {
  private events: TraceEvent[] = [];
  private completed: Promise<void> = Promise.resolve();

  constructor(private readonly session: CDPSession) {
    // The protocol types trace events as string maps; they are Chrome's JSON trace events.
    session.on('Tracing.dataCollected', ({ value }) => this.events.push(...(value as unknown as TraceEvent[])));
  }

  async start(): Promise<void> {
    this.events = [];
    this.completed = new Promise((resolve) => this.session.once('Tracing.tracingComplete', () => resolve()));
    await this.session.send('Tracing.start', {
      transferMode: 'ReportEvents',
      // What DevTools' Performance panel records: each task a thread runs (RunTask), and the script of each call.
      traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] },
    });
  }

  /** Stops tracing and returns the tasks of the renderer main thread that runs the page's frame `frameId`. */
  async stop(frameId: string): Promise<MainThreadTask[]> {
    await this.session.send('Tracing.end');
    await this.completed;
    const pid = this.events.find((event) => event.args?.data?.frame === frameId)?.pid;
    const tid = this.events.find((event) => event.pid === pid && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')?.tid;
    if (pid === undefined || tid === undefined) throw new Error('The trace holds no main thread for the page');
    // Complete events only: a task still open when tracing stopped has no end to measure.
    const onMainThread = this.events
      .filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X' && event.dur !== undefined)
      .sort((a, b) => a.ts - b.ts);
    const tasks = onMainThread.filter((event) => event.name === 'RunTask');
    const extensionCalls: TraceEvent[] = [];
    let coveredUntil = -Infinity;
    for (const event of onMainThread) {
      if (!SCRIPT_EVENTS.has(event.name) || !event.args?.data?.url?.startsWith('chrome-extension://')) continue;
      // A call nested inside one already counted is part of it.
      if (event.ts < coveredUntil) continue;
      extensionCalls.push(event);
      coveredUntil = event.ts + event.dur!;
    }
    // Both lists are in time order: walk them together.
    let next = 0;
    return tasks.map((task) => {
      const end = task.ts + task.dur!;
      while (next < extensionCalls.length && extensionCalls[next]!.ts < task.ts) next++;
      let extensionUs = 0;
      for (; next < extensionCalls.length && extensionCalls[next]!.ts < end; next++) extensionUs += extensionCalls[next]!.dur!;
      return { durationMs: task.dur! / 1000, extensionMs: extensionUs / 1000 };
    });
  }
}
