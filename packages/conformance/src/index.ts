import { contractChecks, exampleChecks, type Check, type CheckContext } from './checks.js';

export { contractChecks, exampleChecks, matchesExample, ConformanceFailure, type Check, type CheckContext } from './checks.js';

export interface ConformanceOptions {
  /** Root of the backend under test (the `/v1/…` paths live under it). */
  baseUrl: string;
  /** Also replay the contract's examples (for a backend seeded like the reference server). Default: `false`. */
  examples?: boolean;
  /** With `examples`: `POST /v1/_mock/reset` before each. Default: `false`. */
  reset?: boolean;
  fetch?: typeof globalThis.fetch;
  /** Called after each check, e.g. to print it. */
  onResult?: (result: CheckResult) => void;
}

export interface CheckResult {
  id: string;
  title: string;
  passed: boolean;
  /** Why it failed. */
  message?: string;
  ms: number;
}

/** Runs the checks one after another (some reset shared state) and returns every result. */
export async function runConformance(options: ConformanceOptions): Promise<CheckResult[]> {
  const context: CheckContext = { baseUrl: options.baseUrl, fetch: options.fetch ?? globalThis.fetch };
  const checks: Check[] = [...contractChecks, ...(options.examples ? exampleChecks({ reset: options.reset ?? false }) : [])];
  const results: CheckResult[] = [];
  for (const check of checks) {
    const started = performance.now();
    let result: CheckResult;
    try {
      await check.run(context);
      result = { id: check.id, title: check.title, passed: true, ms: performance.now() - started };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      result = { id: check.id, title: check.title, passed: false, message, ms: performance.now() - started };
    }
    results.push(result);
    options.onResult?.(result);
  }
  return results;
}
