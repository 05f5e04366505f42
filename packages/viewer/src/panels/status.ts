/** The overlay over the graph that says what is happening: loading, empty, or an error with a retry. */
import { clear, h } from '../dom';
import type { Status } from '../state';

export class StatusOverlay {
  constructor(
    private readonly el: HTMLElement,
    private readonly actions: { retry(): void; addArticle(): void },
  ) {}

  render(status: Status): void {
    clear(this.el);
    this.el.dataset.kind = status.kind;
    this.el.hidden = status.kind === 'ready';
    switch (status.kind) {
      case 'loading':
        this.el.append(
          h('div', { class: 'spinner', attrs: { 'aria-hidden': 'true' } }),
          h('p', {}, status.message),
        );
        break;
      case 'empty':
        this.el.append(
          h('h2', {}, 'The graph is empty'),
          h('p', {}, 'No entities match yet. Add an article, or loosen the filters.'),
          h('button', { class: 'primary', on: { click: () => this.actions.addArticle() } }, 'Add an article'),
        );
        break;
      case 'error':
        this.el.append(
          h('h2', {}, 'Something went wrong'),
          h('p', { class: 'error-text' }, status.message),
          h('button', { on: { click: () => this.actions.retry() } }, 'Try again'),
        );
        break;
      case 'ready':
        break;
    }
  }
}
