import { runCrashCampaign } from './crash-campaign';
const r = await runCrashCampaign(Number(process.argv[2]), Number(process.argv[3]), undefined, console.error);
console.log(JSON.stringify(r, null, 1));
