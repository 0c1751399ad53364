import { ArrowRight } from 'lucide-react';
import type { RiskRow } from '../../shared/report/derived';
import { zoneWords } from '../../shared/report/labels';
import type { ZoneLabelSet } from '../../shared/rules/riskCriteria';
import { D, L, S, fill } from './strings';

/**
 * The risks beside the matrix: number, title with its score and zone, then
 * measures (their line breaks kept), owner and the date of the latest
 * assessment in running text, so a long list packs into columns. Titles and
 * measures are text as typed («<b>» prints as those three characters), each
 * in its own writing direction (dir=auto), and an unbroken word wraps inside
 * its column.
 */
export function RiskList({ risks, labels, assessed }: {
  risks: readonly RiskRow[];
  labels: ZoneLabelSet;
  /** The date of each risk's latest assessment, by risk id. */
  assessed: ReadonlyMap<string, string>;
}) {
  if (risks.length === 0) return <p className="pr-muted">{S.matrix.noRisks}</p>;
  const words = zoneWords(L, labels);
  return (
    <ol className="pr-risk-list">
      {risks.map((r) => {
        const on = assessed.get(r.id);
        return (
          <li key={r.id} className="pr-risk-item">
            <span className="pr-risk-item-no">{r.number}</span>
            <div className="pr-risk-item-body">
              <div className="pr-risk-item-head">
                <span className="pr-risk-item-title" dir="auto">{r.title}</span>
                <span className="pr-risk-item-score">
                  <span className={`pr-score-badge pr-zone-${r.zone}`} title={words.zone[r.zone]}>{r.score} {words.short[r.zone]}</span>
                  {r.residual ? (
                    <span className={`pr-score-badge pr-score-residual pr-zone-${r.residual.zone}`} title={`${S.matrix.residual}: ${words.zone[r.residual.zone]}`}>
                      <ArrowRight className="inline-icon" aria-hidden="true" size={10} strokeWidth={2.5} /> {r.residual.score} {words.short[r.residual.zone]}
                    </span>
                  ) : null}
                </span>
              </div>
              <div className="pr-risk-item-detail">
                <span className="pr-risk-item-key">{S.matrix.measures}:</span>{' '}
                <span className="pr-risk-item-measures" dir="auto">{r.measures.trim() || '–'}</span>{' '}
                <span className="pr-risk-item-owner">
                  · <span className="pr-risk-item-key">{S.matrix.owner}:</span> <span dir="auto">{r.owner || S.matrix.noOwner}</span>
                </span>
                {on ? <span className="pr-risk-item-assessed"> · {fill(S.matrix.assessed, { date: D.date(on) })}</span> : null}
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
