/**
 * A small deterministic stand-in for the extractor, so that store and API tests are fast and do
 * not depend on the NLP model: sentences split on ". ", capitalised runs are entities (typed by a
 * tiny list), "A met B" gives met-with, "A accused B" gives accused, "A said" gives a statement.
 */
import { createHash } from 'node:crypto';
import type {
  ArticleInput,
  DocumentExtraction,
  Entity,
  EntityType,
  LocalEntity,
  LocalRelation,
  LocalStatement,
  Mention,
  NewsDocument,
  ResolvedExtraction,
  Sentence,
} from '@newsgraph/extractor';
import { coMentions as coMentionsOf } from '@newsgraph/extractor';
import type { Pipeline } from '../ingest/pipeline';

const PLACES = new Set(['Kyiv', 'Moscow', 'Ukraine', 'Russia', 'Paris', 'Berlin', 'Bogotá', 'São Paulo']);
const PEOPLE = new Set([
  'Putin',
  'Vladimir Putin',
  'Olaf Scholz',
  'Scholz',
  'Zelensky',
  'José Álvarez',
  'Robert',
  'Emmanuel Macron',
  'Macron',
]);

export class FakeArticleError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

function typeOf(name: string): EntityType {
  if (PLACES.has(name)) return 'location';
  if (PEOPLE.has(name)) return 'person';
  return 'organization';
}

function slug(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function fakeDocument(input: ArticleInput): NewsDocument {
  if (typeof input.text !== 'string' || input.text.trim() === '') throw new FakeArticleError('empty text');
  if (input.text.includes('\u0000')) throw new FakeArticleError('binary content');
  if (input.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(input.date))
    throw new FakeArticleError(`unrecognised date "${input.date}"`);
  const title = input.title?.trim() || undefined;
  const body = input.text.trim();
  const hash = createHash('sha256')
    .update(`${title ?? ''}\n${body}`)
    .digest('hex');
  const doc: NewsDocument = {
    id: input.id ?? `doc-${hash.slice(0, 16)}`,
    authors: [],
    text: title ? `${title}\n\n${body}` : body,
    titleLength: title ? title.length : 0,
    hash,
    source: input.source ?? 'api',
  };
  if (title) doc.title = title;
  if (input.date) doc.date = input.date;
  if (input.url) doc.url = input.url;
  return doc;
}

export function fakeExtract(document: NewsDocument): DocumentExtraction {
  const text = document.text;
  const sentences: Sentence[] = [];
  const re = /[^.!?\n]+[.!?]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    sentences.push({
      index: sentences.length,
      start,
      end: start + trimmed.length,
      tokenStart: 0,
      tokenEnd: 0,
      isHeadline: start < document.titleLength,
    });
  }
  const mentions: Mention[] = [];
  const entities: LocalEntity[] = [];
  const byName = new Map<string, number>();
  const relations: LocalRelation[] = [];
  const coMentions: LocalRelation[] = [];
  const statements: LocalStatement[] = [];
  for (const s of sentences) {
    const part = text.slice(s.start, s.end);
    const nameRe = /\p{Lu}[\p{Ll}á-ú]+(?: \p{Lu}[\p{Ll}á-ú]+)*/gu;
    const inSentence: { entity: number; end: number; start: number }[] = [];
    for (let m = nameRe.exec(part); m; m = nameRe.exec(part)) {
      const name = m[0];
      if (['The', 'He', 'She', 'It', 'Talks', 'On', 'In'].includes(name)) continue;
      let entity = byName.get(name);
      if (entity === undefined) {
        entity = entities.length;
        byName.set(name, entity);
        entities.push({ label: name, type: typeOf(name), aliases: [name], roles: [], mentions: [] });
      }
      const start = s.start + m.index;
      entities[entity]!.mentions.push(mentions.length);
      mentions.push({
        start,
        end: start + name.length,
        tokenStart: 0,
        tokenEnd: 0,
        sentence: s.index,
        text: name,
        name,
        type: typeOf(name),
        entity,
      });
      inSentence.push({ entity, start, end: start + name.length });
    }
    // Co-mentions as the extractor's rule makes them (listed after the typed relations).
    coMentions.push(
      ...coMentionsOf(
        inSentence.map((x) => x.entity),
        s.index,
      ),
    );
    for (let i = 0; i + 1 < inSentence.length; i++) {
      const between = text.slice(inSentence[i]!.end, inSentence[i + 1]!.start);
      const a = inSentence[i]!.entity;
      const b = inSentence[i + 1]!.entity;
      if (/\bmet\b/.test(between))
        relations.push({
          source: a,
          target: b,
          relation: 'met-with',
          modality: 'asserted',
          rule: 'fake-met',
          sentence: s.index,
        });
      if (/\bwill meet\b/.test(between))
        relations.push({
          source: a,
          target: b,
          relation: 'met-with',
          modality: 'planned',
          rule: 'fake-met',
          sentence: s.index,
        });
      if (/\baccused\b/.test(between))
        relations.push({
          source: a,
          target: b,
          relation: 'accused',
          modality: 'asserted',
          rule: 'fake-accused',
          sentence: s.index,
        });
    }
    const said = /^(\p{Lu}[\p{Ll}á-ú]+(?: \p{Lu}[\p{Ll}á-ú]+)*) said\b/u.exec(part);
    if (said && byName.has(said[1]!))
      statements.push({
        entity: byName.get(said[1]!)!,
        relation: 'said',
        text: part,
        modality: 'asserted',
        sentence: s.index,
      });
  }
  return {
    document,
    sentences,
    mentions,
    entities,
    relations: [...relations, ...coMentions],
    statements,
    tokenCount: text.split(/\s+/).length,
  };
}

/** Resolution by exact label; the ids are label slugs. */
export class FakeResolver {
  private readonly byId = new Map<string, Entity>();

  constructor(existing: Iterable<Entity> = []) {
    for (const e of existing)
      this.byId.set(e.id, { ...e, aliases: [...e.aliases], documents: [...e.documents] });
  }

  resolve(extraction: DocumentExtraction): ResolvedExtraction {
    const doc = extraction.document;
    const created: string[] = [];
    const touched = new Map<string, Entity>();
    const entityIds = extraction.entities.map((local) => {
      const id = slug(local.label);
      let entity = this.byId.get(id);
      if (!entity) {
        entity = {
          id,
          label: local.label,
          type: local.type,
          aliases: [],
          roles: [],
          mentionCount: 0,
          documents: [],
        };
        this.byId.set(id, entity);
        created.push(id);
      }
      for (const alias of local.aliases) if (!entity.aliases.includes(alias)) entity.aliases.push(alias);
      entity.mentionCount += local.mentions.length;
      if (!entity.documents.includes(doc.id)) entity.documents.push(doc.id);
      if (doc.date) {
        if (!entity.firstSeen || doc.date < entity.firstSeen) entity.firstSeen = doc.date;
        if (!entity.lastSeen || doc.date > entity.lastSeen) entity.lastSeen = doc.date;
      }
      touched.set(id, entity);
      return id;
    });
    return {
      extraction,
      entityIds,
      entities: [...touched.values()].map((e) => ({
        ...e,
        aliases: [...e.aliases],
        documents: [...e.documents],
      })),
      created,
    };
  }
}

export function fakePipeline(): Pipeline {
  let resolver = new FakeResolver();
  return {
    makeDocument: fakeDocument,
    extract: fakeExtract,
    resolve: (x) => resolver.resolve(x),
    reset: (entities) => {
      resolver = new FakeResolver(entities);
    },
  };
}
