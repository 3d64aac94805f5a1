/**
 * How to pin the toolbar button, shown only when the browser says it is not pinned (null: it
 * cannot say, or has not answered yet, and the hint stays away rather than flicker).
 */
export function PinHint({ pinned }: { pinned: boolean | null }) {
  if (pinned !== false) return null;
  return (
    <section class="pin-hint" aria-labelledby="pin-heading">
      <h2 id="pin-heading">Pin the button to your toolbar</h2>
      <p>
        The button shows the minutes to your next break and opens the stretch. Your browser keeps
        new buttons in its extensions menu until you pin them:
      </p>
      <ol>
        <li>Click the Extensions button (a jigsaw piece) at the right of the address bar.</li>
        <li>Click the pin beside “Stand Up &amp; Stretch”.</li>
      </ol>
    </section>
  );
}
