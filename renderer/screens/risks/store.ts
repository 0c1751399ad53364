import { create } from 'zustand';
import type { RecordOf } from '../../../shared/model/kinds';
import { call } from '../../api/client';
import { createLoadedStore } from '../../data/loadedStore';
import { isOrientation, type MatrixView, type Orientation } from './matrixModel';
import { DEFAULT_SORT, EMPTY_FILTER, type Person, type Risk, type RiskAssessment, type RiskFilter, type RiskSort } from './registerModel';

/** What the risk register shows: risks, their assessments, the people who may own them and the project's scale words. */
export const useRiskData = createLoadedStore(
  {
    risks: [] as Risk[], assessments: [] as RiskAssessment[], people: [] as Person[],
    /** The project's own words for the five levels (index 0 is level 1); empty until loaded. */
    probabilityLabels: [] as string[], consequenceLabels: [] as string[],
    /** The project record: its acceptance criteria (shared/rules/riskCriteria.ts) decide the zones. */
    project: undefined as RecordOf<'project'> | undefined,
  },
  async () => {
    const [risks, assessments, people, projects] = await Promise.all([
      call('listRecords', { kind: 'risk' }),
      call('listRecords', { kind: 'risk-assessment' }),
      call('listRecords', { kind: 'person' }),
      call('listRecords', { kind: 'project' }),
    ]);
    return {
      risks, assessments, people: people.map((p) => ({ id: p.id, name: p.name })),
      probabilityLabels: projects[0]?.probabilityLabels ?? [], consequenceLabels: projects[0]?.consequenceLabels ?? [],
      project: projects[0],
    };
  },
);

export const RISK_KINDS = ['risk', 'risk-assessment', 'person', 'project'] as const;

const ORIENTATION_KEY = 'prosjektboka.riskMatrix.orientation';

function storedOrientation(): Orientation {
  try {
    const value = globalThis.localStorage?.getItem(ORIENTATION_KEY);
    return isOrientation(value) ? value : 'plan';
  } catch {
    return 'plan';
  }
}

interface RiskView {
  selectedId?: string;
  filter: RiskFilter;
  sort: RiskSort;
  /** Remembered on this machine: people keep the matrix the way their municipality draws it. */
  orientation: Orientation;
  view: MatrixView;
  select(id: string | undefined): void;
  setFilter(patch: Partial<RiskFilter>): void;
  setSort(sort: RiskSort): void;
  setOrientation(orientation: Orientation): void;
  setView(view: MatrixView): void;
}

/** How the user is looking at the register; kept while they visit other screens. */
export const useRiskView = create<RiskView>((set) => ({
  filter: EMPTY_FILTER,
  sort: DEFAULT_SORT,
  orientation: storedOrientation(),
  view: 'before',
  select: (selectedId) => set({ selectedId }),
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  setSort: (sort) => set({ sort }),
  setOrientation: (orientation) => {
    try {
      globalThis.localStorage?.setItem(ORIENTATION_KEY, orientation);
    } catch {
      // Private windows may refuse storage; the choice still holds for this session.
    }
    set({ orientation });
  },
  setView: (view) => set({ view }),
}));

interface Announcer {
  /** What the screen last said to screen readers (and shows under the matrix). */
  message: string;
  /** Bumped with every message, so the same words said twice are read twice. */
  seq: number;
  announce(message: string): void;
}

export const useAnnouncer = create<Announcer>((set) => ({
  message: '',
  seq: 0,
  announce: (message) => set((s) => ({ message, seq: s.seq + 1 })),
}));

/** The register, as the records pattern names it (renderer/components/records: its «Angre» rows). */
export const RISKS_LIST = 'risks';
