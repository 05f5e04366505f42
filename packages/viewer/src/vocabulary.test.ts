import * as contract from '../../extractor/src/types';
import { ENTITY_TYPES, MODALITIES, RELATION_TYPES, relationLabel } from './vocabulary';

describe('vocabulary', () => {
  it('matches the extractor contract', () => {
    expect(ENTITY_TYPES).toEqual(contract.ENTITY_TYPES);
    expect(RELATION_TYPES).toEqual(contract.RELATION_TYPES);
    expect(MODALITIES).toEqual(contract.MODALITIES);
  });

  it('reads relations as words', () => {
    expect(relationLabel('deployed-near')).toBe('deployed near');
  });
});
