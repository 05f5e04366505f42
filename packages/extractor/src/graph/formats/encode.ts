import type { Evidence, StatementRecord } from '../../types';

/**
 * One piece of evidence as one readable line, the sentence then its source:
 * `Putin met Scholz for four hours. — Talks in Moscow, 2022-02-16, paper-2, https://...`.
 */
export function formatEvidence(evidence: Evidence): string {
  const source = [evidence.title, evidence.date, evidence.docId, evidence.url].filter(Boolean).join(', ');
  return `${oneLine(evidence.sentence)} — ${source}`;
}

/** A statement as one readable line: `announced: <sentence> — title, date, doc, url`. */
export function formatStatement(statement: StatementRecord): string {
  const modality = statement.modality && statement.modality !== 'asserted' ? ` (${statement.modality})` : '';
  const evidence = statement.evidence ?? { docId: statement.doc, sentence: statement.text, start: 0, end: 0 };
  return `${statement.relation}${modality}: ${formatEvidence({ ...evidence, sentence: statement.text })}`;
}

/** Line breaks and tabs inside a sentence become spaces, so that one item stays one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A GEXF 1.3 list value: `["a", "b, c"]`. Every item is quoted (graphology-gexf's writer leaves
 * items with commas unquoted, which splits "Washington, D.C." in two on reading); backslash,
 * quote and control characters are escaped as graphology-gexf's and Gephi's list parsers expect.
 */
export function gexfList(items: readonly unknown[]): string {
  const quoted = items.map(
    (item) =>
      '"' +
      String(item)
        .replace(/\\/g, '\\\\')
        .replace(/"/g, '\\"')
        .replace(/\n/g, '\\n')
        .replace(/\r/g, '\\r')
        .replace(/\t/g, '\\t') +
      '"',
  );
  return `[${quoted.join(', ')}]`;
}

/** Only ISO calendar dates go into dynamic markup (GEXF `timeformat="date"` is xsd:date). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** `#rrggbb` (or `#rgb`) to its channels, or null when the colour is not a hex colour. */
export function hexToRgb(color: string | undefined): { r: number; g: number; b: number } | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color ?? '');
  if (!match?.[1]) return null;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return {
    r: parseInt(hex.slice(0, 2), 16),
    g: parseInt(hex.slice(2, 4), 16),
    b: parseInt(hex.slice(4, 6), 16),
  };
}
