import { STATEMENT_TOKEN_PARAM, STATEMENT_TOKEN_PATTERN, formatKrw, type CommissionStatement } from '@thecen/schema/browser';
import { CenError, statementsResource } from '@thecen/sdk/core';
import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { clientWith } from '../../config/shared-client.js';
import { commonStrings } from '../../i18n/locale.js';
import { statsStrings, type StatementAmount } from '../../i18n/stats-strings.js';
import type { Locale } from '../../i18n/translation.js';
import { baseStyles } from '../../internal/base.styles.js';
import { CenElement } from '../../internal/cen-element.js';
import { errorKind } from '../../internal/error-kind.js';
import { TokenRecordLoader } from '../../internal/token-record-loader.js';
import styles from './mc-stats.styles.js';

const AMOUNTS: readonly StatementAmount[] = ['pending', 'payable', 'reversed'];

/** How a failure is shown: only `network` offers a retry. */
type Failure = 'no-token' | 'invalid-token' | 'config' | 'network' | 'other';

function failureOf(error: unknown): Failure {
  const kind = errorKind(error);
  if (kind === 'not-found' || (error instanceof CenError && error.status === 400)) return 'invalid-token';
  return kind;
}

/** Won with the sign in front of the currency: `-1,650원`, `-₩1,650` (reversals are negative). */
function won(amount: number, locale: Locale): string {
  return amount < 0 ? `-${formatKrw(-amount, locale)}` : formatKrw(amount, locale);
}

/** `2026-11` in words (`2026년 11월`, `November 2026`); anything else as it is. */
function monthText(month: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  return match ? statsStrings[locale].monthName(Number(match[1]), Number(match[2])) : month;
}

/**
 * @summary A Market Creator's (or Content Creator's) own commission statement for the MC studio
 * page: the creator's name, the pending, payable and reversed commission in won, and a table of
 * clicks, orders and commission by month, latest first. It reads the statement with the
 * creator's statement token (its `token` attribute, else the `statement` parameter of the page
 * URL) and the channel's publishable key: never a secret key.
 * @tag cen-mc-stats
 *
 * @slot - Fallback shown until the element is defined. Never rendered once upgraded.
 *
 * @event {CenStatementLoadEvent} cen-statement-load - The statement was fetched and rendered (also after a retry). `detail: { statement: CommissionStatement }`.
 * @event {CenErrorEvent} cen-error - The statement could not be loaded (unknown or expired token, network, configuration). `detail: { error: Error, operation: 'load-statement' }`.
 *
 * @csspart base - The statement, or the loading or error box.
 * @csspart title - The creator's name.
 * @csspart role - Whose statement it is, under the name.
 * @csspart totals - The list of the three totals.
 * @csspart total - One total (also `total-pending`, `total-payable`, `total-reversed`).
 * @csspart total-pending - The pending commission total.
 * @csspart total-payable - The payable commission total.
 * @csspart total-reversed - The reversed commission total (zero or negative).
 * @csspart notes - What pending, payable and reversed mean.
 * @csspart table-region - The scrollable, focusable region around the month table.
 * @csspart table - The month table (`<table>` with a caption and header cells).
 * @csspart empty - The "no referrals yet" message with its hint.
 * @csspart error - The message when there is no token, the token is invalid or expired, or loading failed.
 * @csspart action - The retry button of a network failure.
 *
 * @cssproperty [--cen-mc-stats-max-width=44rem] - Widest the statement grows.
 * @cssproperty [--cen-mc-stats-accent=var(--cen-color-primary)] - Colour of the totals' amounts.
 * @cssproperty [--cen-mc-stats-stripe=#f4f6f8] - Background of every other row of the month table.
 */
export class CenMcStats extends CenElement {
  static override styles = [baseStyles, styles];

  static override properties: PropertyDeclarations = {
    token: {},
    statement: { state: true },
    failure: { state: true },
  };

  /** The creator's statement token (`st_…`, attribute `token`); without it, the `statement` parameter of the page URL. */
  declare token: string;

  declare private statement: CommissionStatement | undefined;
  declare private failure: { kind: Failure; error: unknown } | undefined;
  /** After a retry (a user action), focus moves to what replaced the retry button. */
  #refocus = false;

  constructor() {
    super();
    this.token = '';
  }

