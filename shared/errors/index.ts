export { CATALOGUE, CODES, ERROR_CODES, isErrorCode, problem, type ErrorCode, type ParamsOf, type ParamText, type ProblemReport, type RaisedProblem } from './catalogue';
export { describe, placeholdersIn, placeTokensIn, SEVERITY_RANK, type Described } from './describe';
export { fieldWords, hasFieldWords } from './field-words';
export { formatAmount, MISSING_VALUE } from './format-params';
export { PARAM_NAMES, type ParamName } from './params';
export type { CatalogueEntry, Category, Lang, Params, ParamValue, Severity, TechnicalDetail, Texts } from './types';
