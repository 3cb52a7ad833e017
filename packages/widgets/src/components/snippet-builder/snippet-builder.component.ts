import {
  BADGE_LOOKS,
  BADGE_SIZES,
  PUBLISHABLE_KEY_PATTERN,
  REFERRAL_CODE_PATTERN,
  REFERRAL_DISCLOSURE,
  SnippetInputError,
  badgeImageSize,
  badgeImageUrl,
  formatKrw,
  noScriptSnippet,
  scriptSnippet,
  type BadgeImageFormat,
  type BadgeLook,
  type BadgeSize,
  type MarketCreator,
  type Page,
  type Product,
  type Service,
  type SnippetField,
  type SnippetLang,
} from '@thecen/schema/browser';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { clientFor } from '../../config/client-for.js';
import { elementConfig } from '../../config/page-config.js';
import type { CenSnippetKind } from '../../events/snippet-copy.js';
import { commonStrings, serviceStrings } from '../../i18n/locale.js';
import { snippetBuilderStrings, type SnippetBuilderStrings, type SnippetItemKind } from '../../i18n/snippet-builder-strings.js';
import { baseStyles } from '../../internal/base.styles.js';
import { CenElement } from '../../internal/cen-element.js';
import { commerceStyles } from '../../internal/commerce.styles.js';
import { errorKind } from '../../internal/error-kind.js';
import { LatestRequest } from '../../internal/latest-request.js';
import { ItemLoader } from '../../internal/item-loader.js';
import { pricingText } from '../service-card/service-format.js';
import '../mc-badge/mc-badge.js';
import styles from './snippet-builder.styles.js';

/** How many items a search shows. */
const RESULT_LIMIT = 12;

/** The no-JS image formats, PNG (the default, shown by every blog platform) first. */
const IMAGE_FORMATS = ['png', 'svg'] as const satisfies readonly BadgeImageFormat[];

/** The snippets of the current choices, or why there are none. */
type Snippets = { script: string; noScript: string } | { problem: string };

/**
 * The URL of the widgets' CDN script running this page: the `<script data-cen-key src>` tag, else
 * a module script whose file is `cen-widgets.js`. Empty when the widgets came through npm.
 */
function runningCdnScript(): string {
  const script =
    document.querySelector<HTMLScriptElement>('script[data-cen-key][src]') ?? document.querySelector<HTMLScriptElement>('script[type=module][src*="cen-widgets"]');
  return script?.src ?? '';
}

/**
 * @summary The MC studio's snippet builder, for Market Creators who are not programmers: choose a
 * product or a service (search), a look and a size, see both badges, and copy with one click the
 * script snippet (`<cen-mc-badge>` with the CDN script) or the no-JavaScript snippet (badge image in
 * the `/r/{code}` redirect link). Both carry the commission disclosure as visible text.
 * @tag cen-snippet-builder
 *
 * @slot - Fallback shown until the element is defined (no JavaScript), e.g. a note that the builder needs JavaScript. Never rendered once upgraded.
 *
 * @event {CenSnippetCopyEvent} cen-snippet-copy - A snippet was copied to the clipboard. `detail: { kind: 'script' | 'no-script', text: string }`.
 * @event {CenErrorEvent} cen-error - The MC or the list of products or services could not be loaded. `detail: { error: Error }`.
 *
 * @csspart base - The builder: its steps in order.
 * @csspart config-error - What is missing in the page configuration (`mc`, `cdn`, API address, a publishable key).
 * @csspart creator - The line naming the MC whose code the snippets carry.
 * @csspart step - Each step (choose, look, preview, copy).
 * @csspart heading - Each step's heading.
 * @csspart kind - The product/service choice.
 * @csspart search - The search form.
 * @csspart search-input - The search box.
 * @csspart search-button - The search button.
 * @csspart results - The list of products or services to choose from.
 * @csspart option - Each choice of the list (a label around its radio button).
 * @csspart option-image - The image of a choice.
 * @csspart option-title - The title of a choice.
 * @csspart option-price - The price of a choice.
 * @csspart option-partner - The partner of a choice.
 * @csspart empty - The message when nothing matches.
 * @csspart error - The error message box (list or MC could not be loaded).
 * @csspart action - The retry button of the error state.
 * @csspart look - The look choice (compact, button, card).
 * @csspart size - The size choice (s, m, l).
 * @csspart format - The no-JS image format choice (PNG, SVG).
 * @csspart preview - The two previews side by side.
 * @csspart preview-script - The live `<cen-mc-badge>` preview.
 * @csspart preview-no-script - The badge image preview.
 * @csspart snippets - The two snippets side by side.
 * @csspart snippet - Each read-only code box.
 * @csspart snippet-script - The script snippet's code box.
 * @csspart snippet-no-script - The no-JS snippet's code box.
 * @csspart copy-button - Each copy button.
 * @csspart status - The live message after copying ("복사했습니다").
 * @csspart disclosure-note - The reminder that the disclosure must stay.
 *
 * @cssproperty [--cen-snippet-builder-max-width=64rem] - Widest the builder grows.
 * @cssproperty [--cen-snippet-builder-column-min-width=18rem] - Narrowest column before the side-by-side previews and snippets stack.
 * @cssproperty [--cen-snippet-builder-selected-color=var(--cen-color-primary)] - Border of the chosen item.
 * @cssproperty [--cen-snippet-builder-code-font=ui-monospace, monospace] - Font of the code boxes.
 */
