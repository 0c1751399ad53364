/** A blank cell that says so to screen readers, and shows a quiet dash. */
export function Missing({ text }: { text: string }) {
  return (
    <>
      <span className="mb-muted" aria-hidden="true">–</span>
      <span className="sr-only">{text}</span>
    </>
  );
}
