/**
 * What each choice of the Start form means, in the guidance's own words: the lists are built from
 * the same domain arrays in the same order, so a list value and its description share an index.
 */
import { content } from '../domain/strings/en';
import { lists, type NamedList } from '../schema/lists';

const descriptions = new Map<string, readonly string[]>([
  [lists.model.name, content.collaborationModels.map((m) => m.description)],
  [lists.stage.name, content.lifecycleStages.map((s) => s.summary)],
]);

/** The description of `value` in the list, or undefined when the list has none or nothing is chosen. */
export function choiceDescription(list: NamedList, value: string): string | undefined {
  const index = list.values.map(String).indexOf(value);
  return index < 0 ? undefined : descriptions.get(list.name)?.[index];
}
