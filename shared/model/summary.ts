import { z } from 'zod';

const level = z.number().int().min(1).max(5);

/** What `prosjektboka info --json` prints and the API's getSummary returns. */
export const workbookSummarySchema = z.object({
  title: z.string(),
  workbookId: z.string(),
  replica: z.object({ id: z.string(), name: z.string() }),
  schemaVersion: z.number().int(),
  counts: z.object({
    sections: z.number().int(),
    goals: z.number().int(),
    groups: z.number().int(),
    people: z.number().int(),
    milestones: z.number().int(),
    risks: z.number().int(),
    meetings: z.number().int(),
    actions: z.number().int(),
    lessons: z.number().int(), // erfaringslogg
    changes: z.number().int(), // endringslogg
  }),
  budget: z.object({
    periods: z.array(z.object({ label: z.string(), expenses: z.number().int(), income: z.number().int() })),
    expenses: z.number().int(),
    income: z.number().int(),
    balanced: z.boolean(),
  }),
  /** One entry per non-empty cell, consequence-major. */
  riskMatrix: z.array(z.object({ consequence: level, probability: level, risks: z.array(z.number().int()) })),
});

export type WorkbookSummary = z.infer<typeof workbookSummarySchema>;
