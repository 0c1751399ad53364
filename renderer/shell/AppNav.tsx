import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CalendarDays, FileBarChart, Flag, FileText, LayoutDashboard, ListChecks, NotebookPen, Printer, RefreshCw, ShieldAlert, TriangleAlert, Users, Wallet,
  type LucideIcon,
} from 'lucide-react';
import { printIndexRoute } from '../../shared/report/printRoutes';
import { SCREENS, type Screen } from '../useHashRoute';
import { useAttention } from '../stores/attentionStore';
import { Badge } from '../ui';
import './i18n';

const ICONS: Record<Screen, LucideIcon> = {
  overview: LayoutDashboard, plan: FileText, milestones: Flag, budget: Wallet, risks: ShieldAlert,
  meetings: CalendarDays, actions: ListChecks, logs: NotebookPen, reports: FileBarChart, people: Users, sync: RefreshCw,
};

interface Count {
  /** What the badge shows (short). */
  badge: ReactNode;
  /** What it means, in words: the link's description for screen readers, and the badge's tooltip. */
  text: string;
  tone: 'neutral' | 'danger' | 'warning';
}

/**
 * The sidebar: every screen, and beside three of them what needs attention. A count is drawn inside
 * the link but hidden from its name (the link is still called «Oppgaver»); its words are the link's
 * description instead, so a screen reader says «Oppgaver, lenke, 2 åpne oppgaver».
 */
export function AppNav({ screen }: { screen: Screen }) {
  const { t, i18n } = useTranslation();
  const { t: ts } = useTranslation('shell');
  const a = useAttention();
  const counts: Partial<Record<Screen, Count>> = {};
  if (a.openActions > 0) counts.actions = { badge: a.openActions, text: ts('counts.openActions', { count: a.openActions }), tone: 'neutral' };
  if (a.redRisks > 0) counts.risks = { badge: ts('counts.redRisksShort', { count: a.redRisks }), text: ts('counts.redRisks', { count: a.redRisks }), tone: 'danger' };
  if (a.openConflicts > 0) {
    counts.sync = {
      badge: <><TriangleAlert aria-hidden="true" size={12} />{a.openConflicts}</>,
      text: ts('counts.openConflicts', { count: a.openConflicts }), tone: 'warning',
    };
  }
  return (
    <nav aria-label={t('nav.label')} className="app-nav">
      <ul className="app-nav-list">
        {SCREENS.map((s) => (
          <NavItem key={s} href={`#/${s}`} icon={ICONS[s]} current={s === screen} count={counts[s]}>{t(`nav.${s}`)}</NavItem>
        ))}
        <NavItem href={printIndexRoute(i18n.language === 'en' ? 'en' : 'nb')} icon={Printer} separated>{t('nav.print')}</NavItem>
      </ul>
    </nav>
  );
}

function NavItem({ href, icon: Icon, current, count, separated, children }: {
  href: string; icon: LucideIcon; current?: boolean; count?: Count; separated?: boolean; children: string;
}) {
  const id = useId();
  return (
    <li className={separated ? 'nav-separated' : undefined}>
      <a href={href} aria-current={current ? 'page' : undefined} aria-describedby={count ? id : undefined}>
        <Icon aria-hidden="true" size={18} className="app-nav-icon" />
        <span className="app-nav-label">{children}</span>
        {count && (
          <span className="app-nav-count" aria-hidden="true" title={count.text}>
            <Badge tone={count.tone}>{count.badge}</Badge>
          </span>
        )}
      </a>
      {count && <span id={id} hidden>{count.text}</span>}
    </li>
  );
}
