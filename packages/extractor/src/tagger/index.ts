export { getTagger, loadTagger, createTagger, DEFAULT_MODEL_PATH, type NerTagger } from './tagger';
export { LABELS, ENTITY_TAGS, type EntityTag } from './labels';
export { scoreEntities, formatScores, type EntityScores, type TypeScore } from './evaluate';
