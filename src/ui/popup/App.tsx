export function App() {
  return <main>TPM Keyword Lens</main>;
}
