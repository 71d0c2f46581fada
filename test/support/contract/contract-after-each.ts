import { observeAnswers } from '../../harness/answer-observers';
import { checkObservedAnswer, takeContractViolations } from './contract-check';

// Loaded after the test framework in every e2e file (jest.config.js): a test whose answers break
// openapi.json fails, naming the operation, the status and what did not match. Answers come from
// the in-process app's agent (WebAppUnderTest.http) and from the harness's URL client (spawned
// processes, the balancer).
observeAnswers(checkObservedAnswer);
afterEach(() => {
  const violations = [...new Set(takeContractViolations())];
  if (violations.length > 0) {
    throw new Error(`Answers that break openapi.json:\n  ${violations.join('\n  ')}`);
  }
});
