/**
 * What a person sees as unfinished layout, measured in the page (tests/e2e/walk.e2e.test.ts). Run with
 * page.evaluate(LAYOUT_PROBLEMS): it returns one line per problem, empty when the page holds up.
 *
 * 1. The document is wider than the window (a sideways scrollbar): named by the outermost elements that
 *    reach past the window's right edge and are not inside a box that scrolls or clips them itself (an
 *    absolutely placed element is clipped only by boxes from its containing block outwards).
 * 2. Text cut off where there is room for it. Only where a person loses words: an element that clips
 *    (overflow hidden/clip, or text-overflow: ellipsis) and whose own text runs past its padding box, by
 *    more than a pixel; and only when that much room is free beside it, in its parent or one of the two
 *    ancestors above (table rows and sections count as one level with their table). Free room is a
 *    container's content width minus the extent its in-flow children and text take. Not counted: inputs
 *    (they scroll their value by design), boxes that scroll (auto/scroll), visually hidden text (.sr-only,
 *    1-pixel boxes, clip), SVG. A cut where nothing beside it has room is a squeeze the screen chose and is
 *    left alone, which keeps this quiet where a narrow window truly has no space.
 *
 * 3. A word broken mid-word in a table cell («innbyggerundersøke lse»): a word of a cell's text whose
 *    Range client rects lie on two lines. Words are split at spaces and after a hyphen, dash or slash (a
 *    break there is a boundary, not mid-word). Not counted: a word longer than the cell's content width (it
 *    cannot fit on one line at all), visually hidden text.
 *
 * A string, not a function: the test project's TypeScript has no DOM types, and the code runs in the page.
 */
