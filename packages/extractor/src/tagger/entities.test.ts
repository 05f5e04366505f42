import { parseConll } from '../conll';
import { analyzeText } from '../nlp';
import { ownEntityCounts, TrainingEntities } from './entities';
import { extractFeatures } from './features';
import { Gazetteer } from './gazetteer';
import { CaseLexicon } from './lexicon';

const [first, second] = parseConll(
  [
    'Kofi NNP O I-PER',
    'Annan NNP O I-PER',
    'met NNP O O',
    'Acme NNP O I-ORG',
    'Widgets NNP O I-ORG',
    '',
    '-DOCSTART- -X- -X- O',
    '',
    'Acme NNP O I-ORG',
    'Widgets NNP O I-ORG',
    'grew VBD O O',
    '',
  ].join('\n'),
);

describe('TrainingEntities', () => {
  const entities = new TrainingEntities();
  entities.addDocument(first!);
  entities.addDocument(second!);

  it('counts a name once per document and type', () => {
    expect(Array.from(entities.counts.get('acmewidgets')!)).toEqual([0, 2, 0, 0]);
    expect(Array.from(entities.counts.get('kofiannan')!)).toEqual([1, 0, 0, 0]);
  });

  it('hides from a document the names only it contains (leave-own-document-out)', () => {
    const own = ownEntityCounts(first!);
    expect(entities.flagsWithout('kofiannan', 1, own)).toBe(0);
    expect(entities.flagsWithout('acmewidgets', 2, own)).toBe(2);
    expect(entities.flagsWithout('acmewidgets', 2, new Map())).toBe(2);
  });

  it('survives the model file format', () => {
    const copy = TrainingEntities.fromText(entities.toText());
    expect(copy.counts).toEqual(entities.counts);
    expect(copy.gazetteer.entries).toEqual(entities.gazetteer.entries);
  });

  it('gives features only where the name is known from other documents', () => {
    const analyzed = analyzeText('Kofi Annan spoke.');
    const base = { gazetteer: new Gazetteer(), lexicon: new CaseLexicon() };
    const count = (r: Parameters<typeof extractFeatures>[1]) =>
      extractFeatures(analyzed, r, 0xffff).ids.length;
    const without = count(base);
    expect(count({ ...base, entities })).toBe(without + 2);
    expect(count({ ...base, entities, ownEntities: ownEntityCounts(first!) })).toBe(without);
  });
});
