export default defineBackground(() => {
  // Wiring only: later features (per-site registration, context menu) hook in here.
});
