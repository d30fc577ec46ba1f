// How a scan's worker thread started from the CLI's bundle knows it is one (scan-workers.ts): the bundle's entry
// (main.ts) finds this argument first and serves the scan instead of reading a command line. A module of its own, so
// that the entry reads it without loading the scan's modules on every start.
export const SCAN_WORKER_ARG = '--scan-worker';
