import { useTranslation } from 'react-i18next';

/** "⚠ Forfalt": an overdue action item, said in words and with a symbol, never by colour alone. */
export function OverdueBadge() {
  const { t } = useTranslation('meetings');
  return (
    <span className="mb-overdue">
      <span aria-hidden="true">⚠ </span>
      {t('overdue')}
    </span>
  );
}
