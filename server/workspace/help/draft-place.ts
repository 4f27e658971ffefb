import { placeNamedIn, regionAndCity } from '../../../shared/gazetteer/match.js';

/**
 * The region and city a report's "where" names, in any script and with a case ending, from the
 * shipped gazetteer; empty when it names none. Only a suggestion: the monitor sees it in the editor
 * before anything is saved.
 */
export function placeOf(where: string | undefined): { region: string; city: string } {
  const place = placeNamedIn(where ?? '');
  return place ? regionAndCity(place) : { region: '', city: '' };
}
