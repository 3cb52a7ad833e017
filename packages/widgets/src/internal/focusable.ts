const FOCUSABLE =
  'a[href],button:not([disabled]),input:not([disabled]):not([type=hidden]),select:not([disabled]),textarea:not([disabled]),summary,[tabindex]:not([tabindex="-1"])';

/**
 * The elements Tab reaches inside `root`, in document order, looking into the open shadow roots
 * of the elements inside (a checkout inside the cart dialog): visible, enabled, and for radio
 * groups only the checked radio.
 */
export function focusableElements(root: ParentNode): HTMLElement[] {
  const found: HTMLElement[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.children) {
      if (el.matches(FOCUSABLE) && !el.matches('input[type=radio]:not(:checked)') && el.getClientRects().length) found.push(el as HTMLElement);
      if (el.shadowRoot) walk(el.shadowRoot);
      walk(el);
    }
  };
  walk(root);
  return found;
}

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
