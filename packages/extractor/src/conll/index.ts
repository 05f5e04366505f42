export type { ConllDocument, ConllSentence, ConllToken } from './types';
export { parseConll, readConll, ConllFormatError } from './reader';
export { formatConll } from './writer';
export { iob1ToIob2, repairIob2, iobSpans, tagType } from './iob';
export type { EntitySpan } from './iob';
export { analyzeConllDocument, projectToConll, projectFromConll } from './align';
export type { AlignedDocument } from './align';
