/**
 * Types for graphology-gexf's writer alone. The package's browser entry also loads its parser,
 * which needs DOMParser at import time; importing the writer by path keeps gexf.ts usable in node
 * (and the bundle smaller). The type is the package's own, re-exported.
 */
declare module 'graphology-gexf/browser/writer' {
  import type { write } from 'graphology-gexf/browser';
  const writer: typeof write;
  export = writer;
}
