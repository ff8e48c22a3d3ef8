/** Returns the line that shows long work under way: a moving bar and what is being done. */
export function BusyNote({ text }: { text: string }) {
  return (
    <span className="busy-note">
      <progress aria-hidden="true" />
      {text}
    </span>
  );
}
