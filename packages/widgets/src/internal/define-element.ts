/**
 * Defines a custom element unless the tag is taken. A second copy of the widgets on the page (an
 * npm build next to the CDN script) keeps the first definition and warns instead of throwing.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, ctor);
  else if (existing !== ctor) console.warn(`<${tag}> is already defined; keeping the first definition.`);
}
