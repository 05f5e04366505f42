/** The legend over the graph: what colours and sizes mean in the current appearance mode. */
import { COMMUNITY_COLORS, ENTITY_COLORS, RELATION_FAMILIES } from '../appearance';
import { clear, h } from '../dom';
import type { State } from '../state';
import { ENTITY_TYPES } from '../vocabulary';

export class Legend {
  private key = '';

  constructor(private readonly el: HTMLElement) {}

  render(state: State, communities: number): void {
    const key = `${state.colorMode}|${state.sizeMode}|${communities}`;
    if (key === this.key) return;
    this.key = key;
    clear(this.el);
    const nodes =
      state.colorMode === 'type'
        ? ENTITY_TYPES.map((t) =>
            h('li', {}, h('span', { class: 'dot', attrs: { style: `background:${ENTITY_COLORS[t]}` } }), t),
          )
        : [
            h(
              'li',
              {},
              h(
                'span',
                { class: 'community-strip' },
                ...COMMUNITY_COLORS.slice(0, Math.max(1, Math.min(communities, COMMUNITY_COLORS.length))).map(
                  (c) => h('span', { attrs: { style: `background:${c}` } }),
                ),
              ),
              `${communities} communities`,
            ),
          ];
    this.el.append(
      h('ul', { class: 'legend-nodes' }, ...nodes),
      h(
        'ul',
        { class: 'legend-edges' },
        ...RELATION_FAMILIES.map((f) =>
          h(
            'li',
            { attrs: { title: f.relations.join(', ') } },
            h('span', { class: 'line', attrs: { style: `background:${f.color}` } }),
            f.name,
          ),
        ),
      ),
      h(
        'p',
        { class: 'legend-note' },
        `Size: ${state.sizeMode === 'pagerank' ? 'PageRank' : 'degree'} · pale edges: negated, planned or hypothetical`,
      ),
    );
  }
}
