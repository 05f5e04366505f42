/**
 * Paste or upload an article: it is sent to POST /api/documents; the graph then updates through
 * the server's events. The result (per document: added, duplicate, rejected and why) is shown as text.
 */
import { ApiError, type ApiClient } from '../api';
import { clear, h } from '../dom';
import type { IngestResult } from '../types';

/** Uploads larger than this are refused before reading: a news article is a few kilobytes. */
export const MAX_UPLOAD_BYTES = 2_000_000;

export class IngestForm {
  readonly dialog: HTMLDialogElement;
  private readonly form: HTMLFormElement;
  private readonly result: HTMLElement;
  private readonly submit: HTMLButtonElement;
  private readonly token: HTMLInputElement;
  private readonly tokenField: HTMLElement;

  constructor(
    private readonly api: ApiClient,
    private readonly onIngested: (result: IngestResult) => void,
  ) {
    const field = (label: string, input: HTMLElement) =>
      h('label', { class: 'field' }, h('span', {}, label), input);
    const title = h('input', { attrs: { name: 'title', type: 'text', placeholder: 'Headline (optional)' } });
    const date = h('input', { attrs: { name: 'date', type: 'date' } });
    const url = h('input', { attrs: { name: 'url', type: 'url', placeholder: 'https://… (optional)' } });
    const text = h('textarea', {
      attrs: { name: 'text', rows: '12', placeholder: 'Paste the article text here…', required: '' },
    });
    const file = h('input', {
      attrs: { type: 'file', accept: '.txt,.md,text/plain', 'aria-label': 'Upload a text file' },
      on: {
        change: async () => {
          const f = file.files?.[0];
          if (!f) return;
          if (f.size > MAX_UPLOAD_BYTES) return this.message('error', `${f.name} is too large (over 2 MB).`);
          text.value = await f.text();
          if (!title.value) title.value = f.name.replace(/\.[^.]+$/, '');
        },
      },
    });
    // Shown only when the server asks for a token (it was started with one).
    this.token = h('input', { attrs: { name: 'token', type: 'password', autocomplete: 'off' } });
    this.tokenField = field('API token (the server requires one for writes)', this.token);
    this.tokenField.hidden = true;
    this.result = h('div', { class: 'ingest-result', attrs: { role: 'status', 'aria-live': 'polite' } });
    this.submit = h('button', { class: 'primary', attrs: { type: 'submit' } }, 'Add to graph');
    this.form = h(
      'form',
      {
        attrs: { method: 'dialog' },
        on: {
          submit: (e) => {
            e.preventDefault();
            void this.send({
              title: title.value.trim(),
              date: date.value,
              url: url.value.trim(),
              text: text.value,
            });
          },
        },
      },
      h(
        'header',
        { class: 'panel-header' },
        h('h2', {}, 'Add an article'),
        h(
          'button',
          {
            class: 'close',
            attrs: { type: 'button', 'aria-label': 'Close' },
            on: { click: () => this.dialog.close() },
          },
          '×',
        ),
      ),
      h('div', { class: 'row' }, field('Title', title), field('Date', date)),
      field('URL', url),
      field('Text', text),
      this.tokenField,
      h('div', { class: 'row actions' }, file, this.submit),
      this.result,
    );
    this.dialog = h('dialog', { class: 'ingest-dialog' }, this.form);
    document.body.append(this.dialog);
  }

  open(): void {
    clear(this.result);
    this.dialog.showModal();
  }

  private message(kind: 'error' | 'info', text: string): void {
    clear(this.result);
    this.result.append(h('p', { class: kind === 'error' ? 'error-text' : 'muted' }, text));
  }

  private async send(article: { title: string; date: string; url: string; text: string }): Promise<void> {
    if (article.text.trim() === '') return this.message('error', 'Paste some text first.');
    this.submit.disabled = true;
    if (!this.tokenField.hidden) this.api.setToken(this.token.value);
    this.message('info', 'Extracting entities and relations…');
    try {
      const result = await this.api.ingest({
        text: article.text,
        ...(article.title ? { title: article.title } : {}),
        ...(article.date ? { date: article.date } : {}),
        ...(article.url ? { url: article.url } : {}),
      });
      clear(this.result);
      const list = h('ul', { class: 'ingest-docs' });
      for (const d of result.documents) {
        list.append(
          h(
            'li',
            {},
            h('span', { class: `badge status ${d.status}` }, d.status),
            h('span', { class: 'doc-title' }, d.title || d.id),
            d.reason ? h('span', { class: 'muted' }, ` (${d.reason})`) : null,
          ),
        );
      }
      this.result.append(
        list,
        h(
          'p',
          { class: 'muted' },
          `${result.entitiesAdded.length} new entities, ${result.relationsAdded} new relations.`,
        ),
      );
      this.onIngested(result);
    } catch (err) {
      this.message(
        'error',
        err instanceof ApiError ? err.message : `Could not send the article (${String(err)}).`,
      );
    } finally {
      this.submit.disabled = false;
    }
  }
}
