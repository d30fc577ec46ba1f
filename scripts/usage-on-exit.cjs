// Preloaded (node -r) by scripts/bench-cold-start.ts: a process's own minor page faults, written to stderr as its
// last line when it exits. A start's wall time beyond node's own is as much memory first touched (each new page a
// fault) as instructions run. (Not its peak memory: Linux keeps the spawning process's maxRSS across exec.)
process.on('exit', () => {
  process.stderr.write(`\n${JSON.stringify({ minorPageFault: process.resourceUsage().minorPageFault })}\n`);
});
