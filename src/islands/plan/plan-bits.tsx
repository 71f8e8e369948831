import type { ComponentChildren } from 'preact';
import type { PlanTexts } from '../../i18n/de/plan';
import { formatDay } from '../../i18n/format';
import type { IsoDay } from '../../lib/dates/iso-day';

/** A drawn box to tick on paper; screen readers skip it (the list says what it is). */
export const Tick = () => (
  <span class="tick" aria-hidden="true">
    ☐
  </span>
);

/** Ruled lines to write on. */
export const Ruled = ({ lines }: { lines: number }) => (
  <div class="ruled" aria-hidden="true">
    {Array.from({ length: lines }, (_, i) => (
      <span key={i} />
    ))}
  </div>
);

/** A day as a short `<time>`, or the document's word for none. */
export const day = (w: PlanTexts['document'], iso: IsoDay | null): ComponentChildren => (iso ? <time dateTime={iso}>{formatDay(iso, 'short')}</time> : w.none);

/** A due day, marked when it has passed. */
export const due = (w: PlanTexts['document'], iso: IsoDay | null, overdue: boolean): ComponentChildren => (
  <>
    {day(w, iso)}
    {overdue && (
      <>
        {' '}
        <strong class="late">{w.overdue}</strong>
      </>
    )}
  </>
);
