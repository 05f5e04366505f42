/**
 * Hand-made resolved extractions for the graph tests. The sentences are our own; only the facts
 * are real. Offsets are computed here, so a fixture is a few lines of intent.
 */
import type {
  Entity,
  EntityType,
  LocalEntity,
  LocalRelation,
  LocalStatement,
  Modality,
  NewsDocument,
  RelationType,
  ResolvedExtraction,
  Sentence,
} from '../../types';

export interface EntitySpec {
  id: string | null;
  label: string;
  type?: EntityType;
  aliases?: string[];
  roles?: string[];
  mentions?: number;
  /** Documents of the global record (defaults to this document only). */
  documents?: string[];
  firstSeen?: string;
  lastSeen?: string;
}

export interface DocumentSpec {
  id: string;
  title?: string;
  date?: string;
  url?: string;
  sentences: string[];
  entities: EntitySpec[];
  /** [source, relation, target, sentence, modality?, role?] with local entity indices. */
  relations?: [number, RelationType, number, number, Modality?, string?][];
  /** [entity, relation, sentence, modality?] */
  statements?: [number, RelationType, number, Modality?][];
}

export function makeResolved(spec: DocumentSpec): ResolvedExtraction {
  const sentences: Sentence[] = [];
  let text = '';
  spec.sentences.forEach((sentence, index) => {
    if (text) text += ' ';
    sentences.push({
      index,
      start: text.length,
      end: text.length + sentence.length,
      tokenStart: 0,
      tokenEnd: 0,
      isHeadline: false,
    });
    text += sentence;
  });
  const document: NewsDocument = {
    id: spec.id,
    authors: [],
    text,
    titleLength: 0,
    hash: `hash-${spec.id}`,
    source: `${spec.id}.txt`,
  };
  if (spec.title) document.title = spec.title;
  if (spec.date) document.date = spec.date;
  if (spec.url) document.url = spec.url;

  const locals: LocalEntity[] = spec.entities.map((e) => ({
    label: e.label,
    type: e.type ?? 'person',
    aliases: e.aliases ?? [e.label],
    roles: e.roles ?? [],
    mentions: [],
  }));
  const entities: Entity[] = spec.entities
    .filter((e): e is EntitySpec & { id: string } => e.id !== null)
    .map((e) => {
      const entity: Entity = {
        id: e.id,
        label: e.label,
        type: e.type ?? 'person',
        aliases: e.aliases ?? [e.label],
        roles: e.roles ?? [],
        mentionCount: e.mentions ?? 1,
        documents: e.documents ?? [spec.id],
      };
      const first = e.firstSeen ?? spec.date;
      const last = e.lastSeen ?? spec.date;
      if (first) entity.firstSeen = first;
      if (last) entity.lastSeen = last;
      return entity;
    });
  const relations: LocalRelation[] = (spec.relations ?? []).map(
    ([source, relation, target, sentence, modality, role]) => {
      const local: LocalRelation = {
        source,
        target,
        relation,
        modality: modality ?? 'asserted',
        rule: 'fixture',
        sentence,
      };
      if (role) local.role = role;
      return local;
    },
  );
  const statements: LocalStatement[] = (spec.statements ?? []).map(
    ([entity, relation, sentence, modality]) => ({
      entity,
      relation,
      sentence,
      modality: modality ?? 'asserted',
      text: spec.sentences[sentence] ?? '',
    }),
  );
  return {
    extraction: { document, sentences, mentions: [], entities: locals, relations, statements, tokenCount: 0 },
    entityIds: spec.entities.map((e) => e.id),
    entities,
    created: [],
  };
}

/** Two short dated articles about the same meeting, from two outlets, plus a third later one. */
export function sampleArticles(): ResolvedExtraction[] {
  const scholz = {
    id: 'olaf-scholz',
    label: 'Olaf Scholz',
    aliases: ['Olaf Scholz', 'German Chancellor Olaf Scholz'],
    roles: ['Chancellor'],
  };
  const putin = { id: 'vladimir-putin', label: 'Vladimir Putin', aliases: ['Vladimir Putin', 'Putin'] };
  const germany = { id: 'germany', label: 'Germany', type: 'location' as const };
  const russia = { id: 'russia', label: 'Russia', type: 'location' as const };
  const nato = { id: 'nato', label: 'NATO', type: 'organization' as const };
  const ministry = {
    id: 'russian-defense-ministry',
    label: 'Russian Defense Ministry',
    type: 'organization' as const,
  };
  return [
    makeResolved({
      id: 'wire-1',
      title: 'Chancellor flies to Moscow',
      date: '2022-02-15',
      url: 'https://example.org/wire-1',
      sentences: [
        'German Chancellor Olaf Scholz met Vladimir Putin in the Kremlin on Tuesday.',
        'The Russian Defense Ministry announced that some units were returning to their bases.',
        'Putin said Russia did not want a war in Europe.',
      ],
      entities: [scholz, putin, germany, ministry, russia],
      relations: [
        [0, 'met-with', 1, 0],
        [0, 'affiliated-with', 2, 0, 'asserted', 'Chancellor'],
        [0, 'co-mention', 1, 0],
        [1, 'co-mention', 4, 2],
      ],
      statements: [[3, 'announced', 1]],
    }),
    makeResolved({
      id: 'paper-2',
      title: 'Talks in Moscow',
      date: '2022-02-16',
      url: 'https://example.org/paper-2',
      sentences: [
        'Putin met Scholz for four hours.',
        'NATO warned Russia that troops were still arriving near the border.',
        'Scholz will meet Putin again in the spring.',
      ],
      // The resolver's records after merging this second article.
      entities: [
        { ...putin, mentions: 2, documents: ['wire-1', 'paper-2'], firstSeen: '2022-02-15' },
        { ...scholz, mentions: 3, documents: ['wire-1', 'paper-2'], firstSeen: '2022-02-15' },
        nato,
        { ...russia, mentions: 2, documents: ['wire-1', 'paper-2'], firstSeen: '2022-02-15' },
      ],
      relations: [
        [0, 'met-with', 1, 0],
        [2, 'warned', 3, 1],
        [1, 'met-with', 0, 2, 'planned'],
        [0, 'co-mention', 1, 0],
      ],
    }),
  ];
}
