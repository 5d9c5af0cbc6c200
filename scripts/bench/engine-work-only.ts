// `node bin/run-ts.js scripts/bench/engine-work-only.ts [orders]`: only the engine-work entry of
// `npm run bench` (measureEngineWork), printed as JSON — to compare changes to the engine's
// hot path in interleaved runs without running the whole benchmark on a shared machine.
import { measureEngineWork } from './engine-work';

const orders = Number(process.argv[2] ?? 10_000);
process.stdout.write(`${JSON.stringify(await measureEngineWork(orders), null, 2)}\n`);
