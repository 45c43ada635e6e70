// Runs the ztdeck CLI in this process as a user's `ztdeck` does (dist/bin.js,
// the bundle npm run build makes), then reports the peak memory of the
// process on stderr (the benchmark reads it).
await import('../../dist/bin.js');
process.stderr.write(`${JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS })}\n`);
