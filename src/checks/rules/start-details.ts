import { checkText } from '../../domain/strings/en/checks';
import { defineRule } from '../define-rule';
import { findingAt, namedCell, namedInputs } from './shared/named-cells';
import { isBlankValue } from './shared/cell-values';

const text = checkText['start-details'];
/** The details that tell one assessment from another, by the key of their input. */
const NEEDED = ['organisation', 'assessmentDate'];

export default defineRule({
  id: 'start-details',
  severity: 'warning',
  description: text.description,
  why: text.why,
  check: ({ data, schema }) => namedInputs(schema)
    .filter((n) => NEEDED.includes(n.input.key))
    .flatMap((n) => {
      const cell = namedCell(data, n.name);
      return cell && isBlankValue(cell.value) ? [findingAt(cell, text.message(n.input.header), text.fix)] : [];
    }),
});
