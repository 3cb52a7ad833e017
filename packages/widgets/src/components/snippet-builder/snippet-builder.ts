import { defineElement } from '../../internal/define-element.js';
import { CenSnippetBuilder } from './snippet-builder.component.js';

export { CenSnippetBuilder };

defineElement('cen-snippet-builder', CenSnippetBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'cen-snippet-builder': CenSnippetBuilder;
  }
}
