export function OptionsApp() {
  return (
    <main>
      <h1>Attune options</h1>
    </main>
  );
}
