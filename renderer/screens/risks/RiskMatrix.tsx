import { ArrowDown, ArrowRight, ArrowUp } from 'lucide-react';
import { useId, useLayoutEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { riskZone } from '../../../shared/rules/riskMatrix';
import { useRiskCriteria } from './criteria';
import { moveRisk } from './actions';
import { useScaleLabels } from './labels';
import {
  isArrowKey, matrixLayout, moveByArrow, placeRisks, positionIn, samePosition,
  type MatrixView, type Orientation, type Position,
} from './matrixModel';
import type { Risk } from './registerModel';
import { useAnnouncer } from './store';
import { ZoneMarker } from './ZoneMarker';

interface RiskMatrixProps {
  risks: readonly Risk[];
  orientation: Orientation;
  view: MatrixView;
  selectedId?: string;
  /** The user clicked a risk (or pressed Enter on it without moving it). */
  onOpen(id: string): void;
}

/** More risks than a cell shows at once: it scrolls, and says how many it holds. */
const CROWDED = 6;

interface KeyboardMove {
  readonly riskId: string;
  readonly from: Position;
  readonly to: Position;
}

/**
 * The 5 × 5 matrix with the risks' numbers in their cells. A risk moves by
 * drag and drop, or from the keyboard: arrows choose the cell, Enter or Space
 * moves it there, Escape leaves it where it was. Every move is a dated
 * assessment (undo takes it back).
 */
export function RiskMatrix({ risks, orientation, view, selectedId, onOpen }: RiskMatrixProps) {
  const { t } = useTranslation('risks');
  const labels = useScaleLabels();
  const announce = useAnnouncer((s) => s.announce);
  const hintId = useId();
  const [moving, setMoving] = useState<KeyboardMove | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  // Read by the drag events themselves: a dragover can come before React has rendered the dragstart's state.
  const dragRef = useRef<string | null>(null);
  const [dropTarget, setDropTarget] = useState<Position | null>(null);
  const suppressClick = useRef(false);
  const tableRef = useRef<HTMLTableElement>(null);
  // The chip that had focus: when a move (or an undo) puts it in another cell, its button is
  // rebuilt there, and focus follows it instead of falling back to the page.
  const focused = useRef<{ id: string; element: HTMLElement } | null>(null);

  const layout = matrixLayout(orientation);
  const criteria = useRiskCriteria();
  const rows = placeRisks(risks, orientation, view, criteria.bands);
  const byId = new Map(risks.map((r) => [r.id, r]));

  useLayoutEffect(() => {
    const last = focused.current;
    if (!last || last.element.isConnected) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const again = tableRef.current?.querySelector<HTMLElement>(`[data-risk-id="${last.id}"]`);
    if (again) {
      focused.current = { id: last.id, element: again };
      again.focus();
    } else {
      focused.current = null;
    }
  });

  const axisLabel = (axis: 'probability' | 'consequence', level: number) =>
    axis === 'probability' ? labels.probability(level) : labels.consequence(level);

  const describe = (to: Position) => ({
    consequence: labels.consequence(to.consequence),
    probability: labels.probability(to.probability),
    zone: labels.zone(riskZone(to.probability, to.consequence, criteria.bands)),
  });

  async function commit(risk: Risk, to: Position) {
    const from = positionIn(risk, view);
    if (samePosition(from, to)) return;
    const undoLabel = t(view === 'before' ? 'move.undo' : 'move.undoAfter', { number: risk.number });
    try {
      await moveRisk(risk, to, view, undoLabel);
      announce(t('move.moved', { number: risk.number, ...describe(to) }));
    } catch (e) {
      announce(t('move.failed', { number: risk.number, message: e instanceof Error ? e.message : String(e) }));
    }
  }

  function cancel(risk: Risk) {
    setMoving(null);
    announce(t('move.cancelled', { number: risk.number }));
  }

  function onChipKeyDown(e: KeyboardEvent<HTMLButtonElement>, risk: Risk, from: Position) {
    const mine = moving?.riskId === risk.id ? moving : null;
    if (isArrowKey(e.key) && !e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
      e.preventDefault();
      const to = moveByArrow(orientation, mine ? mine.to : from, e.key);
      setMoving({ riskId: risk.id, from, to });
      announce(samePosition(to, from) ? t('move.back', { number: risk.number }) : t('move.target', { number: risk.number, ...describe(to) }));
    } else if ((e.key === 'Enter' || e.key === ' ') && mine) {
      e.preventDefault();
      suppressClick.current = true;
      setMoving(null);
      if (samePosition(mine.to, mine.from)) announce(t('move.cancelled', { number: risk.number }));
      else void commit(risk, mine.to);
    } else if (e.key === 'Escape' && mine) {
      e.preventDefault();
      e.stopPropagation();
      cancel(risk);
    }
  }

  function onCellDragOver(e: DragEvent<HTMLTableCellElement>, at: Position) {
    if (!dragRef.current) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    if (!samePosition(dropTarget, at)) setDropTarget(at);
  }

  function onCellDrop(e: DragEvent<HTMLTableCellElement>, at: Position) {
    e.preventDefault();
    const id = e.dataTransfer.getData('text/plain') || dragRef.current;
    dragRef.current = null;
    setDragging(null);
    setDropTarget(null);
    const risk = id ? byId.get(id) : undefined;
    if (risk) void commit(risk, at);
  }

  const caption = t(view === 'before' ? 'matrix.captionBefore' : 'matrix.captionAfter');
  const orientationHint = t(orientation === 'plan' ? 'matrix.orientationPlanHint' : 'matrix.orientationDsbHint');
  const RowArrow = layout.rowLevels[0] === 1 ? ArrowDown : ArrowUp;

  return (
    <div className={`risk-matrix-frame orientation-${orientation}`}>
      <div className="matrix-axis matrix-axis-columns" aria-hidden="true">
        {t(`axis.${layout.columnAxis}`)} <ArrowRight className="axis-arrow inline-icon" size={14} />
      </div>
      <div className="matrix-axis matrix-axis-rows" aria-hidden="true">
        {/* The arrow sits where the levels grow: below the label when they grow downwards, above it when upwards. */}
        {RowArrow === ArrowUp ? <RowArrow className="axis-arrow" size={14} /> : null}
        <span>{t(`axis.${layout.rowAxis}`)}</span>
        {RowArrow === ArrowDown ? <RowArrow className="axis-arrow" size={14} /> : null}
      </div>
      <table ref={tableRef} className="risk-matrix" data-orientation={orientation} data-view={view}>
        <caption className="sr-only">{caption}. {orientationHint}.</caption>
        <thead>
          <tr>
            <td className="matrix-corner" />
            {layout.columnLevels.map((level) => (
              <th key={level} scope="col" className="matrix-level">
                <span className="sr-only">{t(`axis.${layout.columnAxis}`)} </span>
                <span className="level-number">{level}</span>
                <span className="level-label">{axisLabel(layout.columnAxis, level)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={layout.rowLevels[r]}>
              <th scope="row" className="matrix-level">
                <span className="sr-only">{t(`axis.${layout.rowAxis}`)} </span>
                <span className="level-number">{layout.rowLevels[r]}</span>
                <span className="level-label">{axisLabel(layout.rowAxis, layout.rowLevels[r]!)}</span>
              </th>
              {row.map((cell) => {
                const isTarget = samePosition(moving?.to, cell) && !samePosition(moving?.from, cell);
                const isDrop = samePosition(dropTarget, cell);
                const ghost = isTarget ? byId.get(moving!.riskId) : undefined;
                const crowded = cell.risks.length > CROWDED;
                return (
                  <td key={`${cell.probability}:${cell.consequence}`}
                    className={`matrix-cell zone-${cell.zone}${crowded ? ' is-crowded' : ''}${isTarget ? ' is-target' : ''}${isDrop ? ' is-drop-target' : ''}`}
                    data-probability={cell.probability} data-consequence={cell.consequence} data-zone={cell.zone}
                    onDragOver={(e) => onCellDragOver(e, cell)}
                    onDragLeave={(e) => {
                      if (!e.currentTarget.contains(e.relatedTarget as Node | null) && samePosition(dropTarget, cell)) setDropTarget(null);
                    }}
                    onDrop={(e) => onCellDrop(e, cell)}>
                    <span className="sr-only">{labels.zone(cell.zone)}. </span>
                    {crowded ? (
                      <div className="cell-head" aria-hidden="true">
                        <span className="cell-count">{t('matrix.cellCount', { count: cell.risks.length })}</span>
                        <ZoneMarker zone={cell.zone} className="cell-marker" />
                      </div>
                    ) : null}
                    <div className="cell-chips">
                      {crowded ? null : <ZoneMarker zone={cell.zone} className="cell-marker" />}
                      {cell.risks.map((risk) => (
                        <button key={risk.id} type="button" data-risk-id={risk.id}
                          className={`risk-chip${risk.id === selectedId ? ' is-selected' : ''}${moving?.riskId === risk.id ? ' is-moving' : ''}${dragging === risk.id ? ' is-dragging' : ''}`}
                          aria-label={t('matrix.chip', { number: risk.number, title: risk.title })}
                          aria-describedby={hintId}
                          aria-current={risk.id === selectedId ? 'true' : undefined}
                          title={risk.title}
                          draggable
                          onDragStart={(e) => {
                            e.dataTransfer.setData('text/plain', risk.id);
                            e.dataTransfer.effectAllowed = 'move';
                            setMoving(null);
                            dragRef.current = risk.id;
                            setDragging(risk.id);
                          }}
                          onDragEnd={() => {
                            dragRef.current = null;
                            setDragging(null);
                            setDropTarget(null);
                          }}
                          onFocus={(e) => (focused.current = { id: risk.id, element: e.currentTarget })}
                          onBlur={() => {
                            if (moving?.riskId === risk.id) cancel(risk);
                          }}
                          onKeyDown={(e) => onChipKeyDown(e, risk, cell)}
                          onKeyUp={() => {
                            // Space clicks on key up; the move it confirmed must not also open the risk.
                            setTimeout(() => (suppressClick.current = false), 0);
                          }}
                          onClick={() => {
                            if (suppressClick.current) {
                              suppressClick.current = false;
                              return;
                            }
                            onOpen(risk.id);
                          }}>
                          {risk.number}
                        </button>
                      ))}
                      {ghost ? <span className="risk-chip is-ghost" aria-hidden="true">{ghost.number}</span> : null}
                    </div>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p id={hintId} className="matrix-hint">{t('matrix.hint')}</p>
    </div>
  );
}
