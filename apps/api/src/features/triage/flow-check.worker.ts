import { parentPort } from 'node:worker_threads';
import { checkFlow } from '@digihjaelp/triage';

/** Runs the static check of a flow (packages/triage) for the API, away from its event loop. */
parentPort?.on('message', (message: { id: number; definition: unknown; knownGuideSlugs: string[] }) => {
  try {
    const result = checkFlow(message.definition, { knownGuideSlugs: message.knownGuideSlugs });
    parentPort?.postMessage({ id: message.id, result });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
