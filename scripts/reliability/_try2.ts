import { runFaultSoak } from './fault-soak';
const r = await runFaultSoak(Number(process.argv[2]), 0.2, undefined, undefined, console.error);
console.log(JSON.stringify(r, null, 1));
