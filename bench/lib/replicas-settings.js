'use strict';

// The `replicas` scenario's own knobs, on top of the shared ones (settings.js): read here so that
// the other scenarios' settings stay as they are.
const KNOBS = {
  rate: { variable: 'BENCH_REPLICAS_RATE', default: 40, least: 1, most: 500 },
  reportClients: { variable: 'BENCH_REPORT_CLIENTS', default: 2, least: 1, most: 64 },
  reportWorkspaces: { variable: 'BENCH_REPORT_WORKSPACES', default: 3, least: 1, most: 50 },
};
// {workspace} is replaced by each report workspace's id. Overridable so that the method can be
// smoke-tested against another read endpoint while the reports endpoint is being built.
const DEFAULT_REPORT_PATH = '/v1/workspaces/{workspace}/analytics/reports?days=30';

/** Resolves the knobs, or throws with every problem at once. */
function readReplicasSettings(env = process.env) {
  const settings = {};
  const problems = [];
  for (const [key, knob] of Object.entries(KNOBS)) {
    const raw = env[knob.variable];
    const value = raw === undefined || raw === '' ? knob.default : Number(raw);
    if (!Number.isInteger(value) || value < knob.least || value > knob.most) {
      problems.push(`${knob.variable} must be a whole number from ${knob.least} to ${knob.most}`);
    }
    settings[key] = value;
  }
  settings.reportPath = env.BENCH_REPORT_PATH || DEFAULT_REPORT_PATH;
  if (!settings.reportPath.startsWith('/') || !settings.reportPath.includes('{workspace}')) {
    problems.push('BENCH_REPORT_PATH must start with / and contain {workspace}');
  }
  settings.password = env.LARGE_SEED_PASSWORD || 'tenfold-demo-password';
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return settings;
}

module.exports = { readReplicasSettings, KNOBS, DEFAULT_REPORT_PATH };
