/** The editor screen, `/issues/:id`. Placeholder until the editor lands. */
export function ComposePage() {
  return <main><h1>Editor</h1><p>The editor is being built.</p></main>;
}
