import { parentPort } from 'node:worker_threads';
import { checkFlow, type GuideStatuses } from '@digihjaelp/triage';

/** Runs the static check of a flow (packages/triage) for the API, away from its event loop. */
parentPort?.on('message', (message: { id: number; definition: unknown; guides: GuideStatuses }) => {
  try {
    const result = checkFlow(message.definition, { guides: message.guides });
    parentPort?.postMessage({ id: message.id, result });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
