/** Text kept before the first match, so the match itself is never cut off at the end of the line. */
const LEAD = 24;

/**
 * A search snippet with the matched words, which the index puts in
 * [brackets], marked. Markdown signs are dropped: "## Status" reads as "Status".
 */
export function Snippet({ text }: { text: string }) {
  let flat = text.replace(/[#*_`|>]+/g, ' ').replace(/\s+/g, ' ').trim();
  const first = flat.indexOf('[');
  if (first > LEAD) {
    const cut = flat.indexOf(' ', first - LEAD);
    flat = `…${flat.slice(cut >= 0 && cut < first ? cut + 1 : first - LEAD)}`;
  }
  const parts = flat.split(/(\[[^\]]*\])/g).filter(Boolean);
  return (
    <span className="mb-snippet">
      {parts.map((p, i) => (p.startsWith('[') && p.endsWith(']') ? <mark key={i}>{p.slice(1, -1)}</mark> : <span key={i}>{p}</span>))}
    </span>
  );
}
