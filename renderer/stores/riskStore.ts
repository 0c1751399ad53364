import { create } from 'zustand';
import { call } from '../api/client';

export interface RiskRow {
  id: string;
  number: number;
  title: string;
  description: string;
  measures: string;
  probability: number;
  consequence: number;
  residualProbability: number | null;
  residualConsequence: number | null;
  status: string;
}

export type SaveState = { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'failed'; message: string };

interface RiskState {
  risks: RiskRow[];
  loaded: boolean;
  save: SaveState;
  load(): Promise<void>;
  update(id: string, patch: Partial<Omit<RiskRow, 'id'>>): Promise<void>;
}

/** The risk register: the rows and the save status of the latest edit. */
export const useRiskStore = create<RiskState>((set, get) => ({
  risks: [],
  loaded: false,
  save: { state: 'idle' },
  async load() {
    const rows = (await call('listRecords', { kind: 'risk' })) as unknown as RiskRow[];
    set({ risks: rows, loaded: true });
  },
  async update(id, patch) {
    set({ save: { state: 'saving' } });
    try {
      await call('updateRecord', { kind: 'risk', id, patch });
      set({ risks: get().risks.map((r) => (r.id === id ? { ...r, ...patch } : r)), save: { state: 'saved' } });
    } catch (e) {
      set({ save: { state: 'failed', message: e instanceof Error ? e.message : String(e) } });
    }
  },
}));
