import { create } from 'zustand';
import { call } from '../../api/client';

export type Row = { id: string } & Record<string, unknown>;

interface PlanState {
  sections: Row[];
  goals: Row[];
  groups: Row[];
  roles: Row[];
  people: Row[];
  loaded: boolean;
  load(): Promise<void>;
}

/** The plan's text and organisation: sections, goals, groups, roles and the people in them. */
export const usePlanStore = create<PlanState>((set) => ({
  sections: [],
  goals: [],
  groups: [],
  roles: [],
  people: [],
  loaded: false,
  async load() {
    const [sections, goals, groups, roles, people] = await Promise.all(
      (['section', 'goal', 'group', 'role', 'person'] as const).map((kind) => call('listRecords', { kind }) as Promise<Row[]>),
    );
    set({ sections: sections!, goals: goals!, groups: groups!, roles: roles!, people: people!, loaded: true });
  },
}));

export const PLAN_KINDS = ['section', 'goal', 'group', 'role', 'person'] as const;
