/**
 * What is wrong with proposed risk acceptance criteria (shared/rules/riskCriteria.ts),
 * bokmål first. They follow the field's name, so they start in lower case.
 */
export const RISK_CRITERIA_MESSAGES = {
  'riskCriteria.outside': { nb: '{zone} sone: grensene må være hele tall fra 1 til 25', en: '{zone} zone: the limits must be whole numbers from 1 to 25' },
  'riskCriteria.reversed': { nb: '{zone} sone: «fra» ({from}) er større enn «til» ({to})', en: '{zone} zone: «from» ({from}) is greater than «to» ({to})' },
  'riskCriteria.empty': { nb: '{zone} sone ({from}–{to}) rommer ingen verdi matrisen kan gi', en: '{zone} zone ({from}–{to}) holds no score the matrix can give' },
  'riskCriteria.overlap': { nb: '{zone} og {next} sone overlapper: {from}–{to} ligger i begge', en: 'the {zone} and {next} zones overlap: {from}–{to} lie in both' },
  'riskCriteria.gap': { nb: 'verdien {scores} faller ikke i noen sone', en: 'the score {scores} falls in no zone' },
  'riskCriteria.count': { nb: 'må ha nøyaktig tre soner (grønn, gul, rød)', en: 'must have exactly three zones (green, yellow, red)' },
  'riskCriteria.zone.green': { nb: 'grønn', en: 'green' },
  'riskCriteria.zone.yellow': { nb: 'gul', en: 'yellow' },
  'riskCriteria.zone.red': { nb: 'rød', en: 'red' },
} as const;
