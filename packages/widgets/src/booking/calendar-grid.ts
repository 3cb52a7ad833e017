import { css, html, type TemplateResult } from 'lit';
import type { BookingStrings, Locale } from '../i18n/translation.js';
import { formatSeoulDayParts, formatSeoulMonth, seoulWeekdayNames } from '../internal/seoul-time.js';
import { calendarWeeks } from './month-calendar.js';

/** What the calendar shows of one day. */
export interface CalendarDayState {
  date: string;
  /** The month's availability has not arrived yet. */
  loading: boolean;
  /** Slots with places left. */
  free: number;
  closedReason: string | null;
  holidayName: string | null;
  today: boolean;
  selected: boolean;
  /** The day that has the grid's one Tab stop (roving tabindex). */
  focused: boolean;
}

export interface CalendarGridOptions {
  month: string;
  locale: Locale;
  t: BookingStrings;
  day(date: string): CalendarDayState;
  canPrevious: boolean;
  canNext: boolean;
  busy: boolean;
  onMonth(months: number): void;
  onKeydown(event: KeyboardEvent): void;
  onSelect(date: string): void;
  /** A day received focus (click, keys or script): it becomes the grid's Tab stop. */
  onFocus(date: string): void;
}

/** What a screen reader hears after the date: `, 오늘, 예약 가능 6개`, `, 공휴일: 추석`. */
function dayStatus(state: CalendarDayState, t: BookingStrings): string {
  const parts = [''];
  if (state.today) parts.push(t.today);
  if (state.loading) parts.push(t.dayLoading);
  else {
    if (state.holidayName) parts.push(t.holiday(state.holidayName));
    if (state.closedReason && state.closedReason !== 'holiday') parts.push(t.closedReasons[state.closedReason as keyof BookingStrings['closedReasons']] ?? t.dayClosed);
    else if (!state.closedReason) parts.push(state.free ? t.dayAvailable(state.free) : t.dayFull);
  }
  return parts.join(', ');
}

/**
 * A day's button content: the day number shown, the rest of the date and what can be booked for
 * screen readers only (`2026년 11월 24일 화요일, 오늘, 예약 가능 6개`), so the accessible name
 * contains the visible text.
 */
function dayContent(state: CalendarDayState, locale: Locale, t: BookingStrings): TemplateResult {
  const { before, day, after } = formatSeoulDayParts(state.date, locale);
  return html`<span class="sr">${before}</span><span class="num">${day}</span><span class="sr">${after}${dayStatus(state, t)}</span>`;
}

/**
 * A month of days as an ARIA grid (WAI-ARIA date picker): a heading with the previous and next
 * month buttons, weekday column headers, one button per day — named by the date in words and
 * what can be booked, `aria-disabled` when nothing can, `aria-current="date"` for today — and one
 * Tab stop (the focused day). The element handles the keys (`onKeydown`) and moves focus.
 */
