/**
 * Schema migrations, applied in order inside one transaction each and recorded in
 * `schema_migrations`, so that an old database file is brought up to date when it is opened.
 * Append new migrations; never edit one that has shipped.
 */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'documents, entities, aliases, search keys, mentions, relations, evidence, statements',
    sql: `
      CREATE TABLE documents (
        id           TEXT PRIMARY KEY,
        hash         TEXT NOT NULL UNIQUE,
        title        TEXT,
        date         TEXT,
        url          TEXT,
        source       TEXT NOT NULL,
        authors      TEXT NOT NULL DEFAULT '[]',
        text         TEXT NOT NULL,
        title_length INTEGER NOT NULL DEFAULT 0,
        ingested_at  TEXT NOT NULL
      );
      CREATE INDEX documents_by_date ON documents (date);

      CREATE TABLE entities (
        id            TEXT PRIMARY KEY,
        label         TEXT NOT NULL,
        type          TEXT NOT NULL,
        mention_count INTEGER NOT NULL DEFAULT 0,
        roles         TEXT NOT NULL DEFAULT '[]',
        first_seen    TEXT,
        last_seen     TEXT
      );
      CREATE INDEX entities_by_mentions ON entities (mention_count DESC);

      CREATE TABLE entity_aliases (
        entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        alias     TEXT NOT NULL,
        PRIMARY KEY (entity_id, alias)
      ) WITHOUT ROWID;

      -- Normalised names (and their word suffixes) for prefix search; kind ranks the match.
      CREATE TABLE entity_names (
        norm      TEXT NOT NULL,
        entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        kind      INTEGER NOT NULL,
        PRIMARY KEY (norm, entity_id)
      ) WITHOUT ROWID;
      CREATE INDEX entity_names_by_entity ON entity_names (entity_id);

      CREATE TABLE entity_documents (
        entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        doc_id    TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        PRIMARY KEY (entity_id, doc_id)
      ) WITHOUT ROWID;
      CREATE INDEX entity_documents_by_doc ON entity_documents (doc_id);

      CREATE TABLE mentions (
        doc_id       TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        start_offset INTEGER NOT NULL,
        end_offset   INTEGER NOT NULL,
        entity_id    TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        type         TEXT NOT NULL,
        PRIMARY KEY (doc_id, start_offset, end_offset)
      ) WITHOUT ROWID;

      CREATE TABLE relations (
        id         INTEGER PRIMARY KEY,
        key        TEXT NOT NULL UNIQUE,
        source     TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        target     TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        relation   TEXT NOT NULL,
        modality   TEXT NOT NULL,
        weight     INTEGER NOT NULL DEFAULT 0,
        roles      TEXT NOT NULL DEFAULT '[]',
        first_seen TEXT,
        last_seen  TEXT,
        evidence_count INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX relations_by_source ON relations (source);
      CREATE INDEX relations_by_target ON relations (target);

      CREATE TABLE evidence (
        relation_id  INTEGER NOT NULL REFERENCES relations (id) ON DELETE CASCADE,
        doc_id       TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        sentence     TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset   INTEGER NOT NULL,
        PRIMARY KEY (relation_id, doc_id, start_offset)
      ) WITHOUT ROWID;
      CREATE INDEX evidence_by_doc ON evidence (doc_id);

      CREATE TABLE statements (
        id           INTEGER PRIMARY KEY,
        entity_id    TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        doc_id       TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        relation     TEXT NOT NULL,
        modality     TEXT NOT NULL,
        text         TEXT NOT NULL,
        sentence     TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset   INTEGER NOT NULL,
        UNIQUE (entity_id, doc_id, start_offset, relation, modality, text)
      );
      CREATE INDEX statements_by_doc ON statements (doc_id);
    `,
  },
];
