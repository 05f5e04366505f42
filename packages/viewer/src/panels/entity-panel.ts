/**
 * The side panel for a selected entity: type, aliases, roles, metrics; then what the API knows:
 * its statements, its neighbours grouped by relation (each with evidence sentences, source title,
 * date and link), and the articles that mention it.
 */
import { ApiError, type ApiClient } from '../api';
import { ENTITY_COLORS } from '../appearance';
import { clear, h, sourceLink } from '../dom';
import { entityTypeOf } from '../filters';
import type { EntityDetail, NodeData, Neighborhood, RelationDetail, Statement } from '../types';
import { relationLabel } from '../vocabulary';
import { evidenceList, modalityBadge, seenFacts } from './evidence';

export interface PanelActions {
  select(node: string): void;
  close(): void;
}

export function panelHeader(
  kind: string,
  kindColor: string,
  title: string,
  onClose: () => void,
): HTMLElement {
  return h(
    'header',
    { class: 'panel-header' },
    h(
      'div',
      { class: 'kind' },
      h('span', { class: 'dot', attrs: { style: `background:${kindColor}` } }),
      h('span', {}, kind),
    ),
    h('h2', {}, title),
    h(
      'button',
      { class: 'close', attrs: { 'aria-label': 'Close panel', title: 'Close' }, on: { click: onClose } },
      '×',
    ),
  );
}

function chips(values: readonly string[]): HTMLElement {
  return h('div', { class: 'chips' }, ...values.map((v) => h('span', { class: 'chip' }, v)));
}

function section(title: string, ...body: (HTMLElement | null)[]): HTMLElement {
  return h('section', {}, h('h3', {}, title), ...body);
}

/** Groups neighbour edges by relation, most evidenced first, for the "Relations" section. */
export function groupByRelation(edges: readonly RelationDetail[]): [string, RelationDetail[]][] {
  const groups = new Map<string, RelationDetail[]>();
  for (const e of edges) {
    const g = groups.get(e.relation);
    if (g) g.push(e);
    else groups.set(e.relation, [e]);
  }
  for (const g of groups.values()) g.sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0));
  // co-mention last: typed relations are what people come for.
  return [...groups.entries()].sort(
    (a, b) => Number(a[0] === 'co-mention') - Number(b[0] === 'co-mention') || b[1].length - a[1].length,
  );
}

/** A statement's text, and its evidence sentence with source when that says more than the text. */
function statementBody(s: Statement): HTMLElement {
  const ev = typeof s.evidence === 'string' ? { docId: s.doc, sentence: s.evidence } : s.evidence;
  const wrap = h('div', { class: 'statement-body' });
  if (!ev || ev.sentence.trim() !== s.text.trim())
    wrap.append(h('span', { class: 'statement-text' }, s.text));
  if (ev) wrap.append(evidenceList([ev], 1));
  return wrap;
}

export class EntityPanel {
  /** Guards against a slow answer for an entity that is no longer selected. */
  private ticket = 0;

  constructor(
    private readonly el: HTMLElement,
    private readonly api: ApiClient,
    private readonly actions: PanelActions,
  ) {}

  async show(id: string, data: NodeData, labelOf: (id: string) => string | null): Promise<void> {
    const ticket = ++this.ticket;
    clear(this.el);
    this.el.hidden = false;
    const type = entityTypeOf(data);
    const body = h('div', { class: 'panel-body' });
    this.el.append(
      panelHeader(data.entityType, ENTITY_COLORS[type], data.label, () => this.actions.close()),
      body,
    );
    body.append(this.summary(data));
    const pending = h('p', { class: 'muted loading-line' }, 'Loading statements and relations…');
    body.append(pending);

    let detail: EntityDetail;
    let hood: Neighborhood;
    try {
      [detail, hood] = await Promise.all([this.api.entity(id), this.api.neighbors(id, { depth: 1 })]);
    } catch (err) {
      if (ticket !== this.ticket) return;
      pending.className = 'error-text';
      pending.textContent =
        err instanceof ApiError ? `Could not load details: ${err.message}` : 'Could not load details.';
      return;
    }
    if (ticket !== this.ticket) return;
    pending.remove();
    this.el.dataset.entity = id;
    if (detail.roles.length && !data.roles.length) body.append(section('Roles', chips(detail.roles)));
    body.append(this.statements(detail), this.relations(id, hood, labelOf), this.documents(detail));
  }

