/** One answer of the API as the harness's URL client received it. */
export interface ObservedAnswer {
  method: string;
  /** The path as requested, query included. */
  url: string;
  status: number;
  contentType: string | undefined;
  /** Parsed JSON, the text when it is not JSON, null when empty. */
  body: unknown;
  rawLength: number;
}

export type AnswerObserver = (answer: ObservedAnswer) => void;

// Whoever wants to see every answer over a URL (the e2e contract check); the bench registers none.
const observers = new Set<AnswerObserver>();

/** Calls `observer` with every answer apiOverUrl receives, until the returned function is called. */
export function observeAnswers(observer: AnswerObserver): () => void {
  observers.add(observer);
  return () => observers.delete(observer);
}

export function notifyAnswerObservers(answer: ObservedAnswer): void {
  for (const observer of observers) observer(answer);
}
