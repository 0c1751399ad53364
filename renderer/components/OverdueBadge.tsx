import { useTranslation } from 'react-i18next';
import { TriangleAlert } from 'lucide-react';
import { Badge } from '../ui';
import './i18n';
import './widgets.css';

/** «Forfalt»: an overdue action item (Møter and Oppgaver), said in words and with a symbol, never by colour alone. */
export function OverdueBadge() {
  const { t } = useTranslation('components');
  return (
    <span className="overdue-badge">
      <Badge tone="danger" icon={<TriangleAlert aria-hidden="true" size={12} strokeWidth={2.5} />}>{t('overdue')}</Badge>
    </span>
  );
}