export const LAYOUT_PROBLEMS = String.raw`(() => {
  const problems = [];
  const doc = document.documentElement;
  const name = (el) => {
    const cls = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).slice(0, 2).join('.') : '';
    const text = (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 50);
    return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + cls + (text ? ' «' + text + '»' : '');
  };
  const px = (v) => parseFloat(v) || 0;
  const TABLE_INSIDE = new Set(['table-row', 'table-row-group', 'table-header-group', 'table-footer-group', 'table-cell', 'table-column', 'table-column-group', 'table-caption']);

  // 1. Sideways scrolling of the whole page.
  const wider = doc.scrollWidth - doc.clientWidth;
  if (wider > 1) {
    const edge = doc.clientWidth + 1;
    // Clipped by a box that scrolls or hides overflow, if that box is on the element's containing-block
    // chain: an absolutely placed element (a .sr-only span in a th) escapes a scroller with no position.
    const clippedByAncestor = (el) => {
      let pos = getComputedStyle(el).position;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const acs = getComputedStyle(a);
        const contains = pos === 'absolute' ? acs.position !== 'static' || acs.transform !== 'none'
          : pos === 'fixed' ? acs.transform !== 'none' : true;
        if (!contains) continue;
        if (acs.overflowX !== 'visible') return true;
        pos = acs.position;
      }
      return false;
    };
    const reaching = [...document.body.querySelectorAll('*')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.right + window.scrollX > edge && !clippedByAncestor(el);
    });
    const outermost = reaching.filter((el) => !reaching.includes(el.parentElement));
    problems.push('the page is ' + Math.round(wider) + ' px wider than the window (' + doc.scrollWidth + ' > ' + doc.clientWidth + '), from: ' +
      outermost.slice(0, 5).map((el) => name(el) + ' (right edge ' + Math.round(el.getBoundingClientRect().right) + ')').join('; '));
  }

  // 2. Text cut off with room beside it.
  const textRight = (el) => {
    let right = -Infinity;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent.trim()) continue;
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) right = Math.max(right, r.right);
    }
    return right;
  };
  const freeRoom = (box) => {
    const cs = getComputedStyle(box);
    const inner = box.clientWidth - px(cs.paddingLeft) - px(cs.paddingRight);
    let left = Infinity, right = -Infinity;
    for (const child of box.childNodes) {
      let rects = [];
      if (child.nodeType === Node.TEXT_NODE) {
        if (!child.textContent.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(child);
        rects = [...range.getClientRects()];
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const ccs = getComputedStyle(child);
        if (ccs.position === 'absolute' || ccs.position === 'fixed' || ccs.display === 'none') continue;
        const cr = child.getBoundingClientRect();
        if (cr.width === 0 && cr.height === 0) continue;
        rects = [{ left: cr.left - px(ccs.marginLeft), right: cr.right + px(ccs.marginRight) }];
      }
      for (const cr of rects) { left = Math.min(left, cr.left); right = Math.max(right, cr.right); }
    }
    if (right < left) return 0;
    return inner - (right - left);
  };
  const roomBeside = (el) => {
    let best = 0;
    let levels = 0;
    for (let box = el.parentElement; box && box !== document.body && levels < 3; box = box.parentElement) {
      const display = getComputedStyle(box).display;
      if (TABLE_INSIDE.has(display)) continue;
      best = Math.max(best, freeRoom(box));
      levels += 1;
    }
    return best;
  };
  const cuts = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (el instanceof SVGElement || ['INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'SCRIPT', 'STYLE'].includes(el.tagName)) continue;
    if (el.closest('.sr-only')) continue;
    const cs = getComputedStyle(el);
    const clips = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
    if (!clips) continue;
    if (el.clientWidth <= 2 || cs.clip !== 'auto' || cs.clipPath !== 'none' || cs.visibility !== 'visible') continue;
    if (el.scrollWidth - el.clientWidth <= 1) continue;
    const box = el.getBoundingClientRect();
    const paddingRight = box.left + el.clientLeft + el.clientWidth;
    const lost = textRight(el) - paddingRight;
    if (!(lost > 1)) continue;
    const room = roomBeside(el);
    if (lost <= room) cuts.push(name(el) + ': ' + Math.ceil(lost) + ' px of text cut off, ' + Math.floor(room) + ' px free beside it' + (cs.textOverflow === 'ellipsis' ? ' (ellipsis)' : ''));
  }
  // An element and its clipping ancestor may both report the same words: keep the first (outermost) of each text.
  const seen = new Set();
  const unique = cuts.filter((c) => { const key = c.split(':')[0]; if (seen.has(key)) return false; seen.add(key); return true; });
  for (const c of unique.slice(0, 8)) problems.push('text cut off: ' + c);
  if (unique.length > 8) problems.push('text cut off: … and ' + (unique.length - 8) + ' more');

  // 3. Words broken mid-word in table cells.
  const broken = [];
  for (const cell of document.body.querySelectorAll('td, th')) {
    if (cell.closest('.sr-only')) continue;
    const ccs = getComputedStyle(cell);
    const content = cell.clientWidth - px(ccs.paddingLeft) - px(ccs.paddingRight);
    if (content <= 0) continue;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest('.sr-only') || parent.closest('td, th') !== cell) continue;
      const text = n.textContent;
      const word = /[^\s\-–\/]+[\-–\/]*/g;
      for (let m = word.exec(text); m; m = word.exec(text)) {
        if (m[0].length < 2) continue;
        range.setStart(n, m.index);
        range.setEnd(n, m.index + m[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        if (rects.length < 2) continue;
        const tops = [...new Set(rects.map((r) => Math.round(r.top)))];
        if (Math.max(...tops) - Math.min(...tops) < 2) continue;
        const width = rects.reduce((sum, r) => sum + r.width, 0);
        if (width > content) continue;
        broken.push(name(cell).slice(0, 70) + ': «' + m[0] + '» (' + Math.round(width) + ' px) broken in a cell ' + Math.round(content) + ' px wide');
      }
    }
  }
  for (const b of broken.slice(0, 8)) problems.push('word broken: ' + b);
  if (broken.length > 8) problems.push('word broken: … and ' + (broken.length - 8) + ' more');
  return problems;
})()`;
