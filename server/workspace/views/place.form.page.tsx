import { t } from '../../../shared/i18n/index.js';
import type { Labels, Language } from '../../../shared/languages.js';
import type { PlaceRow } from '../../db/schema.js';
import type { FormState } from '../form-state.js';
import { Hidden, LanguageFields, TextArea, TextField } from './fields.js';
import { type Me, type Notice, WorkspaceLayout } from './layout.js';

/**
 * Administrators: adds a place inside `parent` (a region to a country, a city to a region, a
 * country when there is no parent), or edits one (`place` given; its code and parent stay).
 */
export function PlaceFormPage(props: {
  lang: Language;
  me: Me;
  state: FormState;
  parent: PlaceRow | null;
  place?: PlaceRow | undefined;
  notice?: Notice | undefined;
}) {
  const { lang, me, state, parent, place, notice } = props;
  const base = `/${lang}/workspace/places`;
  const parentName = parent ? (parent.names as Labels)[lang] : '';
  const title = place
    ? t(lang, 'ref.editPlace', { name: (place.names as Labels)[lang], code: place.code })
    : parent === null
      ? t(lang, 'ref.addCountry')
      : t(lang, parent.kind === 'country' ? 'ref.addRegionTo' : 'ref.addCityTo', { name: parentName });
  const path = place ? `${base}/${place.code}` : parent ? `${base}/new?parent=${parent.code}` : `${base}/new`;
  const field = { lang, state };
  return (
    <WorkspaceLayout lang={lang} title={title} path={path} me={me} section="places" notice={notice}>
      <h1>{title}</h1>
      {parent ? (
        <p>
          {t(lang, 'ref.inside')}: {parentName} <code class="meta">{parent.code}</code>
        </p>
      ) : null}
      <form method="post" action={place ? `${base}/${place.code}` : base} class="record">
        <Hidden state={state} csrf={me.csrf} />
        {place ? null : (
          <>
            <input type="hidden" name="parent" value={parent?.code ?? ''} />
            <TextField
              {...field}
              name="code"
              label={t(lang, 'ref.placeCode')}
              hint={t(lang, 'ref.placeCodeHint')}
              required
            />
          </>
        )}
        <LanguageFields {...field} prefix="names" legend={t(lang, 'ref.placeNames')} required />
        <TextArea
          {...field}
          name="aliases"
          label={t(lang, 'ref.aliases')}
          hint={t(lang, 'ref.linesHint')}
          rows={3}
        />
        <TextField
          {...field}
          name="lat"
          type="number"
          step="any"
          label={t(lang, 'ref.lat')}
          hint={t(lang, 'ref.coordinatesHint')}
        />
        <TextField {...field} name="lon" type="number" step="any" label={t(lang, 'ref.lon')} />
        <p class="actions">
          <button type="submit">{t(lang, 'ws.save')}</button> <a href={base}>{t(lang, 'ref.cancel')}</a>
        </p>
      </form>
    </WorkspaceLayout>
  );
}
