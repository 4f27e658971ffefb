/**
 * The portal's error pages, its refused filters, the public explanation of a case and the bases of
 * its headline rates. English is the reference the other catalogs match key for key.
 */
export const portalPagesEn = {
  'pp.error.status': 'Error {status}',
  'pp.error.title.400': 'The request could not be understood',
  'pp.error.title.401': 'Please sign in',
  'pp.error.title.403': 'This page is not open to you',
  'pp.error.title.404': 'Page not found',
  'pp.error.title.405': 'This address does not take this kind of request',
  'pp.error.title.409': 'Someone else changed this in the meantime',
  'pp.error.title.413': 'Too much was sent',
  'pp.error.title.415': 'This kind of content is not accepted',
  'pp.error.title.422': 'Some values are not valid',
  'pp.error.title.429': 'Too many attempts',
  'pp.error.title.500': 'Something went wrong on our side',
  'pp.error.title.503': 'The service is busy',
  'pp.error.explain.400': 'Check the address or the form and try again.',
  'pp.error.explain.401': 'Sign in to the workspace to see this page.',
  'pp.error.explain.403':
    'Your account may not see or do this. If you think it should, ask an administrator of your organisation.',
  'pp.error.explain.404': 'The address may be mistyped, or the page was moved or removed.',
  'pp.error.explain.405': 'The address exists, but not for this action. Follow a link to it instead.',
  'pp.error.explain.409': 'Open the record again to see the latest version, then make your change.',
  'pp.error.explain.413': 'What was sent is larger than the server accepts.',
  'pp.error.explain.415': 'Send it as a normal form from this site.',
  'pp.error.explain.422': 'Check the values and try again.',
  'pp.error.explain.429': 'Wait a few minutes and try again.',
  'pp.error.explain.500':
    'The failure has been recorded for the people who run this site. Please try again later.',
  'pp.error.explain.503': 'Please try again in a moment.',
  'pp.error.code.incident_not_found':
    'No published incident has this reference. It may have been withdrawn, or the reference may be mistyped.',
  'pp.error.waysBack': 'Where to go from here',
  'pp.error.home': 'Home page',
  'pp.error.incidents': 'All incidents',
  'pp.error.searchLabel': 'Search the incidents',
  'pp.error.workspaceHome': 'Workspace home',
  'pp.filter.refused': 'Some filters could not be applied. Correct the fields marked below and search again.',
  'pp.filter.noSuchDate': 'No such date: {date}',
  'pp.filter.dateForm': 'Write the date as YYYY-MM-DD, for example 2024-03-12',
  'pp.filter.endBeforeStart': 'The end date is before the start date',
  'pp.filter.noSuchOption': 'There is no such option: “{value}”',
  'pp.filter.tooLong': 'At most {max} characters',
  'pp.filter.tooShort': 'At least {min} characters',
  'pp.filter.tooMany': 'At most {max} values',
  'pp.filter.wholeNumber': 'Enter a whole number',
  'pp.filter.between': 'Enter a number from {min} to {max}',
  'pp.filter.staleCursor': 'This page of results is no longer available. Start again from the first page.',
  'pp.filter.unknownFilter': 'This page has no such filter',
  'pp.filter.invalid': 'This value is not valid',
  'pp.filter.other': 'Filter in the address “{name}”',
  'pp.filter.type': 'Violation',
  'pp.filter.city': 'City',
  'pp.filter.country': 'Country',
  'pp.filter.page': 'Page of results',
  'pp.filter.limit': 'Incidents per page',
  'pp.filter.openForDays': 'Open for more than (days)',
  'pp.filter.involvementRole': 'Role of those involved',
  'pp.case.explanation': 'Why',
  'pp.case.refusal_to_open': 'The authorities refused to open a criminal case on {date}.',
  'pp.case.refusal_to_open.undated': 'The authorities refused to open a criminal case.',
  'pp.case.suspended_perpetrator_unknown':
    'The investigation was suspended on {date} because the perpetrator was not identified.',
  'pp.case.suspended_perpetrator_unknown.undated':
    'The investigation was suspended because the perpetrator was not identified.',
  'pp.case.dropped': 'The case was closed without charges on {date}.',
  'pp.case.dropped.undated': 'The case was closed without charges.',
  'pp.case.victim_prosecuted': 'On {date} the journalist who was attacked was prosecuted instead.',
  'pp.case.victim_prosecuted.undated': 'The journalist who was attacked was prosecuted instead.',
  'pp.case.victim_blamed': 'On {date} the authorities blamed the journalist instead of the perpetrators.',
  'pp.case.victim_blamed.undated': 'The authorities blamed the journalist instead of the perpetrators.',
  'pp.case.acquitted': 'The accused were acquitted on {date}.',
  'pp.case.acquitted.undated': 'Those accused were acquitted or released, and nobody was convicted.',
  'pp.case.stalled': 'No procedural step since {date}.',
  'pp.case.stalled.undated': 'No procedural step for a long time.',
  'pp.case.in_progress': 'The case is open; its last procedural step was on {date}.',
  'pp.case.in_progress.undated': 'The case is open.',
  'pp.case.no_track':
    'Someone involved has been identified, detained or charged; no proceedings are recorded yet.',
  'pp.case.all_convicted': 'Everyone recorded as responsible was convicted (verdict of {date}).',
  'pp.case.all_convicted.undated': 'Everyone recorded as responsible was convicted.',
  'pp.case.organisers_not_convicted':
    'The perpetrators were convicted on {date}, but not those who ordered or incited the attack.',
  'pp.case.organisers_not_convicted.undated':
    'The perpetrators were convicted, but not those who ordered or incited the attack.',
  'pp.case.some_not_convicted': 'Some of those responsible were convicted on {date}; the others were not.',
  'pp.case.some_not_convicted.undated': 'Some of those responsible were convicted; the others were not.',
  'pp.case.no_information': 'Nothing is known yet about any investigation.',
  'pp.case.override': 'The editors set this status: {reason}',
  'pp.case.overrideNoReason': 'The editors set this status by hand.',
  'pp.case.orderedBy': 'Who ordered it: {who}',
  'pp.case.actorUnknown': 'unknown',
  'pp.rate.base': {
    one: 'nobody was held to account in {part} of {count} case with an outcome',
    other: 'nobody was held to account in {part} of {count} cases with an outcome',
  },
  'pp.rate.tooFew': {
    one: 'Only {count} case has an outcome so far: too few for a rate.',
    other: 'Only {count} cases have an outcome so far: too few for a rate.',
  },
  'pp.rate.none': 'No case has an outcome yet, so there is no rate.',
  'pp.rate.withheld': 'The rate is not published: the counts it rests on are too small to show.',
} as const satisfies Record<string, string | Record<string, string>>;

/** Every key of the English catalog; plural messages where English has them. */
export type PortalPagesCatalog = {
  [K in keyof typeof portalPagesEn]: (typeof portalPagesEn)[K] extends string
    ? string
    : Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
};
