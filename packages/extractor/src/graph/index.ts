/** The news graph: building with provenance, metrics, layout, and exports. */
export { createGraph, GraphInputError, type NewsGraph } from './types';
export { GraphBuilder, type AddDocumentResult } from './builder';
export { edgeKey, orientEndpoints } from './keys';
export { evidenceFor } from './evidence';
export {
  assignMetrics,
  computeMetrics,
  computeMetricsAsync,
  writeMetrics,
  type MetricsOptions,
  type NodeMetrics,
} from './metrics';
export { assignLayout, assignColors, assignSizes, type LayoutOptions } from './layout';
export { useDictionaryAdjacency } from './adjacency';
export { CO_MENTION_FACTOR, MODAL_FACTOR, edgeStrength } from './projection';
export { ENTITY_COLORS, RELATION_COLORS, FALLBACK_COLOR } from './colors';
export { seededRandom } from './random';
export {
  GRAPH_FORMATS,
  serializeGraph,
  writeGraph,
  csvPaths,
  type GraphFormat,
  type SerializedGraph,
} from './formats';
export { toGexf, edgeKind, type GexfOptions } from './formats/gexf';
export { toGraphml } from './formats/graphml';
export { toCsv } from './formats/csv';
export { formatEvidence, formatStatement } from './formats/encode';
