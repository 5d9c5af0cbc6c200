export { CATALOGUE, CODES, ERROR_CODES, isErrorCode, type ErrorCode } from './catalogue';
export { describe, placeholdersIn, SEVERITY_RANK, type Described, type ProblemReport } from './describe';
export { fieldWords, hasFieldWords } from './field-words';
export { formatAmount, MISSING_VALUE } from './format-params';
export { PARAM_NAMES, type ParamName } from './params';
export type { CatalogueEntry, Category, Lang, Params, ParamValue, Severity, TechnicalDetail, Texts } from './types';
