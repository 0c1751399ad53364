import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { Markdown } from '../../renderer/components/Markdown';

/** Minutes go to the archive: every character typed shows, no markup from a sync file runs, no link leads to the local host. */
describe('Markdown as the plan and minutes are written', () => {
  const shown = (text: string) => render(<Markdown text={text} />).container;

  it('keeps text in angle brackets as written, inline and as a block', () => {
    const c = shown('Frist: <ikke avklart>.\n\n<div>\nblokk\n</div>\n\n- Ansvar: <b>Ina</b>');
    expect(c.textContent).toContain('Frist: <ikke avklart>.');
    expect(c.textContent).toContain('<div>\nblokk\n</div>');
    expect(c.textContent).toContain('Ansvar: <b>Ina</b>');
    expect(c.querySelector('.markdown b, .markdown div, .markdown ikke')).toBeNull();
  });

  it('never runs a script or an event handler from the text', () => {
    const c = shown('<script>window.hacked = 1</script>\n\nTekst <img src=x onerror="window.hacked=2">');
    expect(c.querySelector('script, img')).toBeNull();
    expect(c.textContent).toContain('<script>window.hacked = 1</script>');
    expect(c.textContent).toContain('<img src=x onerror="window.hacked=2">');
  });

  it('links to the web and e-mail, and shows every other address as text', () => {
    const c = shown(
      '[NB](https://www.nb.no) [e-post](mailto:ina@drammen.kommune.no) [skript](javascript:alert(1)) ' +
        '[vedlegg](rapport.pdf) [lokal](http://127.0.0.1:4123/print?token=hemmelig) ![kart](https://example.org/kart.png)',
    );
    const hrefs = [...c.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://www.nb.no/', 'mailto:ina@drammen.kommune.no']);
    expect(c.querySelector('a[href="https://www.nb.no/"]')!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(c.textContent).toContain('skript (javascript:alert(1))');
    expect(c.textContent).toContain('vedlegg (rapport.pdf)');
    expect(c.textContent).toContain('lokal (http://127.0.0.1:4123/print?token=hemmelig)');
    expect(c.textContent).toContain('kart (https://example.org/kart.png)');
    expect(c.querySelector('img')).toBeNull();
  });

  it('keeps tables and footnotes working', () => {
    const c = shown('| Sak | Vedtak |\n|---|---|\n| 1 | Godkjent |\n\nTekst[^1]\n\n[^1]: Fotnote');
    expect(c.querySelector('table td')!.textContent).toBe('1');
    expect(c.querySelector('a[href^="#"]')).not.toBeNull();
  });
});
