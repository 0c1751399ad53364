import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../shared/messages/catalogue.js';
import { KIND_NAMES } from '../../shared/model/kinds.js';
import { makeSeed, run, runProcess, type CliResult, type Seed } from './run.js';

/**
 * Issue 12: with --lang en or an English LANG, everything the CLI says is
 * English: its --help and the labels of its normal output. Help is checked
 * whole; data commands by their labels, with the seeded plan's own
 * Norwegian content (the title, the periods, the kinds' records) left out.
 */

/** Norwegian letters, or a common bokmål word no English text of ours uses. */
const NORWEGIAN = /[æøåÆØÅ]|\b(og|ikke|skrevet|skrev|laget|slettet|endret|endringer|ingen|møte|arbeidsbok\w*|posttype|som|eller|til|fra|med|av|er|på|lag|slett|vis|felt|verdi|utskrift|synkfil\w*|installasjon\w*)\b/i;

function norwegianIn(text: string): string | undefined {
  // A quoted name (“Slettet person”, the name an erasure leaves) is data, not wording.
  const line = text.split('\n').find((l) => NORWEGIAN.test(l.replace(/“[^”]*”/g, '')));
  return line;
}

function expectEnglish(r: CliResult, what: string): void {
  expect(r.code, `${what}: ${r.stderr}`).toBe(0);
  expect(r.stdout.trim(), what).not.toBe('');
  expect(norwegianIn(r.stdout), `${what} has Norwegian wording`).toBeUndefined();
}

const ENGLISH_ENV = { LANG: 'en_GB.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
const DEFAULT_ENV = { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
const SUBCOMMANDS = [['init'], ['info'], ['list'], ['search'], ['sync', 'export'], ['sync', 'status'], ['resolve'], ['backup', 'restore'], ['export'], ['person', 'erase'], ['installation', 'name'], ['print']];

describe('the command line speaks English when asked', () => {
  let seed: Seed;
  beforeAll(async () => {
    seed = await makeSeed('--replica-name', 'Office');
  });
  afterAll(() => seed.remove());

  it('shows its help in English with --lang en and with LANG=en_GB.UTF-8 (the real process)', async () => {
    const byFlag = await runProcess(['--lang', 'en', '--help'], { env: DEFAULT_ENV });
    expectEnglish(byFlag, 'prosjektboka --lang en --help');
    expect(byFlag.stdout).toContain('make a new workbook');
    const byLocale = await runProcess(['--help'], { env: ENGLISH_ENV });
    expectEnglish(byLocale, 'LANG=en_GB prosjektboka --help');
    expect(byLocale.stdout).toBe(byFlag.stdout);
    expectEnglish(await runProcess(['sync', 'export', '--help'], { env: ENGLISH_ENV }), 'LANG=en_GB prosjektboka sync export --help');
  });

  it('shows every command\'s help in English', async () => {
    for (const command of SUBCOMMANDS) expectEnglish(await run('--lang', 'en', ...command, '--help'), `${command.join(' ')} --help`);
    const print = await run('--lang', 'en', 'print', '--help');
    expect(print.stdout).toContain("the risk matrix's orientation");
  });

  it('labels info in English (the plan\'s title and periods aside)', async () => {
    const r = await run('--lang', 'en', 'info', seed.path);
    expect(r.code, r.stderr).toBe(0);
    const [title, ...rest] = r.stdout.trimEnd().split('\n');
    expect(title).toBe('Beste praksis for bibliotek og innbyggertorg');
    // A period's own label (seed data) comes before «: expenses».
    const labels = rest.map((l) => l.replace(/^ {2}(?!Total:).*?: expenses/, '  expenses')).join('\n');
    expect(norwegianIn(labels), 'info has Norwegian labels').toBeUndefined();
    expect(labels).toMatch(/^Installation: Office$/m);
    expect(labels).toMatch(/^Goals: \d+ {3}Groups: \d+ {3}People: \d+ {3}Milestones: \d+$/m);
    expect(labels).toMatch(/^ {2}Total: expenses .+, income .+ – (balanced|not balanced)/m);
    expect(labels).toMatch(/^ {2}(Very low|Low|Moderate|Serious|Very serious) × (Very low|Low|Moderate|High|Very high): risk \d/m);
  });

  it('labels search hits with the kinds\' English words, and words the empty cases', async () => {
    const englishKinds = new Set(KIND_NAMES.map((k) => MESSAGES[`kind.${k}`].en));
    const r = await run('--lang', 'en', 'search', seed.path, 'bibliotek');
    expect(r.code, r.stderr).toBe(0);
    const heads = r.stdout.split('\n').filter((l) => l && !l.startsWith(' '));
    expect(heads.length).toBeGreaterThan(0);
    for (const head of heads) expect(englishKinds, head).toContain(head.split('  ')[0]);
    expect((await run('--lang', 'en', 'search', seed.path, 'zzxqwv')).stdout.trim()).toBe('(no hits)');
    expect((await run('--lang', 'en', 'list', seed.path, 'attendance')).stdout.trim()).toBe('(no attendance)');
  });

  it('says what add, update and delete did, and the sync status, in English', async () => {
    const id = (await run('--lang', 'en', 'add', seed.path, 'action', 'text=Call the council')).stdout.trim();
    expect((await run('--lang', 'en', 'update', seed.path, 'action', id, 'text=Call the council again')).stdout.trim()).toBe('Changed text');
    expect((await run('--lang', 'en', 'update', seed.path, 'action', id, 'text=Call the council again')).stdout.trim()).toBe('No change');
    expect((await run('--lang', 'en', 'delete', seed.path, 'action', id)).stdout.trim()).toBe(`Deleted ${id}`);
    const status = await run('--lang', 'en', 'sync', 'status', seed.path);
    expectEnglish(status, 'sync status');
    expect(status.stdout).toMatch(/^This installation: Office \(/m);
    expect(status.stdout).toContain('No other installation has been heard from yet.');
  });

  it('still speaks bokmål by default and with --lang nb', async () => {
    const help = await runProcess(['--help'], { env: DEFAULT_ENV });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('lag en ny arbeidsbok');
    expect(norwegianIn(help.stdout)).toBeDefined();
    expect((await run('--lang', 'nb', 'init', '--help')).stdout).toContain('en tom arbeidsbok uten prosjektplanen');
    const info = (await run('--lang', 'nb', 'info', seed.path)).stdout;
    expect(info).toMatch(/^Installasjon: Office$/m);
    expect(info).toMatch(/^Mål: \d+ {3}Grupper: \d+ {3}Personer: \d+ {3}Milepæler: \d+$/m);
    expect(info).toContain('Risikomatrise (konsekvens × sannsynlighet):');
    expect((await run('--lang', 'nb', 'search', seed.path, 'zzxqwv')).stdout.trim()).toBe('(ingen treff)');
    expect((await run('--lang', 'nb', 'list', seed.path, 'attendance')).stdout.trim()).toBe('(ingen oppmøte)');
    expect((await run('--lang', 'nb', 'sync', 'status', seed.path)).stdout).toMatch(/^Denne installasjonen: Office \(/m);
  });
});
