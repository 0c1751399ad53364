import { describe, expect, it } from 'vitest';
import { safeLinkTarget } from '../../shared/rules/linkTargets.js';

describe('where a link in the plan or minutes may lead', () => {
  it.each([
    ['https://www.nb.no/utviklingsmidler', 'https://www.nb.no/utviklingsmidler'],
    ['http://drammen.kommune.no', 'http://drammen.kommune.no/'],
    ['  https://io.kommune.no/bibliotek  ', 'https://io.kommune.no/bibliotek'],
    ['mailto:ina@drammen.kommune.no', 'mailto:ina@drammen.kommune.no'],
    ['#user-content-fn-1', '#user-content-fn-1'],
  ])('opens %s', (url, expected) => {
    expect(safeLinkTarget(url)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'vbscript:msgbox',
    'rapport.pdf',
    '/oversikt',
    '../print?token=abc',
    '//angriper.example/x',
    'http://127.0.0.1:4123/print/meeting?token=abc',
    'http://localhost:5173/',
    'https://app.localhost/',
    'http://[::1]:8080/',
    'http://0.0.0.0/',
    'https://bank.no@angriper.example/',
    'ftp://files.example/',
    '',
    'ikke en lenke',
  ])('shows %j as text', (url) => {
    expect(safeLinkTarget(url)).toBeNull();
  });
});
