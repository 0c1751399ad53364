import { useTranslation } from 'react-i18next';
import { formatDateNb } from '../../../shared/rules/dates';
import { parsePlannedDate, type PlannedDate } from '../../../shared/rules/plannedDate';
import {
  firstDayOfMonth, isMilestoneLate, isoWeeksOfMonth, lastDayOfMonth, monthsBetween, rangesMeet,
} from '../../../shared/rules/projectCalendar';
import { StatusIcon } from '../../ui';
import { useDateWords } from './format';
import type { MilestoneRow } from './store';

type Ranged = { m: MilestoneRow; p: Extract<PlannedDate, { kind: 'range' }> };

/**
 * The plan by month: each month's ISO weeks (Monday first), the weeks a
 * milestone falls in marked with its number, and the milestones themselves
 * with their weeks and the date as the plan wrote it.
 */
export function MilestoneTimeline({ milestones, span, today }: {
  milestones: MilestoneRow[];
  /** The project's first and last day; the timeline stretches to cover any milestone outside them. */
  span?: { from: string; to: string };
  today: string;
}) {
  const { t } = useTranslation('milestones');
  const words = useDateWords();
  const parsed = milestones.map((m) => ({ m, p: parsePlannedDate(m.plannedText) }));
  const ranged = parsed.filter((x): x is Ranged => x.p.kind === 'range');
  const unplaced = parsed.filter((x) => x.p.kind !== 'range').map((x) => x.m);
  const froms = [...ranged.map((x) => x.p.from), ...(span ? [span.from] : [])].sort();
  const tos = [...ranged.map((x) => x.p.to), ...(span ? [span.to] : [])].sort();
  const months = froms.length > 0 ? monthsBetween(froms[0]!, tos[tos.length - 1]!) : [];

  return (
    <section className="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timeline.title')}</h2>
      <p className="ms-hint">{t('timeline.intro')}</p>
      <ol className="timeline">
        {months.map((ym) => {
          const first = firstDayOfMonth(ym);
          const last = lastDayOfMonth(ym);
          const name = words.monthYear(ym.year, ym.month);
          const inMonth = ranged.filter((x) => rangesMeet(x.p.from, x.p.to, first, last));
          const isThisMonth = first <= today && today <= last;
          return (
            <li key={first} className={`tl-month${inMonth.length === 0 ? ' tl-quiet' : ''}${isThisMonth ? ' tl-current' : ''}`}>
              <h3 className="tl-month-name">
                {name}
                {isThisMonth ? ' ' : null}
                {isThisMonth ? <span className="tl-today-badge">{t('timeline.today')}: {formatDateNb(today)}</span> : null}
              </h3>
              <ul className="tl-weeks" aria-label={t('timeline.weeksOf', { month: name })}>
                {isoWeeksOfMonth(ym).map((w) => {
                  const here = inMonth.filter((x) => rangesMeet(x.p.from, x.p.to, w.monday, w.sunday));
                  const todayWeek = w.monday <= today && today <= w.sunday;
                  return (
                    <li key={w.monday} className={`tl-week${here.length > 0 ? ' tl-week-marked' : ''}${todayWeek ? ' tl-week-today' : ''}`}>
                      <span className="tl-week-label">{words.week(w.monday)}</span>
                      {here.length > 0 ? ' ' : null}
                      {here.length > 0 ? (
                        <span className="tl-week-marks">
                          <span className="sr-only">{t('timeline.milestone')} </span>
                          {here.map((x) => x.m.number).join(', ')}
                        </span>
                      ) : null}
                      {todayWeek ? <span className="sr-only"> ({t('timeline.today')})</span> : null}
                    </li>
                  );
                })}
              </ul>
              {inMonth.length > 0 ? (
                <ul className="tl-items">
                  {inMonth.map(({ m, p }) => (
                    <TimelineItem key={m.id} m={m} p={p} continues={p.from < first} today={today} />
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
      <Unplaced title={t('timeline.unknownTitle')} intro={t('timeline.unknownIntro')}
        milestones={unplaced.filter((m) => parsePlannedDate(m.plannedText).kind === 'unparsed')} />
      <Unplaced title={t('timeline.unscheduledTitle')} intro={t('timeline.unscheduledIntro')}
        milestones={unplaced.filter((m) => parsePlannedDate(m.plannedText).kind === 'unscheduled')} />
    </section>
  );
}

/**
 * Milestones the timeline cannot place: those whose date in the plan cannot be
 * read (shown as written, «ukjent tidspunkt») apart from those with no date.
 */
function Unplaced({ title, intro, milestones }: { title: string; intro: string; milestones: MilestoneRow[] }) {
  const { t } = useTranslation('milestones');
  if (milestones.length === 0) return null;
  return (
    <div className="tl-unplaced">
      <h3>{title}</h3>
      <p className="ms-hint">{intro}</p>
      <ul className="tl-items">
        {milestones.map((m) => (
          <li key={m.id} className="tl-item">
            <span className="tl-number">{m.number}</span>
            <span className="tl-text">
              {m.description}{' '}
              {m.plannedText.trim() ? <span className="tl-when"><span className="tl-as-written">{m.plannedText}</span> · {t('unparsed')}</span> : null}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function TimelineItem({ m, p, continues, today }: { m: MilestoneRow; p: Ranged['p']; continues: boolean; today: string }) {
  const { t } = useTranslation('milestones');
  const words = useDateWords();
  const late = isMilestoneLate(m, today);
  return (
    <li className={`tl-item${late ? ' tl-item-late' : ''}`}>
      <span className="tl-number">{m.number}</span>
      <span className="tl-text">
        {m.description}
        {continues ? <span className="muted"> ({t('timeline.continues')})</span> : null}{' '}
        <span className="tl-when">
          <strong>{words.weeks(p.from, p.to)}</strong> · {words.range(p)} · <span className="tl-as-written">{m.plannedText}</span>
        </span>
      </span>
      {late ? (
        <span className="late-mark"><StatusIcon light="yellow" /> {t('late')}</span>
      ) : m.status === 'reached' ? (
        <span className="reached-mark"><StatusIcon light="green" /> {t('reached')}</span>
      ) : null}
    </li>
  );
}
