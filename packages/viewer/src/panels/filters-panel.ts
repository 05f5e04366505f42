/**
 * The filter panel: entity types and relations (with counts; the type swatches double as the
 * legend), minimum weight, a date window over article dates, the neighbourhood of the selection,
 * and the appearance switches. Controls are built once and then only updated, so dragging a slider
 * is never interrupted by a re-render.
 */
import { ENTITY_COLORS, edgeColor } from '../appearance';
import { clear, h } from '../dom';
import type { NeighborhoodDepth } from '../filters';
import {
  setColorMode,
  setFilters,
  setSizeMode,
  toggleEntityType,
  toggleRelation,
  type ColorMode,
  type SizeMode,
  type State,
  type Store,
} from '../state';
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  relationLabel,
  type EntityType,
  type RelationType,
} from '../vocabulary';

export interface GraphStats {
  entityTypes: Map<EntityType, number>;
  relations: Map<string, number>;
  maxWeight: number;
  /** Sorted distinct dates (YYYY-MM-DD) the graph holds. */
  dates: string[];
}

export class FiltersPanel {
  private readonly typeBoxes = new Map<EntityType, HTMLInputElement>();
  private readonly typeCounts = new Map<EntityType, HTMLElement>();
  private readonly relationBoxes = new Map<RelationType, HTMLInputElement>();
  private readonly relationCounts = new Map<RelationType, HTMLElement>();
  private readonly relationRows = new Map<RelationType, HTMLElement>();
  private readonly weight: HTMLInputElement;
  private readonly weightValue: HTMLElement;
  private readonly dateFrom: HTMLInputElement;
  private readonly dateTo: HTMLInputElement;
  private readonly dateValue: HTMLElement;
  private readonly dateSection: HTMLElement;
  private readonly depth: HTMLSelectElement;
  private readonly isolated: HTMLInputElement;
  private readonly colorMode: HTMLSelectElement;
  private readonly sizeMode: HTMLSelectElement;
  private dates: string[] = [];

  constructor(
    root: HTMLElement,
    private readonly store: Store,
  ) {
    const types = h('ul', { class: 'checklist' });
    for (const type of ENTITY_TYPES) {
      const box = h('input', {
        attrs: { type: 'checkbox', 'data-type': type },
        on: { change: () => store.dispatch(toggleEntityType, type, box.checked) },
      });
      const count = h('span', { class: 'count' }, '0');
      this.typeBoxes.set(type, box);
      this.typeCounts.set(type, count);
      types.append(
        h(
          'li',
          {},
          h(
            'label',
            {},
            box,
            h('span', { class: 'dot', attrs: { style: `background:${ENTITY_COLORS[type]}` } }),
            h('span', { class: 'name' }, type),
            count,
          ),
        ),
      );
    }

    const relations = h('ul', { class: 'checklist relations-list' });
    for (const relation of RELATION_TYPES) {
      const box = h('input', {
        attrs: { type: 'checkbox', 'data-relation': relation },
        on: { change: () => store.dispatch(toggleRelation, relation, box.checked) },
      });
      const count = h('span', { class: 'count' }, '0');
      this.relationBoxes.set(relation, box);
      this.relationCounts.set(relation, count);
      const row = h(
        'li',
        {},
        h(
          'label',
          {},
          box,
          h('span', { class: 'swatch', attrs: { style: `background:${edgeColor({ relation })}` } }),
          h('span', { class: 'name' }, relationLabel(relation)),
          count,
        ),
      );
      this.relationRows.set(relation, row);
      relations.append(row);
    }
    const allNone = h(
      'div',
      { class: 'mini-actions' },
      h(
        'button',
        {
          class: 'link',
          on: { click: () => store.dispatch(setFilters, { relations: new Set(RELATION_TYPES) }) },
        },
        'all',
      ),
      h(
        'button',
        {
          class: 'link',
          on: { click: () => store.dispatch(setFilters, { relations: new Set<RelationType>() }) },
        },
        'none',
      ),
    );

    this.weightValue = h('span', { class: 'value' });
    this.weight = h('input', {
      attrs: { type: 'range', min: '0', max: '1', step: '1', 'aria-label': 'Minimum edge weight' },
      on: { input: () => store.dispatch(setFilters, { minWeight: Number(this.weight.value) }) },
    });

    this.dateValue = h('span', { class: 'value' });
    const onDates = () => {
      let lo = Number(this.dateFrom.value);
      let hi = Number(this.dateTo.value);
      if (lo > hi) [lo, hi] = [hi, lo];
      const last = this.dates.length - 1;
      store.dispatch(setFilters, {
        dateFrom: lo <= 0 ? null : (this.dates[lo] ?? null),
        dateTo: hi >= last ? null : (this.dates[hi] ?? null),
      });
    };
    this.dateFrom = h('input', {
      attrs: { type: 'range', min: '0', max: '0', step: '1', 'aria-label': 'From date' },
      on: { input: onDates },
    });
    this.dateTo = h('input', {
      attrs: { type: 'range', min: '0', max: '0', step: '1', 'aria-label': 'To date' },
      on: { input: onDates },
    });
    this.dateSection = h(
      'section',
      {},
      h('h3', {}, 'Article dates ', this.dateValue),
      h('div', { class: 'range-pair' }, this.dateFrom, this.dateTo),
    );

    this.depth = h(
      'select',
      {
        attrs: { 'aria-label': 'Neighbourhood' },
        on: {
          change: () =>
            store.dispatch(setFilters, { neighborhoodDepth: Number(this.depth.value) as NeighborhoodDepth }),
        },
      },
      h('option', { attrs: { value: '0' } }, 'whole graph'),
      h('option', { attrs: { value: '1' } }, 'selection + neighbours'),
      h('option', { attrs: { value: '2' } }, 'selection, depth 2'),
    );
    this.isolated = h('input', {
      attrs: { type: 'checkbox', 'aria-label': 'Show entities without relations' },
      on: { change: () => store.dispatch(setFilters, { hideIsolated: !this.isolated.checked }) },
    });
    this.colorMode = h(
      'select',
      {
        attrs: { 'aria-label': 'Colour nodes by' },
        on: { change: () => store.dispatch(setColorMode, this.colorMode.value as ColorMode) },
      },
      h('option', { attrs: { value: 'type' } }, 'entity type'),
      h('option', { attrs: { value: 'community' } }, 'community'),
    );
    this.sizeMode = h(
      'select',
      {
        attrs: { 'aria-label': 'Size nodes by' },
        on: { change: () => store.dispatch(setSizeMode, this.sizeMode.value as SizeMode) },
      },
      h('option', { attrs: { value: 'pagerank' } }, 'PageRank'),
      h('option', { attrs: { value: 'degree' } }, 'degree'),
    );

    clear(root);
    root.append(
      h('section', {}, h('h3', {}, 'Entities'), types),
      h('section', {}, h('h3', {}, 'Relations ', allNone), relations),
      h('section', {}, h('h3', {}, 'Minimum weight ', this.weightValue), this.weight),
      this.dateSection,
      h(
        'section',
        {},
        h('h3', {}, 'Show'),
        this.depth,
        h('label', { class: 'toggle' }, this.isolated, 'entities without relations'),
      ),
      h(
        'section',
        { class: 'appearance' },
        h('h3', {}, 'Appearance'),
        h('label', {}, 'Colour by ', this.colorMode),
        h('label', {}, 'Size by ', this.sizeMode),
      ),
    );
  }

