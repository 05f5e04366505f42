/**
 * The search box: autocomplete over labels and aliases (an ARIA combobox). Typing highlights the
 * matching nodes; choosing a result selects the entity and centres the camera on it.
 */
import { clear, h } from '../dom';
import { ENTITY_COLORS } from '../appearance';
import type { SearchHit, SearchIndex } from '../search-index';
import { entityTypeOf } from '../filters';

export interface SearchActions {
  /** While typing: the keys to highlight (null clears). */
  preview(query: string, keys: ReadonlySet<string> | null): void;
  choose(key: string): void;
}

export class SearchBox {
  private index: SearchIndex | null = null;
  private hits: SearchHit[] = [];
  private active = -1;
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;

  constructor(
    root: HTMLElement,
    private readonly actions: SearchActions,
  ) {
    this.input = h('input', {
      class: 'search-input',
      attrs: {
        type: 'search',
        placeholder: 'Search people, organisations, places…',
        role: 'combobox',
        'aria-expanded': 'false',
        'aria-controls': 'search-results',
        'aria-autocomplete': 'list',
        'aria-label': 'Search entities',
        autocomplete: 'off',
      },
      on: {
        input: () => this.update(),
        keydown: (e) => this.onKey(e),
        blur: () => setTimeout(() => this.close(), 150),
        focus: () => this.update(),
      },
    });
    this.list = h('ul', { class: 'search-results', attrs: { id: 'search-results', role: 'listbox' } });
    this.list.hidden = true;
    root.append(this.input, this.list);
  }

  setIndex(index: SearchIndex): void {
    this.index = index;
    if (this.input.value) this.update();
  }

  private update(): void {
    const q = this.input.value;
    this.hits = this.index ? this.index.search(q) : [];
    this.active = this.hits.length ? 0 : -1;
    this.actions.preview(q, this.index && q.trim() ? this.index.matchingKeys(q) : null);
    this.renderList(q);
  }

  private renderList(query: string): void {
    clear(this.list);
    if (query.trim() === '') return this.close();
    if (this.hits.length === 0) {
      this.list.append(h('li', { class: 'search-empty' }, `No entity matches “${query}”`));
    }
    this.hits.forEach((hit, i) => {
      const item = h(
        'li',
        {
          class: i === this.active ? 'active' : '',
          attrs: { role: 'option', id: `search-opt-${i}`, 'aria-selected': String(i === this.active) },
          // mousedown, not click: it fires before the input's blur closes the list.
          on: { mousedown: (e) => (e.preventDefault(), this.choose(i)) },
        },
        h('span', {
          class: 'dot',
          attrs: { style: `background:${ENTITY_COLORS[entityTypeOf({ entityType: hit.entityType })]}` },
        }),
        h('span', { class: 'hit-label' }, hit.label),
        hit.matchedAlias ? h('span', { class: 'hit-alias' }, hit.matchedAlias) : null,
        h('span', { class: 'hit-type' }, hit.entityType),
      );
      this.list.append(item);
    });
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `search-opt-${this.active}`);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!this.hits.length) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.hits.length) % this.hits.length;
      this.renderList(this.input.value);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (this.active >= 0) this.choose(this.active);
    } else if (e.key === 'Escape' && this.input.value !== '') {
      e.preventDefault();
      this.input.value = '';
      this.update();
    }
  }

  private choose(i: number): void {
    const hit = this.hits[i];
    if (!hit) return;
    this.input.value = hit.label;
    this.close();
    this.actions.choose(hit.key);
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}
