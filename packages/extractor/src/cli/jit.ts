/**
 * V8's optimising compiler, tuned for a batch command (`newsgraph build`) rather than a long-lived
 * process.
 */
import { setFlagsFromString } from 'node:v8';

/**
 * How much bytecode a function must run before V8 considers compiling it with TurboFan: four times
 * V8's default (67,584 in Node 20).
 *
 * Why: the extractor is a hundred-odd rule functions, most of them hot on a few articles and idle
 * on the rest, and each worker thread is an isolate that compiles all of them again. With V8's
 * default budget, compiling took about a third of a BBC build's CPU (V8's background threads, on
 * two cores where the workers need both); TurboFan compiled 496 functions on the politics folder,
 * 242 with this budget, and the whole build used 8-10% less CPU in runs pinned side by side.
 * Four times is where the gain levelled off: at fifteen times the code ran unoptimised too long.
 */
export const BATCH_INTERRUPT_BUDGET = 270_000;

/**
 * Raises the budget for this process. V8 flags are process-wide, so the worker threads started
 * afterwards share it; only commands that own their process call this (not the server, whose
 * functions live for hours and are worth optimising early).
 */
export function tuneCompilerForBatch(): void {
  setFlagsFromString(`--interrupt-budget=${BATCH_INTERRUPT_BUDGET}`);
}