export function calendarGrid(o: CalendarGridOptions): TemplateResult {
  const { t, locale } = o;
  const short = seoulWeekdayNames(locale, 'short');
  const long = seoulWeekdayNames(locale, 'long');
  const weeks = calendarWeeks(o.month);
  const anyFocused = weeks.some((w) => w.some((d) => d && o.day(d).focused));
  return html`<div part="calendar" class="calendar">
    <div class="month-nav">
      <button part="month-button" type="button" class="secondary nav" aria-label=${t.previousMonth} ?disabled=${!o.canPrevious} @click=${() => o.onMonth(-1)}>‹</button>
      <h3 part="month-title" id="month-title" aria-live="polite">${formatSeoulMonth(o.month, locale)}</h3>
      <button part="month-button" type="button" class="secondary nav" aria-label=${t.nextMonth} ?disabled=${!o.canNext} @click=${() => o.onMonth(1)}>›</button>
    </div>
    <table
      part="grid"
      class="grid"
      role="grid"
      aria-labelledby="month-title"
      aria-busy=${o.busy ? 'true' : 'false'}
      @keydown=${o.onKeydown}
      @focusin=${(e: FocusEvent) => {
        const date = (e.target as HTMLElement).dataset?.date;
        if (date) o.onFocus(date);
      }}
    >
      <thead>
        <tr>${short.map((w, i) => html`<th scope="col" class=${i === 0 ? 'sunday' : ''}><span aria-hidden="true">${w}</span><span class="sr">${long[i]}</span></th>`)}</tr>
      </thead>
      <tbody>
        ${weeks.map(
          (week) => html`<tr>
            ${week.map((date, i) => {
              if (!date) return html`<td class="pad"></td>`;
              const s = o.day(date);
              const open = !s.loading && !s.closedReason && s.free > 0;
              const closed = !s.loading && !open;
              const parts = ['day', open && 'day-available', closed && 'day-closed', s.today && 'day-today', s.selected && 'day-selected'].filter(Boolean).join(' ');
              const tabStop = s.focused || (!anyFocused && date.endsWith('-01'));
              return html`<td aria-selected=${s.selected ? 'true' : 'false'}>
                <button
                  part=${parts}
                  type="button"
                  class=${`day${i === 0 || s.holidayName ? ' holiday' : ''}`}
                  data-date=${date}
                  tabindex=${tabStop ? '0' : '-1'}
                  aria-disabled=${open ? 'false' : 'true'}
                  aria-current=${s.today ? 'date' : 'false'}
                  @click=${() => o.onSelect(date)}
                >
                  ${dayContent(s, locale, t)}
                  <span class="mark" aria-hidden="true">${open ? '●' : s.holidayName ? t.holidayMark : ''}</span>
                </button>
              </td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>
    <p class="legend muted" aria-hidden="true"><span class="mark available">●</span> ${t.legendAvailable} <span class="mark holiday">${t.holidayMark}</span> ${t.legendHoliday}</p>
  </div>`;
}

export const calendarStyles = css`
.calendar{display:flex;flex-direction:column;gap:var(--_s2)}
.month-nav{display:flex;align-items:center;justify-content:space-between;gap:var(--_s2)}
.month-nav h3{flex:1;text-align:center}
.nav{inline-size:2.75rem;padding:0;font-size:1.5rem;line-height:1}
.grid{inline-size:100%;border-collapse:collapse;table-layout:fixed}
.grid th{padding-block:var(--_s1);color:var(--_muted);font-size:.8125rem;font-weight:600}
.grid th.sunday{color:var(--_holiday)}
.grid td{padding:1px;text-align:center}
.day{display:flex;flex-direction:column;align-items:center;justify-content:center;inline-size:100%;min-inline-size:2.75rem;min-block-size:2.75rem;padding:0;border:2px solid transparent;background:none;color:var(--_muted);font-weight:400;font-variant-numeric:tabular-nums;line-height:1.1}
.day.holiday{color:var(--_holiday)}
[part~=day-available]{color:var(--_text);font-weight:700}
[part~=day-available].holiday{color:var(--_holiday)}
[part~=day-closed] .num{text-decoration:line-through;text-decoration-color:var(--_border)}
[part~=day-today]{border-color:var(--_border)}
[part~=day-selected]{border-color:var(--_available);background:var(--_available);color:var(--_on-primary)}
[part~=day-selected].holiday{color:var(--_on-primary)}
.day .mark{min-block-size:.75rem;font-size:.625rem;line-height:.75rem}
[part~=day-available] .mark,.legend .available{color:var(--_available)}
[part~=day-selected] .mark{color:inherit}
.legend{display:flex;flex-wrap:wrap;align-items:center;gap:var(--_s1);font-size:.8125rem}
.legend .holiday{margin-inline-start:var(--_s2);color:var(--_holiday);font-size:.75rem}
`;
