import { browser } from 'wxt/browser';

/**
 * The background's word to an open side panel: the user asked to analyze this tab (the keyboard command or the
 * context menu, both of which grant activeTab on it). An open panel reads the tab again; a panel that is just
 * opening reads it anyway.
 */
export const PANEL_REQUEST = 'tpmkl-panel-analyze';

export interface PanelRequest {
  type: typeof PANEL_REQUEST;
  tabId?: number;
}

export const isPanelRequest = (message: unknown): message is PanelRequest => (message as PanelRequest | undefined)?.type === PANEL_REQUEST;

type SidePanelApi = { sidePanel?: { open(o: { windowId: number }): Promise<void> } };
type SidebarApi = { sidebarAction?: { open(): Promise<void> } };

/**
 * Opens the side panel on the tab's window and asks it to read the tab. Called in the handler of the user's
 * command or menu click, with nothing awaited before the panel opens: both browsers require the user's gesture.
 */
export function openPanelFor(tab: { id?: number; windowId?: number } | undefined): void {
  const api = browser as unknown as SidePanelApi & SidebarApi;
  const opening = api.sidebarAction
    ? api.sidebarAction.open()
    : api.sidePanel && tab?.windowId !== undefined
      ? api.sidePanel.open({ windowId: tab.windowId })
      : Promise.reject(new Error('no side panel'));
  void opening.then(() => browser.runtime.sendMessage({ type: PANEL_REQUEST, tabId: tab?.id } satisfies PanelRequest)).catch(() => undefined); // no panel is listening yet: it reads the tab as it opens
}
