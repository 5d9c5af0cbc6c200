import type { Lang } from './lang';
import { placePath } from './places';

/** Where the wizard asks the shop's name (its field "Profilnavn"): the step the owner presses "Licens" for. */
const NAME_STEP = { da: placePath('setup.licence', 'da'), en: placePath('setup.licence', 'en') };

/**
 * Why adding, renaming or removing a shop was refused (main/service/shops.ts and the wizard's first step, Licens, where the name is given):
 * the detail of LB-2046 and LB-2014, in the owner's language.
 */
export const SHOP_WORDS: Record<
  Lang,
  {
    onlyShop: (name: string) => string;
    noSuchShop: (name: string, names: readonly string[]) => string;
    nameTaken: (name: string) => string;
    noRename: (name: string) => string;
    sameShop: (name: string, url: string) => string;
  }
> = {
  da: {
    onlyShop: (name) => `"${name}" er den eneste butik`,
    noSuchShop: (name, names) => `der er ingen butik, der hedder "${name}" (${names.join(', ')})`,
    nameTaken: (name) => `der er allerede en butik, der hedder "${name}"; skriv et andet profilnavn under ${NAME_STEP.da}.`,
    sameShop: (name, url) =>
      `webshoppen ${url} er allerede sat op som butikken "${name}" på den samme e-conomic-aftale, så hver ordre ville blive faktureret to gange; vælg en anden webshop under ${placePath('setup.shop', 'da')}, eller forbind en anden e-conomic-aftale under ${placePath('setup.economic', 'da')}.`,
    noRename: (name) => `butikken "${name}" er sat op og kan ikke omdøbes, for dens ordrer og referencerne på dens fakturaer i e-conomic hører til navnet; behold profilnavnet "${name}" under ${NAME_STEP.da}.`,
  },
  en: {
    onlyShop: (name) => `"${name}" is the only shop`,
    noSuchShop: (name, names) => `there is no shop named "${name}" (${names.join(', ')})`,
    nameTaken: (name) => `there is a shop named "${name}" already; type another profile name under ${NAME_STEP.en}.`,
    sameShop: (name, url) =>
      `the web shop ${url} is set up already as the shop "${name}" on the same e-conomic agreement, so every order would be invoiced twice; choose another web shop under ${placePath('setup.shop', 'en')}, or connect another e-conomic agreement under ${placePath('setup.economic', 'en')}.`,
    noRename: (name) => `the shop "${name}" is set up and cannot be renamed, as its orders and the references of its invoices in e-conomic belong to the name; keep the profile name "${name}" under ${NAME_STEP.en}.`,
  },
};
