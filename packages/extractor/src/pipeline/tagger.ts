/**
 * The tagger the pipeline uses by default: the shipped model, loaded once on first use. When the
 * model file is missing (a checkout that has not run `pnpm train:ner`), mention detection falls back
 * to capitalised runs, and says so once on stderr.
 */
import { isMainThread } from 'node:worker_threads';
import type { TokenTagger } from '../mentions';
import { getTagger } from '../tagger';

let cached: TokenTagger | null | undefined;

export function defaultTagger(): TokenTagger | null {
  if (cached === undefined) {
    try {
      cached = getTagger();
    } catch (error) {
      cached = null;
      // Workers fail the same way; the main thread says it once.
      if (isMainThread)
        process.emitWarning(
          `newsgraph: no NER model (${(error as Error).message}); using the rule-based name finder`,
        );
    }
  }
  return cached;
}
