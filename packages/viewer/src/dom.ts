/**
 * The only way the viewer builds DOM: createElement and text nodes. API data is never parsed as
 * HTML (no innerHTML anywhere), so an article that contains markup shows that markup as text.
 */
export type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  /** Attributes set with setAttribute; values are our own or escaped by the DOM. */
  attrs?: Record<string, string | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value !== undefined) el.setAttribute(name, value);
  }
  for (const [name, handler] of Object.entries(props.on ?? {})) {
    el.addEventListener(name, handler as EventListener);
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** Only http(s) links are made clickable: a `javascript:` URL from an article must not become one. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link to an article when its URL is safe, plain text otherwise. */
export function sourceLink(text: string, url: string | undefined): HTMLElement {
  const href = safeHref(url);
  return href
    ? h('a', { attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }, text)
    : h('span', {}, text);
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { attrs: { href: url, download: fileName } });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
