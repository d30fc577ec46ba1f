import { browser } from 'wxt/browser';

type SidePanelApi = { sidePanel?: { open(o: { windowId: number }): Promise<void> } };
type SidebarApi = { sidebarAction?: { open(): Promise<void> } };

/**
 * Opens the side panel (Chrome's side_panel, Firefox's sidebar_action) from a click in the popup. Both browsers
 * allow it only within the user's gesture, so nothing is awaited before it: the window is known beforehand.
 */
export function openSidePanel(windowId: number | undefined): Promise<void> {
  const api = browser as unknown as SidePanelApi & SidebarApi;
  if (api.sidebarAction) return api.sidebarAction.open();
  if (api.sidePanel && windowId !== undefined) return api.sidePanel.open({ windowId });
  return Promise.reject(new Error('This browser has no side panel for extensions.'));
}

/** The popup's window, asked for when the popup opens so that the click can open the panel at once. */
export const currentWindowId = () =>
  browser.windows.getCurrent().then(
    (w) => w.id,
    () => undefined,
  );
