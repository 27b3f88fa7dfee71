import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FlowCheck, GuideStatuses } from '@digihjaelp/triage';

/*
 * The static check enumerates every path through a flow; even within its bound
 * (MAX_CHECK_WORK) that is CPU work a lead's request must not do on the event loop, where it
 * would hold up every other request, /healthz included. One worker thread, started on first use,
 * takes the checks in turn.
 */

type Pending = { resolve: (check: FlowCheck) => void; reject: (error: Error) => void };

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

function failAll(error: Error): void {
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
  worker = undefined;
}

function startWorker(): Worker {
  const started = new Worker(path.join(__dirname, 'flow-check.worker.cjs'));
  started.on('message', (message: { id: number; result?: FlowCheck; error?: string }) => {
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (pending.size === 0) started.unref();
    if (message.result) waiting?.resolve(message.result);
    else waiting?.reject(new Error(`flow check failed: ${message.error}`));
  });
  started.on('error', (error) => failAll(error));
  started.on('exit', (code) => failAll(new Error(`flow check worker exited (${code})`)));
  return started;
}

/** `checkFlow()` from packages/triage, run in the worker thread. */
export function checkFlowOffThread(definition: unknown, context: { guides: GuideStatuses }): Promise<FlowCheck> {
  worker ??= startWorker();
  const id = nextId++;
  const running = worker;
  return new Promise<FlowCheck>((resolve, reject) => {
    // Alive while it has work, so an idle worker never keeps the process from exiting.
    if (pending.size === 0) running.ref();
    pending.set(id, { resolve, reject });
    // A Map crosses to the worker as it is (structured clone).
    running.postMessage({ id, definition, guides: context.guides });
  });
}
