import { pendingSelectionItem } from '../src/storage/pending-selection';

const MENU_ID = 'tpmkl-analyze-selection';

// The popup does the analysis; the background only offers the context-menu entry point.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Analyze selection with TPM Keyword Lens', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    await pendingSelectionItem.setValue({ text: info.selectionText, url: tab?.url ?? '', title: tab?.title ?? '', at: Date.now() });
    const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
    await action.openPopup().catch(() => undefined); // where a browser refuses, the next toolbar click picks it up
  });
});
