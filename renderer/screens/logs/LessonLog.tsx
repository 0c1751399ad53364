import { useTranslation } from 'react-i18next';
import { Lightbulb, ThumbsDown, ThumbsUp } from 'lucide-react';
import { LESSON_OUTCOMES } from '../../../shared/model/enums';
import { formatDateNb, todayIso } from '../../../shared/rules/dates';
import { AddRecordButton, EditableRecord } from '../../components/records';
import { DateField, RecordTextField } from '../../forms/fields';
import { updateRecord } from '../../data/mutations';
import { Badge } from '../../ui';
import { Detail, RecordRefSelect, RecordSegmented, shortName } from './controls';
import { LogList } from './LogList';
import type { Lesson } from './store';
import { useLogStore } from './store';

const LIST = 'lessons';

/** Erfaringslogg: each lesson reads as a short entry; «Rediger» opens its fields, which save as typed. */
export function LessonLog() {
  const { t } = useTranslation('logs');
  const lessons = useLogStore((s) => s.lessons);
  const add = (
    <AddRecordButton kind="lesson" label={t('addLesson')} undoLabel={t('undoAddLesson')}
      fields={() => ({ date: todayIso(), happened: t('newLesson') })} />
  );
  return (
    <LogList list={LIST} records={lessons} add={add} empty={{ icon: Lightbulb, title: t('noLessons'), text: t('noLessonsHint') }}
      entry={(lesson) => <LessonEntry lesson={lesson} />} />
  );
}

function LessonEntry({ lesson }: { lesson: Lesson }) {
  const { t } = useTranslation('logs');
  const goals = useLogStore((s) => s.goals);
  const groups = useLogStore((s) => s.groups);
  const name = shortName(lesson.happened);
  const goal = goals.find((g) => g.id === lesson.goalId);
  const group = groups.find((g) => g.id === lesson.groupId);
  const positive = lesson.outcome === 'positive';
  return (
    <EditableRecord as="li" className="log-entry" target={{ kind: 'lesson', id: lesson.id, name, list: LIST }}
      heading={
        <div className="log-entry-head">
          <span className="log-entry-meta">
            <time className="tabular-nums" dateTime={lesson.date}>{formatDateNb(lesson.date)}</time>
            <Badge tone={positive ? 'success' : 'warning'}
              icon={positive ? <ThumbsUp aria-hidden="true" size={14} /> : <ThumbsDown aria-hidden="true" size={14} />}>
              {t(`translation:enums.lessonOutcome.${lesson.outcome}`)}
            </Badge>
          </span>
          <h2 className="log-entry-title">{lesson.happened}</h2>
        </div>
      }
      view={
        <dl className="log-entry-details">
          <Detail label={t('learned')} text={lesson.learned} />
          <Detail label={t('recommendation')} text={lesson.recommendation} />
          {goal ? <Detail label={t('goal')} text={t('goalOption', { number: goal.number, text: goal.text })} /> : null}
          {group ? <Detail label={t('group')} text={group.name} /> : null}
        </dl>
      }
      editor={() => (
        <div className="log-editor">
          <RecordTextField kind="lesson" record={lesson} field="happened" label={t('happened')} wrapping />
          <div className="log-editor-row">
            <DateField label={t('date')} value={lesson.date} onCommit={(v, o) => updateRecord('lesson', lesson.id, { date: v }, undefined, t('date'), o)} />
            <RecordSegmented kind="lesson" id={lesson.id} field="outcome" label={t('outcome')} value={lesson.outcome}
              options={LESSON_OUTCOMES.map((o) => ({ value: o, label: t(`translation:enums.lessonOutcome.${o}`) }))} />
          </div>
          <RecordTextField kind="lesson" record={lesson} field="learned" label={t('learned')} multiline rows={3} />
          <RecordTextField kind="lesson" record={lesson} field="recommendation" label={t('recommendation')} hint={t('recommendationHint')} multiline rows={3} />
          <div className="log-editor-row">
            <RecordRefSelect kind="lesson" id={lesson.id} field="goalId" label={t('goal')} value={lesson.goalId} none={t('noGoal')}
              options={goals.map((g) => ({ value: g.id, label: shortName(t('goalOption', { number: g.number, text: g.text }), 80) }))} />
            <RecordRefSelect kind="lesson" id={lesson.id} field="groupId" label={t('group')} value={lesson.groupId} none={t('noGroup')}
              options={groups.map((g) => ({ value: g.id, label: g.name }))} />
          </div>
        </div>
      )} />
  );
}
