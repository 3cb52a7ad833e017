/** `Element.closest()` that continues from a shadow root to its host, so cards inside a grid see the page. */
export function closestAcrossShadow(el: Element, selector: string): Element | null {
  for (let from: Element | undefined = el; from; from = (from.getRootNode() as ShadowRoot).host) {
    const found = from.closest(selector);
    if (found) return found;
  }
  return null;
}
