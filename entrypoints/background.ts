import { pendingSelectionItem } from '../src/storage/pending-selection';
import { openPanelFor } from '../src/ui/panel/panel-request';

const MENU_ID = 'tpmkl-analyze-selection';
/** The keyboard command and the page's context menu entry that open the side panel on this tab (both grant activeTab). */
const PANEL_MENU_ID = 'tpmkl-analyze-in-panel';
const PANEL_COMMAND = 'analyze-in-side-panel';

// The popup and the side panel do the analysis; the background only offers the context-menu and command entry points.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Analyze selection with TPM Keyword Lens', contexts: ['selection'] });
    browser.contextMenus.create({ id: PANEL_MENU_ID, title: 'Analyze this page in the side panel', contexts: ['page'] });
  });
  // Nothing is awaited before the panel opens: the browser opens it only within the user's gesture.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === PANEL_COMMAND) openPanelFor(tab);
  });
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId === PANEL_MENU_ID) return openPanelFor(tab);
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    await pendingSelectionItem.setValue({ text: info.selectionText, url: tab?.url ?? '', title: tab?.title ?? '', at: Date.now() });
    const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
    await action.openPopup().catch(() => undefined); // where a browser refuses, the next toolbar click picks it up
  });
});