  #loader = new TokenRecordLoader<CommissionStatement>(this, {
    param: STATEMENT_TOKEN_PARAM,
    own: () => this.token,
    fetch: (token, signal) => clientWith(this, { statements: statementsResource }).statements.retrieveByToken(token, { signal }),
    loaded: (statement) => {
      this.statement = statement;
      this.updateComplete.then(() => this.emit('cen-statement-load', { statement }));
    },
    failed: (error) => {
      this.failure = { kind: failureOf(error), error };
      this.emit('cen-error', { error: error as Error, operation: 'load-statement' });
    },
    settled: () => this.statement !== undefined || this.failure !== undefined,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('token')) this.#load();
  }

  #load(): void {
    this.#loader.cancel();
    this.statement = undefined;
    this.failure = undefined;
    const token = this.#loader.token.trim();
    if (!token) {
      this.failure = { kind: 'no-token', error: undefined };
      return;
    }
    // A malformed token is refused here, without asking the API.
    if (!STATEMENT_TOKEN_PATTERN.test(token)) {
      this.failure = { kind: 'invalid-token', error: undefined };
      return;
    }
    this.#loader.load(token);
  }

  #retry(): void {
    this.#refocus = true;
    this.#load();
  }

  protected override updated(): void {
    if (this.#refocus && (this.statement || this.failure)) {
      this.#refocus = false;
      this.renderRoot.querySelector<HTMLElement>('[part~=base]')?.focus();
    }
  }

  #totals(s: CommissionStatement, locale: Locale): TemplateResult {
    const t = statsStrings[locale];
    return html`<dl part="totals" class="totals" aria-label=${t.totalsLabel}>
      ${AMOUNTS.map(
        (amount) => html`<div part="total total-${amount}" class="total ${amount}">
          <dt>${t.amounts[amount]}</dt>
          <dd>${won(s.totals[amount], locale)}</dd>
        </div>`,
      )}
    </dl>
    <ul part="notes" class="notes">
      ${AMOUNTS.map((amount) => html`<li><strong>${t.amounts[amount]}</strong>: ${t.amountNotes[amount]}</li>`)}
    </ul>`;
  }

  #table(s: CommissionStatement, locale: Locale): TemplateResult {
    const t = statsStrings[locale];
    const count = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'ko-KR');
    const months = [...s.months].sort((a, b) => b.month.localeCompare(a.month));
    return html`<div part="table-region" class="table-region" role="region" aria-labelledby="months-caption" tabindex="0">
      <table part="table">
        <caption id="months-caption">${t.monthsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">${t.month}</th>
            <th scope="col" class="num">${t.clicks}</th>
            <th scope="col" class="num">${t.orders}</th>
            ${AMOUNTS.map((amount) => html`<th scope="col" class="num">${t.amounts[amount]}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${months.map(
            (m) => html`<tr>
              <th scope="row">${monthText(m.month, locale)}</th>
              <td class="num">${count.format(m.clicks)}</td>
              <td class="num">${count.format(m.orders)}</td>
              ${AMOUNTS.map((amount) => html`<td class="num ${amount}">${won(m[amount], locale)}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  protected override render() {
    const locale = this.locale;
    const t = statsStrings[locale];
    const s = this.statement;
    if (!s) {
      const failure = this.failure;
      if (!failure) return html`<div part="base" class="box" aria-busy="true" tabindex="-1"><p class="muted">${t.loading}</p></div>`;
      const c = commonStrings[locale];
      const message =
        failure.kind === 'no-token' ? t.noToken : failure.kind === 'invalid-token' ? t.invalidToken : failure.kind === 'config' ? c.notConfigured : failure.kind === 'network' ? t.loadFailed : c.loadFailed;
      return html`<div part="base error" class="box error" role="alert" tabindex="-1">
        <p>${message}</p>
        ${failure.kind === 'network' ? html`<button part="action" type="button" @click=${this.#retry}>${c.retry}</button>` : ''}
      </div>`;
    }
    const empty = s.months.length === 0 && AMOUNTS.every((amount) => s.totals[amount] === 0);
    return html`<article part="base" class="statement" aria-labelledby="title" aria-busy="false" tabindex="-1">
      <header class="head">
        <h2 part="title" id="title">${s.displayName}</h2>
        <p part="role" class="muted">${t.roles[s.role]}</p>
      </header>
      ${empty
        ? html`<div part="empty" class="box empty"><p><strong>${t.empty}</strong></p><p class="muted">${t.emptyHint}</p></div>`
        : html`${this.#totals(s, locale)} ${this.#table(s, locale)}`}
    </article>`;
  }
}