  setStats(stats: GraphStats): void {
    for (const [type, el] of this.typeCounts) el.textContent = String(stats.entityTypes.get(type) ?? 0);
    for (const [relation, el] of this.relationCounts) {
      const n = stats.relations.get(relation) ?? 0;
      el.textContent = String(n);
      // Relations the graph does not hold are dimmed, not removed, so the list does not jump.
      this.relationRows.get(relation)?.classList.toggle('absent', n === 0);
    }
    this.weight.max = String(Math.max(1, Math.ceil(stats.maxWeight)));
    this.dates = stats.dates;
    const last = Math.max(0, stats.dates.length - 1);
    this.dateFrom.max = String(last);
    this.dateTo.max = String(last);
    this.dateSection.hidden = stats.dates.length < 2;
  }

  update(state: State): void {
    const f = state.filters;
    for (const [type, box] of this.typeBoxes) box.checked = f.entityTypes.has(type);
    for (const [relation, box] of this.relationBoxes) box.checked = f.relations.has(relation);
    this.weight.value = String(f.minWeight);
    this.weightValue.textContent = f.minWeight > 0 ? `≥ ${f.minWeight}` : 'any';
    const last = Math.max(0, this.dates.length - 1);
    const fromIndex = f.dateFrom ? this.dates.findIndex((d) => d >= f.dateFrom!) : 0;
    const toIndex = f.dateTo ? findLastIndex(this.dates, (d) => d <= f.dateTo!) : last;
    this.dateFrom.value = String(Math.max(0, fromIndex));
    this.dateTo.value = String(toIndex < 0 ? last : toIndex);
    this.dateValue.textContent =
      f.dateFrom || f.dateTo
        ? `${f.dateFrom ?? this.dates[0] ?? ''} – ${f.dateTo ?? this.dates[last] ?? ''}`
        : 'all';
    this.depth.value = String(f.neighborhoodDepth);
    this.depth.disabled = state.selectedNode === null && f.neighborhoodDepth === 0;
    this.depth.title = this.depth.disabled ? 'Select an entity first' : '';
    this.isolated.checked = !f.hideIsolated;
    this.colorMode.value = state.colorMode;
    this.sizeMode.value = state.sizeMode;
  }
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}
