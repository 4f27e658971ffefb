/**
 * The two documents the demo records come from. The hashes are of the files' raw bytes as kept
 * in the project's shared seeds folder; a test checks them and every quoted sentence against
 * the files when they are present.
 */
export const SEED_DOCUMENTS = {
  cpj: {
    file: 'cpj-2023-02-23-kazakhstan-attacks.txt',
    sha256: '215ea724fbb7a0d67449ac70d91e1348d1996414cff2102e9791c7954950d276',
    title:
      'CPJ calls on authorities to arrest organizers of attacks on independent journalists in Kazakhstan',
    publisher: 'Committee to Protect Journalists',
    publishedOn: '2023-02-23',
    language: 'en',
  },
  adilsoz: {
    file: 'adilsoz-2021-11-02-impunity-day.txt',
    sha256: '5163f85eb18d70e173594e4077f48c994d6932cc8ac9737e5760ba11456ca94f',
    title: 'Today is the International Day to End Impunity for Crimes against Journalists',
    publisher: 'International Foundation for Freedom of Speech Protection "Adil Soz"',
    publishedOn: '2021-11-02',
    language: 'en',
  },
} as const;

export type SeedName = keyof typeof SEED_DOCUMENTS;

/** A sentence quoted from a seed document: where a demo fact comes from. */
export interface Provenance {
  seed: SeedName;
  quote: string;
}
