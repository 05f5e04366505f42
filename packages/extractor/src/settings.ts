/**
 * Extractor settings, in the shape of sigma's settings: one interface grouped by concern, the
 * defaults, a validator whose errors name the setting, and a resolver that merges a partial.
 */

export interface ExtractorSettings {
  // Loading
  /** Articles larger than this (bytes) are skipped with a message. */
  maxArticleBytes: number;
  /** File extensions read when a folder is given. */
  extensions: string[];

  // Entities
  /** Keep `misc` entities (events, nationalities that name no country) as graph nodes. */
  includeMisc: boolean;
  /** Nodes mentioned fewer times than this across the corpus are left out of the graph. */
  minMentions: number;

  // Relations
  /** Add same-sentence `co-mention` edges. */
  coMentions: boolean;
  /** Keep negated / planned / hypothetical relations as edges with a `modality` (else drop them). */
  keepModalEdges: boolean;

  // Graph
  /** Compute degree, PageRank and Louvain communities. */
  metrics: boolean;
  /** Run ForceAtlas2 then noverlap so that exports open laid out. */
  layout: boolean;
  /** ForceAtlas2 iterations. */
  layoutIterations: number;

  // Processing
  /** Worker threads for large inputs; 0 = one per core. */
  workers: number;
  /** Below this many articles everything runs in the main thread. */
  minArticlesForWorkers: number;
}

export const DEFAULT_SETTINGS: Readonly<ExtractorSettings> = Object.freeze({
  maxArticleBytes: 5 * 1024 * 1024,
  extensions: ['.txt', '.json', '.jsonl'],
  includeMisc: false,
  minMentions: 1,
  coMentions: true,
  keepModalEdges: true,
  metrics: true,
  layout: true,
  layoutIterations: 300,
  workers: 0,
  minArticlesForWorkers: 64,
});

export class SettingsError extends Error {
  constructor(message: string) {
    super(`validateSettings: ${message}`);
    this.name = 'SettingsError';
  }
}

function positiveInteger(settings: ExtractorSettings, key: keyof ExtractorSettings, allowZero = false): void {
  const value = settings[key];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < (allowZero ? 0 : 1))
    throw new SettingsError(
      `the '${key}' setting must be a ${allowZero ? 'non-negative' : 'positive'} integer.`,
    );
}

export function validateSettings(settings: ExtractorSettings): void {
  positiveInteger(settings, 'maxArticleBytes');
  positiveInteger(settings, 'minMentions');
  positiveInteger(settings, 'layoutIterations');
  positiveInteger(settings, 'workers', true);
  positiveInteger(settings, 'minArticlesForWorkers', true);
  if (!Array.isArray(settings.extensions) || settings.extensions.some((e) => !e.startsWith('.')))
    throw new SettingsError(`the 'extensions' setting must be a list like ['.txt', '.json'].`);
}

export function resolveSettings(partial: Partial<ExtractorSettings> = {}): ExtractorSettings {
  const settings = {
    ...DEFAULT_SETTINGS,
    ...partial,
    extensions: [...(partial.extensions ?? DEFAULT_SETTINGS.extensions)],
  };
  validateSettings(settings);
  return settings;
}
