/**
 * How every write of the live host goes to Excel: planned requests, one sync each, with formula
 * calculation suspended until that sync (reads recalculate first, see read.ts), screen updating
 * too when asked, and events off while our changes are queued, so the add-in's own writes raise
 * no re-check. Callers await it at the top level of their operation: it is where they sync.
 */
import type { WriteStep } from './write-steps';

export async function sendRequests(context: Excel.RequestContext, requests: WriteStep[][], options: { suspendScreen?: boolean } = {}): Promise<void> {
  for (const request of requests) {
    context.application.suspendApiCalculationUntilNextSync();
    if (options.suspendScreen) context.application.suspendScreenUpdatingUntilNextSync();
    context.runtime.enableEvents = false;
    for (const step of request) step.queue(context);
    context.runtime.enableEvents = true;
    await context.sync();
  }
}
