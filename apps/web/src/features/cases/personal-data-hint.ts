import { findPersonalData, personalDataMessage } from '@digihjaelp/privacy';

/** The same check the server makes, run as the user types: a Danish explanation, or undefined. */
export function personalDataProblem(text: string): string | undefined {
  const [first] = findPersonalData(text);
  return first ? personalDataMessage(first.kind) : undefined;
}
