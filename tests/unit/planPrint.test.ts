import { describe, expect, it } from 'vitest';
import { numberedBulletsAsList, organisationRows, responsibleName, titlePageDescription } from '../../shared/report/planPrint.js';
import type { RecordOf } from '../../shared/model/kinds.js';

const group = (fields: Partial<RecordOf<'group'>>): RecordOf<'group'> => ({
  id: fields.name ?? 'g', sortOrder: 0, name: 'Gruppe', kind: 'project_group', phase: 1, examines: '', objectives: '', goalIds: [],
  coordinatorId: null, reportsToId: null, description: '', note: '', ...fields,
}) as RecordOf<'group'>;

describe('what the printed plan takes from the workbook', () => {
  it('prints hand-numbered bullets as one numbered list, only when they count 1, 2, 3 … on', () => {
    expect(numberedBulletsAsList('De seks målene er:\n\n- 1) Lære\n- 2) Undersøke\n\nMer tekst')).toBe('De seks målene er:\n\n1. Lære\n2. Undersøke\n\nMer tekst');
    // Out of order: Markdown would renumber it, so it is left as written.
    expect(numberedBulletsAsList('- 1) A\n- 3) B')).toBe('- 1) A\n- 3) B');
    expect(numberedBulletsAsList('- A\n- B')).toBe('- A\n- B');
    expect(numberedBulletsAsList('- A\n- 1) B\n- 2) C')).toBe('- A\n- 1) B\n- 2) C');
  });

  it('puts the short description on the title page only when no section says it already', () => {
    const project = { shortDescription: 'Vi vil se  på effekter.' } as RecordOf<'project'>;
    const section = (body: string) => ({ body }) as RecordOf<'section'>;
    expect(titlePageDescription(project, [section('Vi vil se på\neffekter. Og mer.')])).toBe('');
    expect(titlePageDescription(project, [section('Noe annet.')])).toBe('Vi vil se  på effekter.');
  });

  it('pairs a group\'s «Undersøker» lines with its goals row by row, leaves out empty rows and never prints the note', () => {
    const rows = organisationRows([
      group({ name: 'Styringsgruppe', sortOrder: 0, phase: null, note: 'Består av lederteamene' }),
      group({ name: 'Prosjektgruppe B', sortOrder: 1, examines: 'Ulike roller', objectives: '- Undersøke', note: 'I planen står fire navn' }),
      group({ name: 'Prosjektgruppe X', sortOrder: 2, phase: 2, examines: 'Beste praksis\nSammenstiller resultater', objectives: '- Lage en modell\n- Utarbeider sluttrapport' }),
    ]);
    expect(rows.map((r) => [r.name, r.examines, r.objectives, r.first])).toEqual([
      ['Prosjektgruppe B', 'Ulike roller', '- Undersøke', true],
      ['Prosjektgruppe X', 'Beste praksis', 'Lage en modell', true],
      ['', 'Sammenstiller resultater', 'Utarbeider sluttrapport', false],
    ]);
    expect(JSON.stringify(rows)).not.toContain('fire navn');
  });

  it('prints a group\'s description under its last row, never its note', () => {
    const rows = organisationRows([
      group({
        name: 'Prosjektgruppe X', phase: 2, examines: 'Beste praksis\nSammenstiller resultater', objectives: '- Lage en modell\n- Utarbeider sluttrapport',
        description: ' Bestående av noen fra prosjektgruppe A, B og C ', note: 'Intern merknad',
      }),
    ]);
    expect(rows.map((r) => r.description)).toEqual(['', 'Bestående av noen fra prosjektgruppe A, B og C']);
    expect(JSON.stringify(rows)).not.toContain('Intern merknad');
  });

  it('marks a post not yet filled once: not again when its name says it already', () => {
    expect(responsibleName('Person 4 drmk (venter på ansettelse)', true, 'ikke besatt')).toBe('Person 4 drmk (venter på ansettelse)');
    expect(responsibleName('Ny avdelingsleder', true, 'ikke besatt')).toBe('Ny avdelingsleder (ikke besatt)');
    expect(responsibleName('Ny avdelingsleder (vakant)', true, 'vacant')).toBe('Ny avdelingsleder (vakant)');
    expect(responsibleName('Kari Nordmann', false, 'ikke besatt')).toBe('Kari Nordmann');
    expect(responsibleName('', true, 'ikke besatt')).toBe('ikke besatt');
  });
});
