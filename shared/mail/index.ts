// The invoice mail text: placeholders, defaults, validation and rendering (pure).
export * from './placeholders';
export * from './format';
export * from './language';
export * from './validate';
export * from './render';
export * from './vars';
export * from './defaults';
export { scanTemplate, type TemplateToken, type TemplateProblem } from './scan';
