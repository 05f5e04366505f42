export { extractDocument, type ExtractOptions } from './extract';
export {
  buildGraph,
  type BuildOptions,
  type BuildProgress,
  type BuildResult,
  type SkippedInput,
} from './build';
export { ExtractionPool, canUseWorkers } from './pool';
export { defaultTagger } from './tagger';
