const pending = new Map<string, () => Promise<unknown>>();
let observer: MutationObserver | undefined;

function loadUsed(root: ParentNode): void {
  for (const [tag, load] of pending) {
    if (root.querySelector(tag) || (root as Element).localName === tag) {
      pending.delete(tag);
      load();
    }
  }
  if (!pending.size) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * Registers a tag whose code is loaded only when the page uses it: at once when the document
 * already has such an element, else as soon as one is added (the whole-kit bundle keeps the cart
 * drawer, checkout and order status in chunks this way). A tag defined meanwhile is left alone.
 */
export function defineWhenUsed(tag: string, load: () => Promise<unknown>): void {
  if (customElements.get(tag)) return;
  pending.set(tag, load);
  loadUsed(document);
  if (!pending.size || observer) return;
  observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1) loadUsed(node as Element);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
