// Runs the ztdeck CLI in this process, as bin.js does, then reports the peak
// memory of the process on stderr (the benchmark reads it).
import { main } from '../../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
process.stderr.write(`${JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS })}\n`);
