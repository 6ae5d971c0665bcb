import { name, version } from '../package.json';
import { rules } from '../rules';
import { buildConfigs } from './configs';

const plugin = {
  meta: { name, version },
  rules,
  configs: {} as ReturnType<typeof buildConfigs>,
};
// Flat configs hold the plugin object itself, so they are built once it exists.
Object.assign(plugin.configs, buildConfigs(plugin, rules));

export default plugin;

export { statusEntries, statusTable } from './table/registry';
export type { HeaderRequirement, StatusClass, StatusEntry, StatusHeader } from './table/registry';
export { describeStatus, getStatusEntry, isStatusCodeNumber, statusClassOf } from './table/lookup';
export type { CodeEntry, CodesSetting } from './table/codes';
export type { DocumentedStatus, DocumentedTable } from './table/documented';
export type { HttpStatusSettings } from './settings';
export { loadCodeTable } from './table/sources';
export type { LoadCodeTableOptions } from './table/sources';
