export default defineBackground(() => {
  // The popup does the work; the background only exists for the context menu and shortcut (issue 5).
});
