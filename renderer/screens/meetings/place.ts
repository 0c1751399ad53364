/**
 * A meeting's place is free text, or the word "digitalt" for a meeting held
 * online (shared/model/kinds.ts). The word is stored as it is in the plan and
 * shown in the UI's language.
 */
export const DIGITAL_PLACE = 'digitalt';

export function isDigitalPlace(place: string): boolean {
  return place.trim().toLocaleLowerCase('nb') === DIGITAL_PLACE;
}
