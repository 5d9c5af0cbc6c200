import type { Runtime } from '../runtime/runtime';
import type { ServiceContext } from './context';
import { SERVICE_CODES, serviceError } from './errors';

/** The wizard's side of it (WizardArea): the engine of the shop it sets up. */
interface SetupWizard {
  setupRuntime(): Runtime | null;
}

/**
 * The engine an area that serves both Settings and the setup wizard works on. Settings names the
 * shop it shows (`profile`): that shop's, whatever the wizard is doing — also while it sets up a
 * further shop, whose answers must not be mistaken for a running shop's settings. Without a name
 * (the wizard's steps) it is the engine of the shop the wizard sets up, or null before its profile
 * exists. A name no shop has is refused, so nothing is read from or saved to the wrong shop.
 */
export function settingsRuntime(ctx: ServiceContext, wizard: SetupWizard, profile: string | undefined): Runtime | null {
  if (profile === undefined) return wizard.setupRuntime();
  const runtime = ctx.runtimes.find((r) => r.profile.name === profile);
  if (!runtime) throw serviceError(SERVICE_CODES.settingsShopMissing, ctx.language(), { shop: profile, shops: ctx.runtimes.map((r) => r.profile.name).join(', ') });
  return runtime;
}
