/** The side panel for a selected edge: who did what to whom, and the sentences that say so. */
import { ApiError, type ApiClient } from '../api';
import { edgeColor } from '../appearance';
import { clear, h } from '../dom';
import type { EdgeData } from '../types';
import { relationLabel } from '../vocabulary';
import { panelHeader, type PanelActions } from './entity-panel';
import { evidenceList, modalityBadge, seenFacts } from './evidence';

export class EdgePanel {
  private ticket = 0;

  constructor(
    private readonly el: HTMLElement,
    private readonly api: ApiClient,
    private readonly actions: PanelActions,
  ) {}

  async show(
    edge: { key: string; source: string; target: string; data: EdgeData },
    labelOf: (id: string) => string | null,
  ): Promise<void> {
    const ticket = ++this.ticket;
    clear(this.el);
    this.el.hidden = false;
    const { source, target, data } = edge;
    const name = (id: string) =>
      h(
        'button',
        { class: 'link', attrs: { 'data-node': id }, on: { click: () => this.actions.select(id) } },
        labelOf(id) ?? id,
      );
    const body = h(
      'div',
      { class: 'panel-body' },
      h(
        'p',
        { class: 'edge-sentence' },
        name(source),
        h('span', { class: 'badge relation' }, relationLabel(data.relation)),
        name(target),
        modalityBadge(data.modality),
      ),
      h(
        'dl',
        { class: 'facts' },
        h('dt', {}, 'Weight'),
        h('dd', {}, String(data.weight)),
        ...seenFacts(data.firstSeen, data.lastSeen),
      ),
    );
    this.el.append(
      panelHeader('relation', edgeColor({ relation: data.relation }), relationLabel(data.relation), () =>
        this.actions.close(),
      ),
      body,
    );
    const pending = h('p', { class: 'muted loading-line' }, 'Loading evidence…');
    body.append(pending);
    try {
      const relations = await this.api.relations({ source, target, relation: data.relation });
      if (ticket !== this.ticket) return;
      pending.remove();
      const evidence = relations.flatMap((r) => r.evidence ?? []);
      const total = relations.reduce(
        (n, r) => n + Math.max(r.evidenceCount ?? 0, r.evidence?.length ?? 0),
        0,
      );
      body.append(
        h(
          'section',
          {},
          h('h3', {}, `Evidence (${Math.max(total, evidence.length)})`),
          evidence.length
            ? evidenceList(evidence, 20)
            : h('p', { class: 'muted' }, 'No evidence sentences recorded.'),
        ),
      );
    } catch (err) {
      if (ticket !== this.ticket) return;
      pending.className = 'error-text';
      pending.textContent =
        err instanceof ApiError ? `Could not load evidence: ${err.message}` : 'Could not load evidence.';
    }
  }

  hide(): void {
    this.ticket++;
    clear(this.el);
    this.el.hidden = true;
  }
}
