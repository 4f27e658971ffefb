// The incident editor without round trips: rows added and removed in the page, cities of the
// chosen region only, people already recorded suggested while a name is typed. Everything here
// also works without this script, through the form's own buttons.
(() => {
  const form = document.querySelector('form.editor');
  if (!form) return;

  /** Renumbers the fields of a copied row: victims.2.person → victims.5.person. */
  function renumber(row, group, from, to) {
    const names = new RegExp(`^${group}\\.${from}\\.`);
    const ids = new RegExp(`^f-${group}-${from}-`);
    for (const el of row.querySelectorAll('[name],[id],[for],[aria-describedby],[data-person-search]')) {
      rename(el, 'name', names, `${group}.${to}.`);
      for (const attribute of ['id', 'for', 'aria-describedby'])
        rename(el, attribute, ids, `f-${group}-${to}-`);
      if (el.dataset.personSearch !== undefined) el.dataset.personSearch = String(to);
    }
    const remove = row.querySelector('[name="_remove"]');
    if (remove) remove.value = `${group}.${to}`;
  }

  /** A field of a copied row as a new row has it: nothing chosen, nothing typed. */
  function empty(el) {
    if (el.type === 'checkbox' || el.type === 'radio') el.checked = false;
    else if (el.tagName === 'SELECT') {
      for (const o of el.options) o.selected = false;
      if (!el.multiple) el.selectedIndex = 0;
    } else if (!el.name.endsWith('.outletsShown')) el.value = '';
    if (el.tagName === 'TEXTAREA') el.textContent = '';
  }

  /** Renames one attribute's row number, when the element has it. */
  function rename(el, attribute, pattern, replacement) {
    const value = el.getAttribute(attribute);
    if (value)
      el.setAttribute(
        attribute,
        value
          .split(' ')
          .map((v) => v.replace(pattern, replacement))
          .join(' '),
      );
  }

  /** A copy of a group's last row, emptied, numbered after it. */
  function newRow(group, fieldset) {
    const rows = fieldset.querySelectorAll(':scope > fieldset.row');
    const last = rows[rows.length - 1];
    const from = Number(last.dataset.row);
    const to = Math.max(...[...rows].map((r) => Number(r.dataset.row))) + 1;
    const row = last.cloneNode(true);
    row.dataset.row = String(to);
    for (const el of row.querySelectorAll('.field-error, .theirs, .candidates, .chosen')) el.remove();
    for (const el of row.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    for (const el of row.querySelectorAll('input, textarea, select')) empty(el);
    for (const el of row.querySelectorAll('.suggestions')) el.remove();
    renumber(row, group, from, to);
    return row;
  }

  /** Row legends and remove buttons say their place: "Victim 2", "Remove victim 2". */
  function relabel(fieldset) {
    [...fieldset.querySelectorAll(':scope > fieldset.row')].forEach((row, k) => {
      for (const el of row.querySelectorAll(':scope > legend, :scope > [name="_remove"]')) {
        if (el.dataset.template) el.textContent = el.dataset.template.replace('{n}', String(k + 1));
      }
    });
  }

  /** The victims the violations may name, as the victim rows now stand. */
  function refreshVictims() {
    const victims = [...form.querySelectorAll('[data-rows="victims"] > fieldset.row')].map((row, k) => {
      const name = row.querySelector('[data-person-search]');
      const legend = row.querySelector(':scope > legend');
      return [`v${row.dataset.row}`, name?.value.trim() || legend?.textContent || String(k + 1)];
    });
    for (const select of form.querySelectorAll('[data-victim-select]')) {
      const chosen = select.value;
      const none = select.options[0];
      select.replaceChildren(none);
      for (const [value, label] of victims) select.add(new Option(label, value, false, value === chosen));
    }
  }

  form.addEventListener('click', (event) => {
    const button = event.target.closest('button[name="_add"], button[name="_remove"]');
    if (!button) return;
    event.preventDefault();
    const fieldset = button.closest('[data-rows]');
    const group = fieldset.dataset.rows;
    if (button.name === '_add') {
      const row = newRow(group, fieldset);
      button.before(row);
      row.querySelector('input:not([type=hidden]), select, textarea')?.focus();
    } else {
      const rows = fieldset.querySelectorAll(':scope > fieldset.row');
      const row = button.closest('fieldset.row');
      if (rows.length === 1) fieldset.querySelector('[name="_add"]').click();
      row.remove();
      fieldset.querySelector('[name="_add"]').focus();
    }
    relabel(fieldset);
    if (group === 'victims') refreshVictims();
  });

  // Cities: only those of the chosen region (and those without one), all when no region is chosen.
  const region = form.querySelector('[data-region-select]');
  const city = form.querySelector('[data-city-select]');
  if (region && city) {
    const groups = [...city.querySelectorAll('optgroup')];
    const filter = () => {
      const chosen = city.value;
      for (const g of groups) g.remove();
      for (const g of groups)
        if (!region.value || g.dataset.region === region.value || g.dataset.region === '') city.append(g);
      city.value = [...city.options].some((o) => o.value === chosen) ? chosen : '';
    };
    region.addEventListener('change', filter);
    filter();
  }

  // People: suggestions while typing a victim's name, from those the reader may see.
  const base = form.action.replace(/\/(new|[^/]+\/edit)$/, '');
  let pending = null;
  async function suggest(input) {
    const q = input.value.trim();
    const row = input.closest('fieldset.row');
    let list = row.querySelector('.suggestions');
    if (q.length < 2) {
      list?.remove();
      return;
    }
    const response = await fetch(`${base}/person-suggestions?q=${encodeURIComponent(q)}`, {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (!response.ok || input.value.trim() !== q) return;
    const { items, label } = await response.json();
    if (!list) {
      list = document.createElement('ul');
      list.className = 'suggestions';
      input.closest('.picker').after(list);
    }
    list.setAttribute('aria-label', label);
    list.replaceChildren(
      ...items.map((item) => {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'suggestion';
        button.dataset.id = item.id;
        const strong = document.createElement('strong');
        strong.textContent = item.name;
        const about = document.createElement('span');
        about.className = 'meta';
        about.textContent = ` ${item.about}`;
        button.append(strong, about);
        button.addEventListener('click', () => {
          const i = input.dataset.personSearch;
          input.value = item.name;
          form.querySelector(`[name="victims.${i}.personId"]`).value = item.id;
          form.querySelector(`[name="victims.${i}.new"]`).value = '';
          row.querySelector('.candidates')?.remove();
          list.remove();
          refreshVictims();
          input.focus();
        });
        li.append(button);
        return li;
      }),
    );
  }
  form.addEventListener('input', (event) => {
    const input = event.target.closest('[data-person-search]');
    if (!input) return;
    // A name typed anew no longer names the person chosen before.
    form.querySelector(`[name="victims.${input.dataset.personSearch}.personId"]`).value = '';
    refreshVictims();
    clearTimeout(pending);
    pending = setTimeout(() => suggest(input), 200);
  });
})();
