import type { Language } from '../../shared/languages.js';
import { type MarkerSet, randomCyrillic } from './markers.js';

/**
 * A victim who did not consent to be named, recorded in Cyrillic only, and the ways public texts
 * name them: the other script, Russian cases and long Kazakh suffixes, English possessives.
 */
export interface WithheldVictim {
  person: { name: string; names: { kk: string; ru: string }; consentToName: false; gender: string };
  /** Running-text forms per language; `mention(lang, i)` cycles through them. */
  forms: Record<Language, string[]>;
  /** What a reader would type to look the person up, in both scripts. */
  queries: string[];
}

/** A new withheld victim whose name words are registered as markers. */
export function withheldVictim(markers: MarkerSet, gender: 'female' | 'male'): WithheldVictim {
  const [first, firstLat] = randomCyrillic(4);
  const [rand, randLat] = randomCyrillic(2);
  const core = `Маркер${rand.toLowerCase()}`;
  const coreLat = `Marker${randLat.toLowerCase()}`;
  markers.name(core, `withheld ${gender} victim: surname`, coreLat);
  markers.name(first, `withheld ${gender} victim: first name`, firstLat);
  const surname = `${core}${gender === 'female' ? 'баева' : 'ов'}`;
  const forms: Record<Language, string[]> =
    gender === 'female'
      ? {
          kk: [`${core}баевалардың`, `${first} ${core}баеваның`, `${core}баеваға`, `${core}баевалармен`],
          ru: [`${core}баевой`, `${first} ${core}баеву`, `${core}баевых`, surname],
          en: [`${firstLat} ${coreLat}bayeva's`, `${coreLat}baeva`, `${coreLat.toUpperCase()}BAYEVA`],
        }
      : {
          kk: [`${core}овтың`, `${first} ${core}овқа`, `${core}овтарының`],
          ru: [`${core}ову`, `${first} ${core}овым`, `${core}ове`],
          en: [`${firstLat} ${coreLat}ov's`, `${coreLat}off`, `${firstLat}`],
        };
  return {
    person: {
      name: `${first} ${surname}`,
      names: { kk: `${first} ${surname}`, ru: `${first} ${surname}` },
      consentToName: false,
      gender,
    },
    forms,
    queries: [
      surname,
      `${coreLat}${gender === 'female' ? 'bayeva' : 'ov'}`,
      first,
      firstLat,
      forms.ru[0] as string,
      forms.kk[0] as string,
    ],
  };
}

/** Names several withheld victims in one phrase per language, cycling through their forms. */
export class Mentions {
  private turn = 0;
  constructor(private readonly victims: WithheldVictim[]) {}

  /** One form of each victim, in `lang`. */
  of(lang: Language): string {
    this.turn += 1;
    return this.victims
      .map((v) => {
        const forms = v.forms[lang];
        return forms[this.turn % forms.length] as string;
      })
      .join(lang === 'en' ? ' and ' : lang === 'kk' ? ' және ' : ' и ');
  }

  /** A text in kk, ru and en naming the victims, with `extra` (e.g. a public marker) in each. */
  text(template: Record<Language, (names: string) => string>): Record<Language, string> {
    return { kk: template.kk(this.of('kk')), ru: template.ru(this.of('ru')), en: template.en(this.of('en')) };
  }
}
