export type { ValidationContext } from './context';
export { validateOrder, canTransfer } from './validate-order';
export { lineVatRates } from './checks/lines';
export { mapEconomicError } from './economic-errors';
export { mapShopError } from './shop-errors';
export { ISO_COUNTRY_CODES, EU_MEMBER_STATES, isKnownCountry, isEuMember } from './countries';
export { isValidEuVatNumberFormat } from './vat-number';
export { ECONOMIC_TEXT_LIMITS } from './limits';
export { hasControlCharacters, hasEmoji, isPlainLatin, stripEmoji, textLength } from './text';
