/**
 * Where a link written in the plan or the minutes may lead. Only the open web
 * (http, https) and e-mail (mailto), and a jump within the same document
 * (a footnote's «#…»). Everything else is shown as the text it is:
 *
 * - a relative link («rapport.pdf», «/oversikt») resolves against the page it
 *   sits on, which in the app and its printouts is the local host with its
 *   access token: a dead, and leaking, address in a PDF sent to the funder;
 * - a link to the local host itself, whoever wrote it, would reach this
 *   installation's web host (or someone else's) from the reader's machine;
 * - `javascript:`, `data:`, `file:` and the rest run or open something.
 */
const LOOPBACK = /^(localhost|.+\.localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|\[::ffff:127(\.\d{1,3}){3}\]|\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\])$/i;

export function safeLinkTarget(url: string): string | null {
  const target = url.trim();
  if (/^#[^\s]*$/.test(target)) return target;
  let parsed: URL;
  try {
    parsed = new URL(target);
  } catch {
    return null; // relative, or not an address at all
  }
  if (parsed.protocol === 'mailto:') return parsed.href;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username || parsed.password) return null; // «https://bank.no@angriper.example» shows one host and opens another
  if (LOOPBACK.test(parsed.hostname)) return null;
  return parsed.href;
}
