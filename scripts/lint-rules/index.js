// The project's own lint rules, used by eslint.config.js as the plugin `local`.
import layers from './layers.js';
import noCycles from './no-cycles.js';

export default { meta: { name: 'local' }, rules: { layers, 'no-cycles': noCycles } };
