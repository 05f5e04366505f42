/** Evidence sentences with their source (title linked to the article, date), shared by both panels. */
import { h, sourceLink } from '../dom';
import type { Evidence } from '../types';

export function evidenceList(evidence: readonly Evidence[], limit = 5): HTMLElement {
  const list = h('ul', { class: 'evidence' });
  for (const ev of evidence.slice(0, limit)) {
    list.append(
      h(
        'li',
        {},
        h('blockquote', {}, ev.sentence ?? ''),
        h(
          'div',
          { class: 'source' },
          sourceLink(ev.title || ev.docId || 'source', ev.url),
          ev.date ? h('span', { class: 'date' }, ev.date) : null,
        ),
      ),
    );
  }
  if (evidence.length > limit) {
    list.append(h('li', { class: 'more' }, `and ${evidence.length - limit} more sentence(s)`));
  }
  return list;
}

export function modalityBadge(modality: string | undefined): HTMLElement | null {
  return modality && modality !== 'asserted'
    ? h('span', { class: `badge modality ${modality}` }, modality)
    : null;
}
