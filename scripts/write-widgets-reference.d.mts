export declare const DEFAULT_MANIFEST: string;
export declare const DEFAULT_OUTPUT: string;
/** Anchor GitHub gives a heading, e.g. `<cen-store>` → `cen-store`. */
export declare function anchorOf(heading: string): string;
/** The Markdown reference of every custom element in a custom-elements manifest. */
export declare function renderWidgetsReference(manifest: unknown): string;
/** Reads the manifest and writes the reference; returns the path written. */
export declare function writeWidgetsReference(options?: { manifestPath?: string; outputPath?: string }): string;
