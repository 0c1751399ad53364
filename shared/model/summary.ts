/** What `prosjektboka info --json` prints and the overview reads. */
export interface WorkbookSummary {
  readonly title: string;
  readonly workbookId: string;
  readonly replica: { readonly id: string; readonly name: string };
  readonly schemaVersion: number;
  readonly counts: {
    readonly sections: number;
    readonly goals: number;
    readonly groups: number;
    readonly people: number;
    readonly milestones: number;
    readonly risks: number;
    readonly meetings: number;
    readonly actions: number;
  };
  readonly budget: {
    readonly periods: readonly { readonly label: string; readonly expenses: number; readonly income: number }[];
    readonly expenses: number;
    readonly income: number;
    readonly balanced: boolean;
  };
  /** One entry per non-empty cell, consequence-major. */
  readonly riskMatrix: readonly { readonly consequence: number; readonly probability: number; readonly risks: number[] }[];
}
