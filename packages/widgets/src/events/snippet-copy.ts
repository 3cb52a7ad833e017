/** Which snippet of `<cen-snippet-builder>`: the script one or the image one for pages without scripts. */
export type CenSnippetKind = 'script' | 'no-script';

/** Detail of `cen-snippet-copy`: the snippet copied, exactly as it went to the clipboard. */
export interface CenSnippetCopyDetail {
  kind: CenSnippetKind;
  text: string;
}
/** Fired by `<cen-snippet-builder>` after the MC copied a snippet (bubbles, composed). */
export type CenSnippetCopyEvent = CustomEvent<CenSnippetCopyDetail>;

declare global {
  interface HTMLElementEventMap {
    'cen-snippet-copy': CenSnippetCopyEvent;
  }
}
