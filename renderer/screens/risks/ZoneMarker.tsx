import { useTranslation } from 'react-i18next';
import { zoneScoreRange, type Zone } from '../../../shared/rules/riskCriteria';
import { useRiskCriteria, zoneWordKey } from './criteria';
import { ZONE_ORDER } from './registerModel';
import { StatusLight } from '../../ui';
import { Check, TriangleAlert, X } from 'lucide-react';

/** The icons of the kit's StatusLight, one per zone. */
const ZONE_ICONS = { green: Check, yellow: TriangleAlert, red: X } as const;

/**
 * A zone's mark without its words: the kit's StatusLight dot and icon (a tick for akseptabel, a
 * triangle for tiltak må vurderes, a cross for uakseptabel), so the zone reads without colour and in
 * greyscale print. Decorative: the words always stand beside it (or are read out by the cell).
 */
export function ZoneMarker({ zone, className }: { zone: Zone; className?: string }) {
  const Icon = ZONE_ICONS[zone];
  return (
    <span className={`zone-marker ui-status ui-status-${zone}${className ? ` ${className}` : ''}`} aria-hidden="true">
      <span className="ui-status-dot"><Icon size={12} strokeWidth={3} /></span>
    </span>
  );
}


/** The text legend the plan asks for: never colour alone. */
export function ZoneLegend() {
  const { t } = useTranslation('risks');
  const criteria = useRiskCriteria();
  return (
    <div className="zone-legend">
      <h3 className="zone-legend-title" id="zone-legend-title">{t(criteria.decision ? 'matrix.legend' : 'matrix.legendProposed')}</h3>
      <ul aria-labelledby="zone-legend-title">
        {[...ZONE_ORDER].reverse().map((zone) => (
          <li key={zone} className={`zone-legend-item zone-${zone}`}>
            <StatusLight zone={zone}><span className="zone-legend-name">{t(zoneWordKey(zone, criteria.labels), { ns: 'translation' })}</span></StatusLight>
            <span className="zone-legend-range">{t('matrix.scoreRange', zoneScoreRange(zone, criteria.bands) ?? { from: '–', to: '–' })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A zone in words with its marker, as the register's Sone column and the editor show it. */
export function ZoneText({ zone }: { zone: Zone }) {
  const { t } = useTranslation();
  const { labels } = useRiskCriteria();
  return <span className={`zone-text zone-text-${zone}`}><StatusLight zone={zone}>{t(zoneWordKey(zone, labels))}</StatusLight></span>;
}

/** A score on its zone's colour with the zone's shape, then the zone in words: "[✕ 16] Uakseptabel, tiltak nødvendig". */
export function ZoneScore({ score, zone }: { score: number; zone: Zone }) {
  const { t } = useTranslation('risks');
  const { labels } = useRiskCriteria();
  return (
    <span className="zone-score">
      <span className={`score-badge zone-${zone}`}>
        <ZoneMarker zone={zone} />
        <span className="sr-only">{t('editor.scoreLabel')} </span>
        {score}
      </span>
      <span>{t(zoneWordKey(zone, labels), { ns: 'translation' })}</span>
    </span>
  );
}
