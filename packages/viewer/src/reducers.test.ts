import { FADED_NODE_COLOR } from './appearance';
import { createEdgeReducer, createNodeReducer, type EdgeDisplay, type NodeDisplay } from './reducers';
import { INITIAL_STATE, hoverNode, selectEdge, selectNode, setSearch } from './state';
import { sampleGraph } from './test-graph';

const node = (label: string): NodeDisplay => ({ label, color: '#123456', size: 5 });
const edge = (relation: string): EdgeDisplay & { relation: string } => ({
  relation,
  color: '#abcdef',
  size: 1,
});

describe('node reducer', () => {
  const g = sampleGraph();

  it('leaves nodes alone without interaction', () => {
    const r = createNodeReducer(INITIAL_STATE, g);
    expect(r('putin', node('Vladimir Putin'))).toEqual(node('Vladimir Putin'));
  });

  it('highlights the hovered node and its neighbours, fades the rest', () => {
    const r = createNodeReducer(hoverNode(INITIAL_STATE, 'scholz'), g);
    expect(r('scholz', node('Olaf Scholz'))).toMatchObject({ highlighted: true, forceLabel: true });
    expect(r('putin', node('Vladimir Putin'))).toMatchObject({ forceLabel: true, color: '#123456' });
    expect(r('nato', node('NATO'))).toMatchObject({ color: FADED_NODE_COLOR, label: '' });
  });

  it('hover wins over selection', () => {
    const s = hoverNode(selectNode(INITIAL_STATE, 'nato'), 'scholz');
    const r = createNodeReducer(s, g);
    expect(r('nato', node('NATO')).color).toBe(FADED_NODE_COLOR);
    // ...but the selection stays marked.
    expect(r('nato', node('NATO')).highlighted).toBe(true);
  });

  it('marks both ends of a selected edge', () => {
    const r = createNodeReducer(selectEdge(INITIAL_STATE, 'e4'), g);
    expect(r('nato', node('NATO')).highlighted).toBe(true);
    expect(r('putin', node('Vladimir Putin')).highlighted).toBe(true);
    expect(r('scholz', node('Olaf Scholz')).color).toBe(FADED_NODE_COLOR);
  });

  it('highlights search suggestions', () => {
    const r = createNodeReducer(setSearch(INITIAL_STATE, 'put', new Set(['putin'])), g);
    expect(r('putin', node('Vladimir Putin')).highlighted).toBe(true);
    expect(r('nato', node('NATO')).label).toBe('');
  });

  it('ignores a selection that is not in the graph', () => {
    const r = createNodeReducer(selectNode(INITIAL_STATE, 'nobody'), g);
    expect(r('nato', node('NATO'))).toEqual(node('NATO'));
  });
});

describe('edge reducer', () => {
  const g = sampleGraph();

  it('shows no edge labels without interaction', () => {
    expect(createEdgeReducer(INITIAL_STATE, g)('e1', edge('met-with')).label).toBe('');
  });

  it('labels the focus edges and hides the others', () => {
    const r = createEdgeReducer(selectNode(INITIAL_STATE, 'scholz'), g);
    expect(r('e1', edge('met-with'))).toMatchObject({ label: 'met with', forceLabel: true });
    expect(r('e4', edge('warned')).hidden).toBe(true);
  });

  it('thickens and labels the selected edge', () => {
    const r = createEdgeReducer(selectEdge(INITIAL_STATE, 'e4'), g);
    expect(r('e4', edge('warned'))).toMatchObject({ label: 'warned', size: 2.5, forceLabel: true });
    expect(r('e1', edge('met-with')).label).toBe('');
  });
});
