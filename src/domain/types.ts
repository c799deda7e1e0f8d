/** Shapes of the ISO 44003 guidance content. The texts themselves live in `strings/<lang>/`. */

export interface Criterion {
  /** Stable reference such as `P01.1`. */
  ref: string;
  /** A statement the firm rates on the 0–4 maturity scale. */
  text: string;
  /** One line on what evidence of this looks like. */
  guidance: string;
}

export interface Principle {
  /** `P01` … `P12`. */
  ref: string;
  /** 1 … 12, the order of ISO 44003's table of contents. */
  number: number;
  name: string;
  /** What the principle asks of a small firm, in our words. */
  intent: string;
  criteria: Criterion[];
}

export interface PlanElement {
  /** `A01` … `A14`. */
  ref: string;
  name: string;
  whatToRecord: string;
  /** The principle refs the element serves, main one first (`P01`). */
  principles: string[];
}

export type CompetencyKind = 'Competency' | 'Behaviour';

export interface CompetencyItem {
  /** `C01` … `C12` for competencies, `B01` … `B12` for behaviours. */
  ref: string;
  kind: CompetencyKind;
  name: string;
  description: string;
}

/** A point on a scale: maturity 0–4, proficiency 1–4, likelihood and impact 1–5. */
export interface ScalePoint {
  value: number;
  name: string;
  descriptor: string;
  /** A few words, for places as small as an Excel input message (255 characters for all levels). */
  brief?: string;
}

export interface NamedItem {
  name: string;
  description: string;
  /** A few words, for an Excel input message listing every item (255 characters for all). */
  brief?: string;
}

export interface LifecycleStage {
  /** 1 … 8. */
  number: number;
  name: string;
  summary: string;
  /** Principle numbers most at work in this stage. */
  principles: number[];
}

export interface RiskBand {
  name: string;
  /** Lowest score (Likelihood × Impact) in the band. */
  min: number;
  /** Highest score in the band. */
  max: number;
  advice: string;
}

/** Everything the guidance says, in one language. */
export interface DomainContent {
  /** Shown wherever criteria appear, so nobody mistakes them for the standard's text. */
  provenance: string;
  principles: Principle[];
  maturityLevels: ScalePoint[];
  /** The text a person types instead of a rating when a criterion does not apply. */
  notApplicable: { code: 'N/A'; name: string; descriptor: string };
  planElements: PlanElement[];
  competencies: CompetencyItem[];
  proficiencyLevels: ScalePoint[];
  likelihood: ScalePoint[];
  impact: ScalePoint[];
  riskBands: RiskBand[];
  riskCategories: NamedItem[];
  treatments: NamedItem[];
  collaborationModels: NamedItem[];
  expectedBenefits: NamedItem[];
  lifecycleStages: LifecycleStage[];
}
