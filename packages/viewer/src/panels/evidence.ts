/** Evidence sentences with their source (title linked to the article, date), shared by both panels. */
import { h, sourceLink } from '../dom';
import type { Evidence } from '../types';

/** `total` is how many sentences exist when the server sent only the first few. */
export function evidenceList(evidence: readonly Evidence[], limit = 5, total = evidence.length): HTMLElement {
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
  const shown = Math.min(limit, evidence.length);
  if (Math.max(total, evidence.length) > shown) {
    list.append(
      h('li', { class: 'more' }, `and ${Math.max(total, evidence.length) - shown} more sentence(s)`),
    );
  }
  return list;
}

export function modalityBadge(modality: string | undefined): HTMLElement | null {
  return modality && modality !== 'asserted'
    ? h('span', { class: `badge modality ${modality}` }, modality)
    : null;
}

/** The "Seen" row of a facts list: one date, or the range from first to last; nothing when undated. */
export function seenFacts(firstSeen?: string, lastSeen?: string): HTMLElement[] {
  if (!firstSeen) return [];
  const range = lastSeen && lastSeen !== firstSeen ? `${firstSeen} – ${lastSeen}` : firstSeen;
  return [h('dt', {}, 'Seen'), h('dd', {}, range)];
}
