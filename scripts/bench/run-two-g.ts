// npx tsx scripts/bench/run-two-g.ts: the 2G part of the bench alone, against the built dist/.
import { runTwoGBench } from './two-g';

const results = await runTwoGBench({ chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', port: Number(process.env.HOMEWARD_BENCH_PORT ?? 4190) });
for (const [name, value] of Object.entries(results)) console.log(`${name}: ${value}`);