  hide(): void {
    this.ticket++;
    clear(this.el);
    this.el.hidden = true;
    delete this.el.dataset.entity;
  }

  private summary(data: NodeData): HTMLElement {
    const facts = h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Mentions'),
      h('dd', {}, String(data.mentions)),
      h('dt', {}, 'Articles'),
      h('dd', {}, String(data.documents.length)),
      ...seenFacts(data.firstSeen, data.lastSeen),
      data.degree !== undefined ? h('dt', {}, 'Degree') : null,
      data.degree !== undefined ? h('dd', {}, String(data.degree)) : null,
      data.pagerank !== undefined ? h('dt', {}, 'PageRank') : null,
      data.pagerank !== undefined ? h('dd', {}, data.pagerank.toFixed(4)) : null,
      data.community !== undefined ? h('dt', {}, 'Community') : null,
      data.community !== undefined ? h('dd', {}, String(data.community)) : null,
    );
    const wrap = h('div', { class: 'summary' }, facts);
    const aliases = data.aliases.filter((a) => a !== data.label);
    if (aliases.length) wrap.append(section('Also called', chips(aliases)));
    if (data.roles.length) wrap.append(section('Roles', chips(data.roles)));
    return wrap;
  }

  private statements(detail: EntityDetail): HTMLElement {
    if (!detail.statements.length) return section('Statements', h('p', { class: 'muted' }, 'No statements.'));
    const list = h('ul', { class: 'statements' });
    for (const s of detail.statements.slice(0, 30)) {
      list.append(
        h(
          'li',
          {},
          h('span', { class: 'badge relation' }, relationLabel(s.relation)),
          modalityBadge(s.modality),
          statementBody(s),
        ),
      );
    }
    return section(`Statements (${detail.statements.length})`, list);
  }

  private relations(id: string, hood: Neighborhood, labelOf: (id: string) => string | null): HTMLElement {
    if (!hood.edges.length) return section('Relations', h('p', { class: 'muted' }, 'No relations.'));
    const names = new Map(hood.nodes.map((n) => [n.id, n.label]));
    const wrap = h('div', { class: 'relations' });
    for (const [relation, edges] of groupByRelation(hood.edges)) {
      const group = h(
        'details',
        { class: 'relation-group', attrs: { 'data-relation': relation } },
        h(
          'summary',
          {},
          h('span', { class: 'badge relation' }, relationLabel(relation)),
          h('span', { class: 'count' }, String(edges.length)),
        ),
      );
      if (relation !== 'co-mention') group.open = true;
      const list = h('ul', { class: 'neighbors' });
      for (const edge of edges) {
        const outgoing = edge.source === id;
        const other = outgoing ? edge.target : edge.source;
        const name = names.get(other) ?? labelOf(other) ?? other;
        const link = h(
          'button',
          {
            class: 'link neighbor-name',
            attrs: { 'data-node': other },
            on: { click: () => this.actions.select(other) },
          },
          name,
        );
        list.append(
          h(
            'li',
            {},
            h(
              'div',
              { class: 'neighbor-line' },
              h(
                'span',
                { class: 'direction', attrs: { title: outgoing ? 'outgoing' : 'incoming' } },
                outgoing ? '→' : '←',
              ),
              link,
              modalityBadge(edge.modality),
              h('span', { class: 'weight', attrs: { title: 'weight' } }, `×${edge.weight}`),
            ),
            evidenceList(edge.evidence ?? [], 3, edge.evidenceCount),
          ),
        );
      }
      group.append(list);
      wrap.append(group);
    }
    return section('Relations', wrap);
  }

  private documents(detail: EntityDetail): HTMLElement {
    if (!detail.documents.length) return section('Articles', h('p', { class: 'muted' }, 'No articles.'));
    const list = h('ul', { class: 'documents' });
    for (const d of detail.documents.slice(0, 50)) {
      list.append(
        h('li', {}, sourceLink(d.title || d.id, d.url), d.date ? h('span', { class: 'date' }, d.date) : null),
      );
    }
    return section(`Articles (${detail.documents.length})`, list);
  }
}
