import { writeSync } from 'node:fs';

/**
 * Writes the command's output to standard output, straight to its file descriptor: the first use of process.stdout
 * sets up a stream (for a pipe, Node's net and stream modules: ~15M instructions, some 4% of a CLI start beyond
 * node's own). A shell or a parent process gives the descriptor blocking, so the bytes are written when this
 * returns, as process.stdout writes them on Linux. Where the descriptor is non-blocking and full (EAGAIN), the rest
 * goes through process.stdout, which waits for the reader. A reader that stops early (`tpm-lens taxonomy | head`)
 * closes the pipe: the rest is not wanted, and the command ends quietly, as other command-line tools do.
 */
export function writeOutput(text: string): void {
  const bytes = Buffer.from(text);
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(1, bytes, written);
  } catch (e) {
    const { code } = e as NodeJS.ErrnoException;
    if (code === 'EPIPE') {
      readerGone();
      return;
    }
    if (code !== 'EAGAIN') throw e;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      readerGone();
    });
    process.stdout.write(bytes.subarray(written));
  }
}

const readerGone = () => process.exit(0);
