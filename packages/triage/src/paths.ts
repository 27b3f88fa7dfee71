import type { Answers, FlowDefinition } from '@digihjaelp/contract';
import { allowedValues } from './answers';
import { holds } from './conditions';

/** A path through a flow: one complete visit, every shown question answered. */
export interface FlowPath {
  answers: Answers;
  /** The questions asked, in order. */
  asked: string[];
}

export class TooManyPathsError extends Error {
  constructor(readonly limit: number) {
    super(`Flowet har mere end ${limit} mulige forløb`);
  }
}

/**
 * Every complete visit through the flow: each shown question branches on each of its answers,
 * a hidden question is skipped. Throws past `limit` paths, so a runaway flow cannot hang a check.
 */
export function enumeratePaths(flow: FlowDefinition, limit = 20_000): FlowPath[] {
  const paths: FlowPath[] = [];
  const walk = (index: number, answers: Answers, asked: string[]) => {
    const question = flow.questions[index];
    if (!question) {
      if (paths.length >= limit) throw new TooManyPathsError(limit);
      paths.push({ answers, asked });
      return;
    }
    if (question.showIf && !holds(question.showIf, answers)) {
      walk(index + 1, answers, asked);
      return;
    }
    for (const value of allowedValues(question)) {
      walk(index + 1, { ...answers, [question.id]: value }, [...asked, question.id]);
    }
  };
  walk(0, {}, []);
  return paths;
}
