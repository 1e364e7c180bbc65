export function PopupApp() {
  return (
    <main>
      <h1>Attune</h1>
      <p>Attune reviews replies on the sites where it is turned on.</p>
    </main>
  );
}
