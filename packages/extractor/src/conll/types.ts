/** CoNLL-2003 column data: documents of sentences of tokens, with the gold tag converted to IOB2. */

export interface ConllToken {
  /** The token text (first column). */
  text: string;
  /** The gold entity tag in IOB2 (`B-PER`, `I-PER`, `O`); `O` when the file has no tag column. */
  tag: string;
  /** The input line exactly as read (without the line break), so that a writer can echo it. */
  line: string;
}

export interface ConllSentence {
  tokens: ConllToken[];
}

export interface ConllDocument {
  /** 0-based position of the document in the file. */
  index: number;
  sentences: ConllSentence[];
}
