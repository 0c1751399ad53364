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

interface RiskState {
  risks: RiskRow[];
  loaded: boolean;
  load(): Promise<void>;
}

/** The risk register's rows; reloaded whenever risks change. */
export const useRiskStore = create<RiskState>((set) => ({
  risks: [],
  loaded: false,
  async load() {
    const rows = (await call('listRecords', { kind: 'risk' })) as unknown as RiskRow[];
    set({ risks: rows, loaded: true });
  },
}));