export class CenSnippetBuilder extends CenElement {
  static override styles = [baseStyles, commerceStyles, styles];

  static override properties: PropertyDeclarations = {
    mc: {},
    cdn: {},
    snippetLang: { attribute: 'snippet-lang' },
    kind: { state: true, attribute: false },
    q: { state: true, attribute: false },
    results: { state: true, attribute: false },
    hasMore: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    listError: { state: true, attribute: false },
    chosen: { state: true, attribute: false },
    look: { state: true, attribute: false },
    size: { state: true, attribute: false },
    format: { state: true, attribute: false },
    creator: { state: true, attribute: false },
    listAnnouncement: { state: true, attribute: false },
    copyAnnouncement: { state: true, attribute: false },
  };

  /** The MC's public referral code the snippets carry (attribute `mc`), e.g. `haetsal-mom`. */
  declare mc: string;

  /**
   * URL of the widgets' CDN script to put in the script snippet (attribute `cdn`). Default: the
   * page's own CDN script (`<script data-cen-key src>`) when there is one; otherwise required.
   */
  declare cdn: string;

  /** Language of the snippets' fallback text and disclosure (attribute `snippet-lang`): `ko` (default) or `en`. */
  declare snippetLang: SnippetLang;

  declare private kind: SnippetItemKind;
  declare private q: string;
  declare private results: (Product | Service)[];
  declare private hasMore: boolean;
  declare private busy: boolean;
  declare private listError: unknown;
  declare private chosen: Product | Service | undefined;
  declare private look: BadgeLook;
  declare private size: BadgeSize;
  declare private format: BadgeImageFormat;
  declare private creator: MarketCreator | undefined;
  declare private listAnnouncement: string;
  declare private copyAnnouncement: string;
  /** The search request: one leaving the page is run again when the builder comes back. */
  #request = new LatestRequest(this, () => this.#search());

  constructor() {
    super();
    this.mc = '';
    this.cdn = '';
    this.snippetLang = 'ko';
    this.kind = 'product';
    this.q = '';
    this.results = [];
    this.hasMore = false;
    this.busy = false;
    this.look = 'compact';
    this.size = 'm';
    this.format = 'png';
    this.listAnnouncement = '';
    this.copyAnnouncement = '';
  }

