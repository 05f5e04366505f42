/**
 * What one resolved article adds to the graph, as plain rows: edges between corpus-wide entity ids
 * (with the sentence as evidence) and one-actor statements. Pure, so any `GraphStore` can reuse it.
 */
import { evidenceFor, orientEndpoints } from '@newsgraph/extractor';
import type {
  DocumentExtraction,
  Evidence,
  Modality,
  RelationType,
  ResolvedExtraction,
} from '@newsgraph/extractor';

export interface FactOptions {
  /** Keep the extractor's `co-mention` edges between entities named in the same sentence. */
  coMentions: boolean;
  /** Keep negated / planned / hypothetical relations; else only asserted ones. */
  keepModalEdges: boolean;
}

export interface RelationFact {
  source: string;
  target: string;
  relation: RelationType;
  modality: Modality;
  role?: string;
  evidence: Evidence;
}

export interface StatementFact {
  entityId: string;
  relation: RelationType;
  modality: Modality;
  text: string;
  evidence: Evidence;
}

export function sentenceEvidence(extraction: DocumentExtraction, index: number): Evidence {
  const sentence = extraction.sentences.find((x) => x.index === index) ?? extraction.sentences[index];
  if (!sentence) throw new Error(`factsOf: document '${extraction.document.id}' has no sentence ${index}.`);
  return evidenceFor(extraction.document, sentence);
}

export function factsOf(
  resolved: ResolvedExtraction,
  options: FactOptions,
): { relations: RelationFact[]; statements: StatementFact[] } {
  const { extraction, entityIds } = resolved;
  const relations = new Map<string, RelationFact>();
  const add = (
    source: string,
    target: string,
    relation: RelationType,
    modality: Modality,
    sentence: number,
    role?: string,
  ): void => {
    if (source === target) return;
    [source, target] = orientEndpoints(relation, source, target);
    // One row per fact and sentence: the same fact twice in one sentence is one piece of evidence.
    const key = `${source}\u0000${target}\u0000${relation}\u0000${modality}\u0000${sentence}`;
    const seen = relations.get(key);
    if (seen) {
      if (role && !seen.role) seen.role = role;
      return;
    }
    const fact: RelationFact = {
      source,
      target,
      relation,
      modality,
      evidence: sentenceEvidence(extraction, sentence),
    };
    if (role) fact.role = role;
    relations.set(key, fact);
  };

  for (const r of extraction.relations) {
    const source = entityIds[r.source];
    const target = entityIds[r.target];
    if (source == null || target == null) continue;
    if (r.modality !== 'asserted' && !options.keepModalEdges) continue;
    if (r.relation === 'co-mention' && !options.coMentions) continue;
    add(source, target, r.relation, r.modality, r.sentence, r.role);
  }

  const statements: StatementFact[] = [];
  for (const s of extraction.statements) {
    const entityId = entityIds[s.entity];
    if (entityId == null) continue;
    if (s.modality !== 'asserted' && !options.keepModalEdges) continue;
    statements.push({
      entityId,
      relation: s.relation,
      modality: s.modality,
      text: s.text,
      evidence: sentenceEvidence(extraction, s.sentence),
    });
  }
  return { relations: [...relations.values()], statements };
}
