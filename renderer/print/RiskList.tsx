import type { RiskRow } from '../../shared/report/derived';
import { L, S } from './strings';

/**
 * The risks beside the matrix: number, title with its score and zone, then
 * measures and owner in running text, so a long list packs into columns.
 */
export function RiskList({ risks }: { risks: readonly RiskRow[] }) {
  if (risks.length === 0) return <p className="pr-muted">{S.matrix.noRisks}</p>;
  return (
    <ol className="pr-risk-list">
      {risks.map((r) => (
        <li key={r.id} className="pr-risk-item">
          <span className="pr-risk-item-no">{r.number}</span>
          <div className="pr-risk-item-body">
            <div className="pr-risk-item-head">
              <span className="pr-risk-item-title">{r.title}</span>
              <span className="pr-risk-item-score">
                <span className={`pr-score-badge pr-zone-${r.zone}`} title={L.zone[r.zone]}>{r.score} {L.zoneShort[r.zone]}</span>
                {r.residual ? (
                  <span className={`pr-score-badge pr-score-residual pr-zone-${r.residual.zone}`} title={`${S.matrix.residual}: ${L.zone[r.residual.zone]}`}>
                    → {r.residual.score} {L.zoneShort[r.residual.zone]}
                  </span>
                ) : null}
              </span>
            </div>
            <div className="pr-risk-item-detail">
              <span className="pr-risk-item-key">{S.matrix.measures}:</span> {r.measures.trim() || '–'}{' '}
              <span className="pr-risk-item-owner">
                · <span className="pr-risk-item-key">{S.matrix.owner}:</span> {r.owner || S.matrix.noOwner}
              </span>
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}
