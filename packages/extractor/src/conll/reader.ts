import { readFileSync } from 'node:fs';
import { iob1ToIob2 } from './iob';
import type { ConllDocument, ConllSentence, ConllToken } from './types';

export class ConllFormatError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(`readConll: ${message}`, options);
    this.name = 'ConllFormatError';
  }
}

const TAG = /^(O|[BI]-[A-Z]+)$/;

/**
 * Parses CoNLL-2003 column text (`TOKEN POS CHUNK NER`, or any number of columns with the tag
 * last). `-DOCSTART-` lines separate documents and the start of the text is also a document start
 * (the English files keep their first `-DOCSTART-` at the end); blank lines end sentences. Tags are
 * converted from IOB1 to IOB2. A line with a single column is a token without a gold tag (`O`).
 * `name` is used in error messages.
 */
export function parseConll(text: string, name = 'input'): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let sentences: ConllSentence[] = [];
  let tokens: ConllToken[] = [];
  let rawTags: string[] = [];

  const endSentence = (): void => {
    if (!tokens.length) return;
    const tags = iob1ToIob2(rawTags);
    for (let i = 0; i < tokens.length; i++) tokens[i]!.tag = tags[i]!;
    sentences.push({ tokens });
    tokens = [];
    rawTags = [];
  };
  const endDocument = (): void => {
    endSentence();
    if (sentences.length) documents.push({ index: documents.length, sentences });
    sentences = [];
  };

  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const trimmed = line.trim();
    if (!trimmed) {
      endSentence();
      continue;
    }
    const columns = trimmed.split(/\s+/);
    if (columns[0] === '-DOCSTART-') {
      endDocument();
      continue;
    }
    const tag = columns.length > 1 ? columns[columns.length - 1]! : 'O';
    if (!TAG.test(tag))
      throw new ConllFormatError(
        `${name}:${n + 1}: the last column '${tag}' is not an IOB tag (O, B-X, I-X).`,
      );
    tokens.push({ text: columns[0]!, tag, line: line.replace(/\s+$/, '') });
    rawTags.push(tag);
  }
  endDocument();
  return documents;
}

/** Reads and parses a CoNLL file; errors name the file. */
export function readConll(file: string): ConllDocument[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConllFormatError(`cannot read '${file}': ${(error as Error).message}`, { cause: error });
  }
  return parseConll(text, file);
}
