import {
  INITIAL_STATE,
  Store,
  clearSelection,
  hoverNode,
  pruneMissing,
  selectEdge,
  selectNode,
  setSearch,
  toggleEntityType,
  toggleRelation,
} from './state';

describe('state actions', () => {
  it('selects one thing at a time', () => {
    const s1 = selectEdge(INITIAL_STATE, 'e1');
    const s2 = selectNode(s1, 'putin');
    expect(s2.selectedEdge).toBeNull();
    expect(s2.selectedNode).toBe('putin');
    expect(selectEdge(s2, 'e2').selectedNode).toBeNull();
    expect(clearSelection(s2).selectedNode).toBeNull();
  });

  it('toggles filters without mutating the previous state', () => {
    const s = toggleRelation(INITIAL_STATE, 'co-mention', true);
    expect(s.filters.relations.has('co-mention')).toBe(true);
    expect(INITIAL_STATE.filters.relations.has('co-mention')).toBe(false);
    const t = toggleEntityType(s, 'person', false);
    expect(t.filters.entityTypes.has('person')).toBe(false);
    expect(s.filters.entityTypes.has('person')).toBe(true);
  });

  it('clears suggestions when the query is empty', () => {
    expect(setSearch(INITIAL_STATE, 'put', new Set(['putin'])).suggestions?.has('putin')).toBe(true);
    expect(setSearch(INITIAL_STATE, '  ', new Set(['putin'])).suggestions).toBeNull();
  });

  it('prunes selection of missing keys and keeps identity otherwise', () => {
    const s = selectNode(INITIAL_STATE, 'gone');
    const p = pruneMissing(
      s,
      () => false,
      () => false,
    );
    expect(p.selectedNode).toBeNull();
    const kept = selectNode(INITIAL_STATE, 'here');
    expect(
      pruneMissing(
        kept,
        (k) => k === 'here',
        () => false,
      ),
    ).toBe(kept);
  });
});

describe('Store', () => {
  it('notifies on change only', () => {
    const store = new Store();
    const seen: (string | null)[] = [];
    const off = store.subscribe((s, prev) => seen.push(`${prev.hoveredNode}->${s.hoveredNode}`));
    store.dispatch(hoverNode, 'a');
    store.dispatch(hoverNode, 'a');
    store.dispatch(hoverNode, null);
    off();
    store.dispatch(hoverNode, 'b');
    expect(seen).toEqual(['null->a', 'a->null']);
    expect(store.get().hoveredNode).toBe('b');
  });
});
