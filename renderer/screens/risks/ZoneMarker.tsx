import { useTranslation } from 'react-i18next';
import { LEVELS, riskScore, riskZone, type Zone } from '../../../shared/rules/riskMatrix';
import { ZONE_ORDER } from './registerModel';

/**
 * A shape per zone, so the zone reads without colour (and in greyscale print):
 * a circle for akseptabel, a triangle for tiltak må vurderes, an octagon (a
 * stop sign) for uakseptabel. Decorative: the words always stand beside it.
 */
export function ZoneMarker({ zone, className }: { zone: Zone; className?: string }) {
  return (
    <svg className={`zone-marker zone-marker-${zone}${className ? ` ${className}` : ''}`} viewBox="0 0 16 16" width="16" height="16"
      aria-hidden="true" focusable="false">
      {zone === 'green' ? <circle cx="8" cy="8" r="6.25" /> : null}
      {zone === 'yellow' ? <path d="M8 1.6 15 14.2H1z" /> : null}
      {zone === 'red' ? <path d="M5.3 1.5h5.4l3.8 3.8v5.4l-3.8 3.8H5.3l-3.8-3.8V5.3z" /> : null}
      {zone === 'yellow' ? <path className="zone-marker-glyph" d="M7.2 6h1.6v4.2H7.2zM7.2 11.2h1.6v1.6H7.2z" /> : null}
      {zone === 'red' ? <path className="zone-marker-glyph" d="M5 7.1h6v1.8H5z" /> : null}
    </svg>
  );
}

/** The lowest and highest score of each zone on the 5 × 5 grid, read off the rule itself. */
function zoneRanges(): Record<Zone, { from: number; to: number }> {
  const ranges = {} as Record<Zone, { from: number; to: number }>;
  for (const p of LEVELS) {
    for (const c of LEVELS) {
      const zone = riskZone(p, c);
      const score = riskScore(p, c);
      const r = ranges[zone];
      ranges[zone] = r ? { from: Math.min(r.from, score), to: Math.max(r.to, score) } : { from: score, to: score };
    }
  }
  return ranges;
}

/** The text legend the plan asks for: never colour alone. */
export function ZoneLegend() {
  const { t } = useTranslation('risks');
  const ranges = zoneRanges();
  return (
    <div className="zone-legend">
      <h3 className="zone-legend-title" id="zone-legend-title">{t('matrix.legend')}</h3>
      <ul aria-labelledby="zone-legend-title">
        {[...ZONE_ORDER].reverse().map((zone) => (
          <li key={zone} className={`zone-legend-item zone-${zone}`}>
            <span className="zone-swatch"><ZoneMarker zone={zone} /></span>
            <span>
              <span className="zone-legend-name">{t(`enums.zone.${zone}`, { ns: 'translation' })}</span>
              <span className="zone-legend-range">{t('matrix.scoreRange', ranges[zone])}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A zone in words with its marker, as the register's Sone column and the editor show it. */
export function ZoneText({ zone }: { zone: Zone }) {
  const { t } = useTranslation();
  return (
    <span className={`zone-text zone-text-${zone}`}>
      <ZoneMarker zone={zone} />
      <span>{t(`enums.zone.${zone}`)}</span>
    </span>
  );
}

/** A score on its zone's colour with the zone's shape, then the zone in words: "[⬣ 16] Uakseptabel, tiltak nødvendig". */
export function ZoneScore({ score, zone }: { score: number; zone: Zone }) {
  const { t } = useTranslation('risks');
  return (
    <span className="zone-score">
      <span className={`score-badge zone-${zone}`}>
        <ZoneMarker zone={zone} />
        <span className="sr-only">{t('editor.scoreLabel')} </span>
        {score}
      </span>
      <span>{t(`enums.zone.${zone}`, { ns: 'translation' })}</span>
    </span>
  );
}
