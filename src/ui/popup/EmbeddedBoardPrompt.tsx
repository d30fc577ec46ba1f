import type { EmbeddedBoard } from '../../extract/embedded-boards';

interface Props {
  board: EmbeddedBoard;
  /** The user (or the browser) declined the last request. */
  refused?: boolean;
  /** Must call permissions.request before anything else: browsers honour it only within the click. */
  onAllow: () => void;
  onPaste: () => void;
}

/** The page shows its posting in a board's frame that activeTab does not reach: asks for that board's domain only. */
export function EmbeddedBoardPrompt({ board, refused, onAllow, onPaste }: Props) {
  return (
    <section className="tpmkl-callout" role="status">
      <p>
        This page shows its posting in an embedded {board.label} frame. Allow TPM Keyword Lens to read {board.domain}?
      </p>
      {refused ? (
        <p>TPM Keyword Lens was not allowed to read {board.domain}, so it cannot see the posting. You can paste its text instead.</p>
      ) : (
        <p className="tpmkl-muted">Your browser asks you once. The posting is read on your computer; nothing is sent anywhere.</p>
      )}
      <button type="button" onClick={onAllow}>
        Allow reading {board.domain}
      </button>{' '}
      <button type="button" onClick={onPaste}>
        Paste a posting
      </button>
    </section>
  );
}
