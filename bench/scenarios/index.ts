import type { Scenario } from '../lib/scenario';
import { events } from './events/run';
import { frameworkOverheadQuiet } from './framework-overhead-quiet/run';
import { frameworkOverhead } from './framework-overhead/run';
import { jobs } from './jobs/run';
import { nodeRuntimesTasks } from './node-runtimes-tasks/run';
import { nodeRuntimes } from './node-runtimes/run';
import { relayThroughput } from './relay-throughput/run';
import { replicas } from './replicas/run';
import { requestCostComplete } from './request-cost-complete/run';
import { requestCostTasks } from './request-cost-tasks/run';
import { resilience } from './resilience/run';
import { scale } from './scale/run';
import { uploadOutage } from './upload-outage/run';

/** Every scenario `npm run bench` knows, in the order `npm run bench` (no name) runs them. */
export const scenarios: readonly Scenario[] = [
  frameworkOverhead,
  frameworkOverheadQuiet,
  nodeRuntimes,
  nodeRuntimesTasks,
  requestCostTasks,
  requestCostComplete,
  events,
  relayThroughput,
  replicas,
  resilience,
  uploadOutage,
  jobs,
  scale,
];
