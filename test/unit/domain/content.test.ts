import { content } from '../../../src/domain/strings/en';
import type { NamedItem, ScalePoint } from '../../../src/domain/types';

const pad = (n: number): string => String(n).padStart(2, '0');
const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Every string anywhere in a value, with a path so failures say where the text lives. */
function allTexts(value: unknown, path = 'content'): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => allTexts(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => allTexts(v, `${path}.${k}`));
  }
  return [];
}

const principleRefs = new Set(content.principles.map((p) => p.ref));
const values = (scale: ScalePoint[]): number[] => scale.map((s) => s.value);

describe('English guidance content', () => {
  describe('principles and criteria', () => {
    it('lists the twelve principles in the order of ISO 44003, numbered P01 to P12', () => {
      expect(content.principles.map((p) => p.ref)).toEqual(range(1, 12).map((n) => `P${pad(n)}`));
      expect(content.principles.map((p) => p.number)).toEqual(range(1, 12));
      expect(content.principles[0].name).toBe('Relationship management');
      expect(content.principles[6].name).toBe('Trust and commitment to mutual benefit');
      expect(content.principles[11].name).toBe('Exit strategy');
    });

    it('states an intent for every principle', () => {
      for (const p of content.principles) expect(p.intent.trim()).not.toBe('');
    });

    it('gives every principle five criteria with evidence guidance', () => {
      for (const p of content.principles) {
        expect(p.criteria.map((c) => c.ref)).toEqual(range(1, 5).map((n) => `${p.ref}.${n}`));
        for (const c of p.criteria) {
          expect(c.text.trim()).not.toBe('');
          expect(c.guidance.trim()).not.toBe('');
          expect(c.guidance.length).toBeLessThanOrEqual(160);
          expect(c.guidance).not.toMatch(/\n/);
        }
      }
    });

    it('has sixty criteria with unique references of the form P01.1', () => {
      const refs = content.principles.flatMap((p) => p.criteria.map((c) => c.ref));
      expect(refs).toHaveLength(60);
      expect(new Set(refs).size).toBe(60);
      for (const ref of refs) expect(ref).toMatch(/^P(0[1-9]|1[0-2])\.[1-5]$/);
    });
  });

  describe('relationship management plan', () => {
    it('has fourteen elements A01 to A14, each serving principles that exist', () => {
      expect(content.planElements.map((e) => e.ref)).toEqual(range(1, 14).map((n) => `A${pad(n)}`));
      for (const e of content.planElements) {
        expect(e.name.trim()).not.toBe('');
        expect(e.whatToRecord.trim()).not.toBe('');
        expect(e.principles.length).toBeGreaterThan(0);
        for (const ref of e.principles) expect(principleRefs).toContain(ref);
      }
    });

    it('ties the partner selection record and plan control to several principles', () => {
      const byRef = new Map(content.planElements.map((e) => [e.ref, e.principles]));
      expect(byRef.get('A13')).toEqual(['P01', 'P02', 'P03']);
      expect(byRef.get('A14')).toEqual(['P01', 'P11']);
    });
  });

  describe('competencies and behaviours', () => {
    it('offers twelve competencies C01 to C12 followed by twelve behaviours B01 to B12', () => {
      const comps = content.competencies.filter((c) => c.kind === 'Competency');
      const behs = content.competencies.filter((c) => c.kind === 'Behaviour');
      expect(comps.map((c) => c.ref)).toEqual(range(1, 12).map((n) => `C${pad(n)}`));
      expect(behs.map((c) => c.ref)).toEqual(range(1, 12).map((n) => `B${pad(n)}`));
      expect(content.competencies.map((c) => c.ref)).toEqual([...comps, ...behs].map((c) => c.ref));
      for (const c of content.competencies) expect(c.description.trim()).not.toBe('');
    });

    it('rates proficiency from Aware (1) to Role model (4)', () => {
      expect(values(content.proficiencyLevels)).toEqual([1, 2, 3, 4]);
      expect(content.proficiencyLevels.map((l) => l.name)).toEqual([
        'Aware',
        'Practising',
        'Proficient',
        'Role model',
      ]);
    });
  });

  describe('scales', () => {
    it('rates maturity on contiguous levels 0 to 4 with descriptors short enough for an input message', () => {
      expect(values(content.maturityLevels)).toEqual([0, 1, 2, 3, 4]);
      for (const l of content.maturityLevels) {
        expect(l.descriptor.trim()).not.toBe('');
        expect(l.descriptor.length).toBeLessThanOrEqual(110);
      }
    });

    it('offers N/A as an alternative to a rating', () => {
      expect(content.notApplicable.code).toBe('N/A');
      expect(content.notApplicable.descriptor.trim()).not.toBe('');
    });

    it('scores likelihood and impact from 1 to 5', () => {
      expect(values(content.likelihood)).toEqual([1, 2, 3, 4, 5]);
      expect(values(content.impact)).toEqual([1, 2, 3, 4, 5]);
      for (const s of [...content.likelihood, ...content.impact]) {
        expect(s.descriptor.trim()).not.toBe('');
        expect(s.descriptor.length).toBeLessThanOrEqual(255); // Excel's input-message limit
      }
    });

    it('puts every risk score from 1 to 25 in exactly one band', () => {
      for (const score of range(1, 25)) {
        const bands = content.riskBands.filter((b) => b.min <= score && score <= b.max);
        expect({ score, bands: bands.map((b) => b.name) }).toEqual({ score, bands: [expect.any(String)] });
      }
      for (const b of content.riskBands) {
        expect(b.min).toBeGreaterThanOrEqual(1);
        expect(b.max).toBeLessThanOrEqual(25);
        expect(b.advice.trim()).not.toBe('');
      }
    });
  });

  describe('dropdown lists', () => {
    const lists: Array<[string, Array<Pick<NamedItem, 'name'>>, number]> = [
      ['risk categories', content.riskCategories, 40],
      ['treatments', content.treatments, 25],
      ['collaboration models', content.collaborationModels, 40],
      ['lifecycle stages', content.lifecycleStages, 40],
      ['expected benefits', content.expectedBenefits, 40],
    ];

    it.each(lists)('keeps %s safe to use as Excel list values', (_label, items, maxLength) => {
      expect(items.length).toBeGreaterThan(0);
      const names = items.map((i) => i.name);
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) {
        expect(name.trim()).toBe(name);
        expect(name).not.toBe('');
        expect(name).not.toContain(',');
        expect(name).not.toMatch(/^[=+\-@]/);
        expect(name.length).toBeLessThanOrEqual(maxLength);
      }
    });

    it('describes every category, treatment, model and benefit', () => {
      const items = [
        ...content.riskCategories,
        ...content.treatments,
        ...content.collaborationModels,
        ...content.expectedBenefits,
      ];
      for (const i of items) expect(i.description.trim()).not.toBe('');
    });

    it('follows the eight lifecycle stages, each linked to existing principles', () => {
      expect(content.lifecycleStages.map((s) => s.number)).toEqual(range(1, 8));
      expect(content.lifecycleStages.map((s) => s.name)).toEqual([
        'Operational awareness',
        'Knowledge',
        'Internal assessment',
        'Partner selection',
        'Working together',
        'Value creation',
        'Staying together',
        'Exit strategy activation',
      ]);
      for (const s of content.lifecycleStages) {
        expect(s.summary.trim()).not.toBe('');
        expect(s.principles.length).toBeGreaterThan(0);
        for (const n of s.principles) expect(principleRefs).toContain(`P${pad(n)}`);
      }
    });

    it('offers the five treatments a small firm needs', () => {
      expect(content.treatments.map((t) => t.name)).toEqual([
        'Avoid',
        'Reduce',
        'Share',
        'Accept',
        'Pursue opportunity',
      ]);
    });
  });

  describe('tone and provenance', () => {
    it('gives guidance rather than requirements: no text says "shall"', () => {
      const offending = allTexts(content).filter(([, text]) => /\bshall\b/i.test(text));
      expect(offending).toEqual([]);
    });

    it('explains that the criteria are guidance-derived, not the standard', () => {
      expect(content.provenance).toMatch(/guidance/i);
      expect(content.provenance).toMatch(/ISO 44003/);
    });
  });
});
