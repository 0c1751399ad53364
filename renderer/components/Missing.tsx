import './widgets.css';

/** A blank cell that says so to screen readers, and shows a quiet dash. */
export function Missing({ text }: { text: string }) {
  return (
    <>
      <span className="missing-dash" aria-hidden="true">–</span>
      <span className="sr-only">{text}</span>
    </>
  );
}
