import type { Response } from 'superagent';
import type TestAgent from 'supertest/lib/agent';

import type { ObservedAnswer } from '../../harness/answer-observers';
import { type Exchange, OpenApiContract } from './openapi-contract';

// What the contract check found since the last take: filled by the observed agents of one test
// file (this module is loaded once per file), emptied after each test (contract-after-each.ts).
const violations: string[] = [];
let contract: OpenApiContract | undefined;

/** Every answer this agent receives is checked against openapi.json. */
export function checkedAgainstContract(agent: TestAgent): TestAgent {
  return new Proxy(agent, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || !HTTP_METHODS.has(String(property))) return value;
      return (...args: unknown[]) => {
        const test = (value as (...a: unknown[]) => ResponseEmitter).apply(target, args);
        test.on('response', (response: Response) => record(String(property), args[0], response));
        return test;
      };
    },
  });
}

/** Checks an answer the harness's URL client received (a spawned process, the balancer). */
export function checkObservedAnswer(answer: ObservedAnswer): void {
  violations.push(...contractOf().violationsOf(answer));
}

/** The violations found since the last call. */
export function takeContractViolations(): string[] {
  return violations.splice(0);
}

interface ResponseEmitter {
  on(event: 'response', listener: (response: Response) => void): unknown;
}

const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

function record(method: string, url: unknown, response: Response): void {
  const exchange: Exchange = {
    method: method.toUpperCase(),
    url: String(url),
    status: response.status,
    contentType: response.headers['content-type'] as string | undefined,
    body: response.body as unknown,
    rawLength: response.text?.length ?? 0,
  };
  violations.push(...contractOf().violationsOf(exchange));
}

function contractOf(): OpenApiContract {
  contract ??= OpenApiContract.committed();
  return contract;
}
