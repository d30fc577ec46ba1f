import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { App } from '../popup/App';
import { targetTab } from '../popup/load-posting';
import { isPanelRequest } from './panel-request';
import { sitePattern } from './site-patterns';

/** The site of the tab the panel shows, where the panel may know it (a tab it was allowed to read). */
interface Site {
  origin: string;
  host: string;
  /** The user allowed the panel to read this site's pages as they open. */
  follows: boolean;
}

async function activeSite(): Promise<Site | undefined> {
  const tab = await targetTab(location.search);
  // The address is known only for a tab the extension may read (activeTab, or the site's permission).
  if (!tab.url || !/^https?:/.test(tab.url)) return undefined;
  const { origin, host } = new URL(tab.url);
  return { origin, host, follows: await browser.permissions.contains({ origins: [sitePattern(origin)] }) };
}

/** How long a page that keeps changing its address (a single-page board) is let settle before it is read. */
const SETTLE_MS = 600;

/**
 * The side panel: the popup's results (one App), kept open beside the posting. It reads the active tab when it
 * opens and when the user asks: its button, the keyboard command or the context menu (the last two grant
 * activeTab; a button inside the panel does not, so it reads only a tab the extension may already read). On a
 * site the user chose, it follows the user's navigation.
 */
export function PanelApp() {
  const [round, setRound] = useState(0);
  const [site, setSite] = useState<Site>();
  const [refused, setRefused] = useState('');
  const settle = useRef<ReturnType<typeof setTimeout>>(undefined);
  const again = useCallback(() => setRound((r) => r + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: each round (a new request) looks at the tab's site again
  useEffect(() => {
    let live = true;
    activeSite()
      .then((s) => live && setSite(s))
      .catch(() => live && setSite(undefined));
    return () => {
      live = false;
    };
  }, [round]);

  useEffect(() => {
    let windowId: number | undefined;
    void browser.windows.getCurrent().then((w) => {
      windowId = w.id;
    });
    const onMessage = (message: unknown) => {
      if (isPanelRequest(message)) again();
    };
    const onActivated = (info: { windowId: number }) => {
      if (info.windowId === windowId) again();
    };
    const onUpdated = async (_: number, change: { status?: string; url?: string }, tab: { active: boolean; windowId: number; url?: string }) => {
      if (!tab.active || tab.windowId !== windowId || !tab.url || !/^https?:/.test(tab.url) || !(change.url || change.status === 'complete')) return;
      // Only sites the user chose report their tabs' addresses at all; check the permission still holds.
      if (!(await browser.permissions.contains({ origins: [sitePattern(new URL(tab.url).origin)] }))) return;
      clearTimeout(settle.current);
      settle.current = setTimeout(again, SETTLE_MS);
    };
    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      clearTimeout(settle.current);
    };
  }, [again]);

  const follow = (s: Site) => {
    // First thing in the click: the browser asks the user only within the gesture.
    void browser.permissions.request({ origins: [sitePattern(s.origin)] }).then((granted) => {
      setRefused(granted ? '' : `Not allowed: the panel reads ${s.host} only when you ask.`);
      if (granted) again();
    });
  };
  const unfollow = (s: Site) => void browser.permissions.remove({ origins: [sitePattern(s.origin)] }).then(again);

  return (
    <div className="tpmkl-panel">
      <section className="tpmkl-panel__bar" aria-label="Side panel">
        <button type="button" onClick={again}>
          Analyze this tab
        </button>
        <p className="tpmkl-muted">
          To let the panel read a new page, click the toolbar button, press Alt+Shift+L, or right-click the page and choose “Analyze this page in the side
          panel”.
        </p>
        {site &&
          (site.follows ? (
            <p className="tpmkl-panel__site">
              Job pages on {site.host} are analyzed as you open them.{' '}
              <button type="button" className="tpmkl-link" onClick={() => unfollow(site)}>
                Stop
              </button>
            </p>
          ) : (
            <button type="button" className="tpmkl-link" onClick={() => follow(site)}>
              Analyze job pages on {site.host} automatically
            </button>
          ))}
        {refused && <p role="status">{refused}</p>}
      </section>
      <App key={round} surface="panel" />
    </div>
  );
}