  #creatorLoader = new ItemLoader<MarketCreator>(
    this,
    (client, code, signal) => client.marketCreators.retrieve(code, { signal }),
    (_code, creator, error) => {
      if (creator) this.creator = creator;
      else this.emit('cen-error', { error: error as Error });
    },
  );

  /** The chosen product or service, if any. */
  get item(): Product | Service | undefined {
    return this.chosen;
  }

  /** The two snippets of the current choices, or undefined until they can be made. */
  get snippets(): { script: string; noScript: string } | undefined {
    const snippets = this.#snippets(snippetBuilderStrings[this.locale]);
    return 'problem' in snippets ? undefined : snippets;
  }

  /** The page configuration's problem that stops the builder, if any. */
  #configProblem(t: SnippetBuilderStrings): string | undefined {
    const { api, key } = elementConfig(this);
    if (!this.mc || !REFERRAL_CODE_PATTERN.test(this.mc)) return t.missingMc;
    if (!api || !/^https?:\/\//i.test(api)) return key ? t.badApi : commonStrings[this.locale].notConfigured;
    if (!key) return commonStrings[this.locale].notConfigured;
    if (!PUBLISHABLE_KEY_PATTERN.test(key)) return t.badKey;
    if (!this.#cdnUrl()) return t.missingCdn;
    return undefined;
  }

  /** The snippets' language: English only when asked for. */
  #lang(): SnippetLang {
    return this.snippetLang === 'en' ? 'en' : 'ko';
  }

  #cdnUrl(): string {
    return this.cdn || runningCdnScript();
  }

  /** Whether the list and the MC can be fetched: never with anything but a publishable key. */
  #canFetch(): boolean {
    const { api, key } = elementConfig(this);
    return !!api && !!key && PUBLISHABLE_KEY_PATTERN.test(key);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mc') && this.mc !== this.creator?.code) {
      this.creator = undefined;
      this.#creatorLoader.load(this.mc && REFERRAL_CODE_PATTERN.test(this.mc) && this.#canFetch() ? this.mc : '');
    }
    if (!this.hasUpdated) this.#search();
  }

  /** Lists the products or services matching `q` (the newest first when `q` is empty). */
  #search(): void {
    const run = this.#request.begin();
    if (!run) return;
    if (!this.#canFetch()) {
      run.settle();
      return;
    }
    const kind = this.kind;
    const query = { limit: RESULT_LIMIT, ...(this.q.trim() && { q: this.q.trim() }) };
    this.busy = true;
    this.listError = undefined;
    new Promise<Page<Product | Service>>((resolve) => {
      const client = clientFor(this);
      resolve(kind === 'product' ? client.products.list(query, { signal: run.signal }) : client.services.list(query, { signal: run.signal }));
    }).then(
      (page) => {
        if (!run.settle()) return;
        this.busy = false;
        this.results = page.data;
        this.hasMore = page.hasMore;
        const t = snippetBuilderStrings[this.locale];
        this.listAnnouncement = page.data.length ? t.found(page.data.length, kind) : t.noneFound;
      },
      (error: unknown) => {
        if (!run.settle()) return;
        this.busy = false;
        this.results = [];
        this.hasMore = false;
        this.listError = error;
        this.listAnnouncement = snippetBuilderStrings[this.locale].listFailed;
        this.emit('cen-error', { error: error as Error });
      },
    );
  }

  #setKind(kind: SnippetItemKind): void {
    if (kind === this.kind) return;
    this.kind = kind;
    this.chosen = undefined;
    this.results = [];
    this.#search();
  }

  #onSearch(event: SubmitEvent): void {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('q') as HTMLInputElement;
    this.q = input.value;
    this.#search();
  }

  #snippets(t: SnippetBuilderStrings): Snippets {
    const problem = this.#configProblem(t);
    if (problem) return { problem };
    const item = this.chosen;
    const creator = this.creator;
    if (!item || !creator) return { problem: t.chooseFirst };
    const { api, key } = elementConfig(this);
    const lang = this.#lang();
    const label = snippetBuilderStrings[lang].recommendation(creator.displayName, item.title);
    const target = { mc: this.mc, look: this.look, size: this.size, lang, ...(item.object === 'product' ? { product: item.id } : { service: item.id }) };
    try {
      return {
        script: scriptSnippet({ ...target, cdnUrl: this.#cdnUrl(), api: api!, publishableKey: key!, linkText: label }),
        noScript: noScriptSnippet({ ...target, api: api!, format: this.format, altText: label }),
      };
    } catch (error) {
      if (!(error instanceof SnippetInputError)) throw error;
      return { problem: this.#fieldProblem(error.field, t) };
    }
  }

  #fieldProblem(field: SnippetField, t: SnippetBuilderStrings): string {
    switch (field) {
      case 'cdnUrl':
        return t.missingCdn;
      case 'api':
        return t.badApi;
      case 'publishableKey':
        return t.badKey;
      case 'mc':
        return t.missingMc;
      default:
        return t.chooseFirst;
    }
  }

  async #copy(kind: CenSnippetKind, text: string): Promise<void> {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>(kind === 'script' ? '#script-snippet' : '#no-script-snippet');
    let copied = false;
    try {
      if (navigator.clipboard?.writeText) {
        await navigator.clipboard.writeText(text);
        copied = true;
      }
    } catch {
      copied = false;
    }
    if (!copied && area) {
      // No clipboard API (an insecure page, an old browser) or it was refused: the selection way.
      area.focus();
      area.select();
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
    }
    const t = snippetBuilderStrings[this.locale];
    // Empty the live region first so that a second copy is announced again.
    this.copyAnnouncement = '';
    await this.updateComplete;
    this.copyAnnouncement = copied ? t.copied : t.copyFailed;
    if (copied) this.emit('cen-snippet-copy', { kind, text });
  }

  #price(item: Product | Service): string {
    const locale = this.locale;
    return item.object === 'product' ? formatKrw(item.price, locale) : pricingText(item.pricing, serviceStrings[locale], locale);
  }

  #radios<T extends string>(name: string, legend: string, values: readonly T[], labels: Record<T, string>, current: T, set: (value: T) => void): TemplateResult {
    return html`<fieldset part=${name} class="choice">
      <legend>${legend}</legend>
      <div class="radios">
        ${values.map(
          (value) => html`<label class="radio"
            ><input type="radio" name=${name} .value=${value} .checked=${value === current} @change=${() => set(value)} />${labels[value]}</label
          >`,
        )}
      </div>
    </fieldset>`;
  }

  #itemStep(t: SnippetBuilderStrings): TemplateResult {
    const c = commonStrings[this.locale];
    const chosen = this.chosen;
    // Keep the chosen item listed (and checked) when a new search does not find it.
    const items = chosen && !this.results.some((i) => i.id === chosen.id) ? [chosen, ...this.results] : this.results;
    return html`<section part="step" aria-labelledby="step-item">
      <h3 part="heading" id="step-item">${t.stepItem}</h3>
      ${this.#radios('kind', t.kind, ['product', 'service'] as const, t.kinds, this.kind, (kind) => this.#setKind(kind))}
      <form part="search" role="search" class="search" @submit=${this.#onSearch}>
        <label for="q">${t.search}</label>
        <div class="search-row">
          <input part="search-input" id="q" name="q" type="search" .value=${this.q} autocomplete="off" />
          <button part="search-button" type="submit">${t.searchButton}</button>
        </div>
      </form>
      <div class="sr" role="status">${this.listAnnouncement}</div>
      ${this.listError
        ? html`<div part="error" class="error">
            <p>${errorKind(this.listError) === 'config' ? c.notConfigured : t.listFailed}</p>
            ${errorKind(this.listError) === 'network' ? html`<button part="action" type="button" @click=${() => this.#search()}>${c.retry}</button>` : ''}
          </div>`
        : ''}
      ${items.length
        ? html`<fieldset class="results-box" aria-busy=${this.busy ? 'true' : 'false'}>
            <legend>${t.results(this.kind)}</legend>
            <ul part="results" class="results" role="list">
              ${items.map((item) => {
                const image = item.images[0];
                return html`<li>
                  <label part="option" class="option">
                    <input type="radio" name="item" .value=${item.id} .checked=${item.id === chosen?.id} @change=${() => (this.chosen = item)} />
                    ${image ? html`<img part="option-image" src=${image.url} alt="" loading="lazy" decoding="async" width="56" height="56" />` : html`<span class="no-image"></span>`}
                    <span class="option-text">
                      <span part="option-title" class="option-title">${item.title}</span>
                      <span part="option-price">${this.#price(item)}</span>
                      <span part="option-partner" class="muted">${item.partner.name}</span>
                    </span>
                  </label>
                </li>`;
              })}
            </ul>
            ${this.hasMore ? html`<p class="muted">${t.narrowDown}</p>` : ''}
          </fieldset>`
        : this.busy
          ? html`<p class="muted" aria-busy="true">${t.loadingList}</p>`
          : this.listError
            ? ''
            : html`<p part="empty">${t.noneFound}</p>`}
    </section>`;
  }

  #lookStep(t: SnippetBuilderStrings): TemplateResult {
    return html`<section part="step" aria-labelledby="step-look">
      <h3 part="heading" id="step-look">${t.stepLook}</h3>
      <div class="choices">
        ${this.#radios('look', t.look, BADGE_LOOKS, t.looks, this.look, (look) => (this.look = look))}
        ${this.#radios('size', t.size, BADGE_SIZES, t.sizes, this.size, (size) => (this.size = size))}
        ${this.#radios('format', t.format, IMAGE_FORMATS, t.formats, this.format, (format) => (this.format = format))}
      </div>
    </section>`;
  }

  #previewStep(t: SnippetBuilderStrings, ready: boolean): TemplateResult {
    const item = this.chosen;
    const creator = this.creator;
    const lang = this.#lang();
    let image: TemplateResult | string = '';
    if (ready && item && creator) {
      const target = { mc: this.mc, ...(item.object === 'product' ? { product: item.id } : { service: item.id }) };
      const { width, height } = badgeImageSize(this.look, this.size, true);
      const src = badgeImageUrl(elementConfig(this).api!, target, { look: this.look, size: this.size, format: this.format });
      image = html`<img src=${src} width=${width} height=${height} alt=${snippetBuilderStrings[lang].recommendation(creator.displayName, item.title)} />
        <p class="disclosure">${REFERRAL_DISCLOSURE[lang]}</p>`;
    }
    return html`<section part="step" aria-labelledby="step-preview">
      <h3 part="heading" id="step-preview">${t.stepPreview}</h3>
      ${ready && item && creator
        ? html`<div part="preview" class="columns">
            <figure part="preview-script" class="preview">
              <figcaption>${t.previewScript}</figcaption>
              <cen-mc-badge
                lang=${lang}
                mc=${this.mc}
                product=${item.object === 'product' ? item.id : nothing}
                service=${item.object === 'service' ? item.id : nothing}
                look=${this.look}
                size=${this.size}
                .creator=${creator}
                .product=${item.object === 'product' ? item : undefined}
                .service=${item.object === 'service' ? item : undefined}
              ></cen-mc-badge>
            </figure>
            <figure part="preview-no-script" class="preview">
              <figcaption>${t.previewNoScript}</figcaption>
              ${image}
            </figure>
          </div>`
        : html`<p class="muted">${t.chooseFirst}</p>`}
    </section>`;
  }

  #copyStep(t: SnippetBuilderStrings, snippets: Snippets): TemplateResult {
    const box = (kind: CenSnippetKind, id: string, label: string, hint: string, text: string | undefined) => html`<div class="snippet">
      <label for=${id}>${label}</label>
      <p id=${`${id}-hint`} class="muted hint">${hint}</p>
      <textarea
        part=${`snippet snippet-${kind}`}
        id=${id}
        readonly
        rows="8"
        spellcheck="false"
        aria-describedby=${`${id}-hint`}
        .value=${text ?? ('problem' in snippets ? snippets.problem : '')}
        @focus=${(e: FocusEvent) => (e.target as HTMLTextAreaElement).select()}
      ></textarea>
      <button part="copy-button" type="button" ?disabled=${text === undefined} @click=${() => text !== undefined && this.#copy(kind, text)}>${t.copy(label)}</button>
    </div>`;
    const ready = 'script' in snippets;
    return html`<section part="step" aria-labelledby="step-copy">
      <h3 part="heading" id="step-copy">${t.stepCopy}</h3>
      <div part="snippets" class="columns">
        ${box('script', 'script-snippet', t.scriptSnippet, t.scriptHint, ready ? snippets.script : undefined)}
        ${box('no-script', 'no-script-snippet', t.noScriptSnippet, t.noScriptHint, ready ? snippets.noScript : undefined)}
      </div>
      <p part="status" role="status" class="status">${this.copyAnnouncement}</p>
      <p part="disclosure-note" class="muted">${t.disclosureNote(REFERRAL_DISCLOSURE[this.#lang()])}</p>
    </section>`;
  }

  #creatorLine(t: SnippetBuilderStrings): TemplateResult | string {
    const error = this.#creatorLoader.error;
    if (error) {
      const kind = errorKind(error);
      return html`<div part="error" class="error">
        <p>${kind === 'not-found' ? t.unknownCreator : kind === 'config' ? commonStrings[this.locale].notConfigured : commonStrings[this.locale].loadFailed}</p>
        ${kind === 'network' ? html`<button part="action" type="button" @click=${() => this.#creatorLoader.reload()}>${commonStrings[this.locale].retry}</button>` : ''}
      </div>`;
    }
    const creator = this.creator;
    if (!creator) return this.#canFetch() && this.mc ? html`<p part="creator" class="muted" aria-busy="true">${t.loadingCreator}</p>` : '';
    return html`<p part="creator" class="creator"><strong>${creator.displayName}</strong> <span class="muted">(${creator.code})</span></p>
      ${creator.status === 'suspended' ? html`<p class="problem">${t.suspendedCreator}</p>` : ''}`;
  }

  protected override render() {
    const t = snippetBuilderStrings[this.locale];
    const problem = this.#configProblem(t);
    const snippets = this.#snippets(t);
    return html`<div part="base" class="builder">
      <div class="head">
        <h2>${t.title}</h2>
        <p class="muted">${t.intro}</p>
        ${this.#creatorLine(t)}
      </div>
      ${problem ? html`<p part="config-error" class="error problem" role="alert">${problem}</p>` : ''}
      ${this.#itemStep(t)} ${this.#lookStep(t)} ${this.#previewStep(t, !problem)} ${this.#copyStep(t, snippets)}
    </div>`;
  }
}
